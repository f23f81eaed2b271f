// Step 5: a cue shortly to the right of the figure, before the next figure and the clause's end
// ("at 5 percent its tariffs on ...").

import type { FigureSpan } from '../../types';
import type { CueHit, DocContext } from './document';
import { firstCueFrom, insideFigure } from './positions';
import { refineMoney } from './tariff-coverage';
import { resolve, type Verdict } from './verdict';

/**
 * What a cue shortly to the right says (`verdict`), or null; then `weak` is the nearest goods
 * word there, for when nothing stronger speaks.
 */
export function rightCue(
  ctx: DocContext,
  figure: FigureSpan,
  figures: FigureSpan[],
  si: number,
  cues: CueHit[],
  nextFigureStart: number,
): { verdict: Verdict | null; weak?: Verdict } {
  const text = ctx.text;
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
    return { verdict: refineMoney(ctx, figure, v, si, undefined) };
  }
  return { verdict: null, weak: rightWeak };
}
