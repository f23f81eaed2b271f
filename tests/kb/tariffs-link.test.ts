// linkTariffAction on sentences written for these tests: the rate or value of goods covered, the
// country, goods and date read from the sentence, and the precision guards.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../lib/pipeline';
import { linkTariffAction, type TariffLink } from '../../lib/kb/tariffs';

/** The link of the figure written `figure` in `text`, on a page of `date`. */
function link(text: string, figure: string, date?: string): TariffLink | undefined {
  const f = annotate(text).figures.find((x) => x.text === figure);
  if (!f) throw new Error(`no figure ${figure} in: ${text}`);
  return linkTariffAction(text, f, date);
}
const ids = (l: TariffLink | undefined) => (l ? [l.id, ...l.with.map((w) => w.id)] : []);

describe('linkTariffAction', () => {
  it('145% on China in April 2025: the 125% reciprocal rate with the 20% fentanyl tariff', () => {
    const l = link('Washington has now lifted its tariffs on Chinese goods to 145%, officials confirmed.', '145%', '2025-04-14');
    expect(ids(l)).toEqual(['2025-04-10-reciprocal-pause-china-125', '2025-03-04-ieepa-fentanyl-china-20']);
    expect(l).toMatchObject({
      kind: 'rate',
      rate: 125,
      value: 145,
      country: 'CN',
      authorityName: 'IEEPA',
      timing: 'in-force',
      inForce: true,
      allInForce: true,
    });
    expect(l!.with[0]).toMatchObject({ rate: 20, executiveOrders: [14228], federalRegister: ['2025-03775'] });
    expect(l!.legalReference).toContain('50 U.S.C. 1701');
  });

  it('25% on $50 billion of Chinese goods in 2018: the first Section 301 lists, by rate and by value', () => {
    const text = 'In 2018 the administration put a 25% tariff on $50 billion of Chinese goods over technology transfer.';
    const rate = link(text, '25%', '2019-02-01');
    expect(rate).toMatchObject({ id: '2018-07-06-section-301-china-list-1', authorityName: 'Section 301', dateFrom: 'sentence' });
    const covered = link(text, '$50 billion', '2019-02-01');
    expect(ids(covered)).toEqual(['2018-07-06-section-301-china-list-1', '2018-08-23-section-301-china-list-2']);
    expect(covered).toMatchObject({ kind: 'covered', value: 50e9 });
    expect(covered!.legalReference).toBe('Section 301 of the Trade Act of 1974 (19 U.S.C. 2411)');
  });

  it('50% on steel from June 4, 2025, under Section 232', () => {
    const l = link('The duty on imported steel doubled to 50% on June 4.', '50%', '2025-06-20');
    expect(l).toMatchObject({ id: '2025-06-04-section-232-steel-aluminum-50', product: 'steel', date: '2025-06-04', federalRegister: ['2025-10524'] });
    expect(l!.products).toEqual(['steel']);
    expect(l!.except).toEqual(['GB']);
    // The day before the rise: announced, not yet in force.
    expect(link('Steel will face a 50% tariff, the president said.', '50%', '2025-06-03')).toMatchObject({ timing: 'announced', inForce: false });
  });

  it('the 10% baseline of April 2025, named without a country', () => {
    const l = link('A 10% baseline tariff on nearly every trading partner took effect on April 5.', '10%', '2025-04-20');
    expect(l).toMatchObject({ id: '2025-04-05-reciprocal-baseline', inForce: true });
    expect(l!.country).toBeUndefined();
  });

  it('the 20% fentanyl tariff on China, and its cut to 10% in November 2025', () => {
    expect(link('The 20% fentanyl tariff on Chinese imports stays in place.', '20%', '2025-06-01')).toMatchObject({ id: '2025-03-04-ieepa-fentanyl-china-20' });
    const cut = link('The fentanyl-related tariff on China will fall to 10%, the White House said.', '10%', '2025-11-05');
    expect(cut).toMatchObject({ id: '2025-11-10-ieepa-fentanyl-china-10', timing: 'announced', inForce: false, announced: '2025-11-04' });
  });

  it('25% on Canada and Mexico: one action for both countries', () => {
    const l = link('Trump imposed 25% tariffs on Canada and Mexico on Tuesday.', '25%', '2025-03-05T14:30:00Z');
    expect(l).toMatchObject({ id: '2025-03-04-ieepa-fentanyl-canada-mexico', country: 'CA', pageDate: '2025-03-05', dateFrom: 'page' });
  });

  it('Section 232 autos at 25%; the country rates of April 9', () => {
    expect(link('Section 232 duties of 25% on imported cars began in April.', '25%', '2025-05-02')).toMatchObject({ id: '2025-04-03-section-232-autos' });
    expect(link('The US put a 46% tariff on goods from Vietnam on April 9.', '46%', '2025-04-20')).toMatchObject({
      id: '2025-04-09-reciprocal-country-rates',
      ended: '2025-04-10',
      inForce: false,
    });
  });

  it('reads a page date given as a month as its last day', () => {
    expect(link('On July 31 the president raised the tariff on Canada to 35%.', '35%', '2025-08')).toMatchObject({
      id: '2025-08-01-ieepa-canada-35',
      date: '2025-07-31',
      pageDate: '2025-08-31',
    });
  });

  it('says unknown for a duty still in force on the review date, read after it', () => {
    expect(link('Imported cars pay a 25% tariff under Section 232.', '25%', '2027-01-15')).toMatchObject({ inForce: 'unknown' });
  });

  it('links nothing that is not a tariff rate of a known action', () => {
    // A change, not a rate.
    expect(link('Exports to Canada saw a 25% rise in the quarter as tariffs loomed.', '25%', '2025-04-20')).toBeUndefined();
    // A company's price, not a duty.
    expect(link('The retailer announced a 10% price increase, blaming tariffs.', '10%', '2025-04-20')).toBeUndefined();
    // 145% on China is a 2025 rate: not in a 2018 story.
    expect(link('Washington has now lifted its tariffs on Chinese goods to 145%.', '145%', '2018-06-01')).toBeUndefined();
    // China's own duties on US goods are not US actions.
    expect(link('Beijing raised its tariffs on American goods to 125%.', '125%', '2025-04-12')).toBeUndefined();
    expect(link('China retaliated with a 34% tariff on all US products.', '34%', '2025-04-05')).toBeUndefined();
    // Goods the knowledge base has no duty for.
    expect(link('A 25% tariff on auto parts took effect in May.', '25%', '2025-05-20')).toBeUndefined();
    // A rate two unrelated actions make: 25% on Japan in April 2025 is cars, steel or the annex.
    expect(link('Japan faces a 25% tariff, the minister said.', '25%', '2025-04-20')).toBeUndefined();
  });

  it('without any date, links only a figure that means one action at any time', () => {
    expect(link('The tariff on Chinese goods reached 145% at its peak.', '145%')).toMatchObject({
      id: '2025-04-10-reciprocal-pause-china-125',
      dateFrom: 'today',
    });
    expect(link('Chinese goods pay a 10% tariff.', '10%')).toBeUndefined();
    // A value the sentence states that no list covered: the threatened fourth list, not List 1.
    expect(link('Another $325 billion of Chinese goods will soon be taxed at a rate of 25%.', '25%')).toBeUndefined();
  });
});
