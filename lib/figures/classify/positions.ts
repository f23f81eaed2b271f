// Where things are in an analysed document: the sentence of a position and its bounds and text,
// the first cue at a position, whether a cue lies inside a figure; and sentence-level tests,
// cached per document.

import type { FigureSpan } from '../../types';
import type { CueHit, DocContext } from './document';

export function sentenceIndex(ctx: DocContext, pos: number): number {
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

export function sentenceBounds(ctx: DocContext, i: number): [number, number] {
  return [ctx.sentenceStarts[i], ctx.sentenceStarts[i + 1] ?? ctx.text.length];
}

/** Index of the first cue in `c` starting at or after `pos`. */
export function firstCueFrom(c: CueHit[], pos: number): number {
  let lo = 0;
  let hi = c.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Per-document cache of sentence-level tests ("does sentence i mention goods?"), so a long
// sentence is searched once per pattern, not once per cue or figure.
const sentenceTests = new WeakMap<DocContext, Map<RegExp, Map<number, boolean>>>();

export function sentenceHas(ctx: DocContext, i: number, re: RegExp): boolean {
  if (i < 0 || i >= ctx.sentenceStarts.length) return false;
  let byRe = sentenceTests.get(ctx);
  if (!byRe) sentenceTests.set(ctx, (byRe = new Map()));
  let bySentence = byRe.get(re);
  if (!bySentence) byRe.set(re, (bySentence = new Map()));
  let v = bySentence.get(i);
  if (v === undefined) bySentence.set(i, (v = re.test(sentenceText(ctx, i))));
  return v;
}

export function sentenceText(ctx: DocContext, i: number): string {
  if (i < 0 || i >= ctx.sentenceStarts.length) return '';
  const [s, e] = sentenceBounds(ctx, i);
  return ctx.text.slice(s, e);
}

/** Whether a cue lies inside one of the document's figures ("U.S. Dlrs" in "4.2 billion U.S. Dlrs"). */
export function insideFigure(figures: FigureSpan[], hit: CueHit): boolean {
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
