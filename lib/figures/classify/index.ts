// Is this money or percent figure about trade? Decided from the words that govern the figure
// in its own sentence, with the article's topic only as a last, weak prior. The vocabulary is in
// cues.ts; this file only says which of a sentence's cue words governs a figure.
//
// Order of evidence (first that speaks wins):
//   1. a noun attached right after the figure: "25 percent tariff", "$22.6 billion surplus",
//      "$68 billion of commercial debt", "$250 billion worth of Chinese imports";
//   2. the nearest cue to the left in the sentence (within LEFT_REACH): "exports rose 5.2 pct to",
//      "tariffs on $200 billion", "shares of Deere rose 1.9 percent". Cues in asides
//      (", which ...,", parentheses, dashes), cues after a preposition ("exports from the world's
//      second largest economy fell 1%") and the base of an earlier percent ("4.5 pct of GNP")
//      yield to a cue further left, and speak only if none does;
//   3. for a percent, its base: "45 percent of imports", "13 percent of global output"; and
//      per-unit words: "$8.56 a bushel";
//   4. a goods word ("worth", "goods", "contracts") attached or to the left, where trade is talked of;
//   5. a cue shortly to the right: "at 5 percent its tariffs on ...";
//   6. a neighbour's own verdict: the same value shortly before ("The 10% will go up"), the
//      other half of a pair ("between $10 billion and $14 billion in aid"), the figure before it
//      in the sentence, or in the sentence before when this one points back ("It widened to");
//   7. the article's topic.
// Cue positions are found per sentence, once, when a figure first needs them (document.ts).

import type { FigureSpan, TradeJudgement } from '../../types';
import {
  analyseDocument,
  balanceMeasure,
  balanceMention,
  type BalanceMention,
  type CueHit,
  type Decided,
  type DocContext,
} from './document';
import type { TradeMeasure } from './cues';

export type { DocContext, DocTopic } from './document';
export type { TradeMeasure } from './cues';
export { analyseDocument };

/** What one cue says once resolved against its context. */
interface Verdict {
  trade: boolean;
  measure?: TradeMeasure;
  cue: string;
  /** Weak evidence (a goods word): used only when nothing stronger speaks. */
  weak?: boolean;
  /** The cue that produced it (absent for inherited and prior verdicts). */
  hit?: CueHit;
}

// Words that, between a figure and a noun, show the noun is not the figure's own head.
const GAP_STOP = new Set(
  (
    'is was were be been being are will would could should can may might must has have had did does do ' +
    'said says say told to from than by at with on and or but nor while whereas compared against versus vs after ' +
    'before since as that which who whom whose if when because though although up down over under into ' +
    'rose fell rising falling gained lost increased decreased dropped jumped declined grew climbed hit reached ' +
    'this these those it its they their he she we i you his her our'
  ).split(' '),
);
// Possessives that may sit in the gap ("1.27 billion dlrs of its planned imports").
const GAP_OK = new Set(['its', 'their', 'his', 'her', 'our', 'this', 'these']);

const GOODS_CONTEXT =
  /\b(?:imports?|imported|exports?|goods|products?|coming\s+in(?:to)?|chinese|foreign|steel|alumini?um|cars|autos?|tariffs?|duties|border|shipments)\b/i;
const CURRENCY_TRADE =
  /\b(?:trade|surplus(?:es)?|deficits?|exports?|exporters?|imports?|competitive\w*|revaluation|revalue|undervalued|overvalued|manipulat\w*|tariffs?)\b/gi;
const CURRENCY_MARKET =
  /\b(?:speculative|speculation|capital|inflows?|outflows?|reserves|closed|close|dealers|traders|interest\s+rates?|money\s+supply|investors|stocks?|shares)\b/gi;
const MARKET_PURCHASE =
  /\b(?:central\s+bank|bank\s+of\s+(?:japan|england|korea|canada|france|italy|china)|bundesbank|federal\s+reserve|the\s+fed|interven\w+|shares|stocks?|stake|bonds|treasur(?:y|ies)\s+(?:bills|bonds|notes|securities)|treasuries|securities|acquir\w+|acquisition|takeover|merger|buyout|investors)\b/i;
const FARM_CONTEXT =
  /\b(?:farm\w*|agricultur\w*|growers|ranchers|acres?|crops?|soybeans?|retaliat\w*|trade\s+(?:wars?|disputes?|practices|tensions|fights?)|tariffs?)\b/i;
