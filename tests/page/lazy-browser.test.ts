// The content scripts' `wxt/browser` (lib/browser/lazy-browser.ts): nothing is looked up until the
// API is used, and then the right object is.
import { afterEach, describe, expect, it, vi } from 'vitest';

const g = globalThis as unknown as Record<string, unknown>;
const fresh = async () => {
  vi.resetModules();
  return import('../../lib/browser/lazy-browser');
};

afterEach(() => {
  delete g.chrome;
  delete g.browser;
});

describe('lazy browser', () => {
  it('looks nothing up when imported, and finds the API on first use', async () => {
    let looked = 0;
    const runtime = { id: 'footnote', getURL: (p: string) => `chrome-extension://footnote${p}` };
    Object.defineProperty(g, 'chrome', { configurable: true, get: () => (looked++, { runtime }) });
    const { browser } = await fresh();
    expect(looked).toBe(0);
    expect(browser.runtime.getURL('/content-cards.js')).toBe('chrome-extension://footnote/content-cards.js');
    expect('runtime' in browser).toBe(true);
    expect(looked).toBe(1); // found once, then kept
  });

  it('takes `chrome` where it has the runtime, else `browser`', async () => {
    const chromeApi = { runtime: { id: 'c' } };
    const browserApi = { runtime: { id: 'b' } };
    g.chrome = chromeApi;
    g.browser = browserApi;
    expect((await fresh()).extensionApi()).toBe(chromeApi);
    g.chrome = {}; // a page's own `chrome` object, as Chrome gives pages: no runtime
    expect((await fresh()).extensionApi()).toBe(browserApi);
  });
});
