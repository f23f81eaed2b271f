// Choosing among the candidate actions for a rate: those that fit the sentence (its goods, its
// countries, the duty it names, its time), each traced back to the action that set the rate
// ("10%" in June 2025 is the April 5 baseline, carried on by the pause), then the one they agree on.
import { covers } from './coverage';
import type { TariffCandidate, TariffPart } from './lookup';
import type { TariffReading } from './read';
import type { TariffAction, TariffLine } from './schema';

const DAY_MS = 86_400_000;
/** How far a page's date may be from an action's and still mean it: before it (proposals), after it (history). */
export const LATER_DAYS = 120;
const EARLIER_DAYS = 2 * 365;
const LIST_PRODUCT = /^section \d+ list/;

export const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;
/** A line on kinds of goods ("steel"), not on everything (Section 301's lists count as everything). */
export const goodsLine = (l: TariffLine) => !!l.products && !l.products.every((p) => LIST_PRODUCT.test(p));
export const isListProduct = (p: string) => LIST_PRODUCT.test(p);

/** A part, with the action that first set this rate on this measure for the country when later ones only carried it on. */
export interface TracedPart extends TariffPart {
  /** The line in force at the time (for its end and whether it applies); `line` is the origin's. */
  latest: TariffLine;
}

export interface Traced {
  candidate: TariffCandidate;
  parts: TracedPart[];
  key: string;
}

/** The action and line that first set a rate on a measure for a country: one walk back through every line per step. */
function origin(actions: readonly TariffAction[], part: TariffPart, country: string): { action: TariffAction; line: TariffLine } {
  let { action, line } = part;
  for (let steps = 0; steps < 20; steps++) {
    const before = actions.flatMap((a) =>
      a.lines.filter((l) => l.measure === line.measure && l.until === line.from && l.rates.includes(part.rate) && covers(l, country)).map((l) => ({ a, l })),
    );
    if (before.length !== 1) break;
    ({ a: action, l: line } = before[0]);
  }
  return { action, line };
}

// Origins by list of actions, then line, then rate and country: every candidate of every tariff
// figure was traced back again, through all the lines at each step.
const origins = new WeakMap<readonly TariffAction[], WeakMap<TariffLine, Map<string, { action: TariffAction; line: TariffLine }>>>();

function trace(actions: readonly TariffAction[], part: TariffPart, country: string): TracedPart {
  let byLine = origins.get(actions);
  if (!byLine) origins.set(actions, (byLine = new WeakMap()));
  let byRate = byLine.get(part.line);
  if (!byRate) byLine.set(part.line, (byRate = new Map()));
  const key = `${part.rate}|${country}`;
  let found = byRate.get(key);
  // The part's own action only matters when no earlier line carried the rate.
  if (!found || (found.line === part.line && found.action !== part.action)) {
    found = origin(actions, part, country);
    byRate.set(key, found);
  }
  return { action: found.action, line: found.line, rate: part.rate, latest: part.line };
}

/** The line carrying the same rate on the same measure for the country on `day`: the given one, or a later one continuing it. */
export function carriedOn(actions: readonly TariffAction[], line: TariffLine, rate: number, country: string, day: string): TariffLine {
  let cur = line;
  for (let steps = 0; steps < 20 && cur.until && cur.until <= day; steps++) {
    const next = actions.flatMap((a) =>
      a.lines.filter((l) => l.measure === cur.measure && l.from === cur.until && l.rates.includes(rate) && covers(l, country)),
    );
    if (next.length !== 1) break;
    cur = next[0];
  }
  return cur;
}

export function traceAll(actions: readonly TariffAction[], cands: TariffCandidate[], country: string): Traced[] {
  const seen = new Set<string>();
  const out: Traced[] = [];
  for (const candidate of cands) {
    const parts = candidate.parts.map((p) => trace(actions, p, country));
    const key = [...new Set(parts.map((p) => p.action.id))].sort().join('+');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ candidate, parts, key });
  }
  return out;
}

/** Near enough in time to mean this action; a date ahead of the page never means a duty already over. */
function timely(c: TariffCandidate, day: string, page: string): boolean {
  if (c.timing === 'later') return days(day, c.on) <= LATER_DAYS;
  if (c.timing === 'earlier') return day <= page && c.parts.every((p) => !p.line.until || days(p.line.until, day) <= EARLIER_DAYS);
  return true;
}

/** Candidates that fit the sentence: its goods, its other countries, the duty it names, and (when dated) its time. */
export function fitting(traced: Traced[], reading: TariffReading, day: string, page: string, dated: boolean): Traced[] {
  return traced.filter(({ candidate: c, parts }) => {
    const hasGoods = parts.some((p) => goodsLine(p.latest));
    if (reading.product ? !hasGoods : hasGoods) return false;
    if (reading.duty && !parts.some((p) => reading.duty!.test(p.latest.measure))) return false;
    if (dated && !timely(c, day, page)) return false;
    return reading.countries.every((k) => parts.some((p) => covers(p.action, k)));
  });
}

/** In force first, then announced, then the nearest in time of the earlier and the later; single before stacked. */
function rank(t: Traced, day: string): [number, number, number] {
  const c = t.candidate;
  const timing = c.timing === 'in-force' ? 0 : c.timing === 'announced' ? 1 : 2;
  const distance = timing === 2 ? Math.abs(days(day, c.timing === 'earlier' ? (c.parts.map((p) => p.line.until ?? day).sort()[0] ?? day) : c.on)) : 0;
  return [timing, Number(c.stacked), distance];
}

/** The best candidates, tied: several only when nothing tells them apart. */
export function best(traced: Traced[], day: string, dated: boolean): Traced[] {
  if (!dated || traced.length < 2) return traced;
  const ranked = traced.map((t) => ({ t, r: rank(t, day) }));
  ranked.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2]);
  const [r0] = ranked;
  return ranked.filter((x) => x.r[0] === r0.r[0] && x.r[1] === r0.r[1] && x.r[2] === r0.r[2]).map((x) => x.t);
}

/** The programme a candidate's action belongs to: its authority and its measure's family. (Not a closure in pickOne: under tsx a named closure has its name set each time it is made.) */
function programmeOf(t: Traced): string {
  return `${t.parts[0].line.authority ?? t.parts[0].action.authority}:${t.parts[0].line.measure.replace(/-[^-]+$/, '')}`;
}

/** Of tied candidates, one when they are steps of one programme (Section 301's lists): the first; else none. */
export function pickOne(tied: Traced[]): Traced | undefined {
  if (tied.length === 1) return tied[0];
  if (tied.length === 0 || tied.some((t) => t.parts.length > 1)) return undefined;
  if (new Set(tied.map(programmeOf)).size !== 1) return undefined;
  return [...tied].sort((a, b) => (a.parts[0].action.effective < b.parts[0].action.effective ? -1 : 1))[0];
}