const FARM_WORDS = /\b(?:farm(?:s|ers?)?|agricultur\w*|growers|ranchers|soybeans?|crops?)\b/gi;

// Per-document: is this a farm story (so "the package", "emergency aid" mean farm aid)?
const farmStory = new WeakMap<DocContext, boolean>();
function isFarmStory(ctx: DocContext): boolean {
  let v = farmStory.get(ctx);
  if (v === undefined) {
    FARM_WORDS.lastIndex = 0;
    let n = 0;
    while (n < 3 && FARM_WORDS.exec(ctx.text)) n++;
    farmStory.set(ctx, (v = n >= 3));
  }
  return v;
}
const INDUSTRIAL_POLICY =
  /\b(?:made\s+in\s+china|industrial\s+polic\w*|strategic\s+(?:industries|sectors)|subsid\w*|semiconductors?|chips?|state-(?:backed|led|owned|funded))\b/i;

let lastContext: DocContext | undefined;

function contextFor(text: string, given?: DocContext): DocContext {
  if (given && given.text === text) return given;
  if (lastContext?.text !== text) lastContext = analyseDocument(text);
  return lastContext;
}

function sentenceIndex(ctx: DocContext, pos: number): number {
  const s = ctx.sentenceStarts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sentenceBounds(ctx: DocContext, i: number): [number, number] {
  return [ctx.sentenceStarts[i], ctx.sentenceStarts[i + 1] ?? ctx.text.length];
}

/** Index of the first cue in `c` starting at or after `pos`. */
function firstCueFrom(c: CueHit[], pos: number): number {
  let lo = 0;
  let hi = c.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What a bare "the deficit" at `pos` refers to: the last mention before it whose kind is written
 * out ("trade deficit", "budget deficit"), else the first one after it. The mentions of whole
 * sentences are looked up in per-document tables filled once, outward from the first sentence
 * that asks, so a page with many bare deficits does not rescan its sentences for each.
 */
function antecedentBalance(ctx: DocContext, pos: number): BalanceMention | undefined {
  const si = sentenceIndex(ctx, pos);
  const cues = ctx.cuesOf(si);
  for (let k = cues.length - 1; k >= 0; k--) {
    if (cues[k].start >= pos) continue;
    const b = balanceMention(ctx.text, cues[k]);
    if (b) return b;
  }
  const before = lastMentionUpTo(ctx, si - 1);
  if (before) return before;
  for (const h of cues) {
    if (h.start <= pos) continue;
    const b = balanceMention(ctx.text, h);
    if (b) return b;
  }
  return firstMentionFrom(ctx, si + 1);
}

/** The last (or first) balance mention of sentence i. */
function mentionIn(ctx: DocContext, i: number, last: boolean): BalanceMention | null {
  const cues = ctx.cuesOf(i);
  for (let n = 0; n < cues.length; n++) {
    const b = balanceMention(ctx.text, cues[last ? cues.length - 1 - n : n]);
    if (b) return b;
  }
  return null;
}

interface MentionTables {
  /** upTo[i]: the last balance mention in sentences 0..i (null: none); filled as scans pass. */
  upTo: Array<BalanceMention | null | undefined>;
  /** from[i]: the first balance mention in sentences i..end (null: none). */
  from: Array<BalanceMention | null | undefined>;
}
const mentionTables = new WeakMap<DocContext, MentionTables>();

function tablesOf(ctx: DocContext): MentionTables {
  let t = mentionTables.get(ctx);
  if (!t) mentionTables.set(ctx, (t = { upTo: [], from: [] }));
  return t;
}

/**
 * The last balance mention in sentences 0..i. Scans back only until it finds one (or a sentence
 * an earlier scan already answered for), and records the answer for every sentence it passed:
 * each sentence is read at most once per document.
 */
function lastMentionUpTo(ctx: DocContext, i: number): BalanceMention | undefined {
  const t = tablesOf(ctx).upTo;
  let j = i;
  let found: BalanceMention | null = null;
  for (; j >= 0; j--) {
    const known = t[j];
    if (known !== undefined) {
      found = known;
      break;
    }
    found = mentionIn(ctx, j, true);
    if (found) break;
  }
  for (let k = Math.max(j, 0); k <= i; k++) t[k] = found;
  return found ?? undefined;
}

/** The first balance mention in sentences i..end; the forward twin of lastMentionUpTo. */
function firstMentionFrom(ctx: DocContext, i: number): BalanceMention | undefined {
  const n = ctx.sentenceStarts.length;
  const t = tablesOf(ctx).from;
  let j = i;
  let found: BalanceMention | null = null;
  for (; j < n; j++) {
    const known = t[j];
    if (known !== undefined) {
      found = known;
      break;
    }
    found = mentionIn(ctx, j, false);
    if (found) break;
  }
  for (let k = Math.min(j, n - 1); k >= i; k--) t[k] = found;
  return found ?? undefined;
}

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** Resolve a bare "deficit"/"surplus"/"gap" to trade or not. */
function resolveBalance(ctx: DocContext, hit: CueHit, words: string): Verdict | null {
  const after = ctx.text.slice(hit.end, hit.end + 60);
  const measure = balanceMeasure(words);
  if (
    /^\s+(?:in|on)\s+(?:the\s+|its\s+|their\s+)?(?:trade|goods|merchandise|services)\b/i.test(after) ||
    /^\s+with\s+(?:the\s+rest\s+of|the\s+world|(?:the\s+)?[A-Z]|its\s+(?:trading|main|major|biggest|largest)|other\s+countries|foreign)/.test(
      after,
    )
  ) {
    return { trade: true, measure, cue: words, hit };
  }
  // "the deficit": the last mention whose kind was written out, else the next one.
  const antecedent = antecedentBalance(ctx, hit.start);
  if (antecedent) {
    if (!antecedent.trade) return { trade: false, cue: words, hit };
    const m = antecedent.measure === 'current account' ? 'current account' : measure;
    return { trade: true, measure: m, cue: words, hit };
  }
  if (ctx.topic.tradeHeavy) return { trade: true, measure, cue: words, hit };
  return null;
}

// Per-document cache of sentence-level tests ("does sentence i mention goods?"), so a long
// sentence is searched once per pattern, not once per cue or figure.
const sentenceTests = new WeakMap<DocContext, Map<RegExp, Map<number, boolean>>>();

function sentenceHas(ctx: DocContext, i: number, re: RegExp): boolean {
  if (i < 0 || i >= ctx.sentenceStarts.length) return false;
  let byRe = sentenceTests.get(ctx);
  if (!byRe) sentenceTests.set(ctx, (byRe = new Map()));
  let bySentence = byRe.get(re);
  if (!bySentence) byRe.set(re, (bySentence = new Map()));
  let v = bySentence.get(i);
  if (v === undefined) bySentence.set(i, (v = re.test(sentenceText(ctx, i))));
  return v;
}

function sentenceText(ctx: DocContext, i: number): string {
  if (i < 0 || i >= ctx.sentenceStarts.length) return '';
  const [s, e] = sentenceBounds(ctx, i);
  return ctx.text.slice(s, e);
}

const TRADE_TALK =
  /\b(?:trade|tariffs?|imports?|exports?|deals?|agreements?|accords?|mission|delegation|negotiat\w*|goods|products|farm|agricultural|soybeans?|(?:China|Chinese|Beijing|Japan|Japanese|Tokyo|U\.S\.|America|American|Washington|Korea|Korean|Seoul|Taiwan|Canada|Canadian|Mexico|Mexican|Europe|European|EU|EC)(?:'s|’s)?)(?!\w)/i;

/** The article is about trade, or this sentence or the one before is. */
function tradeTalk(ctx: DocContext, si: number): boolean {
  return ctx.topic.tradeHeavy || sentenceHas(ctx, si, TRADE_TALK) || sentenceHas(ctx, si - 1, TRADE_TALK);
}

/** Whether a cue lies inside one of the document's figures ("U.S. Dlrs" in "4.2 billion U.S. Dlrs"). */
function insideFigure(figures: FigureSpan[], hit: CueHit): boolean {
  // Last figure starting before the cue ends; figures are sorted and never overlap.
  let lo = 0;
  let hi = figures.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < hit.end) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && figures[found].end > hit.start;
}

/** What a cue says about a figure in sentence `si`, or null if it says nothing here. */
function resolve(ctx: DocContext, hit: CueHit, si: number): Verdict | null {
  const words = ctx.text.slice(hit.start, hit.end);
  const { def } = hit;
  switch (def.role) {
    case 'trade': {
      if (def.gated && !tradeTalk(ctx, si)) return null;
      const measure = def.measure === 'trade balance' ? balanceMeasure(words) : def.measure;
      return { trade: true, measure, cue: words, hit };
    }
    case 'other':
      return { trade: false, cue: words, hit };
    case 'goods':
      // "worth", "goods", "contracts" mean traded goods only where trade is being discussed.
      return tradeTalk(ctx, si) ? { trade: true, measure: def.measure, cue: words, weak: true, hit } : null;
    case 'balance':
      return resolveBalance(ctx, hit, words);
    case 'tax':
      return sentenceHas(ctx, si, GOODS_CONTEXT) ? { trade: true, measure: 'tariffs', cue: words, hit } : null;
    case 'investment':
      return sentenceHas(ctx, si, INDUSTRIAL_POLICY)
        ? { trade: true, measure: 'industrial investment', cue: words, hit }
        : { trade: false, cue: words, hit };
    case 'currency':
      // A currency move is trade only when the passage ties it to trade, not to markets.
      return currencyPassageIsTrade(ctx, si) ? { trade: true, measure: 'currency', cue: words, hit } : { trade: false, cue: words, hit };
    case 'purchase':
      if (sentenceHas(ctx, si, MARKET_PURCHASE)) return { trade: false, cue: words, hit };
      // A shopper's "buy one online for $60" is not a trade deal.
      return tradeTalk(ctx, si) ? { trade: true, measure: 'purchase commitment', cue: words, hit } : null;
    case 'aid':
      // The farmers are often named in the sentence before ("... for farmers. Payments will range ...").
      if (sentenceHas(ctx, si, FARM_CONTEXT) || sentenceHas(ctx, si - 1, FARM_CONTEXT) || isFarmStory(ctx)) {
        return { trade: true, measure: 'farm aid', cue: words, hit };
      }
      return /package|payments?/i.test(words) ? null : { trade: false, cue: words, hit };
    case 'revenue': {
      const before = ctx.text.slice(Math.max(ctx.sentenceStarts[si], hit.start - 80), hit.start);
      return /\b(?:tariffs?|dut(?:y|ies)|levy|levies|customs)\b/i.test(before)
        ? { trade: true, measure: 'tariffs collected', cue: words, hit }
        : { trade: false, cue: words, hit };
    }
    case 'people':
    case 'mover':
    case 'none':
      return null;
  }
}

// Per-document: does the passage around sentence i (it and its neighbours) tie currency moves to
// trade? Counted once per sentence, not once per currency word in it.
const currencyPassages = new WeakMap<DocContext, Map<number, boolean>>();

function currencyPassageIsTrade(ctx: DocContext, si: number): boolean {
  let bySentence = currencyPassages.get(ctx);
  if (!bySentence) currencyPassages.set(ctx, (bySentence = new Map()));
  let v = bySentence.get(si);
  if (v === undefined) {
    const passage = sentenceText(ctx, si - 1) + ' ' + sentenceText(ctx, si) + ' ' + sentenceText(ctx, si + 1);
    v = countMatches(CURRENCY_TRADE, passage) > countMatches(CURRENCY_MARKET, passage);
    bySentence.set(si, v);
  }
  return v;
}

/** Ranges of a sentence set off as asides: (...), -- ... --, — ... —, ", which ... ,". */
function asides(text: string, s: number, e: number): Array<[number, number]> {
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
function isDenominatorOfOther(text: string, figures: FigureSpan[], idx: number, h: CueHit, ss: number): boolean {
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

// Names that, before "fell 5%", are places rather than companies ("exports to the U.S. fell").
const PLACES = new Set(
  (
    'us u.s. usa america china japan korea taiwan canada mexico germany france britain uk u.k. italy spain brazil ' +
    'india russia australia europe eu ec asia beijing washington tokyo seoul ottawa brussels london paris bonn ' +
    'hong kong singapore thailand indonesia malaysia vietnam argentina chile'
  ).split(' '),
);
const NOT_NAMES = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'which', 'he', 'she', 'we', 'the', 'a', 'an']);

/**
 * "Nvidia dropped 5.3%", "Apple and Qualcomm were both down by 5%": a move verb right before the
 * figure, after a name with no cue word: a share-price move, not trade.
 */
function marketMove(ctx: DocContext, cues: CueHit[], k: number, figure: FigureSpan, ss: number): Verdict | null {
  const text = ctx.text;
  const h = cues[k];
  if (!/^\s+(?:by\s+)?(?:at\s+least\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|over\s+|some\s+|just\s+|another\s+|a\s+further\s+|at\s+)?$/i.test(text.slice(h.end, figure.start))) {
    return null;
  }
  // The subject: back to the clause's start, at most six words, none of them a cue word.
  const from = Math.max(ss, h.start - 60);
  let subject = text.slice(from, h.start);
  const punct = /[,;:()"“”—]|\s-\s|--|\.\s/g;
  let cut = 0;
  while (punct.exec(subject)) cut = punct.lastIndex;
  if (k > 0 && cues[k - 1].end > from + cut) return null; // "China's exports to the U.S. fell 16%"
  subject = subject.slice(cut);
  const words = subject.trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last || words.length > 6) return null;
  if (!/^[A-Z0-9][\w&.'’-]*$/.test(last) || /^\d/.test(last)) return null;
  if (NOT_NAMES.has(last.toLowerCase()) || PLACES.has(last.toLowerCase().replace(/['’]s$/, ''))) return null;
  return { trade: false, cue: `${last} ${text.slice(h.start, h.end)}`, hit: h };
}

const TIME_WORD =
  /^(?:\d[\d/.,-]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*|year|years|month|months|quarter|half|week|weeks|period|season|decade)$/;

const PREPOSITIONS = new Set(['of', 'from', 'to', 'by', 'in', 'into', 'on', 'for', 'against', 'among', 'between', 'over', 'under', 'at']);

/** Whether a cue is the object of a preposition ("from the world's second largest economy"). */
function isPrepositionalObject(text: string, h: CueHit, from: number): boolean {
  let before = text.slice(from, h.start);
  // Only as far back as the last punctuation mark.
  const punct = /[,;:()"“”—]|\s-\s|--/g;
  let cut = 0;
  while (punct.exec(before)) cut = punct.lastIndex;
  before = before.slice(cut);
  const words = before.trim().split(/\s+/).filter(Boolean);
  // The nearest preposition among the last five words, with only modifiers after it. A time
  // phrase is not a modifier of the subject: "In 1986 exports totalled ...".
  for (let i = words.length - 1; i >= Math.max(0, words.length - 5); i--) {
    const w = words[i].toLowerCase();
    if (TIME_WORD.test(w)) return false;
    if (PREPOSITIONS.has(w)) return true;
    if (GAP_STOP.has(w) && !GAP_OK.has(w)) return false;
  }
  return false;
}

/** The words between a figure and a noun keep the noun attached to it ("of its planned imports"). */
function attachedGap(gap: string): boolean {
  if (/^[\s-]*$/.test(gap)) return true;
  const cleaned = gap.replace(/\b(?:[A-Za-z]\.){2,}/g, 'X');
  if (/[,;:()[\]!?"“”]|\.\s|—|\s-\s|--/.test(cleaned)) return false;
  const words = cleaned.trim().split(/\s+/).filter(Boolean);
  if (words.length > 4) return false;
  return words.every((w) => GAP_OK.has(w.toLowerCase()) || !GAP_STOP.has(w.toLowerCase()));
}

// How far left of a figure its governing words may be, in characters. Wire and news sentences
// put the subject well within this; it keeps run-on page text (menus, lists) from being scanned.
const LEFT_REACH = 400;

const PER_UNIT =
  /^\s*(?:a|an|per|each)\s+(?:tonnes?|tons?|bushels?|barrels?|units?|kilo\w*|kg|pounds?|lbs?|head|gallons?|lit(?:re|er)s?|cars?|vehicles?|items?|pieces?|pairs?|dozen|square\s+\w+)\b/i;

const TARIFF_MEASURES = new Set<TradeMeasure | undefined>(['tariffs', 'tariffs collected']);

/** Money decided as tariffs/goods: is it the goods a tariff covers, or tariffs collected? */
function refineMoney(
  ctx: DocContext,
  figure: FigureSpan,
  v: Verdict,
  si: number,
  attached: Verdict | undefined,
): Verdict {
  if (figure.kind !== 'money' || !v.trade) return v;
  const text = ctx.text;
  // A specific duty ("67 cents a bushel", "150 Ecus per tonne") is a rate, not a value of goods.
  if (TARIFF_MEASURES.has(v.measure) && PER_UNIT.test(text.slice(figure.end, figure.end + 30))) return v;
  if (attached && TARIFF_MEASURES.has(attached.measure)) {
    const gap = text.slice(figure.end, attached.hit!.start);
    if (/^\s+in\b/i.test(gap) || attached.measure === 'tariffs collected') {
      return { ...attached, measure: 'tariffs collected' };
    }
    return { ...attached, measure: 'goods covered by tariffs' };
  }
  if (!(v.measure === 'tariffs' || v.measure === 'traded goods' || v.measure === 'imports' || v.measure === 'exports')) {
    return v;
  }
  const isTariff = (h: CueHit) =>
    (h.def.role === 'trade' && (h.def.measure === 'tariffs' || h.def.measure === 'sanctions')) ||
    (h.def.role === 'tax' && sentenceHas(ctx, si, GOODS_CONTEXT));
  const covered = (h: CueHit, collected: boolean): Verdict => {
    const words = text.slice(h.start, h.end);
    if (collected) return { ...v, measure: 'tariffs collected', cue: words, hit: h };
    const measure: TradeMeasure = h.def.measure === 'sanctions' ? 'sanctions' : 'goods covered by tariffs';
    const own = v.hit && v.hit !== h ? text.slice(v.hit.start, v.hit.end) : '';
    return { ...v, measure, cue: own && own !== words ? `${words} … ${own}` : words };
  };
  // A tariff word shortly before, in the sentence: "tariffs on $200 billion", "taxing $110 billion".
  const cues = ctx.cuesOf(si);
  const first = firstCueFrom(cues, figure.start);
  for (let k = first - 1; k >= 0; k--) {
    const h = cues[k];
    if (figure.start - h.end > 120) break;
    if (!isTariff(h)) continue;
    const between = text.slice(h.end, figure.start);
    return covered(h, /\b(?:paid|paying|pay|collected|collecting|raised|brought\s+in)\b/i.test(between));
  }
  // Or shortly after: "the $200 billion in goods being hit by the latest tariff increase".
  for (let k = first; k < cues.length; k++) {
    const h = cues[k];
    if (h.start - figure.end > 80 || /[;:]/.test(text.slice(figure.end, h.start))) break;
    if (isTariff(h)) return covered(h, false);
  }
  return v;
}

function judgement(v: Verdict): TradeJudgement {
  const j: TradeJudgement = { trade: v.trade };
  if (v.trade && v.measure) j.measure = v.measure;
  if (v.cue) j.cue = v.cue;
  return j;
}

/** The cue-based decision for one figure, or null when its sentence says nothing. */
function decideFromSentence(ctx: DocContext, figure: FigureSpan, figures: FigureSpan[], idx: number): Verdict | null {
  const text = ctx.text;
  const si = sentenceIndex(ctx, figure.start);
  const [ss, se] = sentenceBounds(ctx, si);
  const cues = ctx.cuesOf(si);
  const nextFigureStart = figures[idx + 1] && figures[idx + 1].start < se ? figures[idx + 1].start : se;

  // 1. Attached nouns to the right.
  let attachedStrong: Verdict | undefined;
  let attachedWeak: Verdict | undefined;
  let denominator: Verdict | undefined;
  for (let k = firstCueFrom(cues, figure.end); k < cues.length; k++) {
    const h = cues[k];
    if (h.start >= nextFigureStart) break;
    const gap = text.slice(figure.end, h.start);
    if (!attachedGap(gap)) break;
    const isOf = figure.kind === 'percent' && (/^\s+of\b/i.test(gap) || /^of\b/i.test(text.slice(h.start, h.end)));
    if (insideFigure(figures, h)) continue;
    // "140.25 yen to the dollar" is a quote; "5 percent against the dollar" is a move.
    if (h.def.attachOnly && figure.kind === 'percent') continue;
    if (h.def.role === 'people') {
      if (isOf) {
        attachedStrong = { trade: false, cue: text.slice(h.start, h.end), hit: h };
        break;
      }
      continue;
    }
    const v = resolve(ctx, h, si);
    if (!v) continue;
    if (v.weak) {
      attachedWeak ??= v;
      continue;
    }
    // A percent "of GDP"/"of imports" names the base, not the measure: weaker than the left cue,
    // except for company figures ("20 percent of its revenue"). Per-unit words ("a bushel") too.
    if ((isOf && !(h.def.topic === 'company results')) || h.def.weakAttach) denominator = v;
    else attachedStrong = v;
    break;
  }
  if (attachedStrong) return refineMoney(ctx, figure, attachedStrong, si, attachedStrong);

  // 2. Nearest cue to the left in the sentence; asides count only when nothing else does.
  // Asides are looked for in a window around the figure, as far as the left scan reaches.
  const ws = Math.max(ss, figure.start - LEFT_REACH);
  const side = asides(text, ws, Math.min(se, figure.end + 200)).filter(([a, b]) => !(figure.start >= a && figure.end <= b));
  const inAside = (h: CueHit) => side.some(([a, b]) => h.start >= a && h.end <= b);
  let leftWeak: Verdict | undefined;
  let asideVerdict: Verdict | undefined;
  let objectVerdict: Verdict | undefined;
  for (let k = firstCueFrom(cues, figure.start) - 1; k >= 0; k--) {
    const h = cues[k];
    if (h.start < ws) break;
    if (h.end > figure.start) continue;
    if (h.def.role === 'people' || h.def.attachOnly || insideFigure(figures, h)) continue;
    if (h.def.role === 'mover') {
      const mover = marketMove(ctx, cues, k, figure, ss);
      if (mover) return mover;
      continue;
    }
    if (isDenominatorOfOther(text, figures, idx, h, ss)) continue;
    const v = resolve(ctx, h, si);
    if (!v) continue;
    if (v.weak) {
      leftWeak ??= v;
      continue;
    }
    if (inAside(h)) {
      asideVerdict ??= v;
      continue;
    }
    // "exports from the world's second largest economy fell 1%": the noun after a preposition
    // modifies the subject further left; it speaks only if no subject does.
    if (isPrepositionalObject(text, h, Math.max(ss, h.start - 40))) {
      objectVerdict ??= v;
      continue;
    }
    return refineMoney(ctx, figure, v, si, attachedWeak);
  }
  if (objectVerdict) return refineMoney(ctx, figure, objectVerdict, si, attachedWeak);
  if (asideVerdict) return refineMoney(ctx, figure, asideVerdict, si, attachedWeak);

  // 3. The percent's base.
  if (denominator) return denominator;

  // 4. Goods attached ("$34 million worth of contracts").
  if (attachedWeak) return refineMoney(ctx, figure, attachedWeak, si, attachedWeak);

  // 5. A cue shortly to the right, before the next figure and the clause's end.
  let rightWeak: Verdict | undefined;
  for (let k = firstCueFrom(cues, figure.end); k < cues.length; k++) {
    const h = cues[k];
    if (h.start >= nextFigureStart || h.start - figure.end > 80) break;
    if (text.slice(figure.end, h.start).includes(';')) break;
    if (h.def.role === 'people' || h.def.attachOnly || insideFigure(figures, h)) continue;
    const v = resolve(ctx, h, si);
    if (!v) continue;
    if (v.weak) {
      rightWeak ??= v;
      continue;
    }
    return refineMoney(ctx, figure, v, si, undefined);
  }
  if (leftWeak) return refineMoney(ctx, figure, leftWeak, si, undefined);
  if (rightWeak) return refineMoney(ctx, figure, rightWeak, si, undefined);
  return null;
}

function classifyAt(ctx: DocContext, figures: FigureSpan[], idx: number, figure: FigureSpan): TradeJudgement {
  // Decide the earlier figures of the sentence first, in order, so that a reading handed along a
  // long list never recurses deeper than one step.
  // Only the undecided ones: a decided figure's own predecessors were decided before it, so the
  // walk back stops there. (Walking back to the sentence's start every time made a sentence of n
  // figures, a long list or table, cost n² memo lookups.)
  const ss = ctx.sentenceStarts[sentenceIndex(ctx, figure.start)];
  let k = idx;
  while (k > 0 && figures[k - 1].start >= ss && !ctx.memo.has(memoKey(figures[k - 1]))) k--;
  for (; k < idx; k++) decideAt(ctx, figures, k, figures[k]);
  return decideAt(ctx, figures, idx, figure).judgement;
}

function memoKey(figure: FigureSpan): string {
  return `${figure.start}:${figure.end}`;
}

// Per-document cache of sentence-only verdicts (no neighbours, no topic): what a neighbour may pass on.
const sentenceVerdicts = new WeakMap<DocContext, Map<string, Verdict | null>>();

function sentenceVerdict(ctx: DocContext, figures: FigureSpan[], idx: number): Verdict | null {
  const figure = figures[idx];
  let cache = sentenceVerdicts.get(ctx);
  if (!cache) sentenceVerdicts.set(ctx, (cache = new Map()));
  const key = memoKey(figure);
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = decideFromSentence(ctx, figure, figures, idx)));
  return v;
}

function decideAt(ctx: DocContext, figures: FigureSpan[], idx: number, figure: FigureSpan): Decided {
  const key = memoKey(figure);
  const memo = ctx.memo.get(key);
  if (memo) return memo;
  const fromSentence = sentenceVerdict(ctx, figures, idx);
  let decided: Decided;
  if (fromSentence) decided = { judgement: judgement(fromSentence), source: 'sentence' };
  else {
    const inherited = inherit(ctx, figures, idx, figure);
    decided = inherited ? { judgement: inherited, source: 'neighbour' } : { judgement: prior(ctx), source: 'topic' };
  }
  ctx.memo.set(key, decided);
  return decided;
}

const POINTS_BACK = /^(?:it|this|that|they|these|the\s+(?:figure|total|amount|level|number|ratio|sum))\b|\b(?:the|that|this)\s+(?:figure|total|amount|level|ratio|sum)\b/i;

// How far back a repeated value may refer ("The 10% will go up ..."), in characters.
const SAME_VALUE_REACH = 1500;

/**
 * Figures whose sentence says nothing take the reading of a neighbour. Only a neighbour's own
 * sentence verdict is passed on, except between figures of one sentence, where a reading may
 * travel further back-to-front ("The 10% will go up to 25%"). Full decisions only ever recurse
 * to earlier figures, so there are no cycles.
 */
function inherit(ctx: DocContext, figures: FigureSpan[], idx: number, figure: FigureSpan): TradeJudgement | null {
  // The same value met shortly before: "tariffs of 10% ... The 10% will go up".
  for (let k = idx - 1; k >= 0 && figure.start - figures[k].end <= SAME_VALUE_REACH; k--) {
    const f = figures[k];
    if (f.kind === figure.kind && f.value === figure.value && f.currency === figure.currency) {
      const v = sentenceVerdict(ctx, figures, k);
      if (v) return judgement(v);
    }
  }
  // The other half of a pair ("between $10 billion and $14 billion in aid"): the next figure,
  // when only "and"/"or"/"to" stands between them.
  const next = figures[idx + 1];
  if (next && /^\s*(?:and|or|to|-|–)\s*$/i.test(ctx.text.slice(figure.end, next.start))) {
    const v = sentenceVerdict(ctx, figures, idx + 1);
    if (v) return judgement(v);
  }
  // The figure just before it: in this sentence, or in the one before when this one points back
  // to it ("It widened to ...", "estimate the figure at ...").
  const si = sentenceIndex(ctx, figure.start);
  if (idx > 0) {
    const f = figures[idx - 1];
    const fi = sentenceIndex(ctx, f.start);
    if (fi === si) {
      const d = decideAt(ctx, figures, idx - 1, f);
      if (d.source !== 'topic') return { ...d.judgement };
    } else if (fi === si - 1 && POINTS_BACK.test(ctx.text.slice(ctx.sentenceStarts[si], figure.start))) {
      // (The sentence's lead is read only for its first figure: for every figure of a long
      // sentence it would be read again from the start, n².)
      const v = sentenceVerdict(ctx, figures, idx - 1);
      if (v) return judgement(v);
    }
  }
  return null;
}

/** The article's topic decides: trade-heavy articles lean trade, with their first trade word as cue. */
function prior(ctx: DocContext): TradeJudgement {
  if (!ctx.topic.tradeHeavy) return { trade: false };
  const cue = ctx.topic.firstPolicyWord;
  return cue ? { trade: true, cue } : { trade: true };
}

/**
 * Trade judgement for one figure of a document.
 * @param text the whole analysed text
 * @param figure one figure found in it
 * @param figures all figures of the document, in order (used for neighbours)
 * @param docContext `analyseDocument(text)`, computed once per document (recomputed if absent)
 */
export function classifyFigure(
  text: string,
  figure: FigureSpan,
  figures: FigureSpan[],
  docContext?: DocContext,
): TradeJudgement {
  const ctx = contextFor(text, docContext);
  let idx = figures.indexOf(figure);
  if (idx < 0) idx = figures.findIndex((f) => f.start === figure.start && f.end === figure.end);
  if (idx < 0) {
    // Not in the list: classify it on its own, without neighbours.
    const list = [...figures.filter((f) => f.end <= figure.start), figure, ...figures.filter((f) => f.start >= figure.end)];
    return classifyAt({ ...ctx, memo: new Map() }, list, list.indexOf(figure), figure);
  }
  return classifyAt(ctx, figures, idx, figure);
}

/** Trade judgements for all figures of a document, in order. */
export function classifyFigures(text: string, figures: FigureSpan[], docContext?: DocContext): TradeJudgement[] {
  const ctx = contextFor(text, docContext);
  return figures.map((f, i) => classifyAt(ctx, figures, i, f));
}
