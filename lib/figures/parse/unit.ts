// What follows a numeral and makes it a figure: a percent ("%", "per cent", "percentage points"),
// a currency word ("dlrs", "U.S. Dlrs", "D-marks"), and the cents after whole dollars.

import { ADJECTIVES, CURRENCY_WORDS, type CurrencyWord } from '../currencies';
import { isAsciiLetter, isDigit, isHyphen, isLetter, isSpace } from '../char-classes';
import * as codes from '../char-codes';
import { SPELLED_RE, spelledValue } from '../numbers';
import { ADJ_BY_FIRST, AND_CENTS_RE, UNIT_FIRST_WORDS } from './lexicon';
import type { Amount } from './scanner';
import { peek, type Tok } from './token';

const { CH_FULLWIDTH_PERCENT, CH_PERCENT } = codes;

/** A percent unit at `p`: "%", "percent", "per cent", "pct", "percentage point(s)". */
export function readPercent(t: string, p: number, tok: Tok | null): { end: number; points: boolean } | null {
  let end = -1;
  let q = p;
  if (isSpace(t.charCodeAt(q))) q++;
  const c = t.charCodeAt(q);
  if (c === CH_PERCENT || c === CH_FULLWIDTH_PERCENT) {
    const d = t.charCodeAt(q + 1);
    if (!(isAsciiLetter(d) || isDigit(d))) end = q + 1; // "%E5" is URL encoding, not a percent
  } else {
    if (!tok) return null;
    const w = tok.lower;
    if (w === 'percent' || w === 'percents' || w === 'percentage' || w === 'pct') end = tok.end;
    else if (w === 'pc') {
      if (tok.glued && t.slice(tok.start, tok.end) === 'pc') end = tok.end; // "25pc", UK style
    } else if (w === 'per') {
      const t2 = peek(t, tok.end);
      if (t2 && t2.lower === 'cent' && t2.start - tok.end <= 1) end = t2.end;
    }
  }
  if (end < 0) return null;
  const pt = peek(t, end);
  if (pt && (pt.lower === 'point' || pt.lower === 'points' || pt.lower === 'pts') && !pt.glued) {
    return { end: pt.end, points: true };
  }
  return { end, points: false };
}
/** A currency word at `p`, optionally led by a country adjective. */
export function readCurrencyWord(t: string, tok: Tok | null): { end: number; info: CurrencyWord; country: string | null; word: string } | null {
  if (!tok) return null;
  // "D-mark(s)"
  if (tok.lower === 'd' && isHyphen(t.charCodeAt(tok.end))) {
    const w2 = peek(t, tok.end);
    if (w2 && (w2.lower === 'mark' || w2.lower === 'marks')) {
      return { end: w2.end, info: CURRENCY_WORDS.marks, country: 'DE', word: w2.lower };
    }
    return null;
  }
  // A country adjective, when a currency word follows it ("U.S. Dlrs", "euro cents", "Hong Kong cent").
  const adjs = ADJ_BY_FIRST.get(tok.lower);
  if (adjs) {
    for (const adj of adjs) {
      const e = tok.start + adj.length;
      if (adj.length !== tok.end - tok.start) {
        if (t.slice(tok.start, e).toLowerCase() !== adj || isAsciiLetter(t.charCodeAt(e))) continue;
      }
      const w2 = peek(t, e);
      const info = w2 && !w2.glued ? CURRENCY_WORDS[w2.lower] : undefined;
      if (w2 && info) return { end: w2.end, info, country: ADJECTIVES[adj], word: w2.lower };
    }
  }
  const info = CURRENCY_WORDS[tok.lower];
  return info ? { end: tok.end, info, country: null, word: tok.lower } : null;
}
/** "3 dollars 50 cents": extends a whole-dollar amount by the cents that follow. */
export function afterDollars(t: string, a: Amount): void {
  if (a.hasScale || a.sub || !Number.isInteger(a.raw)) return;
  AND_CENTS_RE.lastIndex = a.end;
  const m = AND_CENTS_RE.exec(t);
  if (!m) return;
  let cents: number;
  if (/^\d+$/.test(m[1])) cents = +m[1];
  else {
    SPELLED_RE.lastIndex = 0;
    const sm = SPELLED_RE.exec(m[1]);
    if (!sm || sm[1].length !== m[1].length) return;
    cents = spelledValue(m[1]);
  }
  if (cents <= 0 || cents >= 100) return;
  a.raw = a.raw + (Math.sign(a.raw || 1) * cents) / 100;
  a.end += m[0].length;
}
export function letterAt(t: string, p: number): boolean {
  return p < t.length && isLetter(t.charCodeAt(p));
}
export function matches(t: string, re: RegExp, at: number): boolean {
  re.lastIndex = at;
  return re.test(t);
}
/** Whether a percent, scale or currency word follows `p` (used to accept "7-5/8" as a fraction). */
export function unitFollows(t: string, p: number): boolean {
  const c = t.charCodeAt(isSpace(t.charCodeAt(p)) ? p + 1 : p);
  if (c === CH_PERCENT || c === CH_FULLWIDTH_PERCENT) return true;
  const tok = peek(t, p);
  return !!tok && UNIT_FIRST_WORDS.has(tok.lower);
}
