// The money and percent figure parser: text in, FigureSpan[] out.
//
// The rules are those of the corpus labelling guide (corpus/LABELING.md): a figure is an amount
// with a currency ("$375 billion", "58.6 billion dlrs", "one Taiwan cent", "139.10/20 yen") or a
// percent word ("25%", "SIX PCT", "0.5 percentage points"); a range is one figure with `high`;
// "from X to Y" is a change, two figures; an amount with a scale word but no currency of its own
// ("rose to 5.20 billion stg from 4.85 billion") takes the currency of a parallel amount nearby.
//
// Speed (this runs on every page a reader opens): one left-to-right pass over two cheap streams,
// digit runs and the few words a spelled-out numeral needs after it, both found by regexes the
// engine can scan quickly (a digit class; literal fragments it can skip through). At each anchor
// a bounded window is read by hand or by sticky regexes made of bounded pieces, with no nested
// unbounded quantifiers, so no input can make them backtrack catastrophically; a bare number
// ("in 2018") is rejected after a look at one word on each side, before anything is allocated.
// The scan resumes past what it read, so the whole pass is linear in the text. Elided-currency
// candidates are then resolved against the amounts of the same paragraph (elided.ts).
//
// This file is the pass and its anchors. The amount read at an anchor: amount.ts (numeral.ts, the
// numeral and the cheap looks that reject a bare one; prefix.ts, a currency prefix and sign before
// it; unit.ts and token.ts, the unit after it), kept in a Scanner (scanner.ts); ranges and changes:
// pairing.ts; the words all of them read: lexicon.ts. Beside this folder: ../currencies.ts (the
// currency table), ../numbers.ts (spelled-out numerals, scale words), ../char-codes.ts and
// ../char-classes.ts (character codes and tests), ../elided.ts (elided currencies). ../classify
// judges trade relevance.

import type { FigureSpan } from '../../types';
import { findThroughInvisibles } from '../../text/invisible';
import { isAsciiLetter, isDigit, isHyphen, isLetter, isSpace } from '../char-classes';
import * as codes from '../char-codes';
import { type Candidate, resolveElided } from '../elided';
import { readAmount } from './amount';
import { KEYWORD_RE, KEYWORDS, RANGE_LEAD_RE, SPELLED_START_RE } from './lexicon';
import { decide } from './pairing';
import { lookBack } from './prefix';
import { Scanner } from './scanner';

const { ASCII_LOWER_BIT, CH_A, CH_COMMA, CH_DOT, CH_EN_DASH, CH_LF, CH_o, CH_PERCENT, CH_SPACE, CH_t, CH_Z } = codes;

/** Digit runs. A regex rather than a charCode loop: V8 scans for a class faster than JS can. */
const DIGITS_RE = /\d+/g;

/**
 * Finds every money amount and percentage in `text`, as the labelling guide defines them.
 * Spans are sorted by start, never overlap, and `text.slice(start, end) === span.text`.
 *
 * Invisible characters (soft hyphens, zero-width spaces: lib/text/invisible.ts) are read as if
 * they were not there; a span covers the original characters, invisible ones inside included.
 */
export function findFigures(text: string): FigureSpan[] {
  return findThroughInvisibles(text, findVisibleFigures);
}

function findVisibleFigures(text: string): FigureSpan[] {
  const out: Candidate[] = [];
  const sc = new Scanner(text);
  const keywords = new RegExp(KEYWORD_RE.source, KEYWORD_RE.flags);
  const digits = new RegExp(DIGITS_RE.source, DIGITS_RE.flags);
  let minStart = 0;
  let d = nextDigitRun(digits, text, 0);
  let k = nextKeyword(keywords, text, 0);

  while (d !== -1 || k !== null) {
    let res: { cand: Candidate; resume: number } | null;
    if (d !== -1 && (k === null || d <= k[0])) {
      res = digitAnchor(sc, text, d, minStart);
      if (!res) d = nextDigitRun(digits, text, skipNumber(text, d));
    } else {
      const [ks, ke] = k!;
      res = spelledBefore(sc, text, ks, ke, minStart);
      if (!res) k = nextKeyword(keywords, text, ke);
    }
    if (res) {
      out.push(res.cand);
      minStart = res.cand.span.end;
      if (d !== -1 && d < res.resume) d = nextDigitRun(digits, text, res.resume);
      if (k !== null && k[0] < res.resume) k = nextKeyword(keywords, text, res.resume);
    }
  }
  // A run of hundreds of digits overflows a double: no reader's figure, and no card could
  // say anything true about it, so it is not a figure at all.
  return resolveElided(text, out).filter((f) => Number.isFinite(f.value) && (f.high === undefined || Number.isFinite(f.high)));
}

