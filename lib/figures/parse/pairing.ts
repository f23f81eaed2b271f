// Pairing: after the amount X read at an anchor, a partner Y may make one range ("$10 to $20
// billion", "5-10%", "$50-60 billion") or a change, two figures ("from 10 to 25 percent",
// "rose 1.2 billion dlrs to 7.3 billion dlrs"). Decides what is emitted at the anchor and where
// the scan resumes; an amount with a scale but no currency is left pending for elided.ts.

import type { FigureSpan } from '../../types';
import { isAsciiLetter, isDigit, isLetter, isSpace } from '../char-classes';
import * as codes from '../char-codes';
import type { Candidate } from '../elided';
import { SPELLED_RE } from '../numbers';
import { wordsBefore } from '../words-before';
import { readAmount } from './amount';
import { AND_OR_RE, CHANGE_WORDS, CONNECTOR_RE, ELIDED_NEXT_PUNCT, ELIDED_NEXT_WORDS, RANGE_FROM_WORDS } from './lexicon';
import { type Amount, type Scanner, valueOf } from './scanner';

const { CH_DOT } = codes;

/** Finds a numeral start within a few characters after a range connector, for the range's high end. */
export function numeralAfter(t: string, c: number): number {
  const limit = Math.min(t.length, c + 8);
  for (let i = c; i < limit; i++) {
    const ch = t.charCodeAt(i);
    if (isDigit(ch)) return i;
    if (ch === CH_DOT && i + 1 < t.length && isDigit(t.charCodeAt(i + 1))) return i;
    if (i === c && isAsciiLetter(ch)) {
      SPELLED_RE.lastIndex = i;
      if (SPELLED_RE.test(t)) return i;
    }
  }
  return -1;
}

function toSpan(text: string, lo: Amount, hi: Amount | null): FigureSpan {
  const start = lo.start;
  const end = (hi ?? lo).end;
  const unit = hi ?? lo;
  const span: FigureSpan = {
    start,
    end,
    text: text.slice(start, end),
    kind: unit.kind ?? 'money',
    value: valueOf(lo),
    currency: unit.kind === 'percent' ? null : unit.currency,
  };
  if (hi) span.high = valueOf(hi);
  if (unit.kind === 'percent' && unit.points) span.points = true;
  return span;
}

/**
 * Given the amount X read at an anchor, looks for a range partner Y ("X to Y", "X-Y") and decides
 * what to emit. Returns null when nothing is a figure here.
 */
export function decide(sc: Scanner, text: string, x: Amount): { cand: Candidate; resume: number } | null {
  // Try a range partner.
  CONNECTOR_RE.lastIndex = x.end;
  const conn = CONNECTOR_RE.exec(text);
  if (conn && !x.article) {
    const cEnd = x.end + conn[0].length;
    const yn = numeralAfter(text, cEnd);
    const y = yn >= 0 ? readAmount(sc, yn, cEnd, true) : null;
    if (y && y.start === cEnd && !y.article) {
      const r = combine(sc, text, x, y, conn[0]);
      if (r) return r;
    }
  } else if (x.kind === 'money' && x.prefixed && !x.hasScale) {
    // "$50 and $200 billion", "between $40 and $50 billion": the scale is shared.
    AND_OR_RE.lastIndex = x.end;
    const ao = AND_OR_RE.exec(text);
    if (ao) {
      const cEnd = x.end + ao[0].length;
      const yn = numeralAfter(text, cEnd);
      const y = yn >= 0 ? readAmount(sc, yn, cEnd) : null;
      if (y && y.start === cEnd && y.kind === 'money' && y.prefixed && y.hasScale && y.currency === x.currency && x.raw < y.raw) {
        return single(text, inherit(x, y));
      }
    }
  }
  return single(text, x);
}

/** X alone. */
function single(text: string, x: Amount): { cand: Candidate; resume: number } | null {
  if (x.kind) {
    return {
      cand: { span: toSpan(text, x, null), pending: false, lender: x.kind === 'money' && (x.hasScale || x.prefixed) },
      resume: x.end,
    };
  }
  if (x.hasScale && !x.article) {
    const pending = elidedContextOk(text, x.end);
    return { cand: { span: toSpan(text, x, null), pending, lender: false, blocker: !pending }, resume: x.end };
  }
  return null;
}

