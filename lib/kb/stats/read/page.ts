// A page cut into sentences, each read once, when a figure first asks about it: its places,
// flow cues, periods, sources and money amounts. The reader runs on every trade money figure of
// a page, so the page's cut and its sentences' facts are kept for the next figure (the last page
// only: the pipeline reads one page at a time).
import { findCues, type CueMention } from './cues';
import { findPeriods, type PeriodMention } from './periods';
import { findPlaces, type PlaceMention } from './places';
import { findSources, type SourceMention } from './sources';

export interface Span {
  start: number;
  end: number;
}

export interface SentenceFacts extends Span {
  places: PlaceMention[];
  cues: CueMention[];
  periods: PeriodMention[];
  sources: SourceMention[];
  /** Money amounts, roughly (the figure parser's spans are not at hand for the other figures). */
  amounts: Span[];
}

// A sentence ends at . ! ? before a capital, a digit or an opening quote, and at every line break
// (titles, captions and paragraphs have no full stop).
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9$])|\n+/g;
/** Words whose full stop ends no sentence ("U.S. Trade", "Mr. Trump", "Jan. 5"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jan',
  'feb',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'gov',
  'sen',
  'rep',
  'no',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'jr',
  'sr',
  'gen',
  'lt',
  'col',
  'prof',
  'approx',
  'est',
]);
const CH_DOT = 46;
/** `[A-Za-z.]` on a character code. */
const isLetterOrDot = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === CH_DOT;
/** A lower-case initial before a full stop ("U.S." read back to its last letter). */
const INITIAL = /(?:^|\.)[a-z]$/;
const AMOUNT =
  /(?:\b(?:US|C|A|HK|NZ|S|R)\$|[$€£¥₹]|\b(?:USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|INR|CHF|Rs\.?)\s?)\s?\d[\d.,]*(?:\s*(?:trillion|billion|million|bn|tn|mn|mln|bln)\b)?|\b\d[\d.,]*\s*(?:trillion|billion|million|bn|tn|mln|bln)\b(?:\s+(?:US\s+|U\.S\.\s+|Canadian\s+|Australian\s+|Hong\s+Kong\s+)?(?:dollars?|dlrs|yen|yuan|renminbi|euros?|pounds|won|rupees|pesos|francs|ringgit|baht|dong|rupiah|reais))?|\ba\s+(?:trillion|billion)\s+(?:[A-Z][a-z]+\s+)?dollars?\b/gi;

/**
 * A "sentence" longer than this is cut at a space (run-on text, a list or a table without full
 * stops): the reader's work for a figure grows with its sentence, so uncut such a page would cost
 * the square of its length (tests/pipeline/linear.test.ts). News sentences stay well under it.
 */
const MAX_SENTENCE_CHARS = 1000;
/** The longest word in ABBREVIATIONS. */
const LONGEST_ABBREVIATION = 6;

/**
 * A page cut into sentences as far as the reader has asked: figures come in page order and the
 * reader looks back from them, never ahead, so the text after a page's last money figure (two
 * fifths of the labelled articles' text) is never cut.
 */
export class PageFacts {
  /** Start of each sentence found so far, ascending; a sentence ends where the next starts. */
  readonly starts: number[] = [0];
  readonly facts: (SentenceFacts | undefined)[] = [];
  /** Where the search for the next sentence end resumes. */
  private searchFrom = 0;
  /** The start of the last sentence found, not yet cut to MAX_SENTENCE_CHARS (its end is not known). */
  private open = 0;
  private done = false;

  constructor(readonly text: string) {}

  /** Cuts sentences until one starts after `pos` (every start up to it is then final), or the page ends. */
  cutPast(pos: number): void {
    while (!this.done && this.open <= pos) this.cutNext();
  }

  /** Cuts sentences until sentence i's end is known. */
  cutThrough(i: number): void {
    while (!this.done && i + 1 >= this.starts.length) this.cutNext();
  }

