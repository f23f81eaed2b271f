// The words before a position, read back by hand: what the figure parser and the elided-currency
// resolver look at to the left of an amount ("from 10 to 25 percent", "population of 168 million").

import { isAsciiLetter } from './char-classes';
import * as codes from './char-codes';

const { CH_LF } = codes;

/**
 * Up to `n` lower-cased words before `pos`, nearest first. Words may be separated by spaces and a
 * little punctuation ("ranging, from"), never by a line break.
 */
export function wordsBefore(text: string, pos: number, n: number): string[] {
  const lo = Math.max(0, pos - 60);
  const out: string[] = [];
  let e = pos;
  while (out.length < n) {
    let k = e;
    while (k > lo && e - k < 3 && !isAsciiLetter(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== CH_LF) k--;
    if (k === e && out.length === 0) break; // a word glued to the number is not a word before it
    if (!isAsciiLetter(text.charCodeAt(k - 1)) || k <= lo) break;
    let b = k;
    while (b > lo && isAsciiLetter(text.charCodeAt(b - 1))) b--;
    out.push(text.slice(b, k).toLowerCase());
    e = b;
  }
  while (out.length < n) out.push('');
  return out;
}
