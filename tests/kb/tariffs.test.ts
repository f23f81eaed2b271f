import { describe, expect, it } from 'vitest';
import { KbValidationError } from '../../lib/kb';
import { asDay, bundledTariffs, findTariffAction, inForceOn, TARIFF_FILE, tariffActions, validateTariffs } from '../../lib/kb/tariffs';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const action = (id: string) => tariffActions.find((a) => a.id === id)!;
const ids = (c: { parts: { action: { id: string } }[] }) => c.parts.map((p) => p.action.id).sort();

describe('the tariff actions', () => {
  it('are valid', () => {
    expect(() => validateTariffs(TARIFF_FILE, bundledTariffs)).not.toThrow();
  });

  it('include the March 2025 rise of the fentanyl tariff on China, from its executive order', () => {
    const a = action('2025-03-04-ieepa-fentanyl-china-20');
    expect(a).toMatchObject({
      effective: '2025-03-04',
      authority: 'ieepa',
      kind: 'increased',
      countries: ['CN'],
      curated: true,
      executiveOrders: [14228],
      federalRegister: ['2025-03775'],
    });
    // Halved again from November 10, 2025 (Executive Order 14357).
    expect(a.lines).toEqual([{ measure: 'ieepa-fentanyl-cn', rates: [20], countries: ['CN'], from: '2025-03-04', until: '2025-11-10' }]);
    expect(a.sources[0].url).toContain('/2025-03775/');
    // It replaces the 10% of February for China.
    expect(action('2025-02-04-ieepa-fentanyl-china').lines[0].until).toBe('2025-03-04');
  });

  it('give countries as ISO alpha-2 codes and rates as numbers', () => {
    expect(action('2025-03-04-ieepa-fentanyl-canada-mexico').countries).toEqual(['CA', 'MX']);
    expect(action('2026-07-24-section-301-forced-labor').lines[0].rates).toEqual([10, 12.5]);
    expect(action('2020-02-14-section-301-china-list-4a-to-7-5').lines[0].rates).toEqual([7.5]);
  });

  it('are sorted by effective date', () => {
    const dates = tariffActions.map((a) => a.effective);
    expect(dates).toEqual([...dates].sort());
  });

  it('name the file, the entry and the field of a malformed entry', () => {
    const data = clone(bundledTariffs) as any;
    data.actions[0].label = ' ';
    data.actions[1].lines[0].rates = ['25'];
    data.actions[2].countries = ['CHN'];
    let problems: string[] = [];
    try {
      validateTariffs(TARIFF_FILE, data);
    } catch (e) {
      expect(e).toBeInstanceOf(KbValidationError);
      problems = (e as KbValidationError).problems;
    }
    expect(problems).toEqual([
      'lib/kb/data/tariff-actions.json › entry 0 (2018-03-23-section-232-steel-aluminum) › label: must not be empty',
      'lib/kb/data/tariff-actions.json › entry 1 (2018-07-06-section-301-china-list-1) › lines[0].rates[0]: Invalid type: Expected number but received "25"',
      'lib/kb/data/tariff-actions.json › entry 2 (2018-08-23-section-301-china-list-2) › countries[0]: must be an ISO 3166 alpha-2 code',
    ]);
  });
});

