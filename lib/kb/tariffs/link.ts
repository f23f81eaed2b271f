// linkTariffAction: the US tariff action a page's tariff rate ("145% on Chinese goods") or value
// of goods covered ("25% on $50 billion of Chinese goods") belongs to, with everything its card
// shows. Precision first: a figure links only when its number, country, goods and date fit the
// actions one way; a rate that could be two unrelated duties links to neither.
import { sentenceAround } from '../../text/sentence';
import { bundledTariffs, tariffActions } from './bundled';
import { covers } from './coverage';
import { asDay, findTariffActionIn, type Timing } from './lookup';
import { best, carriedOn, days, fitting, isListProduct, LATER_DAYS, pickOne, traceAll, type Traced } from './choose';
import { readTariffSentence, type Span, type TariffReading } from './read';
import type { TariffAction, TariffLine } from './schema';
import { describeAuthority } from './authority';

/** A figure as the pipeline gives it (lib/types.ts's Figure; not imported, which would be a circle). */
export interface TariffFigure {
  start: number;
  end: number;
  kind: string;
  value: number;
  high?: number;
  currency: string | null;
  points?: boolean;
  trade: boolean;
  measure?: string;
}

export type InForce = true | false | 'unknown';

/** One action as a card shows it, without the knowledge base at hand. */
export interface TariffActionRef {
  id: string;
  title: string;
  authority: TariffAction['authority'];
  /** "Section 232", "IEEPA". */
  authorityName: string;
  /** "Section 232 of the Trade Expansion Act of 1962 (19 U.S.C. 1862)". */
  legalReference: string;
  executiveOrders: number[];
  /** Federal Register document numbers ("2025-06063"). */
  federalRegister: string[];
  sources: string[];
  announced?: string;
  effective: string;
  /** The day the rate this figure refers to stopped applying, when it has. */
  ended?: string;
  countries: 'all' | string[];
  except: string[];
  products: string[];
  /** The rate this action adds to the page's figure, percent. */
  rate?: number;
  /** Whether that rate applied on the page's date; unknown after the knowledge base's review date. */
  inForce: InForce;
}

export interface TariffLink extends TariffActionRef {
  /** A tariff rate, or the value of the goods the duty covers. */
  kind: 'rate' | 'covered';
  /** The page's number: percent, or US dollars. */
  value: number;
  /** The economy the sentence names (ISO alpha-2 or EU); absent when it names none. */
  country?: string;
  product?: string;
  /** The day the figure was matched on, and where it came from. */
  date: string;
  dateFrom: 'sentence' | 'page' | 'today';
  pageDate: string;
  /** The action against `date`: in force, announced, earlier or later. */
  timing: Timing;
  /** Actions whose rates stack with this one's (125% + 20% = 145%), or whose goods add to its own ($34 + $16 billion). */
  with: TariffActionRef[];
  /** Every part in force on the page's date. */
  allInForce: InForce;
}

/** A country no line names: matches only the actions on every country. */
const ANY_COUNTRY = 'ZZ';
/** Values of goods covered are round estimates: "$34 billion", "about $200 billion". */
const COVERED_SLACK = 0.03;
const CHANGE_AFTER =
  /^[\s-]*(?:percentage\s+points?|points?|rise|rises|increase|increases|jump|drop|fall|decline|gain|growth|cut|reduction|plunge|surge|slump|higher|lower|more|less|of\b|stake|share|chance|probability|discount|off\b)/i;
const CHANGE_BEFORE = /\b(?:by|up|down|another|extra|further)\s*$/i;
const SENTENCE_RATE = /(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)/gi;

const DAY_MS = 86_400_000;
/** Today's UTC day, kept until it ends: every tariff figure of an undated page asks for it. */
let today: { from: number; until: number; iso: string } | undefined;

function todayIso(): string {
  const now = Date.now();
  if (!today || now < today.from || now >= today.until) {
    const iso = new Date(now).toISOString().slice(0, 10);
    const from = Date.parse(iso);
    today = { from, until: from + DAY_MS, iso };
  }
  return today.iso;
}

function inForceOf(lines: TariffLine[], page: string): InForce {
  if (lines.length === 0) return false;
  const on = lines.some((l) => l.from <= page && (!l.until || page < l.until));
  if (on && page > bundledTariffs.reviewed && lines.some((l) => !l.until)) return 'unknown';
  return on;
}

