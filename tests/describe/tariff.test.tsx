// @vitest-environment happy-dom
// The tariff-action section of a figure's card: its lines from a TariffLink alone, in English and
// German, and the Preact section rendering them as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { annotate } from '../../lib/pipeline';
import { linkTariffAction, type TariffLink } from '../../lib/kb/tariffs';
import { describeTariff } from '../../lib/describe/tariff';
import { fromCatalog, resetMessages, setMessages } from '../../lib/i18n';
import { TariffAction } from '../../components/TariffAction';

function link(text: string, figure: string, date?: string): TariffLink {
  const f = annotate(text).figures.find((x) => x.text === figure)!;
  const l = linkTariffAction(text, f, date);
  if (!l) throw new Error(`no link for ${figure}`);
  return l;
}

const CHINA_145 = 'Washington has now lifted its tariffs on Chinese goods to 145%, officials confirmed.';
const STEEL_50 = 'The duty on imported steel doubled to 50% on June 4.';

afterEach(() => {
  resetMessages();
  render(null, document.body);
});

describe('describeTariff', () => {
  it('145% on China: the stacked rates, the law, the documents, the country and "in force"', () => {
    const d = describeTariff(link(CHINA_145, '145%', '2025-04-20'));
    expect(d.kicker).toBe('Tariff action · IEEPA');
    expect(d.title).toBe(link(CHINA_145, '145%', '2025-04-20').title);
    expect(d.figure).toBe('145% = 125% + 20%');
    expect(d).toMatchObject({ state: 'in-force', status: "In force on the article's date" });
    expect(d.lines).toEqual([
      'Under International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.)',
      'Executive Orders 14259, 14266 · Federal Register 2025-06378, 2025-06462',
      'Announced 9 Apr 2025 · in effect from 10 Apr 2025',
      'On goods from China',
    ]);
    expect(d.parts).toEqual(['+ 20%: IEEPA "fentanyl" tariff on China doubled to 20% (IEEPA, from 4 Mar 2025)']);
    expect(d.sources.some((u) => u.includes('/2025-03775/'))).toBe(true);
  });

  it('says when a rate ended, and when it was not yet in force', () => {
    expect(describeTariff(link(CHINA_145, '145%', '2025-04-20'))).toMatchObject({ state: 'in-force' });
    const later = describeTariff(link('Tariffs on Chinese goods hit 145% in April.', '145%', '2025-06-01'));
    expect(later).toMatchObject({ state: 'ended', status: 'No longer in force: ended 14 May 2025' });
    const before = describeTariff(link('Steel will face a 50% tariff, the president said.', '50%', '2025-06-03'));
    expect(before).toMatchObject({ state: 'not-yet', status: "Not yet in force on the article's date (from 4 Jun 2025)" });
  });

  it('steel at 50%: every country but the UK, and the goods', () => {
    const d = describeTariff(link(STEEL_50, '50%', '2025-06-20'));
    expect(d.kicker).toBe('Tariff action · Section 232');
    expect(d.lines).toContain('On goods from every country but United Kingdom');
    expect(d.lines).toContain('Goods: steel');
    expect(d.lines).toContain('Federal Register 2025-10524');
  });

  it('goods covered: the value and the lists it adds up', () => {
    const d = describeTariff(link('In 2018 the administration put a 25% tariff on $50 billion of Chinese goods.', '$50 billion', '2019-02-01'));
    expect(d.figure).toBe('Goods covered: $50 billion a year');
    expect(d.parts).toEqual(['With: Second list of Chinese goods gets the Section 301 tariff (from 23 Aug 2018)']);
  });

  it('names the EU as one and shortens long country lists', () => {
    const d = describeTariff(link('Goods from the European Union faced a 20% tariff on April 9.', '20%', '2025-04-09'));
    expect(d.lines).toContain('On goods from European Union');
  });

  it('speaks German', () => {
    const de = JSON.parse(readFileSync(join(__dirname, '../../public/_locales/de/messages.json'), 'utf8'));
    setMessages(fromCatalog(de), 'de-DE');
    const d = describeTariff(link(STEEL_50, '50%', '2025-06-20'));
    expect(d.kicker).toBe('Zollmaßnahme · Section 232');
    expect(d.status).toBe('Am Datum des Artikels in Kraft');
    expect(d.lines).toContain('Waren: steel');
  });
});

describe('<TariffAction>', () => {
  it('renders the section as text, with its status and source links', () => {
    render(<TariffAction link={link(CHINA_145, '145%', '2025-04-20')} />, document.body);
    const section = document.body.querySelector('section.fn-tariff')!;
    expect(section.getAttribute('aria-label')).toBe('The tariff action this figure belongs to');
    expect(section.querySelector('.fn-tariff-in-force')!.textContent).toBe("In force on the article's date");
    expect(section.textContent).toContain('145% = 125% + 20%');
    const links = [...section.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(1);
    expect(links.every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
  });

  it('never renders a title as HTML', () => {
    const l = { ...link(CHINA_145, '145%', '2025-04-20'), title: '<img src=x onerror=alert(1)>' };
    render(<TariffAction link={l} />, document.body);
    expect(document.body.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