  /** Finds the next sentence end: the open sentence is then cut to length and the next one opens. */
  private cutNext(): void {
    const { text } = this;
    SENTENCE_END.lastIndex = this.searchFrom;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_END.exec(text))) {
      this.searchFrom = SENTENCE_END.lastIndex;
      if (text.charCodeAt(m.index) === CH_DOT && !endsSentence(text, m.index)) continue;
      this.close(m.index + m[0].length);
      this.starts.push(m.index + m[0].length);
      this.open = m.index + m[0].length;
      return;
    }
    this.close(text.length);
    this.done = true;
  }

  /** Ends the open sentence at `end`, cutting it at the last space before MAX_SENTENCE_CHARS as often as needed. */
  private close(end: number): void {
    let start = this.open;
    while (end - start > MAX_SENTENCE_CHARS) {
      const space = this.text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      start = space > start ? space + 1 : start + MAX_SENTENCE_CHARS;
      this.starts.push(start);
    }
  }
}

/** Does the full stop at `dot` end a sentence? Not after an abbreviation or an initial ("U.S."). */
function endsSentence(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  // Only a short word, or one whose last letter follows a full stop, can be either.
  if (dot - s > LONGEST_ABBREVIATION && text.charCodeAt(dot - 2) !== CH_DOT) return true;
  const word = text.slice(s, dot).toLowerCase();
  return !ABBREVIATIONS.has(word) && !INITIAL.test(word);
}

let last: PageFacts | undefined;

/** The page, its sentences cut as far as asked; kept for the page's next figure. */
export function pageFacts(text: string): PageFacts {
  if (last?.text !== text) last = new PageFacts(text);
  return last;
}

/** Index of the sentence holding position `pos`. */
export function sentenceIndexAt(page: PageFacts, pos: number): number {
  page.cutPast(pos);
  const { starts } = page;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Moves spans found in a sentence to page positions. */
function shift<T extends Span>(spans: T[], by: number): T[] {
  for (const s of spans) {
    s.start += by;
    s.end += by;
  }
  return spans;
}

/**
 * A sentence's facts, each finder run on first use: most sentences the reader looks at (the ones
 * before a figure's, or one with no flow word) are asked only for their flow cues.
 */
class LazySentenceFacts implements SentenceFacts {
  private placesRead?: PlaceMention[];
  private sourcesRead?: SourceMention[];
  private cuesRead?: CueMention[];
  private periodsRead?: PeriodMention[];
  private amountsRead?: Span[];

  constructor(
    /** The sentence alone: a global expression's search from lastIndex would otherwise run on to the end of the page whenever the sentence has no match. */
    private readonly sentence: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get places(): PlaceMention[] {
    return (this.placesRead ??= shift(findPlaces(this.sentence, 0, this.sentence.length), this.start));
  }

  /** Read from the places at sentence positions; asked of fewer sentences than the places (not of those a page's economy is counted in). */
  get sources(): SourceMention[] {
    if (!this.sourcesRead) {
      const { sentence, start } = this;
      const places = this.places.map((p) => ({ ...p, start: p.start - start, end: p.end - start }));
      this.sourcesRead = shift(findSources(sentence, 0, sentence.length, places), start);
    }
    return this.sourcesRead;
  }

  get cues(): CueMention[] {
    return (this.cuesRead ??= shift(findCues(this.sentence, 0, this.sentence.length), this.start));
  }

  get periods(): PeriodMention[] {
    return (this.periodsRead ??= shift(findPeriods(this.sentence, 0, this.sentence.length), this.start));
  }

  get amounts(): Span[] {
    if (!this.amountsRead) {
      const amounts: Span[] = [];
      AMOUNT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = AMOUNT.exec(this.sentence))) amounts.push({ start: m.index, end: m.index + m[0].length });
      this.amountsRead = shift(amounts, this.start);
    }
    return this.amountsRead;
  }
}

/** The facts of sentence i, read on first use. */
export function sentenceFacts(page: PageFacts, i: number): SentenceFacts {
  const known = page.facts[i];
  if (known) return known;
  page.cutThrough(i);
  const { text, starts } = page;
  const start = starts[i];
  const end = i + 1 < starts.length ? starts[i + 1] : text.length;
  const facts = new LazySentenceFacts(text.slice(start, end), start, end);
  page.facts[i] = facts;
  return facts;
}
