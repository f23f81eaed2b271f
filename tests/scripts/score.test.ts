import { describe, expect, it } from 'vitest';
import { matchSpans, prf, sameName, score, valueAgrees, type LabelledDoc } from '../../scripts/score';

describe('evaluation scoring', () => {
  it('matches overlapping spans one to one', () => {
    const gold = [
      { start: 0, end: 5 },
      { start: 10, end: 15 },
    ];
    const pred = [
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 20, end: 25 },
    ];
    const m = matchSpans(gold, pred);
    expect(m.pairs).toHaveLength(1);
    expect(m.missed).toEqual([{ start: 10, end: 15 }]);
    expect(m.spurious).toEqual([
      { start: 2, end: 4 },
      { start: 20, end: 25 },
    ]);
  });
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf({ tp: 3, fp: 1, fn: 2 }).f1).toBeCloseTo(2 / 3);
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  });
  it('compares canonical names without their accents', () => {
    expect(sameName('Jose Sarney', 'José Sarney')).toBe(true);
    expect(sameName('Jose Sarney', 'Jose Serra')).toBe(false);
  });
  it('accepts values within half a percent', () => {
    expect(valueAgrees(375e9, 376e9)).toBe(true);
    expect(valueAgrees(375e9, 380e9)).toBe(false);
    expect(valueAgrees(0, 0)).toBe(true);
  });
  it('scores trade figures separately from all figures, and names separately from spans', () => {
    const doc: LabelledDoc = {
      id: 'd',
      text: 'x'.repeat(100),
      figures: [
        { start: 0, end: 5, kind: 'money', value: 10, currency: 'USD', trade: true },
        { start: 10, end: 15, kind: 'percent', value: 5, currency: null, trade: false },
      ],
      officials: [{ start: 20, end: 25, name: 'A B' }],
    };
    const r = score([
      {
        doc,
        figures: [
          { start: 0, end: 5, kind: 'money', value: 10, currency: 'USD', trade: false },
          { start: 10, end: 15, kind: 'percent', value: 6, currency: null, trade: true },
        ],
        officials: [{ start: 20, end: 25, name: 'B' }],
      },
    ]);
    expect(r.figures.f1).toBe(1);
    expect(r.tradeFigures).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.valueAccuracy).toBe(0.5);
    expect(r.officials.f1).toBe(1);
    expect(r.nameAccuracy).toBe(0);
    expect(r.errors.map((e) => e.kind).sort()).toEqual(['NAME', 'TRADE-FN', 'TRADE-FP', 'VALUE']);
  });
});
