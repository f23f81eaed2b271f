// lookupStat: the official value of a US trade statistic that a page states, with its source,
// caveat and the annual series for a chart. Works on an index built once (store.ts), so one
// lookup is a period parse, two map lookups and a loop over at most the period's months.
import { monthNumber, parsePeriod, type Period } from './period';
import { MONTHS } from './schema';
import { amountsOver, type Series, type StatsIndex } from './store';
import type { Flow, Scope, StatPoint, StatQuery, StatResult } from './types';

const DOLLARS_PER_TENTH = 100_000;
/** Codes news and people use for a partner whose ISO code is another. */
const PARTNER_ALIASES: Record<string, string> = { UK: 'GB' };

const flowValue = (flow: Flow, a: { x: number; m: number; b: number }): number =>
  flow === 'exports' ? a.x : flow === 'imports' ? a.m : flow === 'total' ? a.x + a.m : a.b;

const dollars = (tenths: number): number => tenths * DOLLARS_PER_TENTH;

/** Which series answers the question, or undefined when none does (services by partner, BOP by month…). */
function pickSeries(index: StatsIndex, key: string, scope: Scope, period: Period, q: StatQuery): Series | undefined {
  const wholeYear = period.kind === 'year';
  if (key !== 'WORLD') {
    if (scope !== 'goods' || q.basis === 'bop' || q.adjustment === 'sa') return undefined;
    return index.goods.get(key);
  }
  const w = index.world;
  if (scope !== 'goods') return wholeYear && q.basis !== 'census' && !q.adjustment ? w.bop[scope] : undefined;
  // Whole years: the balance-of-payments goods total (the annual release's headline) unless the
  // Census basis is asked for. Months and spans: Census basis, seasonally adjusted by default
  // (the monthly release's headline), as the BOP totals here are annual only.
  if (wholeYear && (q.basis === 'bop' || (!q.basis && !q.adjustment))) return w.bop.goods;
  if (q.basis === 'bop') return undefined;
  const adjustment = q.adjustment ?? (wholeYear ? 'nsa' : 'sa');
  return adjustment === 'sa' ? w.censusSa : w.censusNsa;
}

/** Annual values of one measure, oldest first: published annual totals, else sums of twelve months. */
function chartSeries(s: Series, flow: Flow): readonly StatPoint[] {
  const cached = s.charts.get(flow);
  if (cached) return cached;
  const points: StatPoint[] = [];
  const years = s.years ? s.years.x.length : s.months ? s.months.x.length / MONTHS : 0;
  for (let y = 0; y < years; y++) {
    const year = s.firstYear + y;
    const a = amountsOver(s, monthNumber(year, 1), monthNumber(year, MONTHS), true);
    if (a) points.push({ period: String(year), value: dollars(flowValue(flow, a)) });
  }
  const frozen = Object.freeze(points);
  s.charts.set(flow, frozen);
  return frozen;
}

/** The official value for a question against an index; undefined when the KB cannot answer it. */
export function lookupStatIn(index: StatsIndex, q: StatQuery): StatResult | undefined {
  if (q.reporter.toUpperCase() !== 'US') return undefined;
  const period = parsePeriod(q.period);
  if (!period) return undefined;
  const upper = q.partner.toUpperCase();
  const key = PARTNER_ALIASES[upper] ?? upper;
  const partner = index.partners.get(key);
  if (!partner) return undefined;
  const scope = q.scope ?? 'goods';
  const series = pickSeries(index, key, scope, period, q);
  if (!series) return undefined;
  const a = amountsOver(series, period.first, period.last, period.kind === 'year');
  if (!a) return undefined;
  const source = index.meta.sources[series.sourceId];
  return {
    reporter: 'US',
    partner: key,
    partnerName: partner.name,
    flow: q.flow,
    scope,
    period: period.text,
    value: dollars(flowValue(q.flow, a)),
    exports: dollars(a.x),
    imports: dollars(a.m),
    basis: series.basis,
    adjustment: series.adjustment,
    source: source.title,
    publisher: source.publisher,
    url: series.url,
    caveat: source.caveat,
    series: chartSeries(series, q.flow),
  };
}
