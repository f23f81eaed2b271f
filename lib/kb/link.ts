// Linking a figure on the page to a sourced fact in the knowledge base. A link is only made
// when everything agrees: kind and currency, a value within the fact's tolerance, one of the
// fact's cue words in the figure's own sentence, and (when the fact says so) the story's
// subject somewhere on the page. A wrong link is worse than none: the card would then vouch
// for a number it knows nothing about.
import type { FigureSpan } from '../types';
import type { Fact, KnowledgeBase } from './schema';
import { sentenceAround } from '../text/sentence';

export function withinTolerance(value: number, target: number, tolerance: number): boolean {
  if (target === 0) return value === 0;
  return Math.abs(value - target) / Math.abs(target) <= tolerance + 1e-9;
}

/** Lower-cased page text, computed once per document by the caller. */
export interface LinkContext {
  text: string;
  lower: string;
}

export function linkContext(text: string): LinkContext {
  // Lower-cased on first use: most pages have no figure that gets as far as reading its sentence.
  let lower: string | undefined;
  return {
    text,
    get lower() {
      return (lower ??= text.toLowerCase());
    },
  };
}

function cueHits(windowLower: string, cues: string[]): number {
  let hits = 0;
  for (const cue of cues) if (windowLower.includes(cue.toLowerCase())) hits++;
  return hits;
}

/** The id of the fact this figure refers to, or undefined. */
export function linkFigure(ctx: LinkContext, figure: FigureSpan, kb: KnowledgeBase): Fact | undefined {
  let best: Fact | undefined;
  let bestHits = 0;
  let sentence: string | undefined;
  for (const fact of kb.facts) {
    if (fact.kind !== figure.kind) continue;
    if (fact.kind === 'money' && fact.currency !== figure.currency) continue;
    if (figure.high !== undefined) continue; // a range is not one sourced number
    if (!withinTolerance(figure.value, fact.value, fact.tolerance)) continue;
    if (fact.pageCues && !fact.pageCues.some((c) => ctx.text.includes(c))) continue;
    if (sentence === undefined) {
      const s = sentenceAround(ctx.text, figure.start);
      sentence = ctx.lower.slice(s.start, s.end);
    }
    const hits = cueHits(sentence, fact.cues);
    if (hits > bestHits) {
      best = fact;
      bestHits = hits;
    }
  }
  return best;
}
