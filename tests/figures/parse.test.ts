import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/figures/parse';
import type { FigureSpan } from '../../lib/types';

/** The figures of a text, reduced to what a test compares. */
function figs(text: string) {
  return findFigures(text).map((f) => {
    const o: Record<string, unknown> = { text: f.text, kind: f.kind, value: f.value, currency: f.currency };
    if (f.high !== undefined) o.high = f.high;
    if (f.points) o.points = true;
    if (f.currencyInferred) o.inferred = true;
    return o;
  });
}

const money = (text: string, value: number, currency: string, extra: Record<string, unknown> = {}) => ({
  text,
  kind: 'money',
  value,
  currency,
  ...extra,
});
const pct = (text: string, value: number, extra: Record<string, unknown> = {}) => ({
  text,
  kind: 'percent',
  value,
  currency: null,
  ...extra,
});

/** Exactly one figure in the sentence, equal to `expected`. */
function one(sentence: string, expected: Record<string, unknown>) {
  expect(figs(sentence)).toEqual([expected]);
}

describe('money with a currency sign or code before the number', () => {
  it.each([
    ['The ministry put the gap at $375 billion last year.', money('$375 billion', 375e9, 'USD')],
    ['Analysts expect a US$375bn shortfall.', money('US$375bn', 375e9, 'USD')],
    ['The economy is worth $1.2tn by that measure.', money('$1.2tn', 1.2e12, 'USD')],
    ['Ottawa pledged C$2 billion for the mills.', money('C$2 billion', 2e9, 'CAD')],
    ['Brussels set aside €3.5bn in aid.', money('€3.5bn', 3.5e9, 'EUR')],
    ['The club lost £2m on the deal.', money('£2m', 2e6, 'GBP')],
    ['Tokyo approved a ¥2 trillion package.', money('¥2 trillion', 2e12, 'JPY')],
    ['A donor gave $94,000 to the fund.', money('$94,000', 94000, 'USD')],
    ['Seed rounds of $50k are common.', money('$50k', 50000, 'USD')],
    ['The firm raised $5B in bonds.', money('$5B', 5e9, 'USD')],
    ['The port handled HK$5bn of cargo.', money('HK$5bn', 5e9, 'HKD')],
    ['Canberra spent A$3 billion on it.', money('A$3 billion', 3e9, 'AUD')],
    ['The loan totals USD 5 million.', money('USD 5 million', 5e6, 'USD')],
    ['A fund of RMB100 billion was set up.', money('RMB100 billion', 100e9, 'CNY')],
    ['Bonn offered DM 300 mln in credits.', money('DM 300 mln', 300e6, 'DEM')],
    ['The tokenised form $ 75 million also counts.', money('$ 75 million', 75e6, 'USD')],
    ['A pint costs $4.25 there.', money('$4.25', 4.25, 'USD')],
  ])('%s', (sentence, expected) => one(sentence, expected));

  it('reads ¥ as yuan on a page that speaks of yuan and not of yen', () => {
    one('Beijing will spend ¥2 trillion; the yuan is steady.', money('¥2 trillion', 2e12, 'CNY'));
  });
});

