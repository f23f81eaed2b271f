// The amount reader: one amount at a numeral, with what makes it a figure around it (a currency
// prefix and sign before it, a scale word and a percent or currency unit after it), as an Amount
// that the pairing of ranges and changes then decides on (pairing.ts).

import { CODES, SIGNS, isoFor } from '../currencies';
import { isSignChar, isSpace } from '../char-classes';
import { POUNDS_OF_RE, SCALE_WORDS, SHORT_SCALES, STERLING_RE, SUFFIX_CODES, SUFFIX_SIGN_CODES, WON_VERB_RE } from './lexicon';
import { readNumeral } from './numeral';
import { lookBack, signOf, signStart } from './prefix';
import type { Amount, Numeral, Scanner } from './scanner';
import { peek } from './token';
import { afterDollars, letterAt, matches, readCurrencyWord, readPercent } from './unit';

/**
 * Reads one amount whose numeral starts at `n` (a digit, a "." before digits, or a spelled
 * word). `min` bounds the look-back for a prefix. Returns null when no numeral is there.
 * `end` is the end of what was read even when there is no unit (kind null).
 */
export function readAmount(sc: Scanner, n: number, min: number, allowBare = false): Amount | null {
  if (!readNumeral(sc, n, min, allowBare)) return null;
  const num = sc.num;
  return readUnit(sc, n, min, num.end, num.raw, num);
}
/**
 * Given a numeral at `n` ending at `numEnd` with value `raw`, reads what makes it a figure: the
 * currency prefix and sign before it, then a scale word and a percent or currency unit after it.
 */
export function readUnit(sc: Scanner, n: number, min: number, numEnd: number, raw: number, num: Numeral): Amount {
  const t = sc.text;
  const L = t.length;
  const { plainInt, intLen, spelled, article, maybePrefixed } = num;
  let p = numEnd;

  let start = n;
  let currency: string | null = null;
  if (maybePrefixed) {
    const pre = lookBack(sc, n, min);
    start = pre.start;
    currency = pre.currency;
  } else if (spelled) {
    start = signStart(t, n, min); // "−five percent"
  } else if (n > min && isSignChar(t.charCodeAt(n - 1))) {
    start = signStart(t, n, min);
  }
  const prefixed = currency !== null;
  const sign = signOf(t, start, n);
  raw *= sign;

  const amount: Amount = {
    start,
    end: numEnd,
    numStart: n,
    raw,
    exp: 0,
    hasScale: false,
    kind: prefixed ? 'money' : null,
    currency,
    prefixed,
    sub: false,
    points: false,
    yearLike: plainInt && !prefixed && sign === 1 && intLen === 4 && raw >= 1800 && raw <= 2100,
    article,
  };

  // Scale word: "billion", "bln", "bn", glued "m"/"b"/"k" (only with a currency, see below).
  let shortScale = false;
  let tok = peek(t, p);
  let pTok = p;
  if (tok) {
    const exp = SCALE_WORDS.get(tok.lower);
    if (exp !== undefined) {
      amount.exp = exp;
      amount.hasScale = true;
      p = tok.end;
      tok = peek(t, p);
      pTok = p;
    } else if (tok.glued && !spelled && tok.end - tok.start === 1 && SHORT_SCALES.has(tok.lower)) {
      shortScale = true;
      amount.exp = SHORT_SCALES.get(tok.lower)!;
      amount.hasScale = true;
      p = tok.end;
      tok = peek(t, p);
      pTok = p;
    }
  }

  if (prefixed) {
    if (!shortScale && !amount.hasScale && letterAt(t, p)) {
      // "$5abc": not an amount
      amount.kind = null;
      amount.currency = null;
      amount.prefixed = false;
      amount.start = n;
      return amount;
    }
    amount.end = p;
    afterDollars(t, amount);
    return amount;
  }

  // Percent: "%", "percent", "per cent", "pct", glued "pc"; then "points".
  if (!shortScale && !article && !amount.hasScale) {
    const pe = readPercent(t, p, tok);
    if (pe) {
      amount.kind = 'percent';
      amount.points = pe.points;
      amount.end = pe.end;
      return amount;
    }
  }

  // Currency word after the number: "dlrs", "U.S. Dlrs", "Canadian dollars", "Hong Kong cent".
  if (p !== pTok) tok = peek(t, p);
  const cw = readCurrencyWord(t, tok);
  if (cw) {
    const { info, country, word } = cw;
    const after = cw.end;
    let ok = true;
    if (article && !amount.hasScale && (!info.sub || country !== null)) ok = false; // only "a cent", "a penny"
    if (info.needsSupport && !amount.hasScale && !country) {
      ok = ok && info.base === 'pound' && matches(t, STERLING_RE, after);
    }
    if (info.base === 'pound' && matches(t, POUNDS_OF_RE, after)) ok = false; // "pounds of pork"
    if (word === 'won' && !amount.hasScale && !country && (spelled || matches(t, WON_VERB_RE, after))) ok = false;
    if (amount.yearLike && !amount.hasScale) ok = false; // "in 1986 dollars", "1987 won"
    if (ok) {
      amount.kind = 'money';
      amount.currency = isoFor(info.base, country);
      amount.sub = !!info.sub;
      amount.end = after;
      if (info.base === 'pound' && matches(t, STERLING_RE, after)) {
        STERLING_RE.lastIndex = after;
        amount.end = after + (STERLING_RE.exec(t)?.[0].length ?? 0);
      }
      if (info.base === 'dollar' && !info.sub) afterDollars(t, amount);
      return amount;
    }
  } else if (!spelled && !(amount.yearLike && !amount.hasScale)) {
    // An ISO code after the number ("5 billion USD"), or a sign ("100 €", "100元").
    if (tok && !tok.glued) {
      const code = t.slice(tok.start, tok.end);
      if (SUFFIX_CODES.has(code)) {
        amount.kind = 'money';
        amount.currency = CODES[code];
        amount.end = tok.end;
        return amount;
      }
    }
    let q = p;
    while (q < L && q - p < 2 && isSpace(t.charCodeAt(q))) q++;
    if (SUFFIX_SIGN_CODES.has(t.charCodeAt(q))) {
      amount.kind = 'money';
      amount.currency = SIGNS[t[q]];
      amount.end = q + 1;
      return amount;
    }
  }
  // No unit: a bare number, or number + scale (a candidate for an elided currency).
  if (shortScale) {
    amount.exp = 0;
    amount.hasScale = false;
    amount.end = numEnd;
  } else {
    amount.end = amount.hasScale ? p : numEnd;
  }
  return amount;
}
