// Periods as news writes them ("in March", "the first five months", "the fiscal year through
// March", "a year earlier"), found in a stretch of text and read against the page's date into
// the periods of period.ts. Finding is one pass of one precompiled expression; reading is
// arithmetic on month numbers.
import { monthNumber, periodOfMonths, type Period } from '../period';

/** What a phrase says, before the page's date and the reporter's fiscal year make it a period. */
export type PeriodSpec =
  | { t: 'year'; year: number }
  /** Months first..last of one year (a month, quarter, half, "January to May", "the year to November"). */
  | { t: 'months'; first: number; last: number; year?: number; yearOffset?: number }
  /** The twelve months ending with a month ("the 12 months to March", "the fiscal year through March"). */
  | { t: 'twelveTo'; month: number; year?: number }
  /** Some months ending with a month ("the three months to March"). */
  | { t: 'monthsTo'; months: number; month: number; year?: number }
  /** Some months ending with the period in question ("the two-month cumulative deficit"). */
  | { t: 'window'; months: number }
  /** A fiscal year by its label: "2024-25" (start year), "fiscal 2025", "FY25" (named by convention). */
  | { t: 'fiscal'; year: number; named: 'start' | 'label' }
  /** The last completed fiscal year ("the last fiscal"). */
  | { t: 'lastFiscal' }
  /** Relative to the page's date: "last year" (year, −1), "last month" (month, −1). */
  | { t: 'relative'; unit: 'year' | 'month' | 'quarter'; offset: number }
  /** Relative to the period of the statement it compares with: "a year earlier" (−12 months). */
  | { t: 'shift'; months: number }
  /** The period already in question: "the same month", "that month". */
  | { t: 'same' }
  /** A period that cannot be known from the page ("so far this year": up to which month?). */
  | { t: 'unknown' };

export interface PeriodMention {
  start: number;
  end: number;
  spec: PeriodSpec;
  /** "from a year earlier", "since 2018", "by 2030": the phrase is not the period of what it follows. */
  role: 'period' | 'base' | 'other';
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const MONTHS_IN_YEAR = 12;
const MONTHS_IN_QUARTER = 3;
const MONTHS_IN_HALF = 6;
const CENTURY = 2000;
const FULL_STOP_END = /\.$/;
const SPACES = /\s+/g;
const SAME_PERIOD = /^(?:the )?same (?:month|period|quarter)$/;
const MONTH_BEFORE = /month (?:earlier|ago|before)|(?:previous|prior|preceding) month/;
const QUARTER_BEFORE = /quarter (?:earlier|ago|before)|(?:previous|prior|preceding) quarter/;
const PAGE_DATE = /^(\d{4})(?:-(\d{2}))?/;

/** A month's number 1-12 from its name or abbreviation ("Sept."), or 0. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(FULL_STOP_END, '');
  const full = MONTH_NAMES.indexOf(w);
  if (full >= 0) return full + 1;
  if (w === 'sept') return 9;
  return MONTH_ABBREVIATIONS.indexOf(w) + 1;
}

// Month names are capitalised ("may" and "march" are verbs); the expression is case-insensitive
// for the rest, so each month group is checked for its capital after the match.
const M = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`;
const M_SHORT = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const Y = String.raw`(?:19|20)\d{2}`;
/** "of 2025", "2025", "this year", "last year" after a month or a part of a year. */
const OF_YEAR = (name: string) =>
  String.raw`(?:,?\s+(?:of\s+)?(?<${name}>${Y})\b|\s+(?:of\s+)?(?<${name}r>this|last|the\s+previous|the\s+prior)\s+year|\s+of\s+the\s+year)?`;

// Every phrase starts a word: the leading \b fails fast at the other positions.
const PERIOD = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:through|to|ended|ending|that\s+ended|which\s+ended)\s+(?:in\s+)?(?<fm>${M_SHORT})(?:\s+\d{1,2}\b)?(?:,?\s+(?<fmy>${Y}))?`,
      String.raw`(?:fiscal|financial)(?:\s+year)?\s+(?<fl>${Y})(?:[-\u2013/](?<fl2>\d{2}(?:\d{2})?))?\b`,
      String.raw`\bFY\s?'?(?<fy>\d{4}|\d{2})(?:[-\u2013/](?<fy2>\d{2}))?\b`,
      String.raw`(?<flast>last|previous|past|latest)\s+(?:fiscal|financial)(?:\s+year)?`,
      String.raw`(?:the\s+)?(?<fyb>${Y})\s+(?:fiscal|financial)\s+year`,
      String.raw`(?:the\s+)?(?<wn>two|three|four|five|six|nine|\d{1,2})[- ]months?\s+(?:to|through|ended|ending)\s+(?:the\s+end\s+of\s+)?(?<wm>${M_SHORT})(?!\s+\d{1,2}\b)(?:,?\s+(?<wy>${Y}))?`,
      String.raw`(?:the\s+)?(?<cn>two|three|four|five|six|nine|\d{1,2})-month\s+(?:cumulative|total|period)`,
      String.raw`\b(?<yp>20\d{2})[-\u2013/](?<yp2>\d{2})\b`,
      String.raw`(?:the\s+)?(?<tl>year|12\s+months|twelve\s+months)\s+(?:to|through|ended|ending|up\s+to)\s+(?:the\s+end\s+of\s+)?(?<tm>${M_SHORT})(?!\s+\d{1,2}\b)(?:,?\s+(?<ty>${Y}))?`,
      String.raw`(?<r1>${M_SHORT})\s*(?:-|\u2013|/|to|through|thru)\s*(?<r2>${M_SHORT})(?!\s+\d{1,2}\b)${OF_YEAR('ry')}`,
      String.raw`(?:the\s+)?first\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months${OF_YEAR('ny')}`,
      String.raw`(?:the\s+)?(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:\s+|-)quarter${OF_YEAR('qy')}`,
      String.raw`\bQ(?<qs>[1-4])(?:\s*|-)(?<qsy>${Y})?\b`,
      String.raw`(?:the\s+)?(?<h>first|second)(?:\s+|-)half${OF_YEAR('hy')}`,
      String.raw`\bH(?<hs>[12])(?:\s+(?<hsy>${Y}))?\b`,
      String.raw`(?<ytd>so\s+far\s+this\s+year|so\s+far\s+in\s+(?:${Y}|the\s+year)|year[- ]to[- ]date|this\s+year\s+(?:so\s+far|to\s+date))`,
      String.raw`(?<rel>last\s+year|this\s+year|last\s+month|this\s+month|last\s+quarter|the\s+(?:previous|prior|preceding)\s+(?:year|month|quarter)|the\s+year\s+before|a\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|(?:the\s+)?same\s+(?:month|period|quarter)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year|of\s+(?:last|the\s+previous)\s+year|(?:in\s+)?(?<sy>${Y}))|(?:the\s+)?same\s+(?:month|period|quarter)|year-(?:earlier|ago)|a\s+year-(?:earlier|ago)\s+(?:period|month)|that\s+month)`,
      String.raw`(?<!\d\s)(?<mo>${M})(?!\s+\d{1,2}\b)${OF_YEAR('my')}`,
      String.raw`(?<!\w)(?<yr>${Y})\b(?![-\u2013/]\d)(?!\s*(?:percent|per\s+cent|%))`,
    ].join('|') +
    ')',
  'gi',
);

