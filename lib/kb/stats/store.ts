// The trade-statistics index: the compact files decoded once into typed arrays, so that a lookup
// is a map lookup and a short loop. Amounts are kept in tenths of a million dollars, whole
// numbers, so sums over months are exact; NaN marks what was not published.
import { monthNumber } from './period';
import { MONTHS, MONTHLY_YEAR_LENGTH } from './schema';
import type { Adjustment, Basis, SourceId, StatPartner, StatPoint, StatsData, StatsMeta } from './types';

const TENTHS_PER_MILLION = 10;

/** One measure over time: monthly and/or annual exports and imports (and a published balance). */
export interface Series {
  sourceId: SourceId;
  basis: Basis;
  adjustment: Adjustment;
  url: string;
  firstYear: number;
  /** Monthly exports and imports, tenths of a million, at (month number − firstYear × 12). */
  months?: { x: Float64Array; m: Float64Array };
  /** Annual exports, imports and (when published apart) balance, tenths of a million, at (year − firstYear). */
  years?: { x: Float64Array; m: Float64Array; b?: Float64Array };
  /** Annual points for charts, by flow, made on first use. */
  charts: Map<string, readonly StatPoint[]>;
}

export interface WorldSeries {
  censusSa: Series;
  censusNsa: Series;
  bop: Record<'goods' | 'services' | 'goods+services', Series>;
}

export interface StatsIndex {
  meta: StatsMeta;
  partners: Map<string, StatPartner>;
  /** Census-basis goods by partner (not seasonally adjusted), keyed by partner key. */
  goods: Map<string, Series>;
  world: WorldSeries;
}

const tenths = (v: number | null | undefined): number => (v === null || v === undefined ? NaN : Math.round(v * TENTHS_PER_MILLION));

function yearSpan(record: Record<string, unknown>): [number, number] {
  const years = Object.keys(record).map(Number);
  return [Math.min(...years), Math.max(...years)];
}

function emptySeries(sourceId: SourceId, basis: Basis, adjustment: Adjustment, url: string, firstYear: number): Series {
  return { sourceId, basis, adjustment, url, firstYear, charts: new Map() };
}

/** Reads a record of years laid out as [12 exports, 12 imports, (annual exports, annual imports)]. */
function monthlySeries(s: Series, record: Record<string, (number | null)[]>, withAnnual: boolean): Series {
  const [first, last] = yearSpan(record);
  const years = last - first + 1;
  const x = new Float64Array(years * MONTHS).fill(NaN);
  const m = new Float64Array(years * MONTHS).fill(NaN);
  const ax = new Float64Array(years).fill(NaN);
  const am = new Float64Array(years).fill(NaN);
  for (const [year, values] of Object.entries(record)) {
    const y = Number(year) - first;
    for (let i = 0; i < MONTHS; i++) {
      x[y * MONTHS + i] = tenths(values[i]);
      m[y * MONTHS + i] = tenths(values[MONTHS + i]);
    }
    if (withAnnual) {
      ax[y] = tenths(values[MONTHLY_YEAR_LENGTH]);
      am[y] = tenths(values[MONTHLY_YEAR_LENGTH + 1]);
    }
  }
  s.firstYear = first;
  s.months = { x, m };
  if (withAnnual) s.years = { x: ax, m: am };
  return s;
}

/** Reads a record of years laid out as [exports, imports, balance]. */
function annualSeries(s: Series, record: Record<string, number[]>): Series {
  const [first, last] = yearSpan(record);
  const n = last - first + 1;
  const x = new Float64Array(n).fill(NaN);
  const m = new Float64Array(n).fill(NaN);
  const b = new Float64Array(n).fill(NaN);
  for (const [year, [ex, im, bal]] of Object.entries(record)) {
    const y = Number(year) - first;
    x[y] = tenths(ex);
    m[y] = tenths(im);
    b[y] = tenths(bal);
  }
  s.firstYear = first;
  s.years = { x, m, b };
  return s;
}

/**
 * The partners' series, each decoded on first use: a page asks about a handful of the 240
 * partners, and decoding all of them was most of the background's first answer after a cold
 * start (BENCHMARKS.md, knowledge base).
 */
class LazySeries extends Map<string, Series> {
  constructor(private readonly make: (key: string) => Series | undefined) {
    super();
  }
  override get(key: string): Series | undefined {
    let s = super.get(key);
    if (!s) {
      s = this.make(key);
      if (s) super.set(key, s);
    }
    return s;
  }
  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

export function buildStatsIndex(data: StatsData): StatsIndex {
  const { meta, goods, totals } = data;
  const partners = new Map(meta.partners.map((p) => [p.key, p]));
  const partnerSource = meta.sources['census-partner'];
  const worldSource = meta.sources['census-world'];
  const bopSource = meta.sources['bop-world'];

  const goodsIndex = new LazySeries((key) => {
    if (!Object.hasOwn(goods.partners, key)) return undefined;
    const census = partners.get(key)?.census ?? '';
    const url = partnerSource.partnerUrl ? partnerSource.partnerUrl.replace('{census}', census) : partnerSource.url;
    return monthlySeries(emptySeries('census-partner', 'census', 'nsa', url, 0), goods.partners[key], true);
  });

  const bop = (name: 'bop-goods' | 'bop-services' | 'bop-goods+services') =>
    annualSeries(emptySeries('bop-world', 'bop', 'nsa', bopSource.url, 0), totals[name]);
  const world: WorldSeries = {
    censusSa: monthlySeries(emptySeries('census-world', 'census', 'sa', worldSource.url, 0), totals['census-goods-sa'], false),
    censusNsa: monthlySeries(emptySeries('census-world', 'census', 'nsa', worldSource.nsaUrl ?? worldSource.url, 0), totals['census-goods-nsa'], true),
    bop: { goods: bop('bop-goods'), services: bop('bop-services'), 'goods+services': bop('bop-goods+services') },
  };
  return { meta, partners, goods: goodsIndex, world };
}

/** Exports, imports and balance of a series over months first..last, in tenths; undefined if any month is missing. */
export function amountsOver(s: Series, first: number, last: number, wholeYear: boolean): { x: number; m: number; b: number } | undefined {
  if (wholeYear && s.years) {
    const y = Math.floor(first / MONTHS) - s.firstYear;
    if (y >= 0 && y < s.years.x.length) {
      const x = s.years.x[y];
      const m = s.years.m[y];
      if (x === x && m === m) return { x, m, b: s.years.b ? s.years.b[y] : x - m };
    }
  }
  if (!s.months) return undefined;
  const base = monthNumber(s.firstYear, 1);
  const i0 = first - base;
  const i1 = last - base;
  if (i0 < 0 || i1 >= s.months.x.length) return undefined;
  let x = 0;
  let m = 0;
  for (let i = i0; i <= i1; i++) {
    x += s.months.x[i];
    m += s.months.m[i];
  }
  // NaN (a month not published) survives the sums: one test for the whole span.
  if (x !== x || m !== m) return undefined;
  return { x, m, b: x - m };
}
