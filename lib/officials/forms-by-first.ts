// Names (or other forms) by their first word, for looking up every capitalised word of a page.
// Most words start no form, and cutting each out of the text to look it up is most of the cost:
// a table of the first words' first characters, lengths and last characters rejects nearly all
// of them first ("China" is not looked up when the first words are "Chuck" and "Chung").

/** Table slots: first characters below 128, lengths below 32. */
const FIRST_CODES = 128;
const LENGTHS = 32;

export class FormsByFirstWord {
  private readonly byFirst = new Map<string, string[]>();
  /** Bit `last & 31` of slot `first * LENGTHS + length`: some first word has that first character, length and last character (case folded). */
  private readonly lasts = new Uint32Array(FIRST_CODES * LENGTHS);

  /** Adds `form`, whose first word is `first`, after the forms added before with that first word. */
  add(first: string, form: string): void {
    const list = this.byFirst.get(first);
    if (list) {
      list.push(form);
      return;
    }
    this.byFirst.set(first, [form]);
    const c = first.charCodeAt(0);
    if (c < FIRST_CODES && first.length < LENGTHS) this.lasts[c * LENGTHS + first.length] |= 1 << (first.charCodeAt(first.length - 1) & 31);
  }

  /** The forms starting with word `first`, in the order added (or as sorted), if any. */
  get(first: string): string[] | undefined {
    return this.byFirst.get(first);
  }

  /** False when no first word can be `text.slice(start, end)`: the word needs no lookup. */
  mayStart(text: string, start: number, end: number): boolean {
    const c = text.charCodeAt(start);
    const n = end - start;
    // A word the table has no slot for is looked up.
    if (c >= FIRST_CODES || n >= LENGTHS) return true;
    return ((this.lasts[c * LENGTHS + n] >>> (text.charCodeAt(end - 1) & 31)) & 1) === 1;
  }

  /** Puts each word's longer forms first. */
  sortLongestFirst(): void {
    for (const list of this.byFirst.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.byFirst.size;
  }
}
