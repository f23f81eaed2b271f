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

export interface PageFacts {
  text: string;
  /** Start of each sentence, ascending; a sentence ends where the next starts. */
  starts: number[];
  facts: (SentenceFacts | undefined)[];
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
const WORD = /\S+/g;

/** The number of words in a stretch of text. */
export const wordCount = (s: string): number => s.match(WORD)?.length ?? 0;

const AMOUNT =
  /(?:\b(?:US|C|A|HK|NZ|S|R)\$|[$€£¥₹]|\b(?:USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|INR|CHF|Rs\.?)\s?)\s?\d[\d.,]*(?:\s*(?:trillion|billion|million|bn|tn|mn|mln|bln)\b)?|\b\d[\d.,]*\s*(?:trillion|billion|million|bn|tn|mln|bln)\b(?:\s+(?:US\s+|U\.S\.\s+|Canadian\s+|Australian\s+|Hong\s+Kong\s+)?(?:dollars?|dlrs|yen|yuan|renminbi|euros?|pounds|won|rupees|pesos|francs|ringgit|baht|dong|rupiah|reais))?|\ba\s+(?:trillion|billion)\s+(?:[A-Z][a-z]+\s+)?dollars?\b/gi;

/**
 * A "sentence" longer than this is cut at a space (run-on text, a list or a table without full
 * stops): the reader's work for a figure grows with its sentence, so uncut such a page would cost
 * the square of its length (tests/pipeline/linear.test.ts). News sentences stay well under it.
 */
const MAX_SENTENCE_CHARS = 1000;

/** `starts` with every sentence longer than MAX_SENTENCE_CHARS cut, at the last space before the limit. */
function capSentences(text: string, starts: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    let start = starts[i];
    out.push(start);
    while (end - start > MAX_SENTENCE_CHARS) {
      const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      start = space > start ? space + 1 : start + MAX_SENTENCE_CHARS;
      out.push(start);
    }
  }
  return out;
}

function splitSentences(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text))) {
    if (text.charCodeAt(m.index) === CH_DOT) {
      // The word the full stop ends: an abbreviation or an initial ("U.S.") ends no sentence.
      let s = m.index;
      while (s > 0 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
      const word = text.slice(s, m.index).toLowerCase();
      if (ABBREVIATIONS.has(word) || INITIAL.test(word)) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return capSentences(text, starts);
}

let last: PageFacts | undefined;

/** The page's sentences, cut once per page. */
export function pageFacts(text: string): PageFacts {
  if (last?.text !== text) {
    const starts = splitSentences(text);
    last = { text, starts, facts: new Array(starts.length) };
  }
  return last;
}

/** Index of the sentence holding position `pos`. */
export function sentenceIndexAt(page: PageFacts, pos: number): number {
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
    if (!this.placesRead) this.readPlacesAndSources();
    return this.placesRead!;
  }

  get sources(): SourceMention[] {
    if (!this.sourcesRead) this.readPlacesAndSources();
    return this.sourcesRead!;
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

  /** Sources are read from the places at sentence positions, before both move to page positions. */
  private readPlacesAndSources(): void {
    const { sentence } = this;
    const places = findPlaces(sentence, 0, sentence.length);
    const sources = findSources(sentence, 0, sentence.length, places);
    this.placesRead = shift(places, this.start);
    this.sourcesRead = shift(sources, this.start);
  }
}

/** The facts of sentence i, read on first use. */
export function sentenceFacts(page: PageFacts, i: number): SentenceFacts {
  const known = page.facts[i];
  if (known) return known;
  const { text, starts } = page;
  const start = starts[i];
  const end = i + 1 < starts.length ? starts[i + 1] : text.length;
  const facts = new LazySentenceFacts(text.slice(start, end), start, end);
  page.facts[i] = facts;
  return facts;
}
