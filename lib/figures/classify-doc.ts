// Once-per-document facts for trade classification: how trade-heavy the article is (three regex
// counts, computed up front), sentence bounds (one pass, on first use), and the cue words of a
// sentence (one regex pass over that sentence, on first use, cached). Only sentences that hold a
// figure, or that a bare "the deficit" looks back through, are ever scanned for cues, so a big
// page with a few figures costs little more than its topic count.

import { CUES, type CueDef, type TradeMeasure } from './cues';
import type { TradeJudgement } from '../types';

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

// One alternation of all cue patterns; group i+1 is CUES[i]. Each pattern starts on a word
// boundary and must not end inside a word.
// The word boundary is factored out of the alternation so the engine tries the alternatives
// only at word starts (about 5x faster than a \b in each alternative).
const CUE_RE = new RegExp(String.raw`\b(?:${CUES.map((c) => String.raw`(${c.re})`).join('|')})(?!\w)`, 'gi');

// Words before a full stop that do not end a sentence ("U.S. Rose" is Reuters house style).
const ABBREV = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col st sr jr inc corp co ltd bros no nos vs jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec ga calif mass wash pa fla ill mich tex etc approx dept univ ave mt ft pres'
  ).split(' '),
);

function isAbbreviation(text: string, dot: number): boolean {
  // The token ending at `dot` (exclusive), back to whitespace or an opening bracket.
  let i = dot;
  while (i > 0 && !/[\s("“']/.test(text[i - 1])) i--;
  const token = text.slice(i, dot);
  if (token.length === 0) return false;
  if (/^[A-Z]$/.test(token)) return true; // an initial: "John F. Kennedy"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(token)) return true; // U.S, U.K, a.m, e.g
  return ABBREV.has(token.toLowerCase());
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
  }
  return starts;
}

/** Cue hits in text[from, to). A cue may run past `to` only if it starts before it. */
function findCues(text: string, from: number, to: number): CueHit[] {
  const hits: CueHit[] = [];
  CUE_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text)) && m.index < to) {
    if (m[0].length === 0) {
      CUE_RE.lastIndex++;
      continue;
    }
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    hits.push({ start: m.index, end: m.index + m[0].length, def: CUES[g - 1] });
  }
  return hits;
}

// Words that show what an article is about (not what a figure measures).
const TOPIC_RE =
  /\b(?:trade(?!-off)|trading|tariffs?|dut(?:y|ies)|exports?|imports?|exporters?|importers?|protectionis\w*|dumping|quotas?|sanctions|subsid\w*|retaliat\w*|surplus(?:es)?|deficits?|WTO|GATT|NAFTA|USMCA)\b/gi;
// The same minus import/export, which also name software modules and data formats.
const POLICY_RE =
  /\b(?:trade(?!-off)|tariffs?|dut(?:y|ies)|protectionis\w*|dumping|quotas?|sanctions|subsid\w*|retaliat\w*|surplus(?:es)?|deficits?|WTO|GATT|NAFTA|USMCA)\b/gi;

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
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

/** How trade-heavy a text is: three regex counts, no cue table. */
export function topicOf(text: string): DocTopic {
  const words = countMatches(/\S+/g, text);
  const topicWords = countMatches(TOPIC_RE, text);
  const policyWords = countMatches(POLICY_RE, text);
  const density = words ? (100 * topicWords) / words : 0;
  POLICY_RE.lastIndex = 0;
  const first = POLICY_RE.exec(text)?.[0];
  const topic: DocTopic = { topicWords, policyWords, density, tradeHeavy: policyWords >= 3 && topicWords >= 6 && density >= 1.2 };
  if (first) topic.firstPolicyWord = first;
  return topic;
}

/**
 * Compute once per document. Cheap: the topic is three regex counts; sentence bounds and the
 * cues of a sentence are computed when a figure first needs them.
 */
export function analyseDocument(text: string): DocContext {
  let starts: number[] | undefined;
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
    topic: topicOf(text),
    memo: new Map(),
  };
  return ctx;
}
