// Step 1: a noun attached right after the figure ("25 percent tariff", "$22.6 billion surplus",
// "$68 billion of commercial debt"). It also finds what steps 3 and 4 use: a percent's base
// ("45 percent of imports") or a per-unit word ("$8.56 a bushel"), and an attached goods word
// ("$34 million worth of contracts").

import type { FigureSpan } from '../../types';
import { attachedGap } from './clause';
import type { CueHit, DocContext } from './document';
import { firstCueFrom, insideFigure } from './positions';
import { resolve, type Verdict } from './verdict';

/** What the cue words attached after a figure say. */
export interface Attached {
  /** A noun that governs the figure: it decides (step 1). */
  strong?: Verdict;
  /** A goods word: decides only if no cue to the left does (step 4). */
  weak?: Verdict;
  /** A percent's base or a per-unit word: weaker than the cue to the left (step 3). */
  denominator?: Verdict;
}

/** The cues right after `figure` in sentence `si`, up to the next figure or a gap that detaches them. */
export function attachedNoun(ctx: DocContext, figure: FigureSpan, figures: FigureSpan[], si: number, cues: CueHit[], nextFigureStart: number): Attached {
  const text = ctx.text;
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
  return { strong: attachedStrong, weak: attachedWeak, denominator };
}
