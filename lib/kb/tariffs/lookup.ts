// Which tariff action a rate on a page refers to: findTariffAction looks for the actions, alone or
// stacked, whose rates make that number for a country around a date; inForceOn says whether an
// action's rates applied on a day. Pure: works on the actions it is given.
import { covers } from './coverage';
import { lowerBound } from '../../sorted';
import type { TariffAction, TariffLine } from './schema';

export interface TariffQuery {
  /** Percent, as the page states it ("145%" → 145). */
  rate: number;
  /** ISO alpha-2, or `EU`. */
  country: string;
  /** The page's date: YYYY-MM-DD, or YYYY-MM / YYYY (read as the period's last day). */
  date: string;
  /** A kind of goods ("steel", "cars"): its duties are then stacked too. Absent: product duties count alone only. */
  product?: string;
}

export interface TariffPart {
  action: TariffAction;
  line: TariffLine;
  /** The rate this part adds (one of the line's rates). */
  rate: number;
}

/**
 * in-force: the rates applied on the date. announced: announced by the date, in force later.
 * earlier: applied before the date, no longer on it. later: came after the date.
 */
export type Timing = 'in-force' | 'announced' | 'earlier' | 'later';

export interface TariffCandidate {
  /** The rate the parts add up to. */
  rate: number;
  /** One part: a single action's rate; several: rates that stack ("125% + 20% = 145%"). */
  parts: TariffPart[];
  stacked: boolean;
  timing: Timing;
  /** The day on which these parts applied together. */
  on: string;
}

/** Codes news and people use for a country whose ISO code is another. */
const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB' };
/** Rates are stated to a tenth at most ("7.5%"): equal within this. */
const RATE_SLACK = 1e-6;
const TIMING_ORDER: Timing[] = ['in-force', 'announced', 'earlier', 'later'];
const DAYS_IN_MONTH = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A date as a day: YYYY-MM-DD as is, YYYY-MM and YYYY as their last day. Undefined if not a date. */
export function asDay(date: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 12;
  if (mo < 1 || mo > 12) return undefined;
  const d = m[3] ? Number(m[3]) : DAYS_IN_MONTH(y, mo);
  if (d < 1 || d > DAYS_IN_MONTH(y, mo)) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const lineOn = (l: TariffLine, day: string) => l.from <= day && (!l.until || day < l.until);

/** Whether any of the action's rates applied on the date (court rulings, which set none, never do). */
export function inForceOn(action: TariffAction, date: string): boolean {
  const day = asDay(date);
  return day !== undefined && action.lines.some((l) => lineOn(l, day));
}

function productMatches(line: TariffLine, product: string | undefined): boolean {
  if (!line.products || product === undefined) return true;
  const p = product.trim().toLowerCase();
  return line.products.some((k) => p.includes(k) || k.includes(p));
}

interface Applied {
  action: TariffAction;
  line: TariffLine;
}

/** The line that applies to a country on each measure on a day: the latest; a country's own line before an "all" line of the same action. */
function appliedOn(lines: Applied[], country: string, day: string): Applied[] {
  const byMeasure = new Map<string, Applied>();
  for (const a of lines) {
    if (!lineOn(a.line, day) || !covers(a.line, country)) continue;
    const before = byMeasure.get(a.line.measure);
    const newer =
      !before || a.line.from > before.line.from || (a.line.from === before.line.from && before.line.countries === 'all' && a.line.countries !== 'all');
    if (newer) byMeasure.set(a.line.measure, a);
  }
  return [...byMeasure.values()];
}

/** A way of making a rate, with its key in `consider`'s map worked out once (not per query and day). */
interface Choice {
  parts: TariffPart[];
  key: string;
}

/** Lines whose rates may stack, with the least the lines from i on can add (rates are never negative). */
interface Group {
  lines: Applied[];
  least: number[];
  /** The most the lines add up to: a rate above it (or below least[0]) has no choice. */
  most: number;
  /** choicesSumming's answers by rate: groups are kept per country and day, and pages repeat rates. */
  sums: Map<number, Choice[]>;
}

/** Rates remembered per group, at most (a page's rates are few; this bounds a long session). */
const SUMS_KEPT = 64;

function groupOf(lines: Applied[]): Group {
  const least = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) least[i] = least[i + 1] + Math.min(...lines[i].line.rates);
  const most = lines.reduce((t, a) => t + Math.max(...a.line.rates), 0);
  return { lines, least, most, sums: new Map() };
}

/**
 * Every way of taking one rate from each line whose rates add up to `rate`. A search that stops
 * as soon as a partial sum is past it: taking every combination first made one figure cost a
 * millisecond once the April 2025 country rates (dozens of them) stacked with the other duties
 * on all goods.
 */
function choicesSumming(group: Group, rate: number): Choice[] {
  let out = group.sums.get(rate);
  if (out) return out;
  const found: TariffPart[][] = [];
  walkChoices(group, rate, 0, 0, [], found);
  out = found.map((parts) => ({ parts, key: parts.length === 1 ? partKey(parts[0]) : parts.map(partKey).sort().join('+') }));
  if (group.sums.size < SUMS_KEPT) group.sums.set(rate, out);
  return out;
}

// The rates picked so far, by line: parts are made only for a choice that adds up (most do not).
function walkChoices(group: Group, rate: number, i: number, sum: number, picked: number[], out: TariffPart[][]): void {
  if (sum + group.least[i] > rate + RATE_SLACK) return;
  if (i === group.lines.length) {
    if (Math.abs(sum - rate) <= RATE_SLACK) out.push(picked.map((r, k) => ({ ...group.lines[k], rate: r })));
    return;
  }
  for (const r of group.lines[i].line.rates) {
    picked.push(r);
    walkChoices(group, rate, i + 1, sum + r, picked, out);
    picked.pop();
  }
}

