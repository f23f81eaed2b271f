// How the words between a figure and a cue tie them together: attached ("of its planned
// imports"), set off in an aside, the object of a preposition, or the base of another percent.

import type { FigureSpan } from '../../types';
import type { CueHit } from './document';
import { isWhiteSpaceCode } from '../../text/char-tests';

// Words that, between a figure and a noun, show the noun is not the figure's own head.
const GAP_STOP = new Set(
  (
    'is was were be been being are will would could should can may might must has have had did does do ' +
    'said says say told to from than by at with on and or but nor while whereas compared against versus vs after ' +
    'before since as that which who whom whose if when because though although up down over under into below above ' +
    'rose fell rising falling gained lost increased decreased dropped jumped declined grew climbed hit reached ' +
    'this these those it its they their he she we i you his her our'
  ).split(' '),
);
// Possessives that may sit in the gap ("1.27 billion dlrs of its planned imports").
const GAP_OK = new Set(['its', 'their', 'his', 'her', 'our', 'this', 'these']);

/** Ranges of a sentence set off as asides: (...), -- ... --, — ... —, ", which ... ,". */
export function asides(text: string, s: number, e: number): Array<[number, number]> {
  const sent = text.slice(s, e);
  const out: Array<[number, number]> = [];
  const re = /\([^()]*\)|\s--\s[^]*?\s--\s|\s—\s?[^—]*?—|,\s+(?:which|who|whose|where|including|targeted|hit|led|once|a|an)\b[^,;]*,/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sent))) out.push([s + m.index, s + m.index + m[0].length]);
  return out;
}

/**
 * Whether a cue is the base of an earlier percent in the sentence ("4.5 pct of gross national
 * product"): it belongs to that percent and does not govern the figures after it.
 */
export function isDenominatorOfOther(text: string, figures: FigureSpan[], idx: number, h: CueHit, ss: number): boolean {
  // The last figure ending at or before the cue (figures are sorted and never overlap).
  let lo = 0;
  let hi = idx - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].end <= h.start) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0) return false;
  const g = figures[k];
  if (g.start < ss || g.kind !== 'percent') return false;
  const gap = text.slice(g.end, h.start);
  return /^\s+of\b/i.test(gap) && attachedGap(gap);
}

const TIME_WORD =
  /^(?:\d[\d/.,-]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*|year|years|month|months|quarter|half|week|weeks|period|season|decade)$/;

// What ends the stretch before a cue that isPrepositionalObject reads.
const PUNCT = /[,;:()"“”—]|\s-\s|--/g;

const PREPOSITIONS = new Set(['of', 'from', 'to', 'by', 'in', 'into', 'on', 'for', 'against', 'among', 'between', 'over', 'under', 'at']);

/** Whether a cue is the object of a preposition ("from the world's second largest economy"). */
export function isPrepositionalObject(text: string, h: CueHit, from: number): boolean {
  const before = text.slice(from, h.start);
  // Only as far back as the last punctuation mark. (test(), not exec(): no match arrays.)
  PUNCT.lastIndex = 0;
  let cut = 0;
  while (PUNCT.test(before)) cut = PUNCT.lastIndex;
  // The nearest preposition among the last five words, with only modifiers after it. A time
  // phrase is not a modifier of the subject: "In 1986 exports totalled ...". The words are the
  // runs of non-space after the cut, read back from the end by hand: trimming, splitting on
  // `\s+` and filtering cost more than the test on the few words read.
  let end = before.length;
  for (let n = 0; n < 5; n++) {
    while (end > cut && isWhiteSpaceCode(before.charCodeAt(end - 1))) end--;
    if (end === cut) break;
    let start = end - 1;
    while (start > cut && !isWhiteSpaceCode(before.charCodeAt(start - 1))) start--;
    const w = before.slice(start, end).toLowerCase();
    // A quantity makes the cue the head of its own noun phrase ("subject to a 19% tariff").
    if (TIME_WORD.test(w) || /\d/.test(w)) return false;
    if (PREPOSITIONS.has(w)) return true;
    if (GAP_STOP.has(w) && !GAP_OK.has(w)) return false;
    end = start;
  }
  return false;
}

/** The words between a figure and a noun keep the noun attached to it ("of its planned imports"). */
export function attachedGap(gap: string): boolean {
  if (/^[\s-]*$/.test(gap)) return true;
  const cleaned = gap.replace(/\b(?:[A-Za-z]\.){2,}/g, 'X');
  if (/[,;:()[\]!?"“”]|\.\s|—|\s-\s|--/.test(cleaned)) return false;
  const words = cleaned.trim().split(/\s+/).filter(Boolean);
  if (words.length > 4) return false;
  return words.every((w) => GAP_OK.has(w.toLowerCase()) || !GAP_STOP.has(w.toLowerCase()));
}
