// Step 6: a figure whose sentence says nothing takes a neighbour's verdict: the same value
// shortly before, the other half of a pair, or the figure before it.

import type { FigureSpan, TradeJudgement } from '../../types';
import type { Decided, DocContext } from './document';
import { sentenceIndex } from './positions';
import { sentenceVerdict } from './sentence-verdict';
import { judgement } from './verdict';

const POINTS_BACK =
  /^(?:(?:however|but|still|yet|and|meanwhile|instead|overall)\s*,?\s+)?(?:it|this|that|they|these|the\s+(?:figure|total|amount|level|number|ratio|sum))\b|\b(?:the|that|this)\s+(?:figure|total|amount|level|ratio|sum)\b/i;

// Words that open a subordinate clause: "It"/"This" points back to the main clause's figure, not
// to one in "... in the month that Trump unveiled 10 percent levies".
const SUBORDINATE = /\b(?:that|which|who|when|while|whereas|as|after|because|since|although|though|if)\b/i;

/** The figure of sentence `fi` that "it" or "this" in the next sentence refers to: the last one before its first subordinate clause. */
function pointedBack(ctx: DocContext, figures: FigureSpan[], last: number, fi: number): number {
  let first = last;
  while (first > 0 && sentenceIndex(ctx, figures[first - 1].start) === fi) first--;
  if (first === last) return last;
  const end = ctx.sentenceStarts[fi + 1] ?? ctx.text.length;
  const m = SUBORDINATE.exec(ctx.text.slice(figures[first].end, end));
  if (!m) return last;
  const at = figures[first].end + m.index;
  let k = last;
  while (k > first && figures[k].start > at) k--;
  return k;
}

/**
 * Whether the figure restates the one before it in another currency: "500,000 yuan, roughly
 * $72,000", "5.2 trillion yen ($37 billion)". It then measures what that one measures.
 */
export function isConversion(ctx: DocContext, figures: FigureSpan[], idx: number): boolean {
  const prev = figures[idx - 1];
  const figure = figures[idx];
  if (!prev || prev.kind !== 'money' || figure.kind !== 'money' || prev.currency === figure.currency) return false;
  return /^\s*(?:\(\s*|[^.;:()\d]{0,40},\s*(?:or\s+)?(?:roughly|about|around|some|nearly|approximately|equivalent\s+to)\s+)$/i.test(
    ctx.text.slice(prev.end, figure.start),
  );
}

// How far back a repeated value may refer ("The 10% will go up ..."), in characters.
const SAME_VALUE_REACH = 1500;

/**
 * Figures whose sentence says nothing take the reading of a neighbour. Only a neighbour's own
 * sentence verdict is passed on, except between figures of one sentence, where a reading may
 * travel further back-to-front ("The 10% will go up to 25%"). Full decisions only ever recurse
 * to earlier figures, so there are no cycles. `decideAt` is the full decision (index.ts), handed
 * in rather than imported so that the two modules do not import each other.
 */
export function inherit(
  ctx: DocContext,
  figures: FigureSpan[],
  idx: number,
  figure: FigureSpan,
  decideAt: (ctx: DocContext, figures: FigureSpan[], idx: number, figure: FigureSpan) => Decided,
): TradeJudgement | null {
  // The same value met shortly before: "tariffs of 10% ... The 10% will go up".
  for (let k = idx - 1; k >= 0 && figure.start - figures[k].end <= SAME_VALUE_REACH; k--) {
    const f = figures[k];
    if (f.kind === figure.kind && f.value === figure.value && f.currency === figure.currency) {
      const v = sentenceVerdict(ctx, figures, k);
      if (v) return judgement(v);
    }
  }
  // The other half of a pair ("between $10 billion and $14 billion in aid") or the same amount in
  // another currency ("$600 billion (CHF484 billion) in investments"): the next figure, when only
  // "and"/"or"/"to" or a bracket stands between them.
  const next = figures[idx + 1];
  if (next && /^\s*(?:and|or|to|-|–|\()\s*$/i.test(ctx.text.slice(figure.end, next.start))) {
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
      const v = sentenceVerdict(ctx, figures, pointedBack(ctx, figures, idx - 1, fi));
      if (v) return judgement(v);
    }
  }
  return null;
}
