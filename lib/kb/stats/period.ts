// Periods of trade statistics, written as the labelled corpus writes them (LABELING.md): a year
// "2024", a month "2025-03", a quarter "2025-Q2", a half "2025-H1", or a span of months
// "2025-01..2025-05" (fiscal years are spans: "2024-04..2025-03"). Pure: no data, no DOM.

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'span';

/** A period as a run of whole months. Month numbers are year × 12 + (month − 1). */
export interface Period {
  kind: PeriodKind;
  /** The canonical spelling: the most specific name for the months covered ("2025-01..2025-03" is "2025-Q1"). */
  text: string;
  /** First and last month covered, inclusive. */
  first: number;
  last: number;
}

const MONTHS_IN_YEAR = 12;

export const monthNumber = (year: number, month: number): number => year * MONTHS_IN_YEAR + month - 1;
export const yearOfMonth = (m: number): number => Math.floor(m / MONTHS_IN_YEAR);
/** 1-12. */
export const monthOfYear = (m: number): number => (m % MONTHS_IN_YEAR) + 1;
export const formatMonth = (m: number): string => `${yearOfMonth(m)}-${String(monthOfYear(m)).padStart(2, '0')}`;

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{1,2})$/;
const QUARTER = /^(\d{4})-?Q([1-4])$/i;
const HALF = /^(\d{4})-?H([12])$/i;
const SPAN = /^(\d{4}-\d{1,2})\s*\.\.\s*(\d{4}-\d{1,2})$/;

/** Years outside this window are typing mistakes, not periods of trade statistics. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function month(text: string): number | undefined {
  const m = MONTH.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > MONTHS_IN_YEAR) return undefined;
  return monthNumber(y, mo);
}

/** The period made of months first..last, under its most specific name. */
export function periodOfMonths(first: number, last: number): Period {
  const y = yearOfMonth(first);
  const m0 = monthOfYear(first);
  const count = last - first + 1;
  const sameYear = yearOfMonth(last) === y;
  if (count === 1) return { kind: 'month', text: formatMonth(first), first, last };
  if (sameYear && count === 12) return { kind: 'year', text: String(y), first, last };
  if (sameYear && count === 6 && (m0 === 1 || m0 === 7)) return { kind: 'half', text: `${y}-H${m0 === 1 ? 1 : 2}`, first, last };
  if (sameYear && count === 3 && (m0 - 1) % 3 === 0) return { kind: 'quarter', text: `${y}-Q${(m0 - 1) / 3 + 1}`, first, last };
  return { kind: 'span', text: `${formatMonth(first)}..${formatMonth(last)}`, first, last };
}

/** Reads a period; undefined when the text is not one (or a span runs backwards). */
export function parsePeriod(input: string): Period | undefined {
  const text = input.trim();
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) {
    const y = Number(m[1]);
    if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
    return periodOfMonths(monthNumber(y, 1), monthNumber(y, 12));
  }
  if ((m = QUARTER.exec(text))) {
    const first = month(`${m[1]}-${(Number(m[2]) - 1) * 3 + 1}`);
    return first === undefined ? undefined : periodOfMonths(first, first + 2);
  }
  if ((m = HALF.exec(text))) {
    const first = month(`${m[1]}-${m[2] === '1' ? 1 : 7}`);
    return first === undefined ? undefined : periodOfMonths(first, first + 5);
  }
  if ((m = SPAN.exec(text))) {
    const first = month(m[1]);
    const last = month(m[2]);
    if (first === undefined || last === undefined || last < first) return undefined;
    return periodOfMonths(first, last);
  }
  const single = month(text);
  return single === undefined ? undefined : periodOfMonths(single, single);
}

/** The canonical spelling of a period, or undefined when the text is not one. */
export function normalisePeriod(input: string): string | undefined {
  return parsePeriod(input)?.text;
}

/** The number of months a period covers. */
export const monthCount = (p: Period): number => p.last - p.first + 1;