describe('money with a currency word after the number', () => {
  it.each([
    ['Exports reached 375 billion dollars in the year.', money('375 billion dollars', 375e9, 'USD')],
    ['The surplus was 58.6 billion dlrs.', money('58.6 billion dlrs', 58.6e9, 'USD')],
    ['It ran a 58.6 billion dlr surplus.', money('58.6 billion dlr', 58.6e9, 'USD')],
    ['Reserves stood at 4.2 billion U.S. Dlrs.', money('4.2 billion U.S. Dlrs', 4.2e9, 'USD')],
    ['Ottawa sold 1.5 billion Canadian dlrs of bonds.', money('1.5 billion Canadian dlrs', 1.5e9, 'CAD')],
    ['Beijing earmarked 2 trillion yuan for rail.', money('2 trillion yuan', 2e12, 'CNY')],
    ['The Treasury borrowed 2.5 billion stg.', money('2.5 billion stg', 2.5e9, 'GBP')],
    ['Imports cost 6,000 billion yen.', money('6,000 billion yen', 6e12, 'JPY')],
    ['Bonn paid 20.1 billion marks.', money('20.1 billion marks', 20.1e9, 'DEM')],
    ['Paris posted a 400 mln francs deficit.', money('400 mln francs', 400e6, 'FRF')],
    ['Zurich lent 300 mln Swiss francs.', money('300 mln Swiss francs', 300e6, 'CHF')],
    ['Brussels spent 5 billion Belgian francs.', money('5 billion Belgian francs', 5e9, 'BEF')],
    ['Seoul set aside 2 trillion won.', money('2 trillion won', 2e12, 'KRW')],
    ['Bangkok imported 70.7 billion baht of goods.', money('70.7 billion baht', 70.7e9, 'THB')],
    ['Rangoon held 407.9 mln kyats.', money('407.9 mln kyats', 407.9e6, 'BUK')],
    ['Belgrade owed 2 billion dinars.', money('2 billion dinars', 2e9, 'YUD')],
    ['Vienna spent 4 billion schillings.', money('4 billion schillings', 4e9, 'ATS')],
    ['Moscow bought 5 billion roubles of grain.', money('5 billion roubles', 5e9, 'SUR')],
    ['Rome cut 300 bln lire from the plan.', money('300 bln lire', 300e9, 'ITL')],
    ['The Hague paid 2 billion guilders.', money('2 billion guilders', 2e9, 'NLG')],
    ['Mexico City raised 4 billion pesos.', money('4 billion pesos', 4e9, 'MXN')],
    ['Delhi allotted 100 billion rupees.', money('100 billion rupees', 100e9, 'INR')],
    ['Riyadh budgeted 1 billion riyals.', money('1 billion riyals', 1e9, 'SAR')],
    ['Madrid spent 6.65 billion pesetas.', money('6.65 billion pesetas', 6.65e9, 'ESP')],
    ['The EC set aside 300 mln ECUs.', money('300 mln ECUs', 300e6, 'XEU')],
    ['The fund took in 1.5 mln dlrs.', money('1.5 mln dlrs', 1.5e6, 'USD')],
    ['The fund took in 2 bln dlrs.', money('2 bln dlrs', 2e9, 'USD')],
    ['A grant of 10 million U.S. dollars was approved.', money('10 million U.S. dollars', 10e6, 'USD')],
    ['He was fined 10,000 swiss francs.', money('10,000 swiss francs', 10000, 'CHF')],
    ['Prices start at 100 €.', money('100 €', 100, 'EUR')],
    ['Wages rose to 120 billion Taiwan dlrs.', money('120 billion Taiwan dlrs', 120e9, 'TWD')],
  ])('%s', (sentence, expected) => one(sentence, expected));

  it('reads sub-units in hundredths', () => {
    one('Corn rose 4 cents on the day.', money('4 cents', 0.04, 'USD'));
    one('The local unit gained one Hong Kong cent.', money('one Hong Kong cent', 0.01, 'HKD'));
    one('It would not pay a cent more.', money('a cent', 0.01, 'USD'));
    one('Futures ended 1.20 cents higher.', money('1.20 cents', 0.012, 'USD'));
    one('Earnings were 70 cts a share.', money('70 cts', 0.7, 'USD'));
    one('Shares closed at 197 pence.', money('197 pence', 1.97, 'GBP'));
  });

  it('ends a per-unit price at the currency word', () => {
    one('Wheat sold at 450 dlrs a tonne.', money('450 dlrs', 450, 'USD'));
    one('Crude fetched 18 dollars per barrel.', money('18 dollars', 18, 'USD'));
  });

  it('reads spelled-out numerals and "a" before a scale or currency word', () => {
    one('The target is five billion dlrs.', money('five billion dlrs', 5e9, 'USD'));
    one('Seoul sought a three-billion-dlr credit.', money('three-billion-dlr', 3e9, 'USD'));
    one('That would cost a billion dollars.', money('a billion dollars', 1e9, 'USD'));
    one('It was held to the seven billion dollar level.', money('seven billion dollar', 7e9, 'USD'));
    one('He paid twelve dollars for it.', money('twelve dollars', 12, 'USD'));
    one('The fine was half a billion dollars.', money('half a billion dollars', 0.5e9, 'USD'));
    one('A 300-mln-dlr loan was signed.', money('300-mln-dlr', 300e6, 'USD'));
  });

  it('keeps plural scale words and capitals', () => {
    one('Goods worth 200 Billions Dollars were taxed.', money('200 Billions Dollars', 200e9, 'USD'));
  });
});