/** The action as a card shows it; `latest` is the line that carried its rate on, when a later action did. */
function refOf(action: TariffAction, page: string, part?: { line: TariffLine; latest: TariffLine; rate: number }, country = ANY_COUNTRY): TariffActionRef {
  const line = part?.line;
  // The rate may have gone on under a later action ("10% baseline" through the pause).
  if (part) part = { ...part, latest: carriedOn(tariffActions, part.latest, part.rate, country, page) };
  const { name, reference } = describeAuthority(action, line);
  const until = part
    ? part.latest.until
    : action.lines.length && action.lines.every((l) => l.until)
      ? action.lines
          .map((l) => l.until!)
          .sort()
          .pop()
      : undefined;
  return {
    id: action.id,
    title: action.label,
    authority: line?.authority ?? action.authority,
    authorityName: name,
    legalReference: reference,
    executiveOrders: action.executiveOrders ?? [],
    federalRegister: action.federalRegister ?? [],
    sources: action.sources.map((s) => s.url),
    ...(action.announced ? { announced: action.announced } : {}),
    effective: action.effective,
    ...(until ? { ended: until } : {}),
    countries: line ? line.countries : action.countries,
    except: (line ? line.except : action.except) ?? [],
    products: (line?.products ?? []).filter((p) => !isListProduct(p)),
    ...(part ? { rate: part.rate } : {}),
    // Goods covered stay covered while any duty on the action's measures applies (List 3: 10%, then 25%).
    inForce: inForceOf(part ? [part.latest] : linesOnMeasuresOf(action), page),
  };
}

// Per action of the bundled list, what follows from the knowledge base alone: worked out once, not
// for every figure that links to the action.
const onMeasures = new WeakMap<TariffAction, TariffLine[]>();
const ratesOnMeasures = new WeakMap<TariffAction, Set<number>>();

/** Every line, of any action, on one of this action's measures. */
function linesOnMeasuresOf(action: TariffAction): TariffLine[] {
  let lines = onMeasures.get(action);
  if (!lines) onMeasures.set(action, (lines = tariffActions.flatMap((a) => a.lines.filter((l) => action.lines.some((m) => m.measure === l.measure)))));
  return lines;
}

const combine = (xs: InForce[]): InForce => (xs.every((x) => x === true) ? true : xs.some((x) => x === false) ? false : 'unknown');

/** The day to match on: the sentence's date (a period read as the page's day when it holds it), else the page's. */
function matchDay(reading: TariffReading, page: string, pageFrom: 'page' | 'today'): { day: string; from: TariffLink['dateFrom'] } {
  const d = reading.date;
  if (!d) return { day: page, from: pageFrom };
  if (d.length === 10) return { day: asDay(d) ?? page, from: 'sentence' };
  const first = asDay(d.length === 4 ? `${d}-01-01` : `${d}-01`)!;
  const last = asDay(d)!;
  if (first <= page && page <= last) return { day: page, from: 'sentence' };
  return { day: last < page ? last : first, from: 'sentence' };
}

/** The last covered groups worked out: a page's covered values ask for one country and day again and again. */
let lastCovered: { actions: readonly TariffAction[]; country: string; day: string; groups: TariffAction[][] } | undefined;

/** Actions that give covered goods, in families (same authority and countries) in date order. */
function coveredGroups(actions: readonly TariffAction[], country: string, day: string): TariffAction[][] {
  const last = lastCovered;
  if (last && last.actions === actions && last.country === country && last.day === day) return last.groups;
  const groups = readCoveredGroups(actions, country, day);
  lastCovered = { actions, country, day, groups };
  return groups;
}

function readCoveredGroups(actions: readonly TariffAction[], country: string, day: string): TariffAction[][] {
  const families = new Map<string, TariffAction[]>();
  for (const a of actions) {
    if (a.covered === undefined || !covers(a, country) || days(day, a.effective) > LATER_DAYS) continue;
    const key = `${a.authority}:${JSON.stringify(a.countries)}`;
    families.set(key, [...(families.get(key) ?? []), a]);
  }
  const groups: TariffAction[][] = [];
  for (const family of families.values()) {
    // Each action alone, and the running totals ("$50 billion": the first two lists).
    family.forEach((a, i) => {
      groups.push([a]);
      if (i > 0) groups.push(family.slice(0, i + 1));
    });
  }
  return groups;
}

const near = (value: number, target: number) => Math.abs(value - target) <= COVERED_SLACK * target;

/** Below a duty's rate by more than lookup's slack on rates: rates are given to a tenth at most. */
const RATE_MARGIN = 0.01;
const leastRates = new WeakMap<readonly TariffAction[], number>();

/** The least rate any line of the actions has ("2.5%" is no US duty's; Infinity when none has one). */
function leastRate(actions: readonly TariffAction[]): number {
  let least = leastRates.get(actions);
  if (least === undefined) leastRates.set(actions, (least = Math.min(...actions.flatMap((a) => a.lines.flatMap((l) => l.rates)))));
  return least;
}