/** The next whole word from KEYWORDS at or after `from`, as [start, end]. */
function nextKeyword(re: RegExp, text: string, from: number): [number, number] | null {
  re.lastIndex = from;
  // test() rather than exec(): no match array to allocate; the hit ends at lastIndex.
  while (re.test(text)) {
    let e = re.lastIndex;
    let s = e - 1;
    while (s > 0 && e - s < 12 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    while (e < text.length && e - s < 12 && isAsciiLetter(text.charCodeAt(e))) e++;
    if (KEYWORDS.has(text.slice(s, e).toLowerCase())) return [s, e];
    re.lastIndex = e;
  }
  return null;
}

/** Start of the next digit run at or after `from`, or -1. test() allocates nothing; the run ends at lastIndex. */
function nextDigitRun(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  if (!re.test(text)) return -1;
  let s = re.lastIndex - 1;
  while (s > from && isDigit(text.charCodeAt(s - 1))) s--;
  return s;
}

/** A figure whose numeral (in digits) starts at `n`, or null. */
function digitAnchor(sc: Scanner, text: string, n: number, minStart: number): { cand: Candidate; resume: number } | null {
  const prev = n > 0 ? text.charCodeAt(n - 1) : CH_SPACE;
  let numStart = n;
  // ".5 percent": the point belongs to the number.
  if (prev === CH_DOT && !(n > 1 && isDigit(text.charCodeAt(n - 2))) && n - 1 >= minStart) numStart = n - 1;
  // The tail of a number already read ("9,90" written the European way, "%E5%83" in a URL).
  if (prev === CH_PERCENT || ((prev === CH_COMMA || prev === CH_DOT) && n > 1 && isDigit(text.charCodeAt(n - 2)))) return null;
  // Digits inside a word ("G20", "F-16", "COVID-19") are not amounts, unless a currency code is glued on.
  if (isLetter(prev)) {
    // Only a short capitalised code can be glued on ("RMB100", "Rs500", "USD5bn").
    let j = n;
    while (j > 0 && n - j < 6 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
    const f = text.charCodeAt(j);
    if (n - j > 4 || f < CH_A || f > CH_Z || (j > 0 && isLetter(text.charCodeAt(j - 1)))) return null;
    if (lookBack(sc, n, minStart).currency === null) return null;
  }
  if (isHyphen(prev) && n > 1 && isLetter(text.charCodeAt(n - 2))) return null;
  // "one to 1.50 dlrs": a spelled-out low end before a range connector.
  if (
    (isHyphen(prev) ||
      prev === CH_EN_DASH ||
      (prev === CH_SPACE && n > 3 && (text.charCodeAt(n - 2) | ASCII_LOWER_BIT) === CH_o && (text.charCodeAt(n - 3) | ASCII_LOWER_BIT) === CH_t)) &&
    n - 2 > minStart
  ) {
    const lead = spelledBefore(sc, text, n, n + 1, minStart, true);
    if (lead) return lead;
  }
  const x = readAmount(sc, numStart, minStart);
  return x ? decide(sc, text, x) : null;
}

/**
 * Looks back from a keyword at `kwStart` (or, with `rangeLead`, from a numeral preceded by "to"/"-")
 * for a spelled-out numeral a few words earlier, and reads the figure that starts there; it must
 * reach past `mustReach`. Farthest candidates are tried first so that "twenty five" wins over "five".
 */
function spelledBefore(
  sc: Scanner,
  text: string,
  kwStart: number,
  mustReach: number,
  minStart: number,
  rangeLead = false,
): { cand: Candidate; resume: number } | null {
  const lo = Math.max(minStart, kwStart - 48);
  if (rangeLead && !RANGE_LEAD_RE.test(text.slice(Math.max(lo, kwStart - 6), kwStart))) return null;
  // Word starts between `lo` and the keyword, walking back over letters, spaces, hyphens and dots only.
  const starts: number[] = [];
  let i = kwStart;
  while (i > lo && starts.length < 7) {
    const c = text.charCodeAt(i - 1);
    if (isAsciiLetter(c)) {
      let j = i - 1;
      while (j > lo && isAsciiLetter(text.charCodeAt(j - 1))) j--;
      if (j > 0 && j === lo && isLetter(text.charCodeAt(j - 1))) break; // word cut by the window
      starts.push(j);
      i = j;
    } else if (isSpace(c) || isHyphen(c) || c === CH_DOT || c === CH_LF || (rangeLead && c === CH_EN_DASH)) {
      i--;
    } else break;
  }
  // Where a numeral's figure ended when tried for an earlier keyword: a later keyword cannot do better.
  if (sc.memoMin !== minStart) {
    sc.spelledMemo.clear();
    sc.memoMin = minStart;
  }
  for (let s = starts.length - 1; s >= 0; s--) {
    const w = starts[s];
    if (w > 0 && isLetter(text.charCodeAt(w - 1))) continue;
    const reached = sc.spelledMemo.get(w);
    if (reached !== undefined && reached < mustReach) continue;
    SPELLED_START_RE.lastIndex = w;
    if (!SPELLED_START_RE.test(text)) continue;
    const x = readAmount(sc, w, minStart);
    const res = x ? decide(sc, text, x) : null;
    if (res && res.cand.span.end >= mustReach && !res.cand.blocker) return res;
    sc.spelledMemo.set(w, res && !res.cand.blocker ? res.cand.span.end : -1);
  }
  return null;
}

/** Past the digits, separators and decimals of a number starting at `n`. */
function skipNumber(text: string, n: number): number {
  let i = n;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) i++;
    else if ((c === CH_COMMA || c === CH_DOT) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}
