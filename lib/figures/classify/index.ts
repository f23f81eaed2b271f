// Is this money or percent figure about trade? Decided from the words that govern the figure
// in its own sentence, with the article's topic only as a last, weak prior. The vocabulary is in
// cues.ts; the files beside this one say which of a sentence's cue words governs a figure, one
// kind of evidence each, and this one weighs them.
//
// Order of evidence (first that speaks wins):
//   1. a noun attached right after the figure: "25 percent tariff", "$22.6 billion surplus",
//      "$68 billion of commercial debt", "$250 billion worth of Chinese imports"; or what follows
//      it in its clause says it is an effect on the economy ("5 billion pounds a year to the
//      British economy") or a poll's share ("45% said") (attached-noun.ts);
//   2. the nearest cue to the left in the sentence (within LEFT_REACH): "exports rose 5.2 pct to",
//      "tariffs on $200 billion", "shares of Deere rose 1.9 percent". Cues in asides
//      (", which ...,", parentheses, dashes), cues after a preposition ("exports from the world's
//      second largest economy fell 1%") and the base of an earlier percent ("4.5 pct of GNP")
//      yield to a cue further left in the same clause, and speak only if none does (left-cue.ts,
//      clause.ts). A percent of exports or imports is a share of that flow whatever verb moves
//      the goods ("buys 70 per cent of its oil exports") (sentence-verdict.ts);
//   3. for a percent, its base: "45 percent of imports", "13 percent of global output"; and
//      per-unit words: "$8.56 a bushel" (found with step 1);
//   4. a goods word ("worth", "goods", "contracts") attached or to the left, where trade is talked
//      of (found with steps 1 and 2);
//   5. a cue shortly to the right: "at 5 percent its tariffs on ..." (right-cue.ts);
//   6. a neighbour's own verdict: the same value shortly before ("The 10% will go up"), the
//      other half of a pair ("between $10 billion and $14 billion in aid") or its conversion in
//      brackets, the figure before it in the sentence, or the main clause's figure in the
//      sentence before when this one points back ("It widened to", "However, this was")
//      (neighbour.ts);
//   7. the article's topic (topic-prior.ts).
// Steps 1 to 5 read the figure's own sentence (sentence-verdict.ts); what each cue says there is
// resolved in verdict.ts, and money decided as tariffs or goods is refined in tariff-coverage.ts.
// Cue positions are found per sentence, once, when a figure first needs them (document.ts).

import type { FigureSpan, TradeJudgement } from '../../types';
import { analyseDocument, memoKey, type Decided, type DocContext } from './document';
import { inherit, isConversion } from './neighbour';
import { sentenceIndex } from './positions';
import { sentenceVerdict } from './sentence-verdict';
import { prior } from './topic-prior';
import { judgement } from './verdict';

export type { DocContext, DocTopic } from './document';
export type { TradeMeasure } from './cues';
export { analyseDocument };

let lastContext: DocContext | undefined;

function contextFor(text: string, given?: DocContext): DocContext {
  if (given && given.text === text) return given;
  if (lastContext?.text !== text) lastContext = analyseDocument(text);
  return lastContext;
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

function decideAt(ctx: DocContext, figures: FigureSpan[], idx: number, figure: FigureSpan): Decided {
  const key = memoKey(figure);
  const memo = ctx.memo.get(key);
  if (memo) return memo;
  let decided: Decided;
  if (isConversion(ctx, figures, idx)) {
    decided = decideAt(ctx, figures, idx - 1, figures[idx - 1]);
    ctx.memo.set(key, decided);
    return decided;
  }
  const fromSentence = sentenceVerdict(ctx, figures, idx);
  if (fromSentence) decided = { judgement: judgement(fromSentence), source: 'sentence' };
  else {
    const inherited = inherit(ctx, figures, idx, figure, decideAt);
    decided = inherited ? { judgement: inherited, source: 'neighbour' } : { judgement: prior(ctx), source: 'topic' };
  }
  ctx.memo.set(key, decided);
  return decided;
}

/**
 * Trade judgement for one figure of a document.
 * @param text the whole analysed text
 * @param figure one figure found in it
 * @param figures all figures of the document, in order (used for neighbours)
 * @param docContext `analyseDocument(text)`, computed once per document (recomputed if absent)
 */
export function classifyFigure(text: string, figure: FigureSpan, figures: FigureSpan[], docContext?: DocContext): TradeJudgement {
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
