// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { extractText } from '../../lib/page/extract';
import { segmentIndexAfter, segmentIsCurrent, spanToPieces, spanToRange, spanToRanges } from '../../lib/page/ranges';

function page(html: string) {
  document.body.innerHTML = html;
  return extractText(document.body);
}

afterEach(() => {
  document.body.innerHTML = '';
});

test('a span inside one text node gives one piece with node offsets', () => {
  const p = page('<p>The deficit was $375 billion last year.</p>');
  const start = p.text.indexOf('$375 billion');
  const pieces = spanToPieces(p, start, start + '$375 billion'.length);
  expect(pieces).toHaveLength(1);
  const [piece] = pieces;
  expect(piece.node.data.slice(piece.startOffset, piece.endOffset)).toBe('$375 billion');
});

test('a span crossing <b> gives one piece per text node, in order', () => {
  const p = page('<p>a surplus of <b>$375</b> billion with China</p>');
  const start = p.text.indexOf('$375');
  const end = start + '$375 billion'.length;
  const pieces = spanToPieces(p, start, end);
  expect(pieces.map((x) => x.node.data.slice(x.startOffset, x.endOffset))).toEqual(['$375', ' billion']);
  const ranges = spanToRanges(p, start, end);
  expect(ranges.map((r) => r.toString())).toEqual(['$375', ' billion']);
  expect(spanToRange(p, start, end)!.toString()).toBe('$375 billion');
});

test('a span crossing several inline elements and deep nesting', () => {
  const p = page('<p>x <a href="#"><i>Steven</i> <b><span>Mnu</span>chin</b></a> y</p>');
  const start = p.text.indexOf('Steven');
  const end = start + 'Steven Mnuchin'.length;
  expect(spanToPieces(p, start, end).map((x) => x.node.data.slice(x.startOffset, x.endOffset))).toEqual(['Steven', ' ', 'Mnu', 'chin']);
});

test('separators map to no piece; empty and out-of-range spans give nothing', () => {
  const p = page('<p>one</p><p>two</p>');
  expect(p.text).toBe('one\ntwo');
  expect(spanToPieces(p, 3, 4)).toEqual([]);
  expect(spanToPieces(p, 2, 2)).toEqual([]);
  expect(spanToPieces(p, 50, 60)).toEqual([]);
  expect(spanToRange(p, 3, 4)).toBeNull();
  expect(spanToPieces(p, 2, 5).map((x) => x.node.data.slice(x.startOffset, x.endOffset))).toEqual(['e', 't']);
});

test('binary search finds the first segment ending after an offset', () => {
  const p = page('<p>aa<b>bb</b>cc</p><p>dd</p>');
  expect(p.text).toBe('aabbcc\ndd');
  expect(segmentIndexAfter(p, 0)).toBe(0);
  expect(segmentIndexAfter(p, 2)).toBe(1);
  expect(segmentIndexAfter(p, 5)).toBe(2);
  expect(segmentIndexAfter(p, 6)).toBe(3); // the separator belongs to no segment
  expect(segmentIndexAfter(p, 9)).toBe(4);
});

test('segmentIsCurrent notices a page that changed its text', () => {
  const p = page('<p>The deficit was $375 billion.</p>');
  const seg = p.segments[0];
  expect(segmentIsCurrent(p, seg)).toBe(true);
  seg.node.data = 'The deficit was $999 billion.';
  expect(segmentIsCurrent(p, seg)).toBe(false);
});