describe('percentages', () => {
  it.each([
    ['Duties rose to 25% overnight.', pct('25%', 25)],
    ['Duties rose to 25 percent overnight.', pct('25 percent', 25)],
    ['Duties rose to 25 per cent overnight.', pct('25 per cent', 25)],
    ['Output grew 10 pct in March.', pct('10 pct', 10)],
    ['GROWTH SEEN AT 12 PER CENT', pct('12 PER CENT', 12)],
    ['THAI ECONOMY TO GROW SIX PCT', pct('SIX PCT', 6)],
    ['Sales grew twelve per cent.', pct('twelve per cent', 12)],
    ['Margins were twenty-five percent.', pct('twenty-five percent', 25)],
    ['The gap narrowed 0.5 percentage points.', pct('0.5 percentage points', 0.5, { points: true })],
    ['Rates fell two percentage points.', pct('two percentage points', 2, { points: true })],
    ['A 0.25 percentage-point cut was made.', pct('0.25 percentage-point', 0.25, { points: true })],
    ['The bank cut by half a percentage point.', pct('half a percentage point', 0.5, { points: true })],
    ['Output shrank -0.4 percent.', pct('-0.4 percent', -0.4)],
    ['Output rose +1.25% in May.', pct('+1.25%', 1.25)],
    ['Output shrank −0.4% in June.', pct('−0.4%', -0.4)],
    ['Deposits paid 7-5/8 pct.', pct('7-5/8 pct', 7.625)],
    ['Yields rose 7 3/4 pct.', pct('7 3/4 pct', 7.75)],
    ['Rates rose 1/2 pct.', pct('1/2 pct', 0.5)],
    ['A 25-percent duty was set.', pct('25-percent', 25)],
    ['Stocks fell 2.5pc in London.', pct('2.5pc', 2.5)],
    ['The firm holds a .5 percent stake.', pct('.5 percent', 0.5)],
  ])('%s', (sentence, expected) => one(sentence, expected));
});

describe('ranges and changes', () => {
  it('spans a range as one figure with a high end', () => {
    one('Estimates run at $50-60 billion.', money('$50-60 billion', 50e9, 'USD', { high: 60e9 }));
    one('Duties of 5 to 25 percent apply.', pct('5 to 25 percent', 5, { high: 25 }));
    one('Growth of 7 to 8 pct is forecast.', pct('7 to 8 pct', 7, { high: 8 }));
    one('Purchases of $30 billion to $45 billion a year.', money('$30 billion to $45 billion', 30e9, 'USD', { high: 45e9 }));
    one('Levies of 15 percent to 30 percent remain.', pct('15 percent to 30 percent', 15, { high: 30 }));
    one('Rates ranging from 3 to 12 percent.', pct('3 to 12 percent', 3, { high: 12 }));
    one('Prices of 15-18 dlrs a barrel.', money('15-18 dlrs', 15, 'USD', { high: 18 }));
    one('A 5–10% cut is planned.', pct('5–10%', 5, { high: 10 }));
    one('It will cost $5 to $10 billion.', money('$5 to $10 billion', 5e9, 'USD', { high: 10e9 }));
  });

  it('reads "from X to Y" as a change: two figures, or one if X has no unit', () => {
    expect(figs('Duties go from 5% to 15% in June.')).toEqual([pct('5%', 5), pct('15%', 15)]);
    expect(figs('Duties rose from 10 to 25 percent.')).toEqual([pct('25 percent', 25)]);
    expect(figs('The gap rose 1.2 billion dlrs to 7.3 billion dlrs.')).toEqual([
      money('1.2 billion dlrs', 1.2e9, 'USD'),
      money('7.3 billion dlrs', 7.3e9, 'USD'),
    ]);
    expect(figs('The rate rose to 25% from 10%.')).toEqual([pct('25%', 25), pct('10%', 10)]);
  });

  it('does not join amounts of different kinds or a falling pair', () => {
    expect(figs('Exports rose 5.3 pct to $14 billion.')).toEqual([pct('5.3 pct', 5.3), money('$14 billion', 14e9, 'USD')]);
    expect(figs('The 2018-25 percent band.')).toEqual([pct('25 percent', 25)]);
  });
});

