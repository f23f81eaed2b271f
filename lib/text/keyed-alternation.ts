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
  // By a start's first depth - 1 symbols (as digits base SYMBOLS, first most significant), then by
  // its last: two arrays, not one of every start (28^4 slots at four characters, for some 700
  // starts) nor a map (a hash per word start; most words' first three symbols already miss).
  let byPrefix: Array<Array<Start | null> | null> | undefined;
  let depth = 0;
  let whole: KeyedAlternation | undefined;
  const alternation = (chosen: number[]): KeyedAlternation => ({
    regex: new RegExp(`${before}(?:${chosen.map((b) => `(${branches[b]})`).join('|')})${after}`, flags),
    branchOf: chosen,
  });
  return (text, at) => {
    if (!byPrefix) {
      depth = table.indexOf(':');
      byPrefix = new Array<Array<Start | null> | null>(SYMBOLS ** (depth - 1)).fill(null);
      for (const entry of table.split(' ')) {
        let prefix = 0;
        for (let i = 0; i < depth - 1; i++) prefix = prefix * SYMBOLS + symbolNamed(entry[i]);
        const lasts = (byPrefix[prefix] ??= new Array<Start | null>(SYMBOLS).fill(null));
        lasts[symbolNamed(entry[depth - 1])] = new Start(
          entry
            .slice(depth + 1)
            .split('.')
            .map(Number),
        );
      }
    }
    let prefix = 0;
    for (let i = 0; i < depth - 1; i++) prefix = prefix * SYMBOLS + (at + i < text.length ? symbolOf(text.charCodeAt(at + i)) : OTHER);
    const lasts = byPrefix[prefix];
    if (!lasts) return undefined;
    const last = at + depth - 1;
    const start = lasts[last < text.length ? symbolOf(text.charCodeAt(last)) : OTHER];
    if (!start) return undefined;
    if (start.own) return start.own;
    if (start.uses < usesBeforeOwn) {
      start.uses++;
      return (whole ??= alternation(branches.map((_, i) => i)));
    }
    return (start.own = alternation(start.chosen));
  };
}

/** A start of the table: its branches, how often it was used, and its own regex once built. */
class Start {
  uses = 0;
  own: KeyedAlternation | undefined;
  constructor(readonly chosen: number[]) {}
}
