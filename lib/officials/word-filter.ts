// A quick test of whether a word of the text may be one of a set of words, before it is cut out
// of the text and looked up (a new string and its hash: most of a lookup's cost). By the word's
// first character and length, it keeps the second and last characters the set's words have there
// ("China" is not looked up when the set holds "Chuck" and "Chung").

/** Lengths from 31 up share a slot. */
const LENGTHS = 32;

export class WordFilter {
  /**
   * Bit `c & 31` of a slot for each second (`seconds`) and last (`lasts`) character code `c` of
   * the words with that slot's first character and length. Some first characters and lengths
   * share a slot (at 1,024 slots, "A" and "a" do), as do characters a bit: that lets a few more
   * words through to the lookup, never fewer.
   */
  private readonly seconds: Uint32Array;
  private readonly lasts: Uint32Array;

  /** `slots`, a power of two: 4,096 tell every ASCII first character apart; a few words need fewer. */
  constructor(slots = 4096) {
    this.seconds = new Uint32Array(slots);
    this.lasts = new Uint32Array(slots);
  }

  private slot(first: number, length: number): number {
    return (first * LENGTHS + Math.min(length, LENGTHS - 1)) & (this.lasts.length - 1);
  }

  add(word: string): void {
    const slot = this.slot(word.charCodeAt(0), word.length);
    // A one-letter word's second character is its first.
    this.seconds[slot] |= 1 << (word.charCodeAt(word.length > 1 ? 1 : 0) & 31);
    this.lasts[slot] |= 1 << (word.charCodeAt(word.length - 1) & 31);
  }

  /** False when `text.slice(start, end)` (not empty) is none of the words added. */
  mayHold(text: string, start: number, end: number): boolean {
    const slot = this.slot(text.charCodeAt(start), end - start);
    return (
      ((this.lasts[slot] >>> (text.charCodeAt(end - 1) & 31)) & 1) === 1 &&
      ((this.seconds[slot] >>> (text.charCodeAt(end - start > 1 ? start + 1 : start) & 31)) & 1) === 1
    );
  }

  clear(): void {
    this.seconds.fill(0);
    this.lasts.fill(0);
  }
}
