/**
 * Hostile pages (issue 6): the extension is updated (reloaded) while a page is open. What every
 * hostile test also requires (a clean console, no request from the extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { ChromiumSession, type E2EBrowser } from '../../../scripts/harness';
import { SETTLE_MS, sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { openCard, closeCard } from './card';
import { openPage, waitForMarks, tagMark, expectClean } from './page';

/**
 * Reloads the extension as an update would. Chromium: runtime.reload() in its service worker
 * (woken by opening an extension page if it was asleep). Firefox: runtime.reload() from an
 * extension page (the harness has no handle on the event page); the browser closes that page
 * as the extension goes away.
 */
async function reloadExtension(b: E2EBrowser): Promise<void> {
  type Api = { runtime: { reload(): void } };
  if (b instanceof ChromiumSession) {
    // Chromium disables a reloaded unpacked extension unless developer mode is on
    // ("unsupportedDeveloperExtension"), as it is for a developer who loads one.
    const settings = await b.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(() =>
      (
        globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } } }
      ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
    );
    await settings.close();
    let worker = b.serviceWorker();
    if (!worker) {
      const wake = await b.openExtensionPage('manifest.json');
      await wake.close();
      worker = b.serviceWorker();
    }
    if (!worker) throw new Error('e2e: no service worker to reload the extension from');
    await worker.evaluate(() => {
      setTimeout(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.reload(), 50);
    });
  } else {
    const ext = await b.openExtensionPage('manifest.json');
    await ext.evaluate(() => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      setTimeout(() => (g.browser ?? g.chrome)!.runtime.reload(), 50);
    });
    await sleep(1000);
    await ext.close().catch(() => {});
  }
  await sleep(2000);
}

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

  // In a file of its own: it reloads the extension under any test that would follow.
  it('12. the extension is reloaded while a page is open: the old page is left as it was, new pages get the new version, settings survive', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/reload.html');
    try {
      await waitForMarks(page, 5);
      // A setting the reader chose, through the options page, must survive the update.
      const options = await b.openExtensionPage('options.html');
      await options.waitForFunction(() => Boolean(document.querySelector('input[name="theme"][value="dark"]')), undefined, { timeout: 10_000 });
      await options.evaluate(() => (document.querySelector('input[name="theme"][value="dark"]') as HTMLElement).click());
      await options.waitForFunction(() => /Saved/.test(document.querySelector('.status')?.textContent ?? ''));
      await options.close();
      await reloadExtension(b);
      const after = await b.openExtensionPage('options.html');
      expect(
        await after.waitForFunction(
          () => (document.querySelector('input[name="theme"][value="dark"]') as HTMLInputElement | null)?.checked || null,
          undefined,
          { timeout: 10_000 },
        ),
      ).toBe(true);
      await after.evaluate(() => (document.querySelector('input[name="theme"][value="auto"]') as HTMLElement).click());
      await after.close();
      await page.bringToFront();
      // The reader comes back to the page.
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      if (spec.name === 'chromium') {
        // Chromium leaves the old content script running, orphaned. It notices, takes its marks
        // and card host off, and leaves the page's markup exactly as the page wrote it.
        const old = await page.waitForFunction(
          () => {
            const html = document.getElementById('story')!.innerHTML;
            const ui = document.querySelectorAll('[data-footnote-ui="card"]').length;
            return html === (window as unknown as { __html: string }).__html && ui === 0
              ? { marks: document.querySelectorAll('footnote-mark').length, ui }
              : null;
          },
          undefined,
          { timeout: 10_000 },
        );
        expect(old).toEqual({ marks: 0, ui: 0 });
      } else {
        // Firefox stops the old content script dead (no clean-up of its own can run) and injects
        // the new version into the open tab: it takes over, removing what the old one left, so
        // the page has one card host and one set of marks, and the same text.
        const now = await page.waitForFunction(
          () => {
            const ui = document.querySelectorAll('[data-footnote-ui="card"]').length;
            const ids = new Set([...document.querySelectorAll('footnote-mark[data-footnote-id]')].map((m) => m.getAttribute('data-footnote-id')));
            return ui === 1 && ids.size === 5 ? { ui, marks: ids.size } : null;
          },
          undefined,
          { timeout: 10_000 },
        );
        expect(now).toEqual({ ui: 1, marks: 5 });
        await sleep(SETTLE_MS);
        expect(await page.evaluate(() => document.querySelectorAll('[data-footnote-ui="card"]').length)).toBe(1);
        await tagMark(page, '$50 billion', 'old-fig');
        const card = await openCard(page, 'old-fig', 'hover');
        expect(card.text).toContain('50,000,000,000');
        await closeCard(page);
      }
      expect(await page.evaluate(() => document.getElementById('story')!.textContent)).toBe(
        await page.evaluate(() => {
          const div = document.createElement('div');
          div.innerHTML = (window as unknown as { __html: string }).__html;
          return div.textContent;
        }),
      );
      // The page still works.
      await page.click('#count');
      expect(await page.evaluate(() => document.getElementById('count')!.textContent)).toBe('1');
      expect(page.consoleErrors()).toEqual([]);

      // A page opened now is annotated by the new version, cards and all.
      const fresh = await openPage(b, '/hostile/reload.html?after=1');
      try {
        await waitForMarks(fresh, 5);
        await tagMark(fresh, '$50 billion', 'fig');
        const card = await openCard(fresh, 'fig', 'hover');
        expect(card.text).toContain('50,000,000,000');
        await closeCard(fresh);
        expect(fresh.consoleErrors()).toEqual([]);
      } finally {
        await fresh.close();
      }
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });
});
