// `wxt/browser` for the scripts that run in web pages (wxt.config.ts aliases it, and
// @wxt-dev/browser, which WXT storage imports, to this file in their builds). WXT's own module
// decides between `browser` and `chrome` as it is evaluated, which touches the extension API;
// in Firefox the first touch from a content script costs 10–25 ms of the page's main thread
// (Firefox sets the API up then), in Chromium about 1.5 ms. Here that is put off until the API
// is first used, so a script evaluated on every page (in Firefox, the app is: wxt.config.ts)
// costs a page that Footnote leaves alone nothing for it.
import type { WxtBrowser } from 'wxt/browser';

let api: WxtBrowser | undefined;

/**
 * The extension API: `chrome` where it exists (Chrome, and Firefox too, where it names the same
 * object as `browser`, promise-based under Manifest V3). `chrome` first: in Chrome, the first
 * touch of `browser` builds a second whole API object, a millisecond of the page's time.
 */
export function extensionApi(): WxtBrowser {
  if (!api) {
    const g = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
    const chrome = g.chrome;
    api = (chrome?.runtime ? chrome : g.browser) as WxtBrowser;
  }
  return api;
}

/** WXT's `browser`, looked up on first use: `browser.runtime` finds the API then. */
export const browser: WxtBrowser = new Proxy({} as WxtBrowser, {
  get: (_, key) => Reflect.get(extensionApi(), key),
  has: (_, key) => Reflect.has(extensionApi(), key),
});
