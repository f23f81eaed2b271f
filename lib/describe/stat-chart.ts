// The official series of a checked statistic as a small bar chart: one bar a year, this figure's
// year marked. A balance is drawn in the direction of the figure's own: a deficit as a positive
// magnitude (the axis says "Deficit"), so that the bars read like the page's number; years of
// the opposite sign go below the line. Pure: components/StatSeriesChart.tsx draws it.
import { t, uiLocale, type MessageKey } from '../i18n';
import type { LinkedStat, StatCheck } from '../kb/stats/read';
import { parsePeriod, yearOfMonth } from '../kb/stats/period';
import { formatMoneyShort } from './format';

export interface StatBar {
  year: string;
  /** Dollars, in the axis' direction (a deficit positive on a deficit axis). */
  value: number;
  marked: boolean;
}

export interface StatChartData {
  /** "US goods trade deficit with China, by year". */
  title: string;
  /** "Deficit, $ billion". */
  axis: string;
  /** Dollars per axis unit: 1e9 or 1e6. */
  unit: number;
  bars: StatBar[];
  /** The axis' ends, dollars: a round number at or above the largest bar, and below zero only when a bar is. */
  top: number;
  bottom: number;
  /** The marked year, when the series has it. */
  marked?: string;
  /** "2024 is marked.", or for a month, quarter or span the year it falls in, saying so. */
  markNote: string;
  /** The chart in words, for assistive technology (the drawing is hidden from it). */
  summary: string;
}

const AXIS: Record<string, MessageKey> = {
  deficit: 'stat_axis_deficit',
  surplus: 'stat_axis_surplus',
  balance: 'stat_axis_balance',
  exports: 'stat_axis_exports',
  imports: 'stat_axis_imports',
  total: 'stat_axis_total',
};

const ROUND = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** A round number at or above x: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
export function roundUp(x: number): number {
  if (x <= 0) return 0;
  const p = 10 ** Math.floor(Math.log10(x));
  return (ROUND.find((m) => m * p >= x - 1e-9 * p) ?? 10) * p;
}

export function statChart(stat: LinkedStat, check: StatCheck, measure: string, periodText: string, digits: number): StatChartData {
  // A balance's direction is the official value's; a zero balance takes the latest year's.
  const reference = check.official || check.series[check.series.length - 1]?.value || -1;
  const sign = stat.flow === 'balance' && reference < 0 ? -1 : 1;
  const kind = stat.flow !== 'balance' ? stat.flow : sign < 0 ? 'deficit' : 'surplus';
  const period = parsePeriod(stat.period);
  const year = period ? String(yearOfMonth(period.last)) : stat.period.slice(0, 4);
  const bars = check.series.map((p) => ({ year: p.period, value: sign * p.value, marked: p.period === year }));
  const values = bars.map((b) => b.value);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const unit = Math.max(max, -min) >= 1e9 ? 1e9 : 1e6;
  const marked = bars.find((b) => b.marked);

  const amount = (v: number) => formatMoneyShort(v, 'USD', uiLocale(), digits);
  const title = t('stat_chart_title', measure);
  let summary = '';
  if (bars.length) {
    const high = bars.reduce((a, b) => (b.value > a.value ? b : a));
    const low = bars.reduce((a, b) => (b.value < a.value ? b : a));
    summary = t('stat_chart_summary', title, bars[0].year, bars[bars.length - 1].year, amount(high.value), high.year, amount(low.value), low.year);
    if (marked) summary += ` ${t('stat_chart_summary_marked', marked.year, amount(marked.value))}`;
  }
  const markNote = !marked
    ? t('stat_chart_year_missing', year)
    : period?.kind === 'year'
      ? t('stat_chart_marked', year)
      : t('stat_chart_marked_part', year, periodText);
  return {
    title,
    axis: t(AXIS[kind], t(unit === 1e9 ? 'stat_unit_billion' : 'stat_unit_million')),
    unit,
    bars,
    top: roundUp(max),
    bottom: -roundUp(-min),
    ...(marked ? { marked: marked.year } : {}),
    markNote,
    summary,
  };
}
