// Relations compare like with like: the same period (length and time) and, between two stated
// statistics, the same parties; another year only as a comparison over time.
import { describe, expect, it } from 'vitest';
import { chartFigures } from '../../lib/describe/chart';
import { describeFigure } from '../../lib/describe/figure';
import { comparable, periodOf } from '../../lib/describe/like';
import { summarise, type SummaryFigure } from '../../lib/describe/summary';
import { bundledKb } from '../../lib/kb/bundled';
import { parsePeriod } from '../../lib/kb/stats/period';
import { annotate } from '../../lib/pipeline';

const TEXT =
  'In 2024 the U.S. goods deficit with China was $295.4 billion, as U.S. goods imports from China came to $438.9 billion. ' +
  'The goods deficit with Mexico was $171.5 billion in 2024. In January alone, total U.S. imports were $401 billion. ' +
  'New tariffs could cover $50 billion of Chinese goods and widen the deficit.';
const annotations = annotate(TEXT, { date: '2025-02-08' });
const relations = (needle: string) => {
  const f = annotations.figures.find((x) => x.text === needle)!;
  return describeFigure(f, { text: TEXT, figures: annotations.figures, kb: bundledKb }).relations;
};

describe('the periods of figures', () => {
  it('a stated statistic’s period, else a fact’s year; an announcement date is no period', () => {
    expect(periodOf({ stat: { period: '2025-01..2025-05' } })?.kind).toBe('span');
    expect(periodOf({}, { date: '2017' })?.text).toBe('2017');
    expect(periodOf({}, { date: '2018-03' })).toBeUndefined();
    expect(periodOf({})).toBeUndefined();
  });
  it('two periods are comparable when they cover the same months, or when either is unknown', () => {
    expect(comparable(parsePeriod('2024'), parsePeriod('2024'))).toBe(true);
    expect(comparable(parsePeriod('2024'), parsePeriod('2017'))).toBe(false);
    expect(comparable(parsePeriod('2025'), parsePeriod('2025-01'))).toBe(false);
    expect(comparable(parsePeriod('2025-Q1'), parsePeriod('2025-01..2025-03'))).toBe(true);
    expect(comparable(parsePeriod('2024'), undefined)).toBe(true);
  });
});

describe('relations on a figure card', () => {
  it('no longer sets a 2024 figure against the 2017 total as a share, but says it as a comparison over time', () => {
    const lines = relations('$295.4 billion');
    expect(lines.join('\n')).not.toMatch(/is about \d+% of the 2017/);
    expect(lines).toContain('For comparison over time: in 2017, the US goods deficit with China: $375.2 billion.');
  });

  it('no longer sets an annual figure against one month’s imports, nor another partner’s totals', () => {
    expect(relations('$295.4 billion').join('\n')).not.toContain('$401 billion');
    const mexico = relations('$171.5 billion');
    expect(mexico.join('\n')).not.toMatch(/\$401 billion|\$295\.4 billion|\$438\.9 billion|China/);
  });

  it('still relates figures of the same period and partner', () => {
    expect(relations('$295.4 billion')).toContain('$295.4 billion is about 67% of the $438.9 billion imports on this page.');
  });

  it('still relates a figure whose period is unknown, to page totals and reference totals', () => {
    const lines = relations('$50 billion');
    expect(lines).toContain('$50 billion is about 17% of the $295.4 billion trade deficit on this page.');
    expect(lines).toContain('$50 billion is about 13% of the 2017 US goods deficit with China ($375.2 billion).');
  });

  it('still relates a 2017 figure to the 2017 totals', () => {
    const text = 'Back in 2017 the U.S. goods deficit with China was $375 billion, as tariffs on Chinese imports loomed.';
    const a = annotate(text, { date: '2018-03-01' });
    const f = a.figures.find((x) => x.text === '$375 billion')!;
    expect(f.stat?.period).toBe('2017');
    expect(describeFigure(f, { text, figures: a.figures, kb: bundledKb }).relations).toContain(
      '$375 billion is about 74% of 2017 US goods imports from China ($505.6 billion).',
    );
  });
});

describe('relations in the popup chart', () => {
  const findings = annotations.figures.map((figure, i) => ({ kind: 'figure' as const, id: `m${i}`, figure }));
  const summary = summarise(findings, bundledKb);

  it('carries each figure’s period and parties into the summary', () => {
    const deficit = summary.figures.find((f) => f.text === '$295.4 billion')!;
    expect(deficit.period).toBe('2024');
    expect(deficit.parties).toEqual({ reporter: 'US', partner: 'CN' });
    expect(deficit.verdict).toBe('close');
    expect(summary.figures.find((f) => f.text === '$50 billion')!.period).toBeUndefined();
  });

  it('relates no annual figure to a month, and no partner to another', () => {
    const lines = chartFigures(summary.figures)[0].relations;
    expect(lines.join('\n')).not.toMatch(/\$295\.4 billion is about \d+% of the \$401 billion/);
    expect(lines.join('\n')).not.toMatch(/\$171\.5 billion .*is about \d+% of the \$(295\.4|438\.9) billion/);
    expect(lines).toContain('$295.4 billion (trade deficit) is about 67% of the $438.9 billion imports.');
    expect(lines).toContain('$50 billion (goods covered by tariffs) is about 12% of the $401 billion imports.');
  });

  it('takes totals of different years as totals of their own, not as parts of each other', () => {
    const fig = (value: number, period?: string): SummaryFigure => ({
      markId: `${value}`,
      text: '',
      amount: `$${value / 1e9} billion`,
      measure: 'trade deficit',
      kind: 'money',
      value,
      currency: 'USD',
      ...(period ? { period } : {}),
    });
    expect(chartFigures([fig(375e9, '2017'), fig(295e9, '2024')])[0].relations).toEqual([]);
    expect(chartFigures([fig(375e9, '2017'), fig(100e9)])[0].relations).toEqual(['$100 billion is about 27% of the $375 billion trade deficit.']);
  });
});