/**
 * Every value the covered groups of any country and day can add up to: the sums of the actions of
 * one family, taken in any number (a country and a day keep some of a family's actions, and a
 * group is one of those or a running total of them). Undefined when there would be too many.
 */
const coverableSums = new WeakMap<readonly TariffAction[], number[] | undefined>();
const MAX_COVERABLE_SUMS = 4096;

function coverable(actions: readonly TariffAction[]): number[] | undefined {
  if (!coverableSums.has(actions)) coverableSums.set(actions, readCoverable(actions));
  return coverableSums.get(actions);
}

function readCoverable(actions: readonly TariffAction[]): number[] | undefined {
  const families = new Map<string, number[]>();
  for (const a of actions) {
    if (a.covered === undefined) continue;
    const key = `${a.authority}:${JSON.stringify(a.countries)}`;
    families.set(key, [...(families.get(key) ?? []), a.covered]);
  }
  const all = new Set<number>();
  for (const values of families.values()) {
    let sums = new Set<number>();
    for (const v of values) {
      sums = new Set([...sums, v, ...[...sums].map((t) => t + v)]);
      // A family this large (none is) is not worth the test: every value may be covered.
      if (sums.size > MAX_COVERABLE_SUMS) return undefined;
    }
    for (const t of sums) all.add(t);
  }
  return [...all];
}

/**
 * Whether a value of goods may be one that linkCovered links: near some coverable sum, with twice
 * the slack (a cheap test before the sentence is read; it must never turn away a value that links).
 */
function mayBeCovered(value: number): boolean {
  const sums = coverable(tariffActions);
  return !sums || sums.some((t) => Math.abs(value - t) <= 2 * COVERED_SLACK * t);
}
/** Every rate the duties on the action's measures have had. */
function ratesOf(a: TariffAction): Set<number> {
  let rates = ratesOnMeasures.get(a);
  if (!rates) ratesOnMeasures.set(a, (rates = new Set(linesOnMeasuresOf(a).flatMap((l) => l.rates))));
  return rates;
}

function linkCovered(text: string, s: Span, figure: TariffFigure, reading: TariffReading, day: string): { group: TariffAction[] } | undefined {
  if (figure.currency !== 'USD' || reading.countries.length !== 1 || reading.product) return undefined;
  const matches = coveredGroups(tariffActions, reading.countries[0], day).filter((g) =>
    near(
      figure.value,
      g.reduce((t, a) => t + a.covered!, 0),
    ),
  );
  if (matches.length !== 1) return undefined;
  // A rate in the sentence must be one these duties had.
  const rates = [...text.slice(s.start, s.end).matchAll(SENTENCE_RATE)].map((m) => Number(m[1]));
  const known = new Set(matches[0].flatMap((a) => [...ratesOf(a)]));
  if (rates.length && !rates.some((r) => known.has(r))) return undefined;
  return { group: matches[0] };
}

const MONEY =
  /\$\s?(\d+(?:\.\d+)?)\s*(billion|bn|million|trillion)\b|\b(\d+(?:\.\d+)?)\s*(billions?|millions?|trillions?)\s+(?:of\s+)?(?:US\s+|U\.S\.\s+)?dollars\b/gi;

/** A value of goods, not any amount ("$61.6 billion in the same month" is a trade gap). */
const GOODS_BEFORE = /\b(?:on|taxing|hitting|covering)\s+(?:(?:another|an?\s+(?:additional|further|extra)|the\s+(?:remaining|other))\s+)?$/i;
const GOODS_AFTER = /^\s+(?:a\s+year\s+)?(?:worth\s+)?(?:of|in)\s+(?:\w+\s+){0,3}?(?:goods|imports|products|exports|shipments)\b/i;

/** The values of goods the sentence states, in US dollars ("$50 billion", "200 Billions Dollars"). */
function sentenceCovered(text: string, s: Span): number[] {
  const sentence = text.slice(s.start, s.end);
  const out: number[] = [];
  for (const m of sentence.matchAll(MONEY)) {
    const at = m.index;
    if (!GOODS_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) && !GOODS_AFTER.test(sentence.slice(at + m[0].length, at + m[0].length + 50))) continue;
    const unit = (m[2] ?? m[4]).toLowerCase();
    out.push(Number(m[1] ?? m[3]) * (unit.startsWith('million') ? 1e6 : unit.startsWith('trillion') ? 1e12 : 1e9));
  }
  return out;
}

