// Numbers as newswire writes them: digits with thousands separators, decimals, fractions
// ("7-5/8"), bid/offer quotes ("139.10/20"), spelled-out numerals ("twenty-five", "SIX"),
// and scale words ("billion", "bln", "bn", "mln", "m", "tn", "crore").

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const WORD_VALUE: Record<string, number> = Object.assign(Object.create(null), UNITS, TEENS, TENS, { a: 1, an: 1 });

const alt = (o: Record<string, number>) =>
  Object.keys(o)
    .sort((a, b) => b.length - a.length)
    .join('|');

const SP = '[ \\t\\u00a0]';
// "twenty-five", "twenty five", "eighteen", "six". Longer alternatives first; the trailing
// lookahead makes "six" not match the start of "sixteen".
const SMALL = `(?:(?:${alt(TENS)})(?:(?:-|${SP})(?:${alt(UNITS)}))?|${alt(TEENS)}|${alt(UNITS)})(?![a-z])`;

/**
 * A spelled-out numeral at a position (sticky, case-insensitive): "seven", "twenty-five",
 * "one hundred and fifty", "a hundred". Group 1 is the whole numeral.
 * No nested unbounded quantifiers, so a failed match costs a few steps.
 */
export const SPELLED_RE = new RegExp(`((?:${SMALL}|an?(?![a-z]))(?:(?:-|${SP})hundred(?![a-z])(?:(?:${SP}and)?(?:-|${SP})${SMALL})?)?)`, 'iy');

/** Value of a numeral matched by SPELLED_RE. */
export function spelledValue(words: string): number {
  const total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s\u00a0-]+/)) {
    if (w === 'and' || w === '') continue;
    if (w === 'hundred') current = (current || 1) * 100;
    else current += WORD_VALUE[w] ?? 0;
  }
  return total + current;
}

/** Scale words → power of ten. Keys lower-case; plural forms are handled by the regex. */
export const SCALE_EXP: Record<string, number> = Object.assign(Object.create(null), {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  lakh: 5,
  crore: 7,
  mln: 6,
  mn: 6,
  mio: 6,
  bln: 9,
  bn: 9,
  trn: 12,
  tn: 12,
  tln: 12,
  trln: 12,
  k: 3,
  m: 6,
  b: 9,
});

/** Multiply by a power of ten without binary drift (58.6 × 10⁹ = 58600000000 exactly). */
export function scaleBy(value: number, exp: number): number {
  if (!exp) return value;
  // Whole numbers times a positive power of ten are exact while they stay below 2^53.
  if (exp > 0 && Number.isInteger(value) && Math.abs(value) < 9e15 / 10 ** exp) return value * 10 ** exp;
  const s = String(value);
  return s.includes('e') ? value * 10 ** exp : Number(`${s}e${exp}`);
}

/** Denominators accepted for a fraction ("7-5/8", "1/2"), as newswire prices and rates use them. */
export const FRACTION_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);