describe('lists with a shared unit', () => {
  it('labels only the element that carries the unit', () => {
    expect(figs('Tariffs of 10 and 25 percent were imposed.')).toEqual([pct('25 percent', 25)]);
    expect(figs('A levy between 7 and 8 pct is likely.')).toEqual([pct('8 pct', 8)]);
  });

  it('shares the scale of a later amount with a bare currency amount', () => {
    expect(figs('Duties on $50 and $200 billion of goods.')).toEqual([money('$50', 50e9, 'USD'), money('$200 billion', 200e9, 'USD')]);
  });
});

describe('elided currency', () => {
  it('takes the currency of a parallel amount with a scale word', () => {
    expect(figs('The deficit rose to 5.20 billion stg from 4.85 billion in May.')).toEqual([
      money('5.20 billion stg', 5.2e9, 'GBP'),
      money('4.85 billion', 4.85e9, 'GBP', { inferred: true }),
    ]);
    expect(figs('Seoul will buy 5 billion dlrs of goods, including 2 billion of aircraft.')).toEqual([
      money('5 billion dlrs', 5e9, 'USD'),
      money('2 billion', 2e9, 'USD', { inferred: true }),
    ]);
  });

  it('looks across sentences of the same paragraph', () => {
    expect(figs('Exports were 63.2 billion baht. Imports were 56.1 billion a year ago.')).toEqual([
      money('63.2 billion baht', 63.2e9, 'THB'),
      money('56.1 billion', 56.1e9, 'THB', { inferred: true }),
    ]);
  });

  it('needs a parallel amount, a scale word and a plausible next word', () => {
    expect(figs('The population passed 1.4 billion in 2019.')).toEqual([]);
    expect(figs('Paris spent 2 billion francs.\n\nLater, 3 billion in gold arrived.')).toEqual([money('2 billion francs', 2e9, 'FRF')]);
    expect(figs('It has 1.4 billion people and a $14 trillion economy.')).toEqual([money('$14 trillion', 14e12, 'USD')]);
    expect(figs('The deficit was 900 dlrs and then 4 thousand.')).toEqual([money('900 dlrs', 900, 'USD')]);
  });

  it('does not lend a currency across a nearer amount of something else', () => {
    expect(figs('Sales were 350 mln dlrs. Output fell to 1.9 mln bpd from 2.2 mln in January.')).toEqual([money('350 mln dlrs', 350e6, 'USD')]);
  });
});

describe('unusual forms', () => {
  it('spans a bid/offer quote whole, valued at the bid', () => {
    one('The dollar ended at 139.10/20 yen.', money('139.10/20 yen', 139.1, 'JPY'));
    one('It closed at 1.8250/60 marks.', money('1.8250/60 marks', 1.825, 'DEM'));
  });

  it('reads all-caps newswire headlines', () => {
    one('U.S. TRADE DEFICIT WIDENS TO 15.1 BILLION DLRS', money('15.1 BILLION DLRS', 15.1e9, 'USD'));
    one('EC FARM SPENDING TO RISE TO 23 BLN ECUS', money('23 BLN ECUS', 23e9, 'XEU'));
  });

  it('reads "dollars and cents"', () => {
    one('It only cost 3 dollars 50 cents.', money('3 dollars 50 cents', 3.5, 'USD'));
  });
});

