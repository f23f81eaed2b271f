// @vitest-environment happy-dom
// The content script every page gets (entrypoints/content-loader/loader.ts) must not touch the
// extension API on a page its gate stops: the first touch cost every page 1.5 ms in Chromium and
// 22 ms in Firefox. On a page that passes, it asks the background for the app, the stored values
// and the annotations, and publishes what it is doing for the popup.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeExtension, type FakeExtension } from './fake-extension';

let fake: FakeExtension;
beforeEach(() => {
  vi.resetModules();
  // The background cannot inject in this test: the loader gives up and goes back to idle.
  fake = installFakeExtension('no tab here');
  delete (globalThis as Record<string, unknown>).__footnoteLoaderState;
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome;
  document.body.innerHTML = '';
});

const state = () => (globalThis as Record<string, unknown>).__footnoteLoaderState;
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the loader', () => {
  it('touches no extension API on a page with nothing for Footnote, and says it is idle', async () => {
    document.body.innerHTML = '<h1>Lemon tart</h1><p>Zest two lemons, add 200 g of sugar and bake for 25 minutes.</p>';
    const { startLoader } = await import('../../entrypoints/content-loader/loader');
    startLoader('read on');
    await settle();
    expect(fake.touches).toBe(0);
    expect(state()).toBe('idle');
  });

  it('on a trade story, asks the background for the app, the stored values and the annotations at once', async () => {
    document.body.innerHTML =
      '<p>The U.S. trade deficit with China was $375 billion last year, and tariffs on $50 billion of Chinese exports were announced.</p>';
    const { startLoader } = await import('../../entrypoints/content-loader/loader');
    startLoader('read on');
    await settle();
    expect(fake.touches).toBeGreaterThan(0);
    expect(fake.sent.map((m) => m.type).sort()).toEqual(['annotate', 'injectModule', 'readStored']);
    // The app could not be had: back to idle, the page left as it was.
    expect(state()).toBe('idle');
    expect(document.body.querySelectorAll('footnote-mark')).toHaveLength(0);
  });

  it('where the app is here already (Firefox), reads the page before it touches the API, and hands the read to the app', async () => {
    document.body.innerHTML = '<p>Tariffs on $50 billion of Chinese exports were announced; the trade deficit was $375 billion.</p>';
    const events: string[] = [];
    const { provideContentModule } = await import('../../lib/page/content-modules');
    provideContentModule('content-app', {
      check: async (_host: string, read: { text: string; release(): void }) => {
        events.push(`check: ${read.text.slice(0, 7)}`);
        read.release();
        return 'nothing';
      },
      watchSwitchedOn: () => () => {},
    });
    // The read watches the page from its start: seen here as the observer the loader creates.
    const Observer = window.MutationObserver;
    class Watching extends Observer {
      constructor(cb: MutationCallback) {
        events.push(`observer (API touched ${fake.touches} times)`);
        super(cb);
      }
    }
    window.MutationObserver = globalThis.MutationObserver = Watching;
    try {
      const { startLoader } = await import('../../entrypoints/content-loader/loader');
      startLoader('read on');
      await settle();
    } finally {
      window.MutationObserver = globalThis.MutationObserver = Observer;
    }
    // The loader's own observer first, then the read's, both before any touch of the API.
    expect(events).toEqual(['observer (API touched 0 times)', 'observer (API touched 0 times)', 'check: Tariffs']);
    expect(fake.sent.map((m) => m.type).sort()).toEqual(['annotate', 'readStored']); // nothing to inject
    expect(state()).toBe('idle'); // nothing to mark: the loader watches on
  });
});
