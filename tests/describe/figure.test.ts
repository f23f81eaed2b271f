import { describe, expect, it } from 'vitest';
import { checkAgainstFact, describeFigure, writtenPrecision } from '../../lib/describe/figure';
import { loadKb } from '../../lib/kb';
import type { Figure } from '../../lib/types';

const kb = loadKb();

/** A figure at the first occurrence of `needle` in `text`. */
function fig(text: string, needle: string, rest: Partial<Figure>): Figure {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle, kind: 'money', value: 0, currency: 'USD', trade: true, ...rest };
}

describe('describeFigure', () => {
  const text =
    'Officials pointed to a $375 billion trade deficit. The White House wants $100 billion cut from the deficit. New tariffs cover $50 billion of Chinese goods.';
  const deficit = fig(text, '$375 billion', { value: 375e9, measure: 'trade deficit', kb: 'us-china-goods-deficit-2017' });
  const cut = fig(text, '$100 billion', { value: 100e9, measure: 'trade deficit', kb: 'deficit-cut-demand-100b' });
  const tariffs = fig(text, '$50 billion', { value: 50e9, measure: 'goods covered by tariffs', kb: 'section-301-tariffs-50b' });
  const page = { text, figures: [deficit, cut, tariffs], kb };

  it('normalises the amount to base units', () => {
    const card = describeFigure(deficit, page);
    expect(card.amount).toBe('$375 billion');
    expect(card.normalised).toBe('375,000,000,000 USD');
  });
  it('carries the linked fact with its date, reporter and sources', () => {
    const card = describeFigure(deficit, page);
    expect(card.fact?.measure).toBe('US goods trade deficit with China, 2017');
    expect(card.fact?.value).toBe('$375.2 billion');
    expect(card.fact?.date).toBe('2017');
    expect(card.fact?.sources[0]).toMatch(/^https:\/\/www\.census\.gov\//);
  });
  it('says a rounded figure agrees with its source', () => {
    expect(describeFigure(deficit, page).check).toEqual({ verdict: 'rounded', text: "Agrees with the source's $375.2 billion, rounded." });
  });
  it('relates a figure to the deficit on the page and to reference totals', () => {
    expect(describeFigure(cut, page).relations).toContain('$100 billion is about 27% of the 2017 US goods deficit with China ($375.2 billion).');
    expect(describeFigure(tariffs, page).relations).toContain('$50 billion is about 10% of 2017 US goods imports from China ($505.6 billion).');
    expect(describeFigure(tariffs, page).relations).toContain('$50 billion is about 13% of the $375 billion trade deficit on this page.');
  });
  it('does not compare a total with itself', () => {
    expect(describeFigure(deficit, page).relations.join(' ')).not.toMatch(/deficit with China \(\$375\.2/);
  });
  it('has no fact or check for an unlinked figure, and says nothing about percentages relations', () => {
    const pct = fig('a 25 percent tariff', '25 percent', { kind: 'percent', value: 25, currency: null, measure: 'tariff rate' });
    const card = describeFigure(pct, { text: 'a 25 percent tariff', figures: [pct], kb });
    expect(card.fact).toBeUndefined();
    expect(card.check).toBeUndefined();
    expect(card.amount).toBe('25%');
    expect(card.relations).toEqual([]);
  });
  it('formats ranges and inferred currencies', () => {
    const t = 'between $50-60 billion';
    const r = fig(t, '$50-60 billion', { value: 50e9, high: 60e9 });
    const card = describeFigure(r, { text: t, figures: [r], kb });
    expect(card.amount).toBe('$50 billion – $60 billion');
    expect(card.normalised).toBe('50,000,000,000 USD to 60,000,000,000 USD');
    expect(describeFigure({ ...r, currencyInferred: true }, { text: t, figures: [r], kb }).currencyInferred).toBe(true);
  });
});

describe('checking a page figure against its source', () => {
  const fact = kb.facts.find((f) => f.id === 'us-china-goods-deficit-2017')!;
  const at = (text: string, value: number): Figure => ({ start: 0, end: text.length, text, kind: 'money', value, currency: 'USD', trade: true });
  it('knows the precision the writer used', () => {
    expect(writtenPrecision(at('$375 billion', 375e9))).toBe(1e9);
    expect(writtenPrecision(at('$375.2 billion', 375.2e9))).toBeCloseTo(1e8);
    expect(writtenPrecision(at('US$1,200 million', 1.2e9))).toBe(1e6);
  });
  it('exact, rounded and differing figures', () => {
    expect(checkAgainstFact(at('$375.2 billion', 375.2e9), fact).verdict).toBe('exact');
    expect(checkAgainstFact(at('$375 billion', 375e9), fact).verdict).toBe('rounded');
    expect(checkAgainstFact(at('$380 billion', 380e9), fact)).toEqual({
      verdict: 'differs',
      text: "Differs from the source's $375.2 billion by $4.8 billion (1.3%).",
    });
    expect(checkAgainstFact(at('$375.5 billion', 375.5e9), fact).verdict).toBe('differs');
  });
});
