import { describe, expect, it } from 'vitest';
import { scoreMeasures, type MeasureLabels } from '../../scripts/score-measures';

describe('measure scoring', () => {
  const text = 'Tariffs of 25% cover $200 billion of goods; exports rose 3%.';
  const labels: MeasureLabels = {
    articles: {
      d: [
        [11, 14, 'tariffs'],
        [21, 33, 'goods covered by tariffs'],
        [57, 59, 'exports'],
      ],
      other: [[0, 3, 'imports']],
    },
  };

  it('counts a figure right only when it is marked as trade with the labelled measure', () => {
    const figures = [
      { start: 11, end: 14, trade: true, measure: 'tariffs' },
      { start: 21, end: 33, trade: true, measure: 'tariffs collected' },
      { start: 57, end: 59, trade: false },
    ];
    const r = scoreMeasures([{ doc: { id: 'd', text }, figures }], labels);
    expect(r).toMatchObject({ labelled: 3, right: 1 });
    expect(r.accuracy).toBeCloseTo(1 / 3);
    expect(r.errors.map((e) => [e.kind, e.what])).toEqual([
      ['MEASURE', 'measure "tariffs collected", labelled "goods covered by tariffs"'],
      ['MEASURE', 'measure "not marked as trade", labelled "exports"'],
    ]);
    expect(r.errors[0].context).toContain('[[$200 billion]]');
  });

  it('scores only the articles evaluated, and is perfect with nothing labelled', () => {
    const r = scoreMeasures([{ doc: { id: 'unlabelled', text }, figures: [] }], labels);
    expect(r).toMatchObject({ labelled: 0, right: 0, accuracy: 1, errors: [] });
  });
});
