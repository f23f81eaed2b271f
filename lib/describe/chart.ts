// The popup's picture of a page's money figures: bars on one scale per currency (a chart never
// mixes currencies), grouped by what they measure, and the relations between them that a reader
// would otherwise work out by hand ("$100 billion is about 27% of the $375 billion trade
// deficit"). Pure: components/FigureChart.tsx draws it.
import { measureLabel, t } from '../i18n';
import type { SummaryFigure } from './summary';
import { formatMoneyShort, formatShare } from './format';
import { parsePeriod } from '../kb/stats/period';
import { comparable, sameParties } from './like';

export interface ChartBar {
  markId: string;
  amount: string;
  value: number;
  /** value ÷ the largest value in this currency: the bar's length, 0–1. */
  fraction: number;
}

export interface ChartGroup {
  /** What the bars measure ("trade deficit", "tariffs"), or "other trade figures". */
  measure: string;
  /** The same in the reader's language. */
  label: string;
  bars: ChartBar[];
}

export interface CurrencyChart {
  currency: string;
  /** Largest value: the scale's end. */
  max: number;
  groups: ChartGroup[];
  /** "$100 billion is about 27% of the $375 billion trade deficit." */
  relations: string[];
}

/** Totals other figures are a share of. */
const TOTAL = /deficit|surplus|imports|exports|trade balance|two-way trade|bilateral trade/i;
/** Figures that are meaningfully a share of such a total: trade flows and the goods tariffs hit
 * ("$50 billion of goods covered by tariffs is 13% of the deficit"), not investment or spending. */
const PART = /deficit|surplus|imports|exports|trade|tariff|goods|duties/i;
const MAX_RELATIONS = 6;
const UNGROUPED = 'other trade figures';

/** One chart per currency, the currency with most figures first; ranges and negatives left out. */
export function chartFigures(figures: readonly SummaryFigure[]): CurrencyChart[] {
  const money = figures.filter(
    (f): f is SummaryFigure & { currency: string } => f.kind === 'money' && f.currency !== null && f.value > 0 && Number.isFinite(f.value),
  );
  const byCurrency = new Map<string, typeof money>();
  for (const f of money) byCurrency.set(f.currency, [...(byCurrency.get(f.currency) ?? []), f]);
  const charts: CurrencyChart[] = [];
  for (const [currency, list] of byCurrency) {
    const max = Math.max(...list.map((f) => f.value));
    const groups = new Map<string, ChartBar[]>();
    for (const f of list) {
      const measure = f.measure ?? UNGROUPED;
      groups.set(measure, [...(groups.get(measure) ?? []), { markId: f.markId, amount: f.amount, value: f.value, fraction: f.value / max }]);
    }
    charts.push({
      currency,
      max,
      // Largest group first, bars within a group largest first: the eye reads the scale downwards.
      groups: [...groups]
        .map(([measure, bars]) => ({
          measure,
          label: measure === UNGROUPED ? t('chart_other') : measureLabel(measure),
          bars: bars.sort((a, b) => b.value - a.value),
        }))
        .sort((a, b) => b.bars[0].value - a.bars[0].value || a.measure.localeCompare(b.measure)),
      relations: relationsOf(list),
    });
  }
  return charts.sort((a, b) => countOf(b) - countOf(a) || a.currency.localeCompare(b.currency));
}

const countOf = (c: CurrencyChart) => c.groups.reduce((n, g) => n + g.bars.length, 0);

/** Two figures that may be related: the same period and parties where both are known. */
const alike = (a: SummaryFigure, b: SummaryFigure) =>
  sameParties(a.parties, b.parties) && comparable(a.period ? parsePeriod(a.period) : undefined, b.period ? parsePeriod(b.period) : undefined);

function relationsOf(list: ReadonlyArray<SummaryFigure & { currency: string }>): string[] {
  const out: string[] = [];
  // The largest figure of each total measure is the total; a smaller one of the same measure is a
  // part of it ("shave $100 billion off the $375 billion deficit"). Totals of different periods
  // or partners are each their own total.
  const largest = new Map<string, SummaryFigure & { currency: string }>();
  for (const f of list) {
    if (!f.measure || !TOTAL.test(f.measure)) continue;
    const key = `${f.measure}|${f.period ?? ''}|${f.parties?.reporter ?? ''}|${f.parties?.partner ?? ''}`;
    if (f.value > (largest.get(key)?.value ?? 0)) largest.set(key, f);
  }
  const totals = [...largest.values()].sort((a, b) => b.value - a.value);
  const parts = uniqueByValue(list.filter((f) => f.measure && PART.test(f.measure)));
  for (const total of totals) {
    for (const part of parts) {
      if (part.value >= total.value || !alike(part, total)) continue;
      const share = formatShare(part.value / total.value);
      const whole = formatMoneyShort(total.value, total.currency);
      out.push(
        part.measure && part.measure !== total.measure
          ? t('chart_relation_measure', part.amount, measureLabel(part.measure), share, whole, measureLabel(total.measure!))
          : t('chart_relation', part.amount, share, whole, measureLabel(total.measure!)),
      );
      if (out.length >= MAX_RELATIONS) return out;
    }
  }
  return out;
}

/** One figure per value and measure: a page that repeats "$100 billion" relates it once. */
function uniqueByValue<T extends SummaryFigure>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.value}|${f.measure ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
