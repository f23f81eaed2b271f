// Reading a numeral: digits with separators, decimals, fractions and bid/offer quotes, or a
// spelled-out numeral; and the cheap looks on each side that reject a bare number ("in 2018",
// "12 months") before anything is allocated.

import { isAsciiLetter, isDigit, isHyphen, isSpace } from '../char-classes';
import * as codes from '../char-codes';
import { FRACTION_DENOMINATORS, SPELLED_RE, spelledValue } from '../numbers';
import { AND_A_HALF_RE, HALF_A_RE, MIXED_FRACTION_RE, SLASH_RE, SPELLED_START_RE, SUFFIX_CODES, SUFFIX_SIGN_CODES, UNIT_FIRST_WORDS } from './lexicon';
import { couldBePrefixed } from './prefix';
import type { Scanner } from './scanner';
import { wordAt } from './token';
import { unitFollows } from './unit';

const {
  ASCII_LOWER_BIT,
  CH_A,
  CH_a,
  CH_COMMA,
  CH_CR,
  CH_DOT,
  CH_EN_DASH,
  CH_FULLWIDTH_PERCENT,
  CH_LF,
  CH_NARROW_NBSP,
  CH_NBSP,
  CH_PERCENT,
  CH_SLASH,
  CH_SPACE,
  CH_THIN_SPACE,
  CH_Z,
} = codes;

/**
 * Reads the numeral at `n` into `sc.num`: digits with separators, decimals, a fraction or a
 * bid/offer quote, or a spelled-out numeral; then "and a half". Returns false when there is no
 * numeral, or (unless `allowBare`) when nothing around it can make it a figure.
 */