/**
 * The line groups whose rates may make a page's rate: each line alone, the all-goods duties
 * together, and, when the page names a product, those plus that product's duty.
 */
function groupsOf(applied: Applied[], product: string | undefined): Group[] {
  const known = applied.filter((a) => a.line.rates.length > 0 && productMatches(a.line, product));
  const broad = known.filter((a) => !a.line.products);
  const specific = product === undefined ? [] : known.filter((a) => a.line.products);
  const groups: Applied[][] = known.map((a) => [a]);
  if (broad.length > 1) groups.push(broad);
  if (broad.length) for (const s of specific) groups.push([...broad, s]);
  return groups.map(groupOf);
}

/**
 * What the actions say about one country, whatever the rate: its lines, the days its duties
 * changed, and the line groups applying on each of those days by product. Kept per list of
 * actions (the bundled one, in practice): every tariff figure of every page asked for them
 * again, and they were most of the cost of linking a rate.
 */
interface CountryIndex {
  lines: Applied[];
  changeDays: string[];
  isChangeDay: Set<string>;
  groups: Map<string, Map<string | undefined, Group[]>>;
  /** The groups of the last day asked that is no change day. */
  lastDay?: { on: string; byProduct: Map<string | undefined, Group[]> };
}

const indexes = new WeakMap<readonly TariffAction[], Map<string, CountryIndex>>();

function countryIndex(actions: readonly TariffAction[], country: string): CountryIndex {
  let byCountry = indexes.get(actions);
  if (!byCountry) indexes.set(actions, (byCountry = new Map()));
  let index = byCountry.get(country);
  if (!index) {
    const lines: Applied[] = actions.flatMap((action) => action.lines.filter((line) => covers(line, country)).map((line) => ({ action, line })));
    const changeDays = [...new Set(lines.map((a) => a.line.from))].sort();
    index = { lines, changeDays, isChangeDay: new Set(changeDays), groups: new Map() };
    byCountry.set(country, index);
  }
  return index;
}

/**
 * The groups applying on a day; kept for the change days, and for the last other day asked
 * (the page's own day: its figures, and every undated page, read as today, ask for it again).
 */
function groupsOn(index: CountryIndex, country: string, on: string, product: string | undefined): Group[] {
  let byProduct = index.groups.get(on);
  if (!byProduct) {
    if (index.isChangeDay.has(on)) index.groups.set(on, (byProduct = new Map()));
    else {
      if (index.lastDay?.on !== on) index.lastDay = { on, byProduct: new Map() };
      byProduct = index.lastDay.byProduct;
    }
  }
  let groups = byProduct.get(product);
  if (!groups) {
    groups = groupsOf(appliedOn(index.lines, country, on), product);
    byProduct.set(product, groups);
  }
  return groups;
}

/** Adds the stackings of `groups` (applying on `on`) that make `rate`, timed against `day`, keeping each one's best timing. */
function consider(found: Map<string, TariffCandidate>, groups: Group[], rate: number, on: string, day: string): void {
  for (const group of groups) {
    // Most groups cannot make the rate at all: told by their range, before their choices are looked up.
    if (rate < group.least[0] - RATE_SLACK || rate > group.most + RATE_SLACK) continue;
    for (const { parts, key } of choicesSumming(group, rate)) {
      const before = found.get(key);
      // Nothing beats in force: a stacking in force over many change days is timed once.
      if (before?.timing === 'in-force') continue;
      let timing: Timing = on === day ? 'in-force' : on < day ? 'earlier' : 'later';
      if (timing === 'earlier' && parts.every((p) => lineOn(p.line, day))) timing = 'in-force';
      if (timing === 'later' && parts.some((p) => p.line.from === on && (p.action.announced ?? p.action.effective) <= day)) timing = 'announced';
      if (!before || TIMING_ORDER.indexOf(timing) < TIMING_ORDER.indexOf(before.timing))
        found.set(key, { rate, parts, stacked: parts.length > 1, timing, on: timing === 'in-force' ? day : on });
    }
  }
}

const partKey = (p: TariffPart) => `${p.action.id}:${p.line.measure}:${p.rate}`;

/** Candidate actions for a rate on a page, best first: in force on the date, single before stacked, nearest in time. */
export function findTariffActionIn(actions: readonly TariffAction[], q: TariffQuery): TariffCandidate[] {
  const day = asDay(q.date);
  if (!day || !Number.isFinite(q.rate)) return [];
  const upper = q.country.trim().toUpperCase();
  const country = COUNTRY_ALIASES[upper] ?? upper;
  const index = countryIndex(actions, country);
  // The date itself, and every day the duties on this country changed, in order.
  const days = index.changeDays;
  const dayAt = index.isChangeDay.has(day) ? -1 : lowerBound(days, day);
  const found = new Map<string, TariffCandidate>();
  for (let d = 0; d <= days.length; d++) {
    if (d === dayAt) consider(found, groupsOn(index, country, day, q.product), q.rate, day, day);
    if (d < days.length) consider(found, groupsOn(index, country, days[d], q.product), q.rate, days[d], day);
  }
  // Each candidate's distance worked out once, not per comparison (Date.parse is slow).
  const dayMs = Date.parse(day);
  const ranked = [...found.values()].map((c) => ({ c, timing: TIMING_ORDER.indexOf(c.timing), distance: Math.abs(Date.parse(c.on) - dayMs) }));
  ranked.sort((a, b) => a.timing - b.timing || Number(a.c.stacked) - Number(b.c.stacked) || a.distance - b.distance);
  return ranked.map((r) => r.c);
}
