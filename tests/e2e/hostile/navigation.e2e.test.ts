/**
 * Hostile pages (issue 6): in-page navigation and infinite scroll: the new text is annotated, and
 * the popup's summary and the badge follow. What every hostile test also requires (a clean
 * console, no request from the extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { latestTabId, marksOnPage } from '../../../scripts/harness';
import { badgeText, SETTLE_MS, sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { openPage, waitForMarks, popupSummary, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

  it('4. in-page navigation (pushState, popstate): the new article is annotated, summary and badge follow', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/spa.html');
    try {
      const tab = await latestTabId(b);
      await waitForMarks(page, 3);
      expect((await marksOnPage(page)).map((m) => m.text)).toEqual(['Wilbur Ross', '25 percent', '$29 billion']);
      expect(await badgeText(b, tab)).toBe('3');

      // pushState to the next story: its text is marked, the old story's marks are gone.
      await page.click('#next');
      expect(await page.url()).toMatch(/\?story=2$/);
      await page.waitForFunction(() => {
        const t = [...document.querySelectorAll('footnote-mark')].map((m) => m.textContent);
        return t.includes('$50 billion') && t.includes('Steven Mnuchin') && !t.includes('Wilbur Ross');
      });
      await sleep(SETTLE_MS);
      expect((await marksOnPage(page)).map((m) => m.text)).toEqual(['25 percent', '$50 billion', 'Steven Mnuchin']);
      const summary = await popupSummary(b, page, tab, (s) => s.headings.join() === 'Officials 1,Money figures,Trade figures 2');
      expect(summary.headings, `popup said: ${summary.state}`).toEqual(['Officials 1', 'Money figures', 'Trade figures 2']);
      expect(await badgeText(b, tab)).toBe('3');

      // Back to the first story (popstate).
      await page.evaluate(() => history.back());
      await page.waitForFunction(() => {
        const t = [...document.querySelectorAll('footnote-mark')].map((m) => m.textContent);
        return t.includes('Wilbur Ross') && !t.includes('$50 billion');
      });
      await sleep(SETTLE_MS);
      expect(await badgeText(b, tab)).toBe('3');
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('4b. infinite scroll: appended paragraphs are annotated, earlier marks keep their ids, summary and badge follow', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/spa.html?story=2');
    try {
      const tab = await latestTabId(b);
      await waitForMarks(page, 3);
      await sleep(SETTLE_MS);
      const before = await marksOnPage(page);
      expect(before.map((m) => m.text)).toEqual(['25 percent', '$50 billion', 'Steven Mnuchin']);
      expect(await badgeText(b, tab)).toBe('3');

      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForFunction(() => (window as unknown as { __loaded?: number }).__loaded === 3);
      await page.waitForFunction(() => [...document.querySelectorAll('footnote-mark')].some((m) => m.textContent === '$200 billion'));
      await sleep(SETTLE_MS);
      const after = await marksOnPage(page);
      expect(after.map((m) => m.text)).toEqual([
        '25 percent',
        '$50 billion',
        'Steven Mnuchin',
        '$12 billion',
        'Robert Lighthizer',
        '10 percent',
        '$200 billion',
      ]);
      // The popup's scroll-to links point at mark ids: earlier marks keep theirs.
      expect(after.slice(0, 3).map((m) => m.id)).toEqual(before.map((m) => m.id));
      const summary = await popupSummary(b, page, tab, (s) => s.headings.join() === 'Officials 2,Money figures,Trade figures 5');
      expect(summary.headings, `popup said: ${summary.state}`).toEqual(['Officials 2', 'Money figures', 'Trade figures 5']);
      expect(await badgeText(b, tab)).toBe('7');
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });
});