export function readNumeral(sc: Scanner, n: number, min: number, allowBare: boolean): boolean {
  const t = sc.text;
  const L = t.length;
  const c0 = t.charCodeAt(n);
  let raw = 0;
  let p: number;
  let isInt = true;
  let plainInt = false;
  let article = false;
  let spelled = false;
  let hasDecimal = false;
  let intLen = 0;
  let maybePrefixed = false;

  if (isDigit(c0) || c0 === CH_DOT) {
    // Digits, hand-read: "1,375,000", "58.6", ".5". Thousands groups must be exactly three digits.
    let j = n;
    while (j < L && isDigit(t.charCodeAt(j))) j++;
    let intEnd = j;
    let commas = false;
    if (j > n && j - n <= 3) {
      // Groups of three after "," or, in French-style typography, a no-break or thin space ("10 000").
      const sep = t.charCodeAt(j);
      if (sep === CH_COMMA || sep === CH_NBSP || sep === CH_NARROW_NBSP || sep === CH_THIN_SPACE) {
        let k = j;
        let ok = j;
        while (t.charCodeAt(k) === sep && isDigit(t.charCodeAt(k + 1)) && isDigit(t.charCodeAt(k + 2)) && isDigit(t.charCodeAt(k + 3))) {
          k += 4;
          if (!isDigit(t.charCodeAt(k))) ok = k;
        }
        if (ok > j) {
          intEnd = ok;
          commas = true;
        }
      }
    }
    p = intEnd;
    let fracStart = -1;
    if (t.charCodeAt(p) === CH_DOT && isDigit(t.charCodeAt(p + 1))) {
      fracStart = p + 1;
      p++;
      while (p < L && isDigit(t.charCodeAt(p))) p++;
    }
    if (p === n) return false;
    // Fast exit for the common case, a bare number ("in 2018", "12 months"): nothing before it
    // can be a currency or sign, and nothing after it can be a unit, scale or range.
    maybePrefixed = couldBePrefixed(t, n, min);
    if (!allowBare && !maybePrefixed && !tailInteresting(t, p)) return false;

    const intStr = intEnd > n ? t.slice(n, intEnd) : '0';
    hasDecimal = fracStart > 0;
    raw = Number((commas ? intStr.replace(/[^0-9]/g, '') : intStr) + (hasDecimal ? '.' + t.slice(fracStart, p) : ''));
    isInt = !hasDecimal;
    plainInt = isInt && !commas;
    intLen = intEnd - n;
    const next = t.charCodeAt(p);
    if (isInt && (next === CH_SPACE || isHyphen(next)) && isDigit(t.charCodeAt(p + 1))) {
      // "7-5/8", "7 3/4"
      MIXED_FRACTION_RE.lastIndex = p;
      const f = MIXED_FRACTION_RE.exec(t);
      if (f) {
        const num = +f[1];
        const den = +f[2];
        if (num < den && FRACTION_DENOMINATORS.has(den) && unitFollows(t, p + f[0].length)) {
          raw += num / den;
          p += f[0].length;
          isInt = false;
          plainInt = false;
        }
      }
    }
    if (t.charCodeAt(p) === CH_SLASH) {
      SLASH_RE.lastIndex = p;
      const sl = SLASH_RE.exec(t);
      if (sl) {
        const den = +sl[1];
        if (plainInt && raw < den && FRACTION_DENOMINATORS.has(den)) {
          raw = raw / den; // "1/2 pct"
          isInt = false;
          plainInt = false;
          p += sl[0].length;
        } else if (hasDecimal || raw >= den || !FRACTION_DENOMINATORS.has(den)) {
          p += sl[0].length; // bid/offer "139.10/20": the value is the bid
          plainInt = false;
        }
      }
    }
  } else {
    HALF_A_RE.lastIndex = n;
    const h = HALF_A_RE.exec(t);
    if (h) {
      raw = 0.5;
      p = n + h[0].length;
      isInt = false;
    } else {
      SPELLED_RE.lastIndex = n;
      const m = SPELLED_RE.exec(t);
      if (!m) return false;
      const w = m[1];
      p = n + w.length;
      if (!allowBare && !tailInteresting(t, p)) return false;
      raw = spelledValue(w);
      article = w.length <= 2 && (c0 | ASCII_LOWER_BIT) === CH_a; // "a", "an"
    }
    spelled = true;
  }
  if (isInt && isSpace(t.charCodeAt(p)) && (t.charCodeAt(p + 1) | ASCII_LOWER_BIT) === CH_a) {
    AND_A_HALF_RE.lastIndex = p;
    const h = AND_A_HALF_RE.exec(t);
    if (h) {
      raw += 0.5;
      p += h[0].length;
      plainInt = false;
    }
  }
  const num = sc.num;
  num.raw = raw;
  num.end = p;
  num.plainInt = plainInt;
  num.intLen = intLen;
  num.spelled = spelled;
  num.article = article;
  num.maybePrefixed = maybePrefixed;
  return true;
}
/** Cheap test: could a unit, scale or range partner follow a numeral that ends at `p`? */
export function tailInteresting(t: string, p: number, depth = 0): boolean {
  const L = t.length;
  if (p >= L) return false;
  let c = t.charCodeAt(p);
  if (c === CH_PERCENT || c === CH_FULLWIDTH_PERCENT || c === CH_SLASH || SUFFIX_SIGN_CODES.has(c)) return true; // "%", "/", "100元"
  let j = p;
  if (isAsciiLetter(c)) {
    const w = wordAt(t, p);
    if (w === 'to' || w === 'and') return depth === 0 && partnerInteresting(t, p + w.length, depth);
    return UNIT_FIRST_WORDS.has(w);
  }
  while (j < L && j - p < 3 && (isSpace(c) || c === CH_LF || c === CH_CR)) c = t.charCodeAt(++j);
  // A range partner: only worth reading if something after it can be a unit ("5-10%", "7 to 8 pct").
  if (isHyphen(c) || c === CH_EN_DASH) {
    // "25-percent", "three-billion-dlr"; else a range partner ("5-10%").
    if (isAsciiLetter(t.charCodeAt(j + 1)) && UNIT_FIRST_WORDS.has(wordAt(t, j + 1))) return true;
    return depth === 0 && partnerInteresting(t, j + 1, depth);
  }
  if (j === p || j >= L) return false;
  if (c === CH_PERCENT || c === CH_FULLWIDTH_PERCENT || SUFFIX_SIGN_CODES.has(c)) return true;
  if (isDigit(c)) {
    // "7 3/4 pct"
    return depth === 0 && (t.charCodeAt(j + 1) === CH_SLASH || t.charCodeAt(j + 2) === CH_SLASH);
  }
  if (!isAsciiLetter(c)) return false;
  const w = wordAt(t, j);
  if (w === 'to' || w === 'and') return depth === 0 && partnerInteresting(t, j + w.length, depth);
  if (UNIT_FIRST_WORDS.has(w)) return true;
  // An ISO code after the number ("5 billion USD") is upper-case.
  return SUFFIX_CODES.has(t.slice(j, j + w.length));
}
/** After "to", "and" or "-": skips a sign, currency prefix and number, and tests what follows it. */
export function partnerInteresting(t: string, q: number, depth: number): boolean {
  const L = t.length;
  let i = q;
  while (i < L && i - q < 2 && isSpace(t.charCodeAt(i))) i++;
  let c = t.charCodeAt(i);
  if (isAsciiLetter(c)) {
    // A spelled numeral ("5 to ten percent") or a glued prefix ("US$"): read it properly.
    SPELLED_START_RE.lastIndex = i;
    return SPELLED_START_RE.test(t) || (c >= CH_A && c <= CH_Z);
  }
  const s = i;
  while (i < L && i - s < 4 && !isDigit(c) && !isSpace(c) && c !== CH_LF) c = t.charCodeAt(++i);
  if (i > s && isDigit(c)) return true; // "$", "-", "C$" before the partner: read it properly
  if (!isDigit(c)) return false;
  while (i < L && (isDigit(c) || ((c === CH_COMMA || c === CH_DOT) && isDigit(t.charCodeAt(i + 1))))) c = t.charCodeAt(++i);
  return tailInteresting(t, i, depth + 1);
}
