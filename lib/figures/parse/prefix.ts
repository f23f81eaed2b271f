// What stands before a numeral: a currency prefix ("$", "US$", "HK$", "DM", "Rs.", "$A") and a
// sign ("-0.4 percent", "−$2 billion"), read backwards from the numeral.

import { CODES, DOLLAR_PREFIXES, GLUED_CODES, OTHER_SIGN_PREFIXES, SIGNS, SPACED_DOLLAR_PREFIXES } from '../currencies';
import { isAsciiLetter, isDigit, isLetter, isSignChar, isSpace } from '../char-classes';
import * as codes from '../char-codes';
import { SIGN_CHARS, SIGN_CODES } from './lexicon';
import type { Scanner } from './scanner';

const { CH_A, CH_COMMA, CH_DOLLAR, CH_DOT, CH_HYPHEN, CH_MINUS, CH_SLASH, CH_SPACE, CH_Z } = codes;

/**
 * Looks back from a numeral at `n` for a currency prefix and a sign, never before `min`.
 * Returns the start of the amount and the prefix currency, if any.
 */
export function lookBack(sc: Scanner, n: number, min: number): { start: number; currency: string | null } {
  const t = sc.text;
  let k = n;
  while (k > min && n - k < 2 && isSpace(t.charCodeAt(k - 1))) k--;
  let start = n;
  let currency: string | null = null;
  if (k > min) {
    const ch = t[k - 1];
    if (SIGN_CHARS.has(ch)) {
      start = k - 1;
      currency = SIGNS[ch];
      if (ch === '¥' || ch === '￥') currency = sc.yenSignIsYuan() ? 'CNY' : 'JPY';
      // Letters glued before the sign: "US$", "HK$", "C$", "U.S.$", "RMB¥".
      let j = start;
      while (j > min && start - j < 5 && (isAsciiLetter(t.charCodeAt(j - 1)) || t.charCodeAt(j - 1) === CH_DOT)) j--;
      let glued = false;
      for (let i = j; i < start; i++) {
        if (i > 0 && i > min && (isLetter(t.charCodeAt(i - 1)) || isDigit(t.charCodeAt(i - 1)))) continue;
        const letters = t.slice(i, start);
        const code = ch === '$' || ch === '＄' ? DOLLAR_PREFIXES[letters] : OTHER_SIGN_PREFIXES[letters + ch];
        if (code) {
          start = i;
          currency = code;
          glued = true;
          break;
        }
      }
      // Letters one space before "$": "US $150 million", tokenised "c $ 16.4 million".
      if (!glued && (ch === '$' || ch === '＄') && start - 1 > min && isSpace(t.charCodeAt(start - 1))) {
        const e = start - 1;
        let j2 = e;
        while (j2 > min && e - j2 < 4 && (isAsciiLetter(t.charCodeAt(j2 - 1)) || t.charCodeAt(j2 - 1) === CH_DOT)) j2--;
        if (j2 < e && (j2 === 0 || j2 === min || !isLetter(t.charCodeAt(j2 - 1)))) {
          const code = SPACED_DOLLAR_PREFIXES[t.slice(j2, e).toLowerCase()];
          if (code) {
            start = j2;
            currency = code;
          }
        }
      }
    } else if (isAsciiLetter(t.charCodeAt(k - 1)) || t.charCodeAt(k - 1) === CH_DOT) {
      // A code before the number: "USD 5 billion", "DM 300", "Rs. 500", "RMB100".
      let j = k;
      while (j > min && k - j < 5 && (isAsciiLetter(t.charCodeAt(j - 1)) || t.charCodeAt(j - 1) === CH_DOT)) j--;
      for (let i = j; i < k; i++) {
        if (i > 0 && i > min && isLetter(t.charCodeAt(i - 1))) continue;
        if (t.charCodeAt(i) === CH_DOT) continue;
        const word = t.slice(i, k);
        // "$US50 billion", "$A3 billion" (the Australian way of writing it)
        const dollarFirst = i > min && t.charCodeAt(i - 1) === CH_DOLLAR ? DOLLAR_PREFIXES[word] : undefined;
        if (dollarFirst && k === n) {
          start = i - 1;
          currency = dollarFirst;
          break;
        }
        const code = CODES[word];
        if (code && (k < n || GLUED_CODES.has(word))) {
          start = i;
          currency = code;
          break;
        }
      }
    }
  }
  // A sign written directly before the amount: "-0.4 percent", "+1.25%", "−$2 billion".
  // The word "minus" is left out on purpose: "allocations minus 15 pct" is arithmetic, not a sign.
  start = signStart(t, start, min);
  return { start, currency };
}
/** Cheap test: could a sign or currency prefix stand right before the numeral at `n`? */
export function couldBePrefixed(t: string, n: number, min: number): boolean {
  let k = n;
  while (k > min && n - k < 2 && isSpace(t.charCodeAt(k - 1))) k--;
  if (k <= min) return false;
  const c = t.charCodeAt(k - 1);
  if (isSignChar(c) || c === CH_DOT || SIGN_CODES.has(c)) return true;
  if (!isAsciiLetter(c)) return false;
  // A code ends here only if its word starts with a capital ("USD", "DM", "Rs", "SFr").
  let j = k;
  while (j > min && k - j < 5 && isAsciiLetter(t.charCodeAt(j - 1))) j--;
  const f = t.charCodeAt(j);
  return f >= CH_A && f <= CH_Z;
}
/** Start of a sign written directly before `n` ("-0.4 percent", "+1.25%", "−0.3%"), or `n`. */
export function signStart(t: string, n: number, min: number): number {
  if (n <= min || !isSignChar(t.charCodeAt(n - 1))) return n;
  const before = n - 2 >= 0 ? t.charCodeAt(n - 2) : CH_SPACE;
  if (n - 1 === 0 || !(isLetter(before) || isDigit(before) || before === CH_DOT || before === CH_COMMA || isSignChar(before) || before === CH_SLASH)) {
    return n - 1;
  }
  return n;
}
/** The sign of an amount starting at `start` whose numeral starts at `numStart`. */
export function signOf(t: string, start: number, numStart: number): number {
  if (start >= numStart) return 1;
  const c = t.charCodeAt(start);
  return c === CH_HYPHEN || c === CH_MINUS ? -1 : 1;
}
