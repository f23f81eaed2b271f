// Page helpers of the independent hostile check: the page is read through its own probes
// (probes.js, evaluated as a source string: tsx adds a `__name` helper to functions it compiles,
// which the page does not have), never through the e2e suite's helpers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestTabId } from '../harness/footnote';
import { sleep } from '../harness/hostile';
import type { E2EBrowser, E2EPage } from '../harness/types';

const PROBES = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'probes.js'), 'utf8')
  .replace(/^\s*\/\/.*$/gm, '')
  .trim();

export function probe<R = unknown>(page: E2EPage, name: string, ...a: unknown[]): Promise<R> {
  return page.evaluateScript(`(function (o) { return o[${JSON.stringify(name)}].apply(o, ${JSON.stringify(a)}); })(${PROBES})`) as Promise<R>;
}
export function js<R = unknown>(page: E2EPage, src: string): Promise<R> {
  return page.evaluateScript(src) as Promise<R>;
}
export async function waitFor<R>(what: string, fn: () => Promise<R | null | undefined | false>, timeout = 15_000, every = 150): Promise<R> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as R;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out (${timeout} ms) waiting for ${what}${last instanceof Error ? ` (${last.message.split('\n')[0]})` : ''}`);
    await sleep(every);
  }
}
export const markTexts = (page: E2EPage, within?: string) => probe<string[]>(page, 'markTexts', within ?? null);
export function waitMarks(page: E2EPage, want: string[], within?: string, timeout = 15_000) {
  return waitFor(
    `marks ${JSON.stringify(want)}${within ? ` in ${within}` : ''}`,
    async () => {
      const have = await markTexts(page, within);
      return want.every((w) => have.includes(w)) ? have : null;
    },
    timeout,
  );
}
export interface Card {
  hosts: number;
  open: boolean;
  text?: string;
  rect?: { left: number; top: number; width: number; height: number };
  style?: Record<string, string>;
  minFont?: number | null;
  minFontEl?: string;
  onTop?: string;
  hits?: string;
  inViewport?: boolean;
  dangerous?: number;
  tags?: string;
}
/** Hovers the mark reading `text` and waits for its card. */
export async function openCard(page: E2EPage, text: string, tag: string, within?: string): Promise<Card> {
  const ok = await probe<boolean>(page, 'tagMark', text, tag, within ?? null);
  if (!ok) throw new Error(`no mark reading ${JSON.stringify(text)}`);
  await page.hover(`[data-indep="${tag}"]`);
  return waitFor(
    `the card for ${JSON.stringify(text)}`,
    async () => {
      const c = await probe<Card>(page, 'card');
      return c.open ? c : null;
    },
    5000,
  );
}
export async function mouseAway(page: E2EPage) {
  await js(page, 'window.scrollTo(0, 0)');
  await page.press('Escape');
  await sleep(400);
}
/**
 * The popup for `page`'s tab. The harness's openPopup() finds the tab by URL, which Chromium does
 * not show an extension without the "tabs" permission; then the newest tab (the page under test).
 */
export async function openPopupFor(b: E2EBrowser, page: E2EPage): Promise<E2EPage> {
  const tab = await b.tabIdOf(page).catch(() => latestTabId(b));
  return b.openExtensionPage(`popup.html?tab=${tab}`);
}
export const nextFrames = `new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(function () { r(true); }); }); })`;