/** Words before a phrase that make it the base of a comparison or another kind of date. */
const BEFORE_BASE = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over|on|against|above|below)\s+(?:the\s+|a\s+)?$/i;
const BEFORE_OTHER = /\b(?:since|until|till|by|before|after|between|starting|beginning|from\s+\w+\s+to|as\s+of|on)\s+(?:the\s+|early\s+|late\s+|mid-?)?$/i;
/** A date with a day ("June 5, 2025", "5 June 2025"): the day of a release or an event, not a period. */
const DAY_BEFORE = /\b\d{1,2},\s*$/;
const LOOK_BEHIND = 24;

const capitalised = (s: string | undefined): boolean => !s || (s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90);

function yearPart(g: Record<string, string | undefined>, name: string): { year?: number; yearOffset?: number } {
  const y = g[name];
  if (y) return { year: Number(y) };
  const r = g[`${name}r`]?.toLowerCase();
  if (r === undefined) return {};
  return { yearOffset: r === 'this' ? 0 : -1 };
}

function specOf(g: Record<string, string | undefined>): PeriodSpec | undefined {
  if (g.fm) return capitalised(g.fm) ? { t: 'twelveTo', month: monthOf(g.fm), year: g.fmy ? Number(g.fmy) : undefined } : undefined;
  if (g.fl) {
    if (!g.fl2) return { t: 'fiscal', year: Number(g.fl), named: 'label' };
    return { t: 'fiscal', year: Number(g.fl), named: 'start' };
  }
  if (g.fy) {
    const y = g.fy.length === 2 ? CENTURY + Number(g.fy) : Number(g.fy);
    return g.fy2 ? { t: 'fiscal', year: y, named: 'start' } : { t: 'fiscal', year: y, named: 'label' };
  }
  if (g.flast) return { t: 'lastFiscal' };
  if (g.fyb) return { t: 'fiscal', year: Number(g.fyb), named: 'label' };
  if (g.wn || g.cn) {
    const n = NUMBER_WORDS[(g.wn ?? g.cn)!.toLowerCase()] ?? Number(g.wn ?? g.cn);
    if (!(n >= 2 && n <= MONTHS_IN_YEAR)) return undefined;
    if (g.cn) return { t: 'window', months: n };
    if (!capitalised(g.wm)) return undefined;
    return { t: 'monthsTo', months: n, month: monthOf(g.wm!), year: g.wy ? Number(g.wy) : undefined };
  }
  if (g.yp) {
    // "2024-25" is a fiscal year only when the second year follows the first.
    const start = Number(g.yp);
    return Number(g.yp2) === (start + 1) % 100 ? { t: 'fiscal', year: start, named: 'start' } : undefined;
  }
  if (g.tm) {
    if (!capitalised(g.tm)) return undefined;
    const month = monthOf(g.tm);
    const year = g.ty ? Number(g.ty) : undefined;
    // "The year to November" is the calendar year so far, as the customs releases count it.
    return g.tl?.toLowerCase() === 'year' ? { t: 'months', first: 1, last: month, year } : { t: 'twelveTo', month, year };
  }
  if (g.r1) {
    if (!g.r2 || !capitalised(g.r1) || !capitalised(g.r2)) return undefined;
    const first = monthOf(g.r1);
    const last = monthOf(g.r2);
    return first && last && first < last ? { t: 'months', first, last, ...yearPart(g, 'ry') } : undefined;
  }
  if (g.n) {
    const n = NUMBER_WORDS[g.n.toLowerCase()] ?? Number(g.n);
    return n >= 2 && n <= 11 ? { t: 'months', first: 1, last: n, ...yearPart(g, 'ny') } : undefined;
  }
  if (g.q || g.qs) {
    const q = g.q ? ORDINALS[g.q.toLowerCase()] : Number(g.qs);
    const years = g.q ? yearPart(g, 'qy') : g.qsy ? { year: Number(g.qsy) } : {};
    return { t: 'months', first: (q - 1) * MONTHS_IN_QUARTER + 1, last: q * MONTHS_IN_QUARTER, ...years };
  }
  if (g.h || g.hs) {
    const h = g.h ? ORDINALS[g.h.toLowerCase()] : Number(g.hs);
    const years = g.h ? yearPart(g, 'hy') : g.hsy ? { year: Number(g.hsy) } : {};
    return { t: 'months', first: (h - 1) * MONTHS_IN_HALF + 1, last: h * MONTHS_IN_HALF, ...years };
  }
  if (g.ytd) return { t: 'unknown' };
  if (g.rel) return relativeSpec(g.rel.toLowerCase().replace(SPACES, ' '), g.sy);
  if (g.mo) {
    if (!capitalised(g.mo)) return undefined;
    const m = monthOf(g.mo);
    return { t: 'months', first: m, last: m, ...yearPart(g, 'my') };
  }
  if (g.yr) return { t: 'year', year: Number(g.yr) };
  return undefined;
}

