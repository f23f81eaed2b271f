// What every page gets: a gate and a loader. Most pages a reader opens have nothing for
// Footnote; on those the gate (one regex pass over the page's text, lib/prefilter.ts) is all
// that runs. When it passes, and the reader has not switched Footnote off on this site, the
// loader reads the page's text and asks the background to annotate it
// (lib/page/background-pipeline.ts: the pipeline and its knowledge base live there, loaded once
// for all tabs). Only if that finds something to mark does it import the rest of the content
// script (entrypoints/content-app.ts: footnote.ts with the annotator, the marks, the cards in
// Preact), which takes over the page: `startFootnote`.
//
// Why not the whole pipeline in a module the page imports: that module would be loaded, parsed
// and run in every page with something to annotate (about 230 KB and 20-30 ms of the page's
// main thread each time, measured), and the analysis would compete with the page for its main
// thread; in the background it is loaded once, stays compiled while the reader browses, and the
// page only pays for reading its text and painting. The cost is a round trip to the background,
// and waking it when it was asleep (see BENCHMARKS.md).
//
// Until then the loader answers the popup itself ("nothing found", or "off on this site"), and
// watches the page for content that arrives later, gating again once it settles.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { onMessage, type PageState } from '../../lib/messages';
import { pageMightHaveFindings } from '../../lib/prefilter';
import { BLOCK_SEPARATOR, DEFAULT_MAX_CHARS, extractText, textForAnalysis } from '../../lib/page/extract';
import { annotateInBackground, hasMarks } from '../../lib/page/background-pipeline';
import { benchMark, benchSlice, publishBenchMarks } from '../../lib/bench-marks';
import type { ContentApp } from '../content-app';

/** The lazily imported module (see wxt.config.ts: built as an ES module, web-accessible). */
const APP_PATH = '/content-app.js';
/** Quiet period after the page's last mutation before gating again (ms), as the annotator's. */
const SETTLE_MS = 400;

const log = (...args: unknown[]) => console.debug('[Footnote]', ...args);

// The settings module reads storage as soon as it is evaluated (WXT storage items initialise
// themselves): imported only when the loader needs it, so that pages with nothing to annotate
// make no storage call at all.
const settings = () => import('../../lib/settings');

export function startLoader(ctx: ContentScriptContext): void {
  benchMark('start');
  if (!document.body || !/^https?:$/.test(location.protocol)) return;
  const host = location.hostname;
  const body = document.body;
  /** idle: gating; loading: the site is on and the app is being imported; started: it took over. */
  let state: 'idle' | 'loading' | 'started' = 'idle';
  let checking = false;

  const handlers = [
    onMessage('getPageState', async (): Promise<PageState> => {
      if (state !== 'idle') return { status: 'working', host };
      const enabled = await (await settings()).isSiteEnabled(host);
      return enabled ? { status: 'annotated', host, summary: { figures: [], officials: [] } } : { status: 'off', host };
    }),
    onMessage('revealMark', () => false),
  ];

  // Content that arrives later (script-rendered articles, infinite scroll, in-page navigation):
  // gate again once the page has been quiet for SETTLE_MS.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() =>
    benchSlice('observe', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), SETTLE_MS);
    }),
  );
  observer.observe(body, { childList: true, subtree: true, characterData: true });

  // Switched back on for this site while the page had something to annotate.
  let unwatchSettings: (() => void) | undefined;

  const stopLoader = () => {
    observer.disconnect();
    clearTimeout(timer);
    unwatchSettings?.();
    unwatchSettings = undefined;
  };
  ctx.onInvalidated(() => {
    stopLoader();
    handlers.forEach((remove) => remove());
  });

  async function check(): Promise<void> {
    if (state !== 'idle' || checking || ctx.isInvalid) return;
    checking = true;
    try {
      const found = benchSlice('gate', () => pageMightHaveFindings(body));
      benchMark('gated');
      if (!found) return;
      // The page's text (the same text the annotator's first pass will read), to the background,
      // while the reader's setting for this site is read: both are round trips, one wait.
      const text = benchSlice('extract', () =>
        textForAnalysis(extractText(body, { maxChars: DEFAULT_MAX_CHARS, separator: BLOCK_SEPARATOR }).text),
      );
      state = 'loading';
      benchMark('ask');
      const [enabled, annotations] = await Promise.all([settings().then((s) => s.isSiteEnabled(host)), annotateInBackground(text)]);
      benchMark('annotated');
      if (!enabled) {
        state = 'idle';
        const { watchDisabledSites } = await settings();
        unwatchSettings ??= watchDisabledSites((sites) => {
          if (!sites.includes(host)) void check();
        });
        return;
      }
      if (!hasMarks(annotations)) {
        state = 'idle'; // nothing to mark after all: stay as small as before, and keep watching
        return;
      }
      stopLoader();
      benchMark('import');
      const app = ((await import(/* @vite-ignore */ browser.runtime.getURL(APP_PATH))) as { default: ContentApp }).default;
      benchMark('imported');
      if (ctx.isInvalid) return;
      app.usePrefetched(text, annotations);
      // The app answers the popup from now on (its handlers are registered synchronously).
      handlers.forEach((remove) => remove());
      state = 'started';
      await app.startFootnote(ctx);
      benchMark('started');
    } catch (e) {
      if (state === 'loading') state = 'idle';
      log('could not start; the page is left as it was', e);
    } finally {
      checking = false;
      benchMark('settled');
      publishBenchMarks();
    }
  }

  void check();
}
