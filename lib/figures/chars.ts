// Character tests on UTF-16 code units, and the words before a position: the small pieces the
// figure parser reads text with, by hand, without allocating.

export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
export const isLetter = (c: number) => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f);
export const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
export const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
export const isSignChar = (c: number) => c === 45 || c === 43 || c === 0x2212;

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
    while (k > lo && e - k < 3 && !isAsciiLetter(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== 10) k--;
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
