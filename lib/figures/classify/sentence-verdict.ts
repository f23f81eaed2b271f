// Steps 1 to 5: what the figure's own sentence says, from its cue words, in order of strength.
// Cached per document: a neighbour may pass this verdict on (step 6, neighbour.ts).

import type { FigureSpan } from '../../types';
import { attachedNoun } from './attached-noun';
import { memoKey, type DocContext } from './document';
import { leftCue } from './left-cue';
import { sentenceBounds, sentenceIndex } from './positions';
import { rightCue } from './right-cue';
import { refineMoney } from './tariff-coverage';
import type { Verdict } from './verdict';

/** The cue-based decision for one figure, or null when its sentence says nothing. */
function decideFromSentence(ctx: DocContext, figure: FigureSpan, figures: FigureSpan[], idx: number): Verdict | null {
  const si = sentenceIndex(ctx, figure.start);
  const [ss, se] = sentenceBounds(ctx, si);
  const cues = ctx.cuesOf(si);
  const nextFigureStart = figures[idx + 1] && figures[idx + 1].start < se ? figures[idx + 1].start : se;

  // 1. Attached nouns to the right.
  const attached = attachedNoun(ctx, figure, figures, si, cues, nextFigureStart);
  if (attached.strong) return refineMoney(ctx, figure, attached.strong, si, attached.strong);

  // 2. Nearest cue to the left in the sentence; asides count only when nothing else does.
  const left = leftCue(ctx, figure, figures, idx, si, ss, se, cues, attached.weak);
  if (left.verdict) return shareOfFlow(ctx, figure, left.verdict, attached.denominator ?? attached.weak) ?? left.verdict;

  // 3. The percent's base.
  if (attached.denominator) return attached.denominator;

  // 4. Goods attached ("$34 million worth of contracts").
  if (attached.weak) return refineMoney(ctx, figure, attached.weak, si, attached.weak);

  // 5. A cue shortly to the right, before the next figure and the clause's end; then the goods
  // words to the left and to the right.
  const right = rightCue(ctx, figure, figures, si, cues, nextFigureStart);
  if (right.verdict) return right.verdict;
  if (left.weak) return refineMoney(ctx, figure, left.weak, si, undefined);
  if (right.weak) return refineMoney(ctx, figure, right.weak, si, undefined);
  return null;
}

const FLOWS = new Set(['exports', 'imports', 'traded goods']);
const COVERS_BEFORE = /\b(?:on|covering|covers?|hit(?:s|ting)?)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$/i;

/**
 * A percent of exports or imports whose left cue is a verb of moving goods or a tariff: "buys 70
 * per cent of its oil exports" and "shipped 76% of its exports" are shares of exports; "duties on
 * 45 percent of imports" is the share of goods the duties cover, not their rate.
 */
function shareOfFlow(ctx: DocContext, figure: FigureSpan, left: Verdict, base: Verdict | undefined): Verdict | null {
  if (figure.kind !== 'percent' || !left.trade || !base?.trade || !FLOWS.has(base.measure ?? '')) return null;
  if (left.measure === 'traded goods' || left.measure === 'purchase commitment') return base.measure === 'traded goods' ? null : base;
  if (left.measure === 'tariffs' && COVERS_BEFORE.test(ctx.text.slice(Math.max(0, figure.start - 40), figure.start))) {
    return { ...left, measure: 'goods covered by tariffs' };
  }
  return null;
}

// Per-document cache of sentence-only verdicts (no neighbours, no topic): what a neighbour may pass on.
const sentenceVerdicts = new WeakMap<DocContext, Map<string, Verdict | null>>();

export function sentenceVerdict(ctx: DocContext, figures: FigureSpan[], idx: number): Verdict | null {
  const figure = figures[idx];
  let cache = sentenceVerdicts.get(ctx);
  if (!cache) sentenceVerdicts.set(ctx, (cache = new Map()));
  const key = memoKey(figure);
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = decideFromSentence(ctx, figure, figures, idx)));
  return v;
}
