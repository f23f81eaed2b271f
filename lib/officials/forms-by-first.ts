// Names (or other forms) by their first word, for looking up every capitalised word of a page.
// Most words start no form, and cutting each out of the text to look it up is most of the cost:
// a table of the first words' first characters, lengths and last characters rejects nearly all
// of them first ("China" is not looked up when the first words are "Chuck" and "Chung").

/** Lengths from 31 up share a slot. */
const LENGTHS = 32;

export class FormsByFirstWord {
  private readonly byFirst = new Map<string, string[]>();
  /**
   * Bit `last & 31` of slot `(first * LENGTHS + length) & (slots - 1)`: some first word has such a
   * first character, length and last character. Some first characters and lengths share a slot
   * (at 1,024 slots, "A" and "a" do): that lets a few more words through to the lookup, never fewer.
   */
  private readonly lasts: Uint32Array;

  /** `slots`, a power of two: 4,096 tell every ASCII first character apart; a page's few names need fewer. */
  constructor(slots = 4096) {
    this.lasts = new Uint32Array(slots);
  }

  private slot(first: number, length: number): number {
    return (first * LENGTHS + Math.min(length, LENGTHS - 1)) & (this.lasts.length - 1);
  }

  /** Adds `form`, whose first word is `first`, after the forms added before with that first word. */
  add(first: string, form: string): void {
    const list = this.byFirst.get(first);
    if (list) {
      list.push(form);
      return;
    }
    this.byFirst.set(first, [form]);
    this.lasts[this.slot(first.charCodeAt(0), first.length)] |= 1 << (first.charCodeAt(first.length - 1) & 31);
  }

  /** The forms starting with word `first`, in the order added (or as sorted), if any. */
  get(first: string): string[] | undefined {
    return this.byFirst.get(first);
  }

  /** False when no first word can be `text.slice(start, end)`: the word needs no lookup. */
  mayStart(text: string, start: number, end: number): boolean {
    return ((this.lasts[this.slot(text.charCodeAt(start), end - start)] >>> (text.charCodeAt(end - 1) & 31)) & 1) === 1;
  }

  /** Empties the table for reuse. */
  clear(): void {
    this.byFirst.clear();
    this.lasts.fill(0);
  }

  /** Puts each word's longer forms first. */
  sortLongestFirst(): void {
    for (const list of this.byFirst.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.byFirst.size;
  }
}