function elidedContextOk(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 3 && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (ELIDED_NEXT_PUNCT.has(c)) return true;
  if (i === end || !isAsciiLetter(c)) return false;
  let j = i;
  while (j < text.length && j - i < 12 && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j < text.length && isLetter(text.charCodeAt(j))) return false;
  return ELIDED_NEXT_WORDS.has(text.slice(i, j).toLowerCase());
}

/** Decides a pair "X conn Y": one range figure, X alone, or nothing here (Y is read on its own later). */
function combine(sc: Scanner, text: string, x: Amount, y: Amount, conn: string): { cand: Candidate; resume: number } | null {
  const xBare = !x.kind && !x.hasScale;
  const xPartial = !x.kind && x.hasScale;
  const yPartial = !y.kind && y.hasScale;
  // Nothing here can make a range ("2020-08-01", "3-5 years"): skip the look at the words before.
  if (!y.kind && !y.hasScale && !(x.kind === 'money' && x.prefixed)) return null;
  if (!x.kind && !x.hasScale && !y.kind) return null;

  const hyphen = !/to/i.test(conn);
  const [w1, w2] = hyphen ? ['', ''] : wordsBefore(text, x.start, 2);
  const fromChange = !hyphen && w1 === 'from' && !RANGE_FROM_WORDS.has(w2);

  let lo: Amount | null = null;
  let hi: Amount | null = null;

  if (x.kind && y.kind) {
    if (x.kind !== y.kind || x.currency !== y.currency || x.sub !== y.sub) return null;
    if (x.kind === 'percent' && x.points !== y.points) return null;
    if (fromChange) return null;
    if (!hyphen && CHANGE_WORDS.has(w1)) return null;
    lo = inherit(x, y);
    hi = y;
  } else if (xBare && y.kind) {
    if (fromChange) return null; // "from 10 to 25 percent": only "25 percent" is a figure
    if (x.yearLike && y.kind === 'money' && !y.hasScale) return null;
    lo = inherit({ ...x, kind: y.kind, currency: y.currency, points: y.points }, y);
    hi = y;
  } else if (x.kind === 'money' && x.prefixed && !x.hasScale && (yPartial || (!y.kind && !y.hasScale))) {
    // "$50-60 billion", "$50 to 60 billion", "$10-12 a share"
    if (fromChange) return null;
    const y2: Amount = { ...y, kind: 'money', currency: x.currency };
    lo = inherit(x, y2);
    hi = y2;
  } else if (x.kind && yPartial && x.hasScale) {
    // "$30 billion to 45 billion"
    if (x.kind !== 'money' || fromChange || (!hyphen && CHANGE_WORDS.has(w1))) return null;
    lo = x;
    hi = { ...y, kind: 'money', currency: x.currency };
  } else if ((xBare || xPartial) && yPartial) {
    // "7 to 8 billion", "10 billion-12 billion": an elided-currency range
    if (fromChange) return null;
    lo = inherit(x, y);
    hi = y;
  } else if (xPartial && y.kind === 'money') {
    // "10 billion to 15 billion dlrs"
    if (fromChange || (!hyphen && CHANGE_WORDS.has(w1))) return null;
    lo = { ...x, kind: 'money', currency: y.currency };
    hi = y;
  } else {
    return null;
  }

  const lv = valueOf(lo);
  const hv = valueOf(hi);
  if (!(lv < hv)) return null;
  const span = toSpan(text, lo, hi);
  if (!hi.kind) {
    const pending = elidedContextOk(text, hi.end);
    return { cand: { span, pending, lender: false, blocker: !pending }, resume: hi.end };
  }
  return {
    cand: { span, pending: false, lender: hi.kind === 'money' && (hi.hasScale || x.prefixed) },
    resume: hi.end,
  };
}

/** X takes the scale and sub-unit of Y when it has none of its own ("$50-60 billion", "5 to 10 cents"). */
function inherit(x: Amount, y: Amount): Amount {
  if (x.hasScale) return x;
  return { ...x, exp: y.exp, sub: y.sub, hasScale: y.hasScale };
}
