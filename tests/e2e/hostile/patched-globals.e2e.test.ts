/**
 * Hostile pages (issue 6): a page that patched DOM prototypes and globals before Footnote ran.
 * What every hostile test also requires (a clean console, no request from the extension) is in
 * page.ts.
 */
import { describe, expect, it } from 'vitest';
import { marksOnPage } from '../../../scripts/harness';
import { SETTLE_MS, sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { openCard, closeCard } from './card';
import { openPage, waitForMarks, tagMark, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

  it('11. a page that patched DOM prototypes and globals before Footnote ran', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/patched.html');
    try {
      await waitForMarks(page, 3);
      await sleep(SETTLE_MS);
      const texts = (await marksOnPage(page)).map((m) => m.text);
      expect(texts).toEqual(expect.arrayContaining(['Steven Mnuchin', '25 percent', '$50 billion']));
      await tagMark(page, '$50 billion', 'fig');
      const card = await openCard(page, 'fig', 'focus');
      expect(card.text).toContain('50,000,000,000');
      await closeCard(page);
      // The page's own code still works.
      await page.click('#lead');
      await page.waitForFunction(() => document.getElementById('log')!.textContent === 'readyclicked');
      const state = await page.evaluate(() => {
        const w = window as unknown as { __hits: Record<string, number>; __pageCalls: Record<string, number>; __pageReady: boolean };
        return { hits: w.__hits, pageCalls: w.__pageCalls, ready: w.__pageReady };
      });
      console.log(`[hostile] ${spec.name} patched page: ${JSON.stringify(state)}`);
      expect(state.ready).toBe(true);
      // Footnote runs in its own world (Chrome's isolated world, Firefox's Xray view): none of
      // the page's throwing patches was ever called...
      expect(state.hits).toMatchObject({
        map: 0,
        insertBefore: 0,
        splitText: 0,
        createElementNS: 0,
        MutationObserver: 0,
        attachShadow: 0,
        replaceSync: 0,
        showPopover: 0,
        requestIdleCallback: 0,
      });
      // ...and the counting ones saw only the page's own calls.
      expect(state.hits.appendChild).toBe(state.pageCalls.appendChild);
      expect(state.hits.setTimeout).toBe(state.pageCalls.setTimeout);
      expect(state.hits.addEventListener).toBe(state.pageCalls.addEventListener);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });
});