function relativeSpec(rel: string, sameYear: string | undefined): PeriodSpec {
  if (rel === 'last year') return { t: 'relative', unit: 'year', offset: -1 };
  if (rel === 'this year') return { t: 'relative', unit: 'year', offset: 0 };
  if (rel === 'last month') return { t: 'relative', unit: 'month', offset: -1 };
  if (rel === 'this month') return { t: 'relative', unit: 'month', offset: 0 };
  if (rel === 'last quarter') return { t: 'relative', unit: 'quarter', offset: -1 };
  if (sameYear) return { t: 'shift', months: -MONTHS_IN_YEAR }; // "the same month in 2024": a year back, as written
  if (rel === 'that month' || SAME_PERIOD.test(rel)) return { t: 'same' };
  if (MONTH_BEFORE.test(rel)) return { t: 'shift', months: -1 };
  if (QUARTER_BEFORE.test(rel)) return { t: 'shift', months: -MONTHS_IN_QUARTER };
  return { t: 'shift', months: -MONTHS_IN_YEAR };
}

/** Every period phrase in text[from, to), in order. */
export function findPeriods(text: string, from: number, to: number): PeriodMention[] {
  const out: PeriodMention[] = [];
  PERIOD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PERIOD.exec(text)) && m.index < to) {
    const spec = specOf(m.groups as Record<string, string | undefined>);
    if (!spec) continue;
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
    if ((spec.t === 'year' || spec.t === 'months') && DAY_BEFORE.test(before)) continue;
    const role = BEFORE_BASE.test(before) ? 'base' : BEFORE_OTHER.test(before) ? 'other' : 'period';
    out.push({ start, end, spec, role });
  }
  return out;
}

/** The page's date as year and month (month 0 when only the year is known). */
export interface PageDate {
  year: number;
  month: number;
}

