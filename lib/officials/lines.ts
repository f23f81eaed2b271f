// Lines of the analysed text and what kind they are. Headlines and subheads ("LIGHTHIZER TO LEAD
// TALKS", "Trump Reaches Deal With China") capitalise every word, so capitalisation there says
// nothing about names: they may name a person before the body does, and get looser checks.
// Only the lines the detector asks about are looked at.
import { CH_a, CH_A, CH_APOSTROPHE, CH_HYPHEN, CH_RIGHT_QUOTE, CH_z, CH_Z } from './letters';
import { lowerBound } from '../sorted';

const CH_FIRST_NON_ASCII = 0x80;
/** What the letter scan reads past the end of a line: a space, which ends the last word. */
const PAST_END = 32;

export type LineKind = 'text' | 'caps' | 'title';

export class Line {
  private kindCache: LineKind | undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    /** The first non-empty line of the text, when short: the page's headline. */
    readonly headline: boolean,
  ) {}

  /**
   * A short line that ends without a full stop: a headline or subhead in sentence case ("US
   * deficit narrows as Trump tariffs take hold"), or a caption. Like title-case lines, it may
   * name a person before the body does.
   */
  get headingLike(): boolean {
    if (this.end - this.start > HEADING_MAX) return false;
    const line = this.text.slice(this.start, this.end).trimEnd();
    return line.length > 0 && !/[.!?:;,]["”’)]?$/.test(line);
  }

  /** Worked out on first use: most lines are never asked. */
  get kind(): LineKind {
    this.kindCache ??= kindOf(this.text.slice(this.start, this.end));
    return this.kindCache;
  }
}

/** Longer lines are running text, whatever their ending. */
const HEADING_MAX = 160;

const SENTENCE_BREAK = /[a-z\u00DF-\u00FF)"”’]{2}[.!?]["”’]?\s+["“‘]?[A-Z]/;

/** 1 for an upper-case letter, 2 for a lower-case one, 0 otherwise (ASCII fast path). */
function letterCase(code: number, c: string): number {
  if (code >= CH_A && code <= CH_Z) return 1;
  if (code >= CH_a && code <= CH_z) return 2;
  if (code < CH_FIRST_NON_ASCII) return 0;
  const lo = c.toLowerCase();
  if (lo !== c) return 1;
  return c.toUpperCase() !== c ? 2 : 0;
}

/** Longer lines are not title-case lines. */
const TITLE_LINE_MAX = 160;

/** All-caps line, title-case line (most words of four letters or more capitalised), or running text. */
export function kindOf(line: string): LineKind {
  if (line.length > TITLE_LINE_MAX) {
    // Too long for a title-case line; an all-caps one has few lower-case letters.
    const limit = line.length * 0.2 + 2;
    let lower = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (((code >= CH_a && code <= CH_z) || (code >= CH_FIRST_NON_ASCII && letterCase(code, line[i]) === 2)) && ++lower > limit) return 'text';
    }
  }
  let letters = 0;
  let upper = 0;
  let words = 0;
  let capWords = 0;
  let run = 0;
  let runCap = false;
  for (let i = 0; i <= line.length; i++) {
    const code = i < line.length ? line.charCodeAt(i) : PAST_END;
    const lc = letterCase(code, line[i] ?? ' ');
    if (lc || ((code === CH_APOSTROPHE || code === CH_RIGHT_QUOTE || code === CH_HYPHEN) && run > 0)) {
      if (lc) {
        letters++;
        if (lc === 1) upper++;
      }
      if (run === 0) runCap = lc === 1;
      run++;
    } else {
      if (run >= 4) {
        words++;
        if (runCap) capWords++;
        // Four lower-case words: running text, not a headline in capitals.
        else if (words - capWords >= 4 && letters - upper > 20) return 'text';
      }
      run = 0;
    }
  }
  if (letters >= 6 && upper / letters >= 0.8) return 'caps';
  // A headline is one short phrase: a sentence break ("... steel. Trade Minister ...") says running text,
  // and it ends without a full stop (a sentence dense with names is not a headline).
  if (line.length <= TITLE_LINE_MAX && words >= 3 && capWords / words >= 0.75 && !SENTENCE_BREAK.test(line) && !/[.!?]["”’]?\s*$/.test(line)) {
    return 'title';
  }
  return 'text';
}

export class Lines {
  /** The lines asked for so far, by their number (an array: no hashing of offsets). */
  private readonly cache: (Line | undefined)[] = [];
  /** Offsets of the newlines, found once. */
  private readonly breaks: number[] = [];
  private readonly headlineStart: number;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
    const first = text.search(/\S/);
    if (first < 0) {
      this.headlineStart = -1;
    } else {
      const start = text.lastIndexOf('\n', first) + 1;
      let end = text.indexOf('\n', first);
      if (end < 0) end = text.length;
      this.headlineStart = end - start <= 300 ? start : -1;
    }
  }

  /** The line holding offset `pos`. */
  at(pos: number): Line {
    // The first break at or after pos ends the line; the one before it starts it.
    const b = this.breaks;
    const lo = lowerBound(b, pos);
    let line = this.cache[lo];
    if (!line) {
      const start = lo > 0 ? b[lo - 1] + 1 : 0;
      const end = lo < b.length ? b[lo] : this.text.length;
      line = this.cache[lo] = new Line(this.text, start, end, start === this.headlineStart);
    }
    return line;
  }
}
