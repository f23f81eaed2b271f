// Once-per-document facts for trade classification: how trade-heavy the article is (one regex
// pass, on first use), sentence bounds (one pass, on first use), and the cue words of a
// sentence (one regex pass over that sentence, on first use, cached). Only sentences that hold a
// figure, or that a bare "the deficit" looks back through, are ever scanned for cues, so a big
// page with a few figures costs little more than its topic count.

import { CUES, type CueDef, type TradeMeasure } from './cues';
import type { FigureSpan, TradeJudgement } from '../../types';
import { keyedAlternation } from '../../text/keyed-alternation';
import { CUE_STARTS } from './cue-starts';
import { countWords, isWhiteSpaceCode, isWordCode } from '../../text/char-tests';

export interface CueHit {
  start: number;
  end: number;
  def: CueDef;
}

/** A deficit/surplus/balance mention whose kind is written out ("trade deficit", "budget deficit"). */
export interface BalanceMention {
  start: number;
  trade: boolean;
  measure?: TradeMeasure;
}

export interface DocTopic {
  /** Mentions of trade as a topic ("trade", "tariffs", "exports", "protectionism", "surplus"...). */
  topicWords: number;
  /** The same without imports/exports, which also name software modules and data formats. */
  policyWords: number;
  /** topicWords per 100 words. */
  density: number;
  /** The article is about trade: a figure that nothing in its sentence decides leans trade. */
  tradeHeavy: boolean;
  /** The first policy word of the text ("tariffs"), the cue shown for figures the topic decided. */
  firstPolicyWord?: string;
}

/**
 * A judgement and how it was reached: by the figure's own sentence, by a neighbour's, or by the
 * article's topic. Only the first kind is passed on across sentences (no chains).
 */
export interface Decided {
  judgement: TradeJudgement;
  source: 'sentence' | 'neighbour' | 'topic';
}

export interface DocContext {
  /** The text this context was computed for (classification checks it is handed the same one). */
  readonly text: string;
  /** Sentence start offsets, ascending; sentence i ends where sentence i+1 starts. */
  readonly sentenceStarts: number[];
  /** Cue hits of sentence i, ascending by start, never overlapping. */
  cuesOf(i: number): CueHit[];
  readonly topic: DocTopic;
  /** Judgements already made in this document, keyed by "start:end" of the figure. */
  readonly memo: Map<string, Decided>;
}

/** A figure's key in the per-document memos. */
export function memoKey(figure: FigureSpan): string {
  return `${figure.start}:${figure.end}`;
}

// One alternation of the cue patterns per first two characters of a word; group i+1 is
// CUES[branchOf[i]]. Each pattern starts on a word boundary and must not end inside a word.
// Sticky: findCues tries it only where a word starts, which gives the hits of a global scan
// (every pattern begins with a word character). The global form could not stop at a sentence's
// end: after the sentence's last cue it ran on to the next cue anywhere in the text before it
// could tell there was none left in the sentence. Split by a word's start: the whole table, tried
// at every word, was the largest single cost of classification. The starts are read from the cue
// sources at build time (cue-starts.ts), not at load.
const cuesStartingWith = keyedAlternation(
  CUES.map((c) => c.re),
  CUE_STARTS,
  String.raw`\b`,
  String.raw`(?!\w)`,
  'iy',
);

// Words before a full stop that do not end a sentence ("U.S. Rose" is Reuters house style).
const ABBREV = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col st sr jr inc corp co ltd bros no nos vs jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec ga calif mass wash pa fla ill mich tex etc approx dept univ ave mt ft pres'
  ).split(' '),
);

/** `/[\s("“']/` on a character code: what ends a token, scanning back (called per character). */
function isTokenEdge(c: number): boolean {
  return c === 40 || c === 34 || c === 0x201c || c === 39 || isWhiteSpaceCode(c);
}

const isUpperCode = (c: number) => c >= 65 && c <= 90;
const isAsciiLetterCode = (c: number) => isUpperCode(c) || (c >= 97 && c <= 122);

/** `/^(?:[A-Za-z]\.)+[A-Za-z]$/` on text[start, end) by hand: it ran at every full stop of the page. */
function isDottedLetters(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 3 || length % 2 === 0) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(start + i);
    if (i % 2 === 0 ? !isAsciiLetterCode(c) : c !== 46) return false;
  }
  return true;
}

/** The longest word of ABBREV: a longer token is cut out and looked up for nothing. */
const LONGEST_ABBREV = Math.max(...[...ABBREV].map((w) => w.length));

function isAbbreviation(text: string, dot: number): boolean {
  // The token ending at `dot` (exclusive), back to whitespace or an opening bracket.
  let i = dot;
  while (i > 0 && !isTokenEdge(text.charCodeAt(i - 1))) i--;
  const length = dot - i;
  if (length === 0) return false;
  if (length === 1 && isUpperCode(text.charCodeAt(i))) return true; // an initial: "John F. Kennedy"
  if (isDottedLetters(text, i, dot)) return true; // U.S, U.K, a.m, e.g
  return length <= LONGEST_ABBREV && ABBREV.has(text.slice(i, dot).toLowerCase());
}

/** Sentence start offsets. Line breaks always end a sentence (headlines, captions, paragraphs). */
export function splitSentences(text: string): number[] {
  const starts = [0];
  const re = /\n+|[.!?]+["”’')\]]*(?=\s)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const endOfMark = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    let next = endOfMark;
    while (next < text.length && text.charCodeAt(next) <= 32) next++;
    if (next < text.length && next > starts[starts.length - 1]) starts.push(next);
    // Go on after the white space: every line break in it would start the same sentence again,
    // and skipping the run once per line break was quadratic in blank-line runs of page text.
    re.lastIndex = next;
  }
  return starts;
}

