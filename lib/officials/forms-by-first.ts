// Names (or other forms) by their first word, for looking up every capitalised word of a page.
// Most words start no form: a filter of the first words rejects nearly all of them before they
// are cut out and looked up.

import { WordFilter } from './word-filter';

export class FormsByFirstWord {
  private readonly byFirst = new Map<string, string[]>();
  private readonly filter: WordFilter;

  /** `slots`: the filter's size (see WordFilter). */
  constructor(slots?: number) {
    this.filter = new WordFilter(slots);
  }

  /** Adds `form`, whose first word is `first`, after the forms added before with that first word. */
  add(first: string, form: string): void {
    const list = this.byFirst.get(first);
    if (list) {
      list.push(form);
      return;
    }
    this.byFirst.set(first, [form]);
    this.filter.add(first);
  }

  /** The forms starting with word `first`, in the order added (or as sorted), if any. */
  get(first: string): string[] | undefined {
    return this.byFirst.get(first);
  }

  /** False when no first word can be `text.slice(start, end)`: the word needs no lookup. */
  mayStart(text: string, start: number, end: number): boolean {
    return this.filter.mayHold(text, start, end);
  }

  /** Empties the table for reuse. */
  clear(): void {
    this.byFirst.clear();
    this.filter.clear();
  }

  /** Puts each word's longer forms first. */
  sortLongestFirst(): void {
    for (const list of this.byFirst.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.byFirst.size;
  }
}
