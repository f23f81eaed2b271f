// A big alternation of word patterns, tried at every word start, costs a try of each branch at
// every word. Split by the word's first two characters instead: a start's alternation holds only
// the branches that can match there (from a table computed at build time by first-chars.ts), in
// their original order, so the first branch that matches is the one the whole alternation would
// have found, and most words try a handful of branches, or none.

/** A character's symbol in the start table: a letter folded to lower case, `0` for a digit, `#` for anything else. */
function symbolOf(code: number): string {
  if (code >= 97 && code <= 122) return String.fromCharCode(code);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code >= 48 && code <= 57) return '0';
  return '#';
}

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
  let byStart: Map<string, number[]> | undefined;
  const built = new Map<string, KeyedAlternation>();
  return (text, at) => {
    byStart ??= new Map(table.split(' ').map((entry) => [entry.slice(0, 2), entry.slice(3).split('.').map(Number)] as [string, number[]]));
    const key = symbolOf(text.charCodeAt(at)) + (at + 1 < text.length ? symbolOf(text.charCodeAt(at + 1)) : '#');
    let entry = built.get(key);
    if (entry) return entry;
    const chosen = byStart.get(key);
    if (!chosen) return undefined;
    entry = { regex: new RegExp(`${before}(?:${chosen.map((b) => `(${branches[b]})`).join('|')})${after}`, flags), branchOf: chosen };
    built.set(key, entry);
    return entry;
  };
}