/** The values of goods an action's programme covered by then: its own, and its family's running totals. */
function coveredValues(t: Traced, country: string, day: string): number[] {
  return coveredGroups(tariffActions, country, day)
    .filter((g) => t.parts.some((p) => g.includes(p.action)))
    .map((g) => g.reduce((sum, a) => sum + a.covered!, 0));
}

function linkRate(text: string, s: Span, figure: TariffFigure, reading: TariffReading, day: string, page: string, dated: boolean): Traced | undefined {
  const country = reading.countries[0] ?? ANY_COUNTRY;
  const cands = findTariffActionIn(tariffActions, { rate: figure.value, country, date: day, product: reading.product });
  const tied = best(fitting(traceAll(tariffActions, cands, country), reading, day, page, dated), day, dated);
  // A value of goods in the sentence picks among the lists ("25% on $16 billion"), and rules out
  // an action that covered no such value ("25% on another $325 billion": a threat, not List 1).
  const values = sentenceCovered(text, s);
  if (!values.length) return pickOne(tied);
  const day2 = dated ? day : page;
  const byValue = tied.filter((t) => coveredValues(t, country, day2).some((c) => values.some((v) => near(v, c))));
  const own = byValue.filter((t) => t.parts.some((p) => p.action.covered !== undefined && values.some((v) => near(v, p.action.covered!))));
  return pickOne(own.length === 1 ? own : byValue);
}

/** The tariff action a trade figure belongs to, or undefined. `pageDate`: YYYY-MM-DD; today when absent. */
export function linkTariffAction(text: string, figure: TariffFigure, pageDate?: string): TariffLink | undefined {
  if (!figure.trade || figure.high !== undefined || figure.points) return undefined;
  const isRate = figure.kind === 'percent' && figure.measure === 'tariffs';
  const isCovered = figure.kind === 'money' && figure.measure === 'goods covered by tariffs';
  if (!isRate && !isCovered) return undefined;
  if (isRate && (CHANGE_AFTER.test(text.slice(figure.end, figure.end + 30)) || CHANGE_BEFORE.test(text.slice(Math.max(0, figure.start - 12), figure.start))))
    return undefined;
  // A rate below every duty's (a stacking adds up to at least its least part) costs no reading.
  if (isRate && figure.value < leastRate(tariffActions) - RATE_MARGIN) return undefined;
  // A value of goods no duties could have covered costs no reading ("$3.4 billion", "$583 billion").
  if (isCovered && (figure.currency !== 'USD' || !mayBeCovered(figure.value))) return undefined;
  // A full timestamp ("2025-04-12T08:00:00Z") is read as its day, a month ("2025-08") as its last day.
  const given = pageDate ? asDay(/^\d{4}-\d{2}-\d{2}T/.test(pageDate) ? pageDate.slice(0, 10) : pageDate) : undefined;
  const page = given ?? todayIso();
  const pageFrom = given ? 'page' : 'today';
  // The figure's sentence, found once: the reading, the rates and the values of goods are all in it.
  const s = sentenceAround(text, figure.start);
  const reading = readTariffSentence(text, s, figure, page);
  if (reading.foreign || reading.otherGoods) return undefined;
  const { day, from } = matchDay(reading, page, pageFrom);
  // With no date at all, only a figure that means one action at any time links.
  const dated = from !== 'today';
  const base = { value: figure.value, date: day, dateFrom: from, pageDate: page, ...(reading.countries[0] ? { country: reading.countries[0] } : {}) };

  if (isCovered) {
    const found = linkCovered(text, s, figure, reading, day);
    if (!found) return undefined;
    const [first, ...rest] = found.group.map((a) => refOf(a, page));
    const timing: Timing = found.group.every((a) => a.effective <= day) ? 'in-force' : 'later';
    const allInForce = combine([first, ...rest].map((r) => r.inForce));
    // The leading action's card, with the figure's fields added (first is this call's own copy):
    // spreading both into a new object cost more than the rest of building the link.
    return Object.assign(first, base, { kind: 'covered' as const, timing, with: rest, allInForce });
  }

  const c = linkRate(text, s, figure, reading, day, page, dated);
  if (!c) return undefined;
  // The largest part leads ("125%" of 125% + 20%).
  const parts = [...c.parts].sort((a, b) => b.rate - a.rate || (a.action.effective < b.action.effective ? 1 : -1));
  const [first, ...rest] = parts.map((p) => refOf(p.action, page, p, reading.countries[0] ?? ANY_COUNTRY));
  const allInForce = combine([first, ...rest].map((r) => r.inForce));
  return Object.assign(first, base, {
    kind: 'rate' as const,
    ...(reading.product ? { product: reading.product } : {}),
    timing: c.candidate.timing,
    with: rest,
    allInForce,
  });
}
