// A big alternation of word patterns, tried at every word start, costs a try of each branch at
// every word. Split by the word's first characters instead (two to four, as the table is
// written): a start's alternation holds only the branches that can match there (from a table
// computed at build time by first-chars.ts), in their original order, so the first branch that
// matches is the one the whole alternation would have found, and most words try a handful of
// branches, or none. Three characters tell "in" from "inflation" and "interest": about a quarter
// of the branch tries of two.

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
 * Uses of a start before it gets a regex of its own. A regex is compiled to machine code on its
 * first uses, about half a millisecond each: a regex per start at once cost the first page after
 * the browser starts some 15 ms. Until a start is this common, the whole alternation (one regex,
 * compiled once) is tried there instead; it finds the same branch.
 */
const USES_BEFORE_OWN_REGEX = 16;

/**
 * The alternation `before(?:(b0)|(b1)|...)after`, by the first characters where it is tried (as
 * many as `table`'s starts have). `table` is `startTable(branches, depth)`. Built on use, never at
 * load: the table is read on the first call, and a start's own regex is compiled once it has been
 * used `usesBeforeOwn` times.
 */
export function keyedAlternation(
  branches: readonly string[],
  table: string,
  before: string,
  after: string,
  flags: string,
  usesBeforeOwn = USES_BEFORE_OWN_REGEX,
): (text: string, at: number) => KeyedAlternation | undefined {
  // By start (its symbols as digits base SYMBOLS, first most significant): the branches and how
  // often the start was used, then the regex once built. A map, not an array: four characters
  // deep there are 28^4 starts, of which the cue table uses some 700.
  let byStart: Map<number, { chosen: number[]; uses: number } | KeyedAlternation> | undefined;
  let depth = 0;
  let whole: KeyedAlternation | undefined;
  const alternation = (chosen: number[]): KeyedAlternation => ({
    regex: new RegExp(`${before}(?:${chosen.map((b) => `(${branches[b]})`).join('|')})${after}`, flags),
    branchOf: chosen,
  });
  return (text, at) => {
    if (!byStart) {
      depth = table.indexOf(':');
      byStart = new Map();
      for (const entry of table.split(' ')) {
        let key = 0;
        for (let i = 0; i < depth; i++) key = key * SYMBOLS + symbolNamed(entry[i]);
        byStart.set(key, {
          chosen: entry
            .slice(depth + 1)
            .split('.')
            .map(Number),
          uses: 0,
        });
      }
    }
    let key = 0;
    for (let i = 0; i < depth; i++) key = key * SYMBOLS + (at + i < text.length ? symbolOf(text.charCodeAt(at + i)) : OTHER);
    const entry = byStart.get(key);
    if (!entry || 'regex' in entry) return entry;
    if (entry.uses < usesBeforeOwn) {
      entry.uses++;
      return (whole ??= alternation(branches.map((_, i) => i)));
    }
    const built = alternation(entry.chosen);
    byStart.set(key, built);
    return built;
  };
}
