// The few officials the news names by surname alone (Person.knownAlone): a bare "Trump" or
// "Putin" links on a page of their time even when the page never names them in full.
import { describe, expect, it } from 'vitest';
import { bundledKb } from '../../lib/kb/bundled';
import { findOfficials } from '../../lib/officials';

const linked = (text: string, date?: string) => findOfficials(text, bundledKb, { date }).map((m) => `${m.text}→${m.kb} (${m.role})`);

const STORY = 'Steel levies widen\n\nTrump said on Friday the levies would rise to 50%, and Xi answered with curbs on rare earths.';

describe('surnames known alone', () => {
  it('links them on a page dated in or after their first term, with the role held that day', () => {
    expect(linked(STORY, '2025-06-02')).toEqual(['Trump→donald-trump (President)', 'Xi→xi-jinping (President)']);
    // Between his terms: still the person; the card gives the term he had held.
    expect(linked('Tariff plan\n\nTrump told a rally that tariffs would pay for tax cuts.', '2023-09-01')).toEqual(['Trump→donald-trump (President)']);
  });

  it('links nobody on a page without a date, or from before their time', () => {
    expect(linked(STORY)).toEqual([]);
    expect(linked('Casino deal\n\nTrump bought the Atlantic City casino for 320 mln dlrs.', '1987-05-01')).toEqual([]);
  });

  it("keeps the later-mention checks: a thing's name and another person of that family", () => {
    expect(linked('Tariffs and towers\n\nThe Trump Tower lobby was quiet as tariffs took effect, and Ivanka Trump said nothing.', '2025-06-02')).toEqual([]);
    // A tarot deck's "21 Trump cards" on a page that mentions trade.
    expect(linked('Tarot and tariffs\n\nThe deck adds 21 Trump cards to the suits; its maker blamed tariffs for the price.', '2025-06-02')).toEqual([]);
  });

  it('links beside the people the page names itself', () => {
    expect(linked('Talks\n\nFormer Russian President Dmitry Medvedev said Putin would not meet tariffs with tariffs.', '2025-06-02')).toEqual([
      'Dmitry Medvedev→dmitry-medvedev (Prime Minister)',
      'Putin→vladimir-putin (President)',
    ]);
  });
});
