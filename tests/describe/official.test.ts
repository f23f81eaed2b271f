import { describe, expect, it } from 'vitest';
import { countryName, describeOfficial } from '../../lib/describe/official';
import { loadKb } from '../../lib/kb';
import type { OfficialMention } from '../../lib/types';

const kb = loadKb();
const text = 'Treasury Secretary Steven Mnuchin flew to Beijing. Mnuchin met Vice Minister Wang Shouwen there.';
const at = (needle: string, from: number, rest: Partial<OfficialMention>): OfficialMention => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length, text: needle, name: needle, ...rest };
};
const full = at('Steven Mnuchin', 0, { name: 'Steven Mnuchin', kb: 'steven-mnuchin' });
const bare = at('Mnuchin', 40, { name: 'Steven Mnuchin', kb: 'steven-mnuchin' });
const wang = at('Wang Shouwen', 0, { role: 'Vice Minister', country: 'CN' });
const all = [full, bare, wang];

describe('describeOfficial', () => {
  it('gives role, country and dates in office from the knowledge base', () => {
    const card = describeOfficial(bare, text, all, kb);
    expect(card.name).toBe('Steven Mnuchin');
    expect(card.fromPage).toBe(false);
    expect(card.terms).toEqual([
      {
        role: 'Secretary of the Treasury',
        title: 'Treasury Secretary',
        country: 'United States',
        dates: '13 Feb 2017 – 20 Jan 2021',
        note: '77th Secretary',
        from: '2017-02-13',
        to: '2021-01-20',
      },
    ]);
    expect(card.onPageDate).toBeUndefined();
    expect(card.mentions).toBe(2);
    expect(card.pageSays).toBe('Treasury Secretary Steven Mnuchin flew to Beijing.');
    expect(card.sources.length).toBeGreaterThan(0);
  });
  it('builds a card from the page for someone the knowledge base does not know', () => {
    const card = describeOfficial(wang, text, all, kb);
    expect(card).toMatchObject({ name: 'Wang Shouwen', fromPage: true, sources: [], terms: [{ role: 'Vice Minister', country: 'China' }] });
  });
  it("lists both of Trump's terms", () => {
    const t = 'President Donald Trump spoke.';
    const m: OfficialMention = { start: 10, end: 22, text: 'Donald Trump', name: 'Donald Trump', kb: 'donald-trump' };
    expect(describeOfficial(m, t, [m], kb).terms.map((x) => x.dates)).toEqual(['20 Jan 2017 – 20 Jan 2021', 'since 20 Jan 2025']);
  });
  it('names organisations as well as countries', () => {
    expect(countryName('EU')).toBe('European Union');
    expect(countryName('CN')).toBe('China');
    expect(countryName(undefined)).toBeUndefined();
    expect(['IMF', 'WB', 'UN', 'BIS', 'WTO'].map((c) => countryName(c))).toEqual([
      'International Monetary Fund',
      'World Bank',
      'United Nations',
      'Bank for International Settlements',
      'World Trade Organization',
    ]);
  });
});
