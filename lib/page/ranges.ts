// Annotation offsets (into PageText.text) → the DOM text they came from.

import type { PageText, TextSegment } from './page-text';

/** The part of one Text node that a span covers; `startOffset`/`endOffset` index `node.data`. */
export interface TextPiece {
  node: Text;
  startOffset: number;
  endOffset: number;
  /** Index of the node's segment in `page.segments`. */
  segment: number;
}

/** Index of the first segment that ends after `offset` (segments.length when none does). */
export function segmentIndexAfter(page: PageText, offset: number): number {
  const segs = page.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segs[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One piece per text node that `[start, end)` crosses, in document order. A span crossing inline
 * elements (`<b>$375</b> billion`) gives several pieces; separators between blocks give none.
 */
export function spanToPieces(page: PageText, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  if (!(end > start)) return pieces;
  const segs = page.segments;
  for (let i = segmentIndexAfter(page, start); i < segs.length && segs[i].start < end; i++) {
    const seg = segs[i];
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(end, seg.end) - seg.start;
    if (to > from) pieces.push({ node: seg.node, startOffset: from, endOffset: to, segment: i });
  }
  return pieces;
}

/** One DOM Range per piece (for painting or hit-testing node by node). */
export function spanToRanges(page: PageText, start: number, end: number): Range[] {
  return spanToPieces(page, start, end).map((p) => {
    const range = p.node.ownerDocument.createRange();
    range.setStart(p.node, p.startOffset);
    range.setEnd(p.node, p.endOffset);
    return range;
  });
}

/**
 * A single Range from the span's first character to its last (for a CSS Custom Highlight or
 * as a card anchor); null when the span covers no page text.
 */
export function spanToRange(page: PageText, start: number, end: number): Range | null {
  const pieces = spanToPieces(page, start, end);
  if (pieces.length === 0) return null;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.startOffset);
  range.setEnd(last.node, last.endOffset);
  return range;
}

/**
 * Whether a segment still describes the page: the node is in a tree and holds the same text.
 * Pages rewrite text after load (frameworks re-render, live tickers); a stale node map would
 * paint the wrong characters.
 */
export function segmentIsCurrent(page: PageText, seg: TextSegment): boolean {
  const data = seg.node.data;
  return seg.node.parentNode !== null && data.length === seg.end - seg.start && page.text.startsWith(data, seg.start);
}
