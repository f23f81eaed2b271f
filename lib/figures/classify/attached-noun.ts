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

// What a figure adds to or takes from an economy, past a conversion in brackets: "add 5 billion
// pounds ($6.8 billion) a year to the British economy", "cut 4.8 percentage points from GDP".
// ("imports of $500 billion from the world's second-largest economy" name a partner, not an effect).
const ECONOMY_EFFECT =
  /^\s*(?:\)\s*|\([^()]{0,40}\)\s*)?(?:(?:a|per|each)\s+year\s+|annually\s+)?(?:(?:to|from|off)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:gdp|gnp|gross\s+(?:domestic|national)\s+product|(?:economic\s+)?growth)|to\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?<economy>economy))\b/i;
// "to the economy" is an effect only after a verb of adding ("exports rose 5% to the world's
// largest economy" name a market).
const ADDING_BEFORE = /\b(?:add\w*|boost\w*|contribut\w*|inject\w*|pump\w*)\s+(?:[\w'’.-]+\s+){0,4}\(?$/i;
// A share that said or thinks something is a poll's: "45% said the tariffs hurt them".
const POLL_VERB =
  /^\s+(?:of\s+(?:them|those\s+\w+)\s+)?(?:said|say|says|think|thinks|thought|believe[sd]?|oppose[sd]?|approve[sd]?|disapprove[sd]?|favou?r(?:s|ed)?|agree[sd]?|disagree[sd]?)\b/i;

/** The cues right after `figure` in sentence `si`, up to the next figure or a gap that detaches them. */
export function attachedNoun(ctx: DocContext, figure: FigureSpan, figures: FigureSpan[], si: number, cues: CueHit[], nextFigureStart: number): Attached {
  const text = ctx.text;
  const after = text.slice(figure.end, figure.end + 100);
  const effect = ECONOMY_EFFECT.exec(after);
  if (effect && (!effect.groups?.economy || ADDING_BEFORE.test(text.slice(Math.max(0, figure.start - 50), figure.start)))) {
    return { strong: { trade: false, cue: 'economy' } };
  }
  if (figure.kind === 'percent' && POLL_VERB.test(after)) return { strong: { trade: false, cue: 'poll' } };
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
