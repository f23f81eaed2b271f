// What `\s`, `\w` and `\S+` mean, as tests on UTF-16 codes, for the scans that walk a text by
// hand instead of trying an expression at every character (classification's topic and cue scans,
// officials' cue walk, the statistics reader's word counts).

/** `/\s/` on a character code: JavaScript's white space and line terminators. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c === 32) return true;
  if (c < 160) return c >= 9 && c <= 13;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `/\w/` on a character code, which `\b` reads without the `u` flag: ASCII letters and digits, and `_`. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The words of a text as `/\S+/g` counts them (runs of non-white space), by hand: a regex match
 * per word cost as much as finding a trade article's figures. Stops once past `limit`.
 */
export function countWords(text: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++n > limit) return n;
    inWord = !space;
  }
  return n;
}
