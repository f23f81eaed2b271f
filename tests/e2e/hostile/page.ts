/**
 * Hostile pages (issue 6): pages that fight extensions, on purpose or by accident, in real
 * Chromium and Firefox with the built extension. Each test checks both sides: the page still
 * works, and Footnote still does its job where it should (and stays out where it should not).
 * Every test also requires no error in the page's console (Footnote's content script logs
 * there too), none from extension code, and no network request from the extension.
 *
 * Fixture pages: tests/fixtures/pages/hostile/. The fixture server has one port and answers to
 * both 127.0.0.1 and localhost, which gives the frames test a second origin.
 *
 * This file: the steps the suite's tests take on a page (the card's are in card.ts).
 */
import { expect } from 'vitest';
import { MARK, tagMark as tagMarkOnPage, type E2EBrowser, type E2EPage, type PolicingOptions } from '../../../scripts/harness';
import { sleep } from '../../../scripts/harness/hostile';

export async function openPage(b: E2EBrowser, path: string): Promise<E2EPage> {
  const page = await b.newPage();
  await page.goto(b.server.url(path));
  return page;
}

/**
 * Waits for at least `n` of Footnote's marks (by distinct annotation) on the page; when they do
 * not come, the error carries what Footnote logged in the page (say, why it could not start).
 */
export async function waitForMarks(page: E2EPage, n = 1, timeout = 20_000): Promise<void> {
  try {
    await waitForMarksQuietly(page, n, timeout);
  } catch (e) {
    const log = page.footnoteLog.length ? page.footnoteLog.join('\n') : '(nothing)';
    throw new Error(`${e instanceof Error ? e.message : String(e)}\nFootnote logged in the page:\n${log}`, { cause: e });
  }
}

function waitForMarksQuietly(page: E2EPage, n: number, timeout: number) {
  return page.waitForFunction(
    ([sel, n]) => {
      const ids = new Set<string>();
      const marks = document.getElementsByTagName('footnote-mark');
      for (let i = 0; i < marks.length; i++) {
        if (marks[i].matches(sel)) ids.add(marks[i].getAttribute('data-footnote-id')!);
      }
      return ids.size >= n;
    },
    [MARK, n] as [string, number],
    { timeout },
  );
}

/** Tags the mark reading `text` (harness tagMark), failing the test when there is none. */
export async function tagMark(page: E2EPage, text: string, tag: string): Promise<void> {
  expect(await tagMarkOnPage(page, text, tag), `a mark reading ${JSON.stringify(text)}`).toBe(true);
}

/** Style of an element on the page (main document or a shadow root reached by `path`). */
export function styleOf(page: E2EPage, selector: string, names: string[]) {
  return page.evaluate(
    ([selector, names]) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const s = getComputedStyle(el);
      const o: Record<string, string> = {};
      for (let i = 0; i < names.length; i++) o[names[i]] = s.getPropertyValue(names[i]);
      return o;
    },
    [selector, names] as [string, string[]],
  );
}

/** Alpha of a computed CSS colour ("rgb(…)" is 1, "rgba(…, a)" or "rgb(… / a)" is a). */
export function alpha(color: string): number {
  if (color === 'transparent') return 0;
  const m = /rgba?\(([^)]*)\)/.exec(color);
  if (!m) return 1;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  return parts.length === 4 ? Number(parts[3]) : 1;
}

/** The popup's summary of a tab: its section headings ("Officials 2") and status line. */
export async function popupSummary(b: E2EBrowser, page: E2EPage, tabId: number, until: (s: { headings: string[]; state: string }) => boolean) {
  const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
  try {
    let last = { headings: [] as string[], state: '' };
    const deadline = Date.now() + 10_000;
    for (;;) {
      // Give this popup time to get its answer (as a reader would) before opening it again.
      const patience = Date.now() + 1500;
      do {
        last = await popup.evaluate(() => ({
          headings: [...document.querySelectorAll('h2')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
          state: document.querySelector('.state')?.textContent ?? '',
        }));
        if (until(last)) return last;
        await sleep(100);
      } while (Date.now() < patience);
      if (Date.now() > deadline) return last;
      // The popup reads the page once: reopen it for a fresh summary.
      await popup.goto(`${b.extensionOrigin}/popup.html?tab=${tabId}&t=${Date.now()}`);
    }
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}

/** No page console error, no extension error, no extension request. */
export async function expectClean(b: E2EBrowser, page: E2EPage, policing: PolicingOptions = {}): Promise<void> {
  expect(page.consoleErrors()).toEqual([]);
  expect(b.extensionErrors()).toEqual([]);
  await b.expectNoExtensionRequests(policing);
}
