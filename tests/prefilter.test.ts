// The gate every page goes through first (lib/prefilter.ts): it must stop pages with nothing to
// mark and never stop one the pipeline would mark something in (scripts/eval.ts checks that on
// the labelled articles too), and its copies of the currency tables must not drift from the
// parser's.
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODE_SOURCE, CURRENCY_SIGNS, CURRENCY_WORD_SOURCE, GATE_MAX_CHARS, mightHaveFindings, nextFigurePart } from '../lib/prefilter';
import { CODES, CURRENCY_WORDS, SIGNS } from '../lib/figures/currencies';
import { annotatePage } from '../lib/pipeline';

const filler = (n: number) => ' The weather was mild and the match ended in a draw.'.repeat(Math.ceil(n / 52)).slice(0, n);
const marksSomething = (text: string) => {
  const a = annotatePage(text);
  return a.figures.some((f) => f.trade) || a.officials.length > 0;
};

describe('the gate', () => {
  it.each([
    'Washington plans tariffs on $50 billion worth of Chinese goods.',
    'Exports rose to 58.6 billion dlrs last year.',
    'EXPORTS ROSE TO 58.6 BILLION DLRS',
    'Imports reached 5 billion Canadian dollars in May.',
    'The trade surplus was USD 5 billion.',
    'The trade surplus was DM300 mln in March.',
    'Imports of gold rose by Rs. 500 crore.',
    'A 25 percent tariff on steel took effect.',
    'Exports grew 3.5 pct in the quarter.',
    'The trade deficit with Japan stood at 12 billion yen.',
  ])('passes a trade figure: %s', (text) => {
    expect(mightHaveFindings(text)).toBe(true);
    expect(marksSomething(text)).toBe(true);
  });

  it('passes a trade story with no figure at all (officials are marked on trade stories)', () => {
    const text = 'Trade Representative Robert Lighthizer said the tariffs would stay until the trade talks ended.';
    expect(marksSomething(text)).toBe(true);
    expect(mightHaveFindings(text)).toBe(true);
  });

  it.each([
    ['a recipe with amounts and no trade word', 'Add 200 grams of flour, 2 cups of milk and bake for 25 minutes. It costs about $3 a serving.'],
    ['sport with one trade word far from any figure', `The club completed the trade of its striker.${filler(900)} He scored 25 percent of the goals.`],
    ['a trade word next to numbers that are no figure', 'The trade fair runs from 12 to 14 May in hall 5.'],
    ['a title before a number, not a currency code', 'Exports, said Mr. 5 of the committee, are a matter for later.'],
    ['an empty page', ''],
  ])('stops %s', (_, text) => {
    expect(mightHaveFindings(text)).toBe(false);
    expect(marksSomething(text)).toBe(false);
  });

  it('finds the first thing a figure could be made of, and nothing in plain words', () => {
    expect(nextFigurePart('no figures here, only words', 0)).toBe(-1);
    const text = 'Year 1990 was fine; then 58.6 billion dlrs of exports.';
    expect(nextFigurePart(text, 0)).toBe(text.indexOf('6 billion dlrs') - 3);
    expect(nextFigurePart('up 25%', 0)).toBe(5);
    expect(nextFigurePart('worth USD 5 bn', 0)).toBe(6);
    expect(nextFigurePart('worth 5bn', 0)).toBe(6);
  });

  it('looks for figure parts only inside the window it is given, with no part cut at its edges', () => {
    const text = `${'word '.repeat(40)}58.6 billion dlrs ${'word '.repeat(40)}25% and more`;
    const figure = text.indexOf('58.6');
    const percent = text.indexOf('25%');
    expect(nextFigurePart(text, 0, figure)).toBe(-1); // ends just before it
    expect(nextFigurePart(text, 0, figure + 1)).toBe(figure); // "58.6 billion dlrs" read whole
    expect(nextFigurePart(text, figure + 20, percent)).toBe(-1);
    expect(nextFigurePart(text, figure + 20, percent + 2)).toBe(-1); // the part is the % sign
    expect(nextFigurePart(text, figure + 20, percent + 3)).toBe(percent + 2);
    expect(nextFigurePart(text, figure + 20)).toBe(percent + 2);
  });

  it('finds a figure a trade word is near on either side, however far into a long page', () => {
    const page = filler(GATE_MAX_CHARS / 2 - 5_000); // the gate reads GATE_MAX_CHARS at once (lib/page/gate.ts the rest)
    expect(mightHaveFindings(`${page} tariffs ${'x '.repeat(250)}$5 billion ${page}`)).toBe(true);
    expect(mightHaveFindings(`${page} $5 billion ${'x '.repeat(250)}tariffs ${page}`)).toBe(true);
    expect(mightHaveFindings(`${page} $5 billion ${'x '.repeat(400)}tariffs ${page}`)).toBe(false);
  });

  it('is cheap on a page of text with no trade words (one pass, no figure scan)', () => {
    const page = filler(200_000);
    const start = performance.now();
    for (let i = 0; i < 5; i++) expect(mightHaveFindings(page)).toBe(false);
    expect((performance.now() - start) / 5).toBeLessThan(50); // generous: a guard against a pathological regex, not a benchmark
  });
});

describe("the gate's currency tables match the parser's", () => {
  const words = new Set(CURRENCY_WORD_SOURCE.replace(/\\/g, '').split('|'));
  const codes = new Set(CURRENCY_CODE_SOURCE.replace(/\\/g, '').split('|'));
  it('the same currency words', () => {
    expect([...words].sort()).toEqual(Object.keys(CURRENCY_WORDS).sort());
  });
  it('the same currency codes', () => {
    expect([...codes].sort()).toEqual(Object.keys(CODES).sort());
  });
  it('every currency sign', () => {
    for (const sign of Object.keys(SIGNS))
      expect(
        [...sign].some((c) => CURRENCY_SIGNS.includes(c)),
        sign,
      ).toBe(true);
  });
});