describe('inForceOn', () => {
  it('is true from the effective date until a later action replaces or ends the rate', () => {
    const ten = action('2025-02-04-ieepa-fentanyl-china');
    expect(inForceOn(ten, '2025-02-03')).toBe(false);
    expect(inForceOn(ten, '2025-02-04')).toBe(true);
    expect(inForceOn(ten, '2025-03-03')).toBe(true);
    expect(inForceOn(ten, '2025-03-04')).toBe(false);
    const twenty = action('2025-03-04-ieepa-fentanyl-china-20');
    expect(inForceOn(twenty, '2025-11-09')).toBe(true);
    expect(inForceOn(twenty, '2025-11-10')).toBe(false); // cut back to 10%
    const tenAgain = action('2025-11-10-ieepa-fentanyl-china-10');
    expect(inForceOn(tenAgain, '2026-02-23')).toBe(true);
    expect(inForceOn(tenAgain, '2026-02-24')).toBe(false); // IEEPA duties ended
    expect(inForceOn(action('2026-02-24-ieepa-ends-section-122-begins'), '2026-07-23')).toBe(true); // the 150-day surcharge
    expect(inForceOn(action('2026-02-24-ieepa-ends-section-122-begins'), '2026-07-24')).toBe(false);
  });

  it('is never true of a court ruling, which sets no rate', () => {
    expect(inForceOn(action('2026-02-20-supreme-court-ieepa-ruling'), '2026-03-01')).toBe(false);
  });

  it('reads a month or a year as its last day', () => {
    expect(asDay('2025-02')).toBe('2025-02-28');
    expect(asDay('2024-02')).toBe('2024-02-29');
    expect(asDay('2025')).toBe('2025-12-31');
    expect(asDay('2025-02-30')).toBeUndefined();
    expect(inForceOn(action('2025-02-04-ieepa-fentanyl-china'), '2025-02')).toBe(true);
  });
});

describe('findTariffAction', () => {
  it('April 2025, China 145%: the 125% reciprocal rate stacked on the 20% fentanyl tariff', () => {
    const [best] = findTariffAction({ rate: 145, country: 'CN', date: '2025-04-15' });
    expect(best).toMatchObject({ rate: 145, stacked: true, timing: 'in-force', on: '2025-04-15' });
    expect(ids(best)).toEqual(['2025-03-04-ieepa-fentanyl-china-20', '2025-04-10-reciprocal-pause-china-125']);
    expect(best.parts.map((p) => p.rate).sort((a, b) => a - b)).toEqual([20, 125]);
  });

  it("a single action's own rate comes first", () => {
    const [best] = findTariffAction({ rate: 125, country: 'cn', date: '2025-04-12' });
    expect(best).toMatchObject({ stacked: false, timing: 'in-force' });
    expect(ids(best)).toEqual(['2025-04-10-reciprocal-pause-china-125']);
    expect(ids(findTariffAction({ rate: 20, country: 'CN', date: '2025-03-10' })[0])).toEqual(['2025-03-04-ieepa-fentanyl-china-20']);
  });

  it('June 2025, China 30%: the 10% reciprocal rate after the May deal plus the 20% fentanyl tariff', () => {
    const [best] = findTariffAction({ rate: 30, country: 'CN', date: '2025-06-01' });
    expect(ids(best)).toEqual(['2025-03-04-ieepa-fentanyl-china-20', '2025-05-14-ieepa-china-reduction']);
  });

  it('knows a rate announced but not yet in force, and one no longer in force', () => {
    const [announced] = findTariffAction({ rate: 145, country: 'CN', date: '2025-04-09' });
    expect(announced).toMatchObject({ timing: 'announced', on: '2025-04-10' });
    const [earlier] = findTariffAction({ rate: 145, country: 'CN', date: '2025-12-01' });
    expect(earlier).toMatchObject({ timing: 'earlier', on: '2025-04-10' });
  });

  it("stacks a product's duty when the page names the product", () => {
    // Without the product, 50% for Canada is only duties that came later: steel and aluminum
    // from June 2025, the Section 338 duty of 2026.
    expect(findTariffAction({ rate: 50, country: 'CA', date: '2025-04-01' }).map((c) => [c.timing, ...ids(c)])).toEqual([
      ['later', '2025-06-04-section-232-steel-aluminum-50'],
      ['later', '2025-06-04-section-232-steel-aluminum-50'],
      ['later', '2026-08-22-section-338-canada'],
    ]);
    const [steel] = findTariffAction({ rate: 50, country: 'CA', date: '2025-04-01', product: 'steel' });
    expect(ids(steel)).toEqual(['2025-03-04-ieepa-fentanyl-canada-mexico', '2025-03-12-section-232-steel-aluminum-all-countries']);
  });

  it('reads EU as every member state', () => {
    const [best] = findTariffAction({ rate: 10, country: 'EU', date: '2025-04-20' });
    expect(ids(best)).toEqual(['2025-04-10-reciprocal-pause-china-125']);
    expect(best.parts[0].line.countries).toBe('all');
  });

  it("takes either of a line's alternative rates: Brazil, August 2026, 25% + 12.5%", () => {
    const [best] = findTariffAction({ rate: 37.5, country: 'BR', date: '2026-08-01' });
    expect(ids(best)).toEqual(['2026-07-22-section-301-brazil', '2026-07-24-section-301-forced-labor']);
  });

  it('finds nothing for a rate no action makes, or a bad date', () => {
    expect(findTariffAction({ rate: 63, country: 'CN', date: '2025-04-15' })).toEqual([]);
    expect(findTariffAction({ rate: 145, country: 'CN', date: 'April' })).toEqual([]);
  });
  it('answers a rate asked again as the first time, whatever was asked in between (sums are kept)', () => {
    const ask = (rate: number) => findTariffAction({ rate, country: 'CN', date: '2025-04-15' }).map((c) => [c.timing, c.rate, ...ids(c)]);
    const first145 = ask(145);
    const first125 = ask(125);
    expect(first145.length).toBeGreaterThan(0);
    expect(ask(63)).toEqual([]);
    expect(ask(145)).toEqual(first145);
    expect(ask(125)).toEqual(first125);
    expect(first125).not.toEqual(first145);
  });

  it('answers for each day asked in turn as when that day was asked first (the last day is kept)', () => {
    const ask = (date: string) => findTariffAction({ rate: 145, country: 'CN', date }).map((c) => [c.timing, c.on, ...ids(c)]);
    const april = ask('2025-04-15');
    const december = ask('2025-12-01');
    expect(april[0][0]).toBe('in-force');
    expect(december[0][0]).toBe('earlier');
    expect(ask('2025-04-15')).toEqual(april);
    expect(ask('2025-12-01')).toEqual(december);
    expect(ask('2025-04-15')).toEqual(april);
  });
});