describe('not figures', () => {
  it.each([
    ['In 1987 and again in 2019, talks stalled.'],
    ['The meeting is set for March 5, 1987.'],
    ['The log entry is dated 2018-08-01.'],
    ['The plant employs 300 workers and makes 12 million cars.'],
    ['Farmers harvested 5 mln tonnes of wheat.'],
    ['The index fell 500 points in an hour.'],
    ['The Fed raised rates by 25 basis points.'],
    ['The won closed at 846.90 to the dollar.'],
    ['It closed at 140.25 to the dollar.'],
    ['Billions of dollars and hundreds of billions more were at stake.'],
    ['The G20 met as F-16 jets flew over; COVID-19 spread.'],
    ['The S&P 500 and the Dow 30 moved.'],
    ['The console weighs 8.4 pounds.'],
    ['China bought 5 million pounds of pork.'],
    ['Costs are given in 1986 dollars.'],
    ['The party won 25 seats and in 1986 won support; the 49ers won.'],
    ['See https://example.org/tags/%E5%83%95%E3%81%AE for more.'],
    ['Several billion dollars were lost.'],
    ['About a billion people use it.'],
    ['The 100 mark was passed.'],
    ['He scored a perfect 10 and won a medal.'],
  ])('%s', (sentence) => expect(findFigures(sentence)).toEqual([]));
});

