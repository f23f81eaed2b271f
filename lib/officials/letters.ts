// Letters for the officials scanners: character classes for their regexes, and case tests on
// single characters. Unicode property escapes (\p{Lu}) need the `u` flag, which makes V8's
// regexes several times slower on these short, hot scans; news text in Latin script is covered
// by ASCII plus Latin-1 and Latin Extended-A/B ("Poehl", "Pöhl", "Šefčovič"). Extended-A/B
// letters count as both cases: they interleave upper and lower.

const EXT = '\\u0100-\\u024F';

/** Upper-case letters, as a class body for a non-`u` regex. */
export const UP = `A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE${EXT}`;
/** Lower-case letters. */
export const LOW = `a-z\\u00DF-\\u00F6\\u00F8-\\u00FF${EXT}`;
/** Any letter. */
export const LET = `A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF${EXT}`;

// UTF-16 code units of the scanners' fast paths.
export const CH_0 = 48;
export const CH_9 = 57;
export const CH_A = 65;
export const CH_Z = 90;
export const CH_a = 97;
export const CH_z = 122;
/** "À": below it, only ASCII letters count as letters ("ª", "µ" do not). */
export const CH_FIRST_LATIN1_LETTER = 0xc0;
/** "ɏ", the last letter of Latin Extended-B. */
export const CH_LAST_LATIN_EXT_B = 0x24f;
/** "×" and "÷", the two Latin-1 signs among its letters. */
export const CH_TIMES = 0xd7;
export const CH_DIVIDE = 0xf7;
// The joiners a word may hold inside it ("Japan's", "Japan’s", "R-Utah").
export const CH_APOSTROPHE = 39;
export const CH_RIGHT_QUOTE = 0x2019;
export const CH_HYPHEN = 45;

/** True when the character at `i` is an upper-case letter (any script). */
export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= CH_A && c <= CH_Z) return true;
  if (c < CH_FIRST_LATIN1_LETTER) return false;
  const ch = s[i];
  return ch !== ch.toLowerCase();
}

/** True when the character at `i` is a lower-case letter (any script). */
export function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= CH_a && c <= CH_z) return true;
  if (c < CH_FIRST_LATIN1_LETTER) return false;
  const ch = s[i];
  return ch !== ch.toUpperCase();
}

/** True when the character at `i` is a letter or a digit. */
export function isAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= CH_A && c <= CH_Z) || (c >= CH_a && c <= CH_z) || (c >= CH_0 && c <= CH_9)) return true;
  if (c < CH_FIRST_LATIN1_LETTER) return false;
  const ch = s[i];
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** "Xx...": a capital followed by a lower-case letter. */
export const isCapWord = (w: string): boolean => w.length > 1 && isUpperAt(w, 0) && isLowerAt(w, 1);
