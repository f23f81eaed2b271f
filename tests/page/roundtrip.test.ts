// @vitest-environment happy-dom
// Property: on any mix of blocks and inline elements, painting arbitrary spans keeps the page
// text, marks exactly the span's characters, and removing the marks restores the DOM.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { extractText } from '../../lib/page/extract';
import { paintMarks, removeMarks, type MarkAnnotation } from '../../lib/page/marks';

const word = fc.constantFrom('$375', ' billion', 'tariffs ', '25%', ' ', '\n  ', 'Mnuchin', ', ', 'x');
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word,
    fc
      .tuple(fc.constantFrom('p', 'div', 'li', 'b', 'i', 'span', 'a href="#"', 'em', 'button', 'br'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`),
  ),
})).node;

// No stylesheets here, and happy-dom's checkVisibility() computes styles the slow way.
const noCss = { checkVisibility: false };

test('paint then remove is a round trip', { timeout: 30_000 }, () => {
  fc.assert(
    fc.property(fc.array(html, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 6 }), fc.nat(2), (blocks, spans, how) => {
      document.body.innerHTML = blocks.join('');
      const before = document.body.innerHTML;
      const textBefore = document.body.textContent;
      const page = extractText(document.body, noCss);
      for (const seg of page.segments) expect(page.text.slice(seg.start, seg.end)).toBe(seg.node.data);
      const n = page.text.length;
      if (n === 0) return;
      const anns: MarkAnnotation[] = spans.map(([s, len], i) => {
        const start = s % n;
        return { start, end: Math.min(n, start + len + 1), kind: i % 2 ? 'figure' : 'official', id: `a${i}`, label: 'l' };
      });
      // What each span covers of the page's own characters (not separators or added spaces).
      const inPage = new Array<boolean>(n).fill(false);
      for (const seg of page.segments) inPage.fill(true, seg.start, seg.end);
      const pageChars = (a: MarkAnnotation) =>
        Array.from(page.text.slice(a.start, a.end))
          .filter((_, i) => inPage[a.start + i])
          .join('');
      const handles = paintMarks(page, anns);
      expect(document.body.textContent).toBe(textBefore);
      expect(document.querySelector('footnote-mark footnote-mark')).toBeNull();
      for (const h of handles) {
        const a = anns.find((x) => x.id === h.id)!;
        expect(h.elements.map((e) => e.textContent).join('')).toBe(pageChars(a));
      }
      expect(extractText(document.body, noCss).text).toBe(page.text);
      // Remove all at once, or handle by handle in either order.
      if (how === 0) removeMarks(document.body);
      else (how === 1 ? handles : [...handles].reverse()).forEach((h) => h.remove());
      expect(document.body.innerHTML).toBe(before);
    }),
    { numRuns: 300 },
  );
});
