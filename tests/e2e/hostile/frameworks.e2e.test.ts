/**
 * Hostile pages (issue 6): pages whose scripts rewrite what Footnote marked: a re-rendered
 * article, a framework that keeps its text nodes, a page that swaps out every element it did not
 * write. What every hostile test also requires (a clean console, no request from the extension) is
 * in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { marksOnPage } from '../../../scripts/harness';
import { SETTLE_MS, sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { openCard, closeCard } from './card';
import { openPage, tagMark, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

  it('3. a page that re-renders its article: no errors, marks come back on the new nodes', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/rerender.html');
    try {
      await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, undefined, { timeout: 15_000 });
      // Marks on the last render's nodes, for its text.
      await page.waitForFunction(
        () => {
          const marks = [...document.querySelectorAll('footnote-mark')];
          const byId: Record<string, string> = {};
          for (const m of marks) byId[m.getAttribute('data-footnote-id')!] = (byId[m.getAttribute('data-footnote-id')!] ?? '') + m.textContent;
          return marks.length > 0 && marks.every((m) => m.closest('p')?.getAttribute('data-render') === '3') && Object.values(byId).includes('$120 billion');
        },
        undefined,
        { timeout: 15_000 },
      );
      await sleep(SETTLE_MS);
      const marks = await marksOnPage(page);
      const texts = marks.map((m) => m.text);
      expect(texts).toContain('25 percent');
      expect(texts).toContain('$120 billion');
      expect(texts).toContain('Steven Mnuchin');
      expect(texts).toContain('Wilbur Ross');
      expect(texts).not.toContain('$200 billion'); // gone from the page in the last render
      // The page reads exactly what it rendered: marks change no text.
      const text = await page.evaluate(() => [...document.querySelectorAll('#app p')].map((p) => p.textContent));
      expect(text).toEqual(await page.evaluate(() => (window as unknown as { __expected: string[] }).__expected));
      await tagMark(page, '$120 billion', 'fig');
      const card = await openCard(page, 'fig', 'hover');
      expect(card.text).toContain('120,000,000,000');
      await closeCard(page);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('3b. a framework that keeps its text nodes (nodeValue, removeChild, insertBefore): no errors, exactly its text, marks on the new text', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/framework.html');
    /** Marks (pieces joined by id) include every text in `want` and none in `gone`. */
    const waitMarked = (want: string[], gone: string[]) =>
      page.waitForFunction(
        ([want, gone]) => {
          const byId: Record<string, string> = {};
          for (const m of document.querySelectorAll('footnote-mark[data-footnote-id]')) {
            const id = m.getAttribute('data-footnote-id')!;
            byId[id] = (byId[id] ?? '') + m.textContent;
          }
          const texts = Object.values(byId);
          return want.every((t) => texts.includes(t)) && !gone.some((t) => texts.includes(t));
        },
        [want, gone] as [string[], string[]],
      );
    try {
      // The first render marked, including a node whose text starts with its figure.
      await waitMarked(['$50 billion', 'Steven Mnuchin', '$60 billion'], []);
      const steps = [
        { want: ['$200 billion', '$60 billion'], gone: ['$50 billion'] }, // nodeValue
        { want: ['$120 billion', 'Wilbur Ross', '$200 billion', '$60 billion'], gone: [] }, // insertBefore
        { want: ['$120 billion', 'Wilbur Ross', '10 percent', '15 percent'], gone: ['$200 billion', '$60 billion', 'Steven Mnuchin', '25 percent'] }, // removeChild
      ];
      for (const step of steps) {
        // Right after the commit, at the next frame (mutation records arrive in a microtask,
        // before it): the page shows exactly what the framework wrote, no stale text beside it.
        const now = await page.evaluate(async () => {
          const w = window as unknown as { __step(): boolean; __expected: string[]; __errors: string[] };
          w.__step();
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          return { text: [...document.querySelectorAll('#app p')].map((p) => p.textContent), expected: w.__expected, errors: w.__errors };
        });
        expect(now.errors).toEqual([]);
        expect(now.text).toEqual(now.expected);
        await waitMarked(step.want, step.gone);
      }
      await sleep(SETTLE_MS);
      const end = await page.evaluate(() => {
        const w = window as unknown as { __expected: string[]; __errors: string[] };
        return { text: [...document.querySelectorAll('#app p')].map((p) => p.textContent), expected: w.__expected, errors: w.__errors };
      });
      expect(end.errors).toEqual([]);
      expect(end.text).toEqual(end.expected);
      expect((await marksOnPage(page)).map((m) => `${m.where}:${m.text}`)).toEqual(['p0:Wilbur Ross', 'p0:$120 billion', 'p0:10 percent', 'p1:15 percent']);
      await tagMark(page, '$120 billion', 'fig');
      const card = await openCard(page, 'fig', 'hover');
      expect(card.text).toContain('120,000,000,000');
      await closeCard(page);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('3c. a page that swaps every element it did not write for its text: Footnote tries, then leaves it alone (no endless loop)', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/reconciler.html');
    const state = () =>
      page.evaluate(() => {
        const r = (window as unknown as { __reconciler: { swaps: number; text: string } }).__reconciler;
        return { swaps: r.swaps, same: document.getElementById('body')!.textContent === r.text, marks: document.querySelectorAll('footnote-mark').length };
      });
    try {
      // Footnote marked the page at least once, and the page took the marks out.
      await page.waitForFunction(() => (window as unknown as { __reconciler: { swaps: number } }).__reconciler.swaps > 0, undefined, { timeout: 20_000 });
      // Each pass waits for the page to settle (400 ms): a few tries, then it stops.
      await sleep(3000);
      const before = await state();
      await sleep(3000);
      const after = await state();
      expect(after.swaps).toBe(before.swaps);
      expect(after).toMatchObject({ same: true, marks: 0 });
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });
});