describe('the actions added from primary sources', () => {
  it('June 4, 2025: steel and aluminum at 50%, the UK still at 25%', () => {
    expect(ids(findTariffAction({ rate: 50, country: 'DE', date: '2025-06-10', product: 'steel' })[0])).toEqual(['2025-06-04-section-232-steel-aluminum-50']);
    expect(ids(findTariffAction({ rate: 25, country: 'GB', date: '2025-06-10', product: 'steel' })[0])).toEqual([
      '2025-03-12-section-232-steel-aluminum-all-countries',
    ]);
    expect(findTariffAction({ rate: 50, country: 'GB', date: '2025-06-10', product: 'steel' }).filter((c) => c.timing === 'in-force')).toEqual([]);
  });

  it('April 9, 2025: the country rates for one day, China at 84% + 20% = 104%', () => {
    expect(ids(findTariffAction({ rate: 46, country: 'VN', date: '2025-04-09' })[0])).toEqual(['2025-04-09-reciprocal-country-rates']);
    expect(findTariffAction({ rate: 46, country: 'VN', date: '2025-04-11' })[0].timing).toBe('earlier');
    expect(ids(findTariffAction({ rate: 20, country: 'EU', date: '2025-04-09' })[0])).toEqual(['2025-04-09-reciprocal-country-rates']);
    expect(ids(findTariffAction({ rate: 104, country: 'CN', date: '2025-04-09' })[0])).toEqual([
      '2025-03-04-ieepa-fentanyl-china-20',
      '2025-04-09-reciprocal-country-rates',
    ]);
  });

  it('November 10, 2025: the fentanyl tariff on China halved, so 10% + 10% = 20%', () => {
    const [best] = findTariffAction({ rate: 20, country: 'CN', date: '2025-11-20' });
    expect(ids(best)).toEqual(['2025-05-14-ieepa-china-reduction', '2025-11-10-ieepa-fentanyl-china-10']);
    expect(action('2025-11-10-ieepa-fentanyl-china-10')).toMatchObject({ kind: 'reduced', executiveOrders: [14357], curated: true });
  });

  it('keep the value of goods the first Section 301 lists covered', () => {
    expect(action('2018-07-06-section-301-china-list-1').covered).toBe(34e9);
    expect(action('2018-08-23-section-301-china-list-2').covered).toBe(16e9);
    expect(action('2018-09-24-section-301-china-list-3').coveredSource).toContain('2018-20610');
  });
});