describe('invariants', () => {
  const pieces = [
    '$',
    'US$',
    'C$',
    '£',
    '€',
    '¥',
    '-',
    '+',
    '−',
    '.',
    ',',
    '/',
    '%',
    ' ',
    ' ',
    ' ',
    '\n',
    '\n\n',
    '(',
    ')',
    '1',
    '25',
    '3.5',
    '1,000',
    '7-5/8',
    '139.10/20',
    '2019',
    'one',
    'five',
    'a',
    'half',
    'twenty-five',
    'billion',
    'bn',
    'mln',
    'm',
    'k',
    'percent',
    'per cent',
    'pct',
    'percentage points',
    'dlrs',
    'dollars',
    'U.S.',
    'Canadian',
    'cents',
    'yen',
    'marks',
    'pounds',
    'won',
    'stg',
    'to',
    'from',
    'and',
    'of',
    'in',
    'rose',
    'ranging',
    'tonnes',
    'people',
    'the',
    'tariffs',
  ];
  // A small deterministic generator (no Math.random: failures must reproduce).
  function* texts(count: number): Generator<string> {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let i = 0; i < count; i++) {
      const n = 5 + (next() % 60);
      let s = '';
      for (let j = 0; j < n; j++) s += pieces[next() % pieces.length] + (next() % 3 === 0 ? '' : ' ');
      yield s;
    }
  }

  it('returns sorted, non-overlapping, exact, finite spans', () => {
    const problems: string[] = [];
    let count = 0;
    for (const text of texts(2000)) {
      const out: FigureSpan[] = findFigures(text);
      let last = 0;
      for (const f of out) {
        count++;
        const bad =
          f.start < last ||
          f.end <= f.start ||
          text.slice(f.start, f.end) !== f.text ||
          !Number.isFinite(f.value) ||
          (f.high !== undefined && !(Number.isFinite(f.high) && f.high > f.value)) ||
          (f.kind === 'percent' ? f.currency !== null : typeof f.currency !== 'string');
        if (bad) problems.push(`${JSON.stringify(text)} → ${JSON.stringify(f)}`);
        last = f.end;
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(500); // the generator does produce figures
  });

  it('is a pure function of the text', () => {
    const t = 'Exports rose 5.3 pct to 14.1 billion dlrs, imports 2.2 billion.';
    expect(findFigures(t)).toEqual(findFigures(t));
  });

  it('finds the same figure wherever it sits in the text', () => {
    const base = findFigures('rose to $5 billion');
    const shifted = findFigures('x'.repeat(1000) + ' rose to $5 billion');
    expect(shifted.map((f) => [f.text, f.value])).toEqual(base.map((f) => [f.text, f.value]));
  });
});

describe('speed', () => {
  // Coarse bounds that catch super-linear behaviour (catastrophic backtracking, re-scanning),
  // not small regressions; best-of-n timings so that a busy machine does not make them flaky.
  const best = (f: () => void, n: number) => {
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      f();
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  it.each([
    ['digits', '1 2.5 3,000 45% $6 7-8 9/10 '],
    ['number words', 'one two three a an half twenty-five hundred billion million '],
    ['elided amounts', 'rose to 5 billion dlrs from 4 billion, 3 billion, 2 billion; '],
    ['long spaces', '5' + ' '.repeat(200) + 'x '],
    ['separators', '1,000,000,000,000,000,000,000.000.000/000/000-000-000 '],
    ['no newline', 'The surplus was 4.3 billion in 1985 and '],
  ])('stays linear on %s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(10000 / unit.length));
    const big = unit.repeat(Math.ceil(100000 / unit.length));
    const ts = best(() => findFigures(small), 3);
    const tb = best(() => findFigures(big), 2);
    expect(tb).toBeLessThan(25 * ts + 3000);
  });
});

describe('invisible characters inside a figure (soft hyphen, zero-width, word joiner, BOM)', () => {
  it.each([
    ['$200 bil\u00adlion', 200e9, 'USD'],
    ['$3\u200b.5 billion', 3.5e9, 'USD'],
    ['$3\u200b billion', 3e9, 'USD'],
    ['$1,\u200c250 million', 1.25e9, 'USD'],
    ['\u20ac2.8\u200d billion', 2.8e9, 'EUR'],
    ['$4\u2060.2 tril\u00adlion', 4.2e12, 'USD'],
    ['$\ufeff60 billion', 60e9, 'USD'],
  ])('%j is read whole, its span covering the original characters', (amount, value, currency) => {
    const text = `Tariffs on ${amount} of goods.`;
    const [f, ...rest] = findFigures(text);
    expect(rest).toEqual([]);
    expect({ kind: f.kind, value: f.value, currency: f.currency }).toEqual({ kind: 'money', value, currency });
    expect(f.start).toBe(11);
    expect(f.end).toBe(11 + amount.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toBe(amount);
  });

  it('percentages with a soft hyphen, and ranges', () => {
    const text = 'a 10 per\u00adcent duty, then 15 to 2\u200b0 per\u00adcent';
    const found = findFigures(text);
    expect(found.map((f) => [f.text, f.value, f.high])).toEqual([
      ['10 per\u00adcent', 10, undefined],
      ['15 to 2\u200b0 per\u00adcent', 15, 20],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("invisible characters at a figure's edges stay outside its span", () => {
    const text = 'duties on \u200b$5 billion\u00ad\ufeff of steel';
    const [f] = findFigures(text);
    expect(f.text).toBe('$5 billion');
    expect(f.start).toBe(11);
    expect(f.end).toBe(21);
  });

  it('spans stay inside the text, sorted and apart, whatever invisible characters are around', () => {
    const base = 'A 25 percent tariff on $50 billion of goods and a 10 percent duty on $200 billion more.';
    const invisible = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
    for (let seed = 1; seed <= 200; seed++) {
      let x = seed;
      let text = '';
      for (const ch of base) {
        text += ch;
        x = (x * 1103515245 + 12345) % 2147483648;
        if (x % 5 === 0) text += invisible[x % invisible.length];
      }
      const found = findFigures(text);
      let last = 0;
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(Number.isFinite(f.value)).toBe(true);
        last = f.end;
      }
      // The same figures as without them, by value.
      expect(found.map((f) => f.value)).toEqual([25, 50e9, 10, 200e9]);
    }
  });
});
