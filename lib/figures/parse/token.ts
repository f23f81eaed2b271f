// The word after a number, read by hand: what units, scales and currency words are looked up by.

import { isAsciiLetter, isHyphen, isLetter, isSpace } from '../char-classes';
import * as codes from '../char-codes';
import { DOTTED_FORMS, FIRST_WORDS } from './lexicon';

const { CH_CR, CH_DOT, CH_LF } = codes;

export interface Tok {
  start: number;
  end: number;
  lower: string;
  glued: boolean;
}

/** The lower-cased word (letters and dots) at `i`, without a trailing dot unless it is part of a known form. */
export function wordAt(t: string, i: number): string {
  let j = i;
  while (j < t.length && j - i < 16) {
    const c = t.charCodeAt(j);
    if (isAsciiLetter(c) || c === CH_DOT) j++;
    else break;
  }
  let w = t.slice(i, j).toLowerCase();
  if (w.endsWith('.') && !FIRST_WORDS.has(w)) w = w.slice(0, -1);
  return w;
}

/**
 * The word after a separator at `p` (up to two spaces; or a hyphen or one line break, with up
 * to two spaces around), lower-cased; `glued` when there is no separator ("5bn", "25pct").
 * Trailing dots belong to the sentence unless the form needs them ("U.S.").
 */
export function peek(t: string, p: number): Tok | null {
  const L = t.length;
  let i = p;
  let c = t.charCodeAt(i);
  let sp = 0;
  while (sp < 2 && isSpace(c)) {
    c = t.charCodeAt(++i);
    sp++;
  }
  let brk = false;
  if (isHyphen(c)) {
    c = t.charCodeAt(++i);
    brk = true;
  } else if (c === CH_CR || c === CH_LF) {
    if (c === CH_CR) c = t.charCodeAt(++i);
    if (c === CH_LF) c = t.charCodeAt(++i);
    brk = true;
  }
  if (brk) {
    sp = 0;
    while (sp < 2 && isSpace(c)) {
      c = t.charCodeAt(++i);
      sp++;
    }
  }
  if (i >= L || !isAsciiLetter(c)) return null;
  let j = i;
  while (j < L && j - i < 20) {
    const d = t.charCodeAt(j);
    if (isAsciiLetter(d) || d === CH_DOT) j++;
    else break;
  }
  if (j < L && isLetter(t.charCodeAt(j))) return null; // a word in another script glued on
  let lower = t.slice(i, j).toLowerCase();
  while (lower.endsWith('.') && !DOTTED_FORMS.has(lower)) {
    lower = lower.slice(0, -1);
    j--;
  }
  return { start: i, end: j, lower, glued: i === p };
}
