// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { extractText } from '../../lib/page/extract';
import { boundingRect, markAnchor, markFromEvent, marksById, rectsOfMark } from '../../lib/page/hit';
import { paintMarks } from '../../lib/page/marks';

function paint(html: string, words: string, id: string) {
  document.body.innerHTML = html;
  const p = extractText(document.body);
  const start = p.text.indexOf(words);
  return paintMarks(p, [{ start, end: start + words.length, kind: 'figure', id, label: words }])[0];
}

afterEach(() => {
  document.body.innerHTML = '';
});

test('markFromEvent finds the mark from the mark, its text, or nothing', () => {
  const h = paint('<p>up <b>$375</b> billion</p>', '$375 billion', 'f1');
  const [first, second] = h.elements;
  expect(markFromEvent(first)).toBe(first);
  expect(markFromEvent(second.firstChild)).toBe(second);
  expect(markFromEvent(document.querySelector('p'))).toBeNull();
  expect(markFromEvent(null)).toBeNull();
  expect(markFromEvent(window)).toBeNull();

  let found: HTMLElement | null = null;
  document.body.addEventListener('click', (e) => (found = markFromEvent(e.target)));
  second.click();
  expect(found).toBe(second);
});

test('marksById returns every piece in order, and tolerates ids that need CSS escaping', () => {
  const id = 'a"b]\\c';
  const h = paint('<p>up <b>$375</b> billion</p>', '$375 billion', id);
  const found = marksById(document, id);
  expect(found).toHaveLength(2);
  found.forEach((mark, i) => expect(mark).toBe(h.elements[i]));
  expect(marksById(document, 'other')).toEqual([]);
});

test('rectsOfMark collects the rects of all pieces; boundingRect is their union', () => {
  const h = paint('<p>up <b>$375</b> billion</p>', '$375 billion', 'f1');
  const rect = (x: number, y: number, w: number, hgt: number) => new DOMRect(x, y, w, hgt);
  const [first, second] = h.elements;
  first.getClientRects = () => [rect(10, 20, 30, 10)] as unknown as DOMRectList;
  second.getClientRects = () => [rect(40, 20, 50, 10), rect(0, 32, 20, 10)] as unknown as DOMRectList;

  const rects = rectsOfMark('f1');
  expect(rects).toHaveLength(3);
  const box = boundingRect(rects);
  expect([box.left, box.top, box.right, box.bottom]).toEqual([0, 20, 90, 42]);
  expect(boundingRect([]).width).toBe(0);

  const anchor = markAnchor('f1');
  expect(anchor.getClientRects()).toHaveLength(3);
  expect(anchor.getBoundingClientRect().width).toBe(90);
  expect(anchor.contextElement).toBe(first);
});
