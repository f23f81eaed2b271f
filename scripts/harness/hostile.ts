/**
 * Mechanical steps both hostile-page runs take: the e2e suite (tests/e2e/hostile/) and the
 * independent check (scripts/hostile-check/). Only how to do something on a page, never what a
 * run expects of it: the independent check was written apart from the suite, with pages, probes
 * and expectations of its own, to catch what the suite misses.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { E2EBrowser, E2EPage } from './types';

export { sleep } from './session';

/** Longer than the annotator's settle time (400 ms) plus a pass. */
export const SETTLE_MS = 1500;

/** The toolbar badge text of a tab, as the background set it. */
export function badgeText(b: E2EBrowser, tabId: number): Promise<string> {
  return b.evalInExtension(async (tabId: number) => {
    type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId });
  }, tabId);
}

/**
 * Puts the caret at the end of `selector`'s content, as a click there would; `focus` (an editing
 * host) is focused first, in the same task. A source string, so that tsx adds nothing to it.
 */
export function caretAtEnd(page: E2EPage, selector: string, opts: { focus?: string } = {}): Promise<unknown> {
  const focus = opts.focus ? `document.querySelector(${JSON.stringify(opts.focus)})` : 'null';
  return page.evaluateScript(
    `(function (focus, el) { if (focus) focus.focus(); var r = document.createRange(); r.selectNodeContents(el); r.collapse(false); var s = getSelection(); s.removeAllRanges(); s.addRange(r); return true; })(${focus}, document.querySelector(${JSON.stringify(selector)}))`,
  );
}

/** Chromium: the tab's JS heap after two forced collections (MB). */
export async function tabHeapMB(b: E2EBrowser, page: E2EPage): Promise<number> {
  const cdp = await (b.raw as BrowserContext).newCDPSession(page.raw as Page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
