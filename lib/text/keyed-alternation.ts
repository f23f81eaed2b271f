// A big alternation of word patterns, tried at every word start, costs a try of each branch at
// every word. Split by the word's first two characters instead: a start's alternation holds only
// the branches that can match there (from a table computed at build time by first-chars.ts), in
// their original order, so the first branch that matches is the one the whole alternation would
// have found, and most words try a handful of branches, or none.

const SYMBOLS = 28;
const DIGIT = 26;
const OTHER = 27;

/** A character's symbol in the start table: a letter folded to lower case, `0` for a digit, `#` for anything else. */
function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
}

/** The symbol a table entry writes as this character. */
const symbolNamed = (c: string): number => (c === '0' ? DIGIT : c === '#' ? OTHER : c.charCodeAt(0) - 97);

export interface KeyedAlternation {
  /** The alternation of the branches that can match at this start. */
  regex: RegExp;
  /** Capture group g (from 1) of `regex` is branch `branchOf[g - 1]`. */
  branchOf: number[];
}

/**
 * The alternation `before(?:(b0)|(b1)|...)after`, by the first two characters where it is tried.
 * `table` is `startTable(branches)`. Each start's regex is compiled on first use: compiling them
 * all, or the table's sources, at load would delay the first page after the browser starts.
 */
export function keyedAlternation(
  branches: readonly string[],
  table: string,
  before: string,
  after: string,
  flags: string,
): (text: string, at: number) => KeyedAlternation | undefined {
  // By start (first symbol × SYMBOLS + second): the branches, then the regex once built; null: none.
  let byStart: Array<number[] | KeyedAlternation | null> | undefined;
  return (text, at) => {
    if (!byStart) {
      byStart = new Array<number[] | null>(SYMBOLS * SYMBOLS).fill(null);
      for (const entry of table.split(' ')) byStart[symbolNamed(entry[0]) * SYMBOLS + symbolNamed(entry[1])] = entry.slice(3).split('.').map(Number);
    }
    const key = symbolOf(text.charCodeAt(at)) * SYMBOLS + (at + 1 < text.length ? symbolOf(text.charCodeAt(at + 1)) : OTHER);
    const entry = byStart[key];
    if (!entry || !Array.isArray(entry)) return entry ?? undefined;
    const built = { regex: new RegExp(`${before}(?:${entry.map((b) => `(${branches[b]})`).join('|')})${after}`, flags), branchOf: entry };
    byStart[key] = built;
    return built;
  };
}
