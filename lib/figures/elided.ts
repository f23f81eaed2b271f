// Elided currencies: "rose to 5.20 billion stg from 4.85 billion". An amount with a scale word
// but no currency of its own is money when a parallel amount nearby gives the currency: the
// nearest explicit amount of the same sentence (before, then after), else an earlier sentence of
// the same paragraph. A nearer scaled amount of something else ("1.9 mln bpd") blocks the loan.

import type { FigureSpan } from '../types';
import { isDigit, isSpace } from './char-classes';
import * as codes from './char-codes';
import { wordsBefore } from './words-before';

const {
  CH_A,
  CH_APOSTROPHE,
  CH_CR,
  CH_DOT,
  CH_EXCLAMATION,
  CH_LDQUO,
  CH_LF,
  CH_LPAREN,
  CH_LSQUO,
  CH_PERCENT,
  CH_QUESTION,
  CH_QUOTE,
  CH_RDQUO,
  CH_RPAREN,
  CH_RSQUO,
  CH_Z,
  CH_a,
  CH_z,
} = codes;

/** A figure as the scanner found it, before elided currencies are resolved. */
export interface Candidate {
  span: FigureSpan;
  /** Money without a currency of its own: resolved later from a parallel amount, or dropped. */
  pending: boolean;
  /** Explicit money with a scale word: may lend its currency to an elided amount. */
  lender: boolean;
  /**
   * A scaled amount of something else ("1.9 mln bpd", "168 million people"): not a figure, but
   * when it is the nearest parallel amount, an elided amount next to it is not money either.
   */
  blocker?: boolean;
}

/** How far (in characters, within one paragraph) a parallel amount may be to lend its currency. */
const PASSAGE = 600;

export function resolveElided(text: string, cands: Candidate[]): FigureSpan[] {
  if (!cands.some((c) => c.pending)) return cands.filter((c) => !c.blocker).map((c) => c.span);
  const lenders = cands.filter((c) => c.lender || c.blocker);
  const out: FigureSpan[] = [];
  let li = 0; // first lender starting at or after the current candidate
  for (const c of cands) {
    if (c.blocker) continue;
    if (!c.pending) {
      out.push(c.span);
      continue;
    }
    while (li < lenders.length && lenders[li].span.start < c.span.start) li++;
    const prev = li > 0 ? lenders[li - 1].span : null;
    const next = li < lenders.length ? lenders[li].span : null;
    const before = prev ? gap(text, prev.end, c.span.start) : GAP_FAR;
    const after = next ? gap(text, c.span.end, next.start) : GAP_FAR;
    let lender: FigureSpan | null = null;
    // Same sentence first (before, then after); then an earlier sentence of the paragraph.
    if (before === GAP_SENTENCE) lender = prev;
    else if (after === GAP_SENTENCE) lender = next;
    else if (before === GAP_PARAGRAPH) lender = prev;
    if (!lender || lender.kind !== 'money' || lender.currency === null) continue;
    if (countContext(text, c.span.start)) continue; // "a population of 168 million"

    const span = c.span;
    span.kind = 'money';
    span.currency = lender.currency;
    span.currencyInferred = true;
    out.push(span);
  }
  return out;
}

/** Nouns that make a scaled number before or after them a count, not money. */
const COUNT_WORDS = new Set([
  'population',
  'populations',
  'people',
  'persons',
  'inhabitants',
  'residents',
  'citizens',
  'consumers',
  'workers',
  'employees',
  'users',
  'subscribers',
  'voters',
  'members',
  'farmers',
  'households',
  'jobs',
  'visitors',
  'tourists',
  'migrants',
  'refugees',
  'viewers',
  'readers',
  'customers',
  'students',
]);
const COUNT_LINKS = new Set(['of', 'about', 'some', 'nearly', 'almost', 'around', 'roughly', 'over', 'than', 'just']);

/** "population of (about) 168 million", "workers, some 2 million": a count before the number. */
function countContext(text: string, pos: number): boolean {
  const [w1, w2, w3] = wordsBefore(text, pos, 3);
  if (COUNT_WORDS.has(w1)) return true;
  if (COUNT_LINKS.has(w1) && COUNT_WORDS.has(w2)) return true;
  return COUNT_LINKS.has(w1) && COUNT_LINKS.has(w2) && COUNT_WORDS.has(w3);
}

const GAP_SENTENCE = 0;
const GAP_PARAGRAPH = 1;
const GAP_FAR = 2;

/**
 * What lies between two figures: nothing that ends a sentence, a sentence end within the same
 * paragraph, or a line break (or more than PASSAGE characters). A sentence ends at ".", "!" or "?"
 * after a lower-case letter, digit or closing mark, followed by space and a capital or digit:
 * "U.S. Goods" (a capital before the dot) does not end one.
 */
function gap(text: string, a: number, b: number): number {
  if (b - a > PASSAGE) return GAP_FAR;
  let result = GAP_SENTENCE;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === CH_LF) return GAP_FAR;
    if ((c === CH_DOT || c === CH_EXCLAMATION || c === CH_QUESTION) && result === GAP_SENTENCE && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (!(
        (p >= CH_a && p <= CH_z) ||
        isDigit(p) ||
        p === CH_PERCENT ||
        p === CH_RPAREN ||
        p === CH_QUOTE ||
        p === CH_APOSTROPHE ||
        p === CH_RDQUO ||
        p === CH_RSQUO
      ))
        continue;
      let j = i + 1;
      while (
        j < b &&
        (text.charCodeAt(j) === CH_QUOTE ||
          text.charCodeAt(j) === CH_APOSTROPHE ||
          text.charCodeAt(j) === CH_RPAREN ||
          text.charCodeAt(j) === CH_RDQUO ||
          text.charCodeAt(j) === CH_RSQUO)
      )
        j++;
      const sp = j;
      while (j < b && (isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === CH_CR)) j++;
      if (j === sp) continue;
      while (
        j < b &&
        (text.charCodeAt(j) === CH_QUOTE || text.charCodeAt(j) === CH_LPAREN || text.charCodeAt(j) === CH_LDQUO || text.charCodeAt(j) === CH_LSQUO)
      )
        j++;
      const d = j < text.length ? text.charCodeAt(j) : 0;
      if ((d >= CH_A && d <= CH_Z) || isDigit(d)) result = GAP_PARAGRAPH;
    }
  }
  return result;
}