/**
 * Cue hits in text[from, to). A cue may run past `to` only if it starts before it. Walks the
 * word starts by hand and tries the cue regex only there.
 */
function findCues(text: string, from: number, to: number): CueHit[] {
  const hits: CueHit[] = [];
  let prevWord = from > 0 && isWordCode(text.charCodeAt(from - 1));
  for (let pos = from; pos < to; pos++) {
    const c = text.charCodeAt(pos);
    const word = isWordCode(c);
    if (!word || prevWord) {
      prevWord = word;
      continue;
    }
    prevWord = true;
    const cues = cuesStartingWith(text, pos);
    if (!cues) continue;
    cues.regex.lastIndex = pos;
    const m = cues.regex.exec(text);
    if (!m || m[0].length === 0) continue;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    hits.push({ start: pos, end: pos + m[0].length, def: CUES[cues.branchOf[g - 1]] });
    // Go on after the cue; the character before `pos` is then the cue's last, a word character
    // unless the cue ends in punctuation.
    pos += m[0].length - 1;
    prevWord = isWordCode(text.charCodeAt(pos));
  }
  return hits;
}

// Words that show what an article is about (not what a figure measures).
const TOPIC_RE =
  /\b(?:trade(?!-off)|trading|tariffs?|dut(?:y|ies)|exports?|imports?|exporters?|importers?|protectionis\w*|dumping|quotas?|sanctions|subsid\w*|retaliat\w*|surplus(?:es)?|deficits?|WTO|GATT|NAFTA|USMCA)\b/gi;

/**
 * Whether the topic word at `start` is a policy word too: every topic word but "trading" and the
 * import/export words, which also name software modules and data formats. Read from its letters:
 * no policy word starts with "e" or "i", and of those starting "trad" only "trading" has an "i".
 */
function isPolicyWordAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start) | 0x20;
  if (c === 101 || c === 105) return false;
  return !(c === 116 && (text.charCodeAt(start + 4) | 0x20) === 105);
}

function balanceMeasure(words: string): TradeMeasure {
  if (/current/i.test(words)) return 'current account';
  if (/deficit|shortfall|gap/i.test(words)) return 'trade deficit';
  if (/surplus/i.test(words)) return 'trade surplus';
  return 'trade balance';
}

export { balanceMeasure };

/** The balance mention a cue hit is, if its kind is written out. */
export function balanceMention(text: string, hit: CueHit): BalanceMention | undefined {
  const { def } = hit;
  if (def.role === 'trade' && (def.measure === 'trade balance' || def.measure === 'current account')) {
    return { start: hit.start, trade: true, measure: balanceMeasure(text.slice(hit.start, hit.end)) };
  }
  if (def.role === 'other' && /deficit|surplus|gap|balance|shortfall/i.test(text.slice(hit.start, hit.end))) {
    return { start: hit.start, trade: false };
  }
  return undefined;
}

/** Topic words per 100 words. */
function densityOf(topicWords: number, words: number): number {
  return words ? (100 * topicWords) / words : 0;
}

/**
 * How trade-heavy a text is, without the cue table: one pass for the topic words, each told
 * from its letters to be a policy word or not, and a word count only when the two counts could
 * make the text trade-heavy. (Topic and policy matches are whole words, and every policy word is a topic
 * word, so counting them in one pass gives what two separate passes did.)
 */
export function topicOf(text: string): DocTopic {
  let topicWords = 0;
  let policyWords = 0;
  let first: string | undefined;
  TOPIC_RE.lastIndex = 0;
  // test(), not exec(): no match array per word. A topic word is a whole run of word characters
  // (a boundary on each side, word characters only between), so it starts where its run does.
  while (TOPIC_RE.test(text)) {
    topicWords++;
    const end = TOPIC_RE.lastIndex;
    let start = end - 1;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (isPolicyWordAt(text, start)) {
      policyWords++;
      first ??= text.slice(start, end);
    }
  }
  // Dense enough needs at most about 100 / 1.2 words per topic word: a page with more words than
  // that is not, and its words are counted only that far. (No named closures here: under tsx
  // each would have its name set on every call.)
  let words: number | undefined;
  let tradeHeavy = false;
  if (policyWords >= 3 && topicWords >= 6) {
    const limit = Math.ceil((100 * topicWords) / 1.2) + 1;
    const n = countWords(text, limit);
    if (n <= limit) {
      words = n;
      tradeHeavy = densityOf(topicWords, n) >= 1.2;
    }
  }
  const topic: DocTopic = {
    topicWords,
    policyWords,
    // Counting every word of a long page costs more than the two regex passes together, and
    // only a text with enough trade words needs it.
    get density() {
      return densityOf(topicWords, (words ??= countWords(text)));
    },
    tradeHeavy,
  };
  if (first) topic.firstPolicyWord = first;
  return topic;
}

/**
 * Compute once per document. Cheap: the topic, sentence bounds and the cues of a sentence are
 * computed when a figure first needs them. The topic is read only for figures that their own
 * and neighbouring sentences leave undecided: 2 of the 31 labelled articles with figures ask.
 */
export function analyseDocument(text: string): DocContext {
  let starts: number[] | undefined;
  let topic: DocTopic | undefined;
  const bySentence = new Map<number, CueHit[]>();
  const ctx: DocContext = {
    text,
    get sentenceStarts() {
      return (starts ??= splitSentences(text));
    },
    cuesOf(i: number): CueHit[] {
      let hits = bySentence.get(i);
      if (!hits) {
        const s = ctx.sentenceStarts;
        hits = findCues(text, s[i], s[i + 1] ?? text.length);
        bySentence.set(i, hits);
      }
      return hits;
    },
    get topic() {
      return (topic ??= topicOf(text));
    },
    memo: new Map(),
  };
  return ctx;
}
