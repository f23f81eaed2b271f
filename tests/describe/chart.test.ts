import { describe, expect, it } from 'vitest';
import { chartFigures } from '../../lib/describe/chart';
import type { SummaryFigure } from '../../lib/describe/summary';

let n = 0;
const money = (value: number, measure?: string, currency: string | null = 'USD', amount = `$${value / 1e9} billion`): SummaryFigure => ({
  markId: `m${++n}`,
  text: amount,
  amount,
  measure,
  kind: 'money',
  value,
  currency,
});

describe("the popup chart of a page's money figures", () => {
  it("puts one currency's figures on one scale, grouped by measure, largest first", () => {
    const [usd] = chartFigures([money(100e9, 'tariffs'), money(375e9, 'trade deficit'), money(50e9, 'tariffs'), money(300e9, 'industrial investment')]);
    expect(usd.currency).toBe('USD');
    expect(usd.max).toBe(375e9);
    expect(usd.groups.map((g) => g.measure)).toEqual(['trade deficit', 'industrial investment', 'tariffs']);
    expect(usd.groups[2].bars.map((b) => [b.amount, b.fraction])).toEqual([
      ['$100 billion', 100 / 375],
      ['$50 billion', 50 / 375],
    ]);
  });

  it("states the relations to the page's totals, once per value", () => {
    const [usd] = chartFigures([money(375e9, 'trade deficit'), money(100e9, 'tariffs'), money(100e9, 'tariffs'), money(500e9, 'tariffs')]);
    expect(usd.relations).toEqual(['$100 billion (tariffs) is about 27% of the $375 billion trade deficit.']);
  });

  it('treats the largest figure of a total as the total, and leaves unrelated measures out', () => {
    const [usd] = chartFigures([
      money(375e9, 'trade deficit'),
      money(100e9, 'trade deficit'),
      money(300e9, 'industrial investment'),
      money(50e9, 'goods covered by tariffs'),
    ]);
    expect(usd.relations).toEqual([
      '$100 billion is about 27% of the $375 billion trade deficit.',
      '$50 billion (goods covered by tariffs) is about 13% of the $375 billion trade deficit.',
    ]);
  });

  it('never mixes currencies, and leaves out percentages, unknown currencies and non-positive values', () => {
    const charts = chartFigures([
      money(375e9, 'trade deficit'),
      money(2e12, 'imports', 'CNY', '2 trillion yuan'),
      money(1e12, 'exports', 'CNY', '1 trillion yuan'),
      { markId: 'p', text: '25%', amount: '25%', kind: 'percent', value: 25, currency: null },
      money(5e9, undefined, null),
      money(0, 'tariffs'),
    ]);
    expect(charts.map((c) => c.currency)).toEqual(['CNY', 'USD']);
    expect(charts[0].groups.flatMap((g) => g.bars.map((b) => b.amount))).toEqual(['2 trillion yuan', '1 trillion yuan']);
    expect(charts[0].relations).toEqual(['1 trillion yuan (exports) is about 50% of the 2 trillion CNY imports.']);
    expect(charts[1].groups.map((g) => g.measure)).toEqual(['trade deficit']);
  });

  it('groups figures without a measure together, and returns nothing for a page without money', () => {
    expect(chartFigures([money(3e9), money(4e9)])[0].groups).toEqual([
      { measure: 'other trade figures', label: 'other trade figures', bars: expect.any(Array) },
    ]);
    expect(chartFigures([])).toEqual([]);
  });
});