export function parsePageDate(date: string | undefined): PageDate | undefined {
  const m = date ? PAGE_DATE.exec(date) : null;
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : 0 } : undefined;
}

/** When a reporter's fiscal year starts, and whether "fiscal 2025" names the year it ends in. */
const FISCAL_YEARS: Record<string, { start: number; labelIsEnd: boolean }> = {
  US: { start: 10, labelIsEnd: true },
  JP: { start: 4, labelIsEnd: false },
  IN: { start: 4, labelIsEnd: true },
  GB: { start: 4, labelIsEnd: false },
  CA: { start: 4, labelIsEnd: false },
  HK: { start: 4, labelIsEnd: false },
  AU: { start: 7, labelIsEnd: true },
  NZ: { start: 7, labelIsEnd: true },
  PK: { start: 7, labelIsEnd: true },
  BD: { start: 7, labelIsEnd: true },
  EG: { start: 7, labelIsEnd: true },
};
/** April to March, the commonest fiscal year in trade news outside the US. */
const DEFAULT_FISCAL = { start: 4, labelIsEnd: false };

/** The year of a month named without one: the latest such month up to the page's. */
function yearFor(lastMonth: number, page: PageDate): number | undefined {
  if (!page.month) return undefined;
  return lastMonth <= page.month ? page.year : page.year - 1;
}

/** The period a phrase states, read against the page's date, the reporter and (for "a year earlier") a base. */
export function resolvePeriod(spec: PeriodSpec, page: PageDate | undefined, reporter: string | undefined, base?: Period): Period | undefined {
  const fy = (reporter && FISCAL_YEARS[reporter]) || DEFAULT_FISCAL;
  switch (spec.t) {
    case 'year':
      return periodOfMonths(monthNumber(spec.year, 1), monthNumber(spec.year, MONTHS_IN_YEAR));
    case 'months': {
      const year = spec.year ?? (spec.yearOffset !== undefined ? page && page.year + spec.yearOffset : page && yearFor(spec.last, page));
      return year === undefined ? undefined : periodOfMonths(monthNumber(year, spec.first), monthNumber(year, spec.last));
    }
    case 'twelveTo': {
      const year = spec.year ?? (page && yearFor(spec.month, page));
      if (year === undefined) return undefined;
      const last = monthNumber(year, spec.month);
      return periodOfMonths(last - MONTHS_IN_YEAR + 1, last);
    }
    case 'monthsTo': {
      const year = spec.year ?? (page && yearFor(spec.month, page));
      if (year === undefined) return undefined;
      const last = monthNumber(year, spec.month);
      return periodOfMonths(last - spec.months + 1, last);
    }
    case 'window':
      return base && periodOfMonths(base.last - spec.months + 1, base.last);
    case 'fiscal': {
      if (spec.named === 'label' && !(reporter && FISCAL_YEARS[reporter])) return undefined;
      const startYear = spec.named === 'start' || !fy.labelIsEnd ? spec.year : spec.year - 1;
      const first = monthNumber(startYear, fy.start);
      return periodOfMonths(first, first + MONTHS_IN_YEAR - 1);
    }
    case 'lastFiscal': {
      if (!page?.month) return undefined;
      // The latest fiscal year that ended before the page's month.
      const pageMonth = monthNumber(page.year, page.month);
      let end = monthNumber(page.year, fy.start) - 1;
      while (end >= pageMonth) end -= MONTHS_IN_YEAR;
      return periodOfMonths(end - MONTHS_IN_YEAR + 1, end);
    }
    case 'relative': {
      if (!page) return undefined;
      // "This year" is not over: what it has so far is a span up to a month the page does not say.
      if (spec.unit === 'year') return spec.offset < 0 ? resolvePeriod({ t: 'year', year: page.year + spec.offset }, page, reporter) : undefined;
      if (!page.month) return undefined;
      const now = monthNumber(page.year, page.month);
      if (spec.unit === 'month') return periodOfMonths(now + spec.offset, now + spec.offset);
      const quarterStart = now - ((page.month - 1) % MONTHS_IN_QUARTER) + spec.offset * MONTHS_IN_QUARTER;
      return periodOfMonths(quarterStart, quarterStart + MONTHS_IN_QUARTER - 1);
    }
    case 'shift':
      return base && periodOfMonths(base.first + spec.months, base.last + spec.months);
    case 'same':
      return base;
    case 'unknown':
      return undefined;
  }
}

/** The latest full calendar year before the page's date: what "the deficit" means when no period is written. */
export function lastFullYear(page: PageDate | undefined): Period | undefined {
  return page && resolvePeriod({ t: 'year', year: page.year - 1 }, page, undefined);
}
