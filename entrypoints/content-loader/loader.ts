// The content script's second stage, on pages the first look (first-look.ts) did not stop: the
// whole-page gate (regex passes over the page's text, lib/prefilter.ts), and what follows when it
// passes. It is part of the script every page gets, so it is kept small: a content script is
// compiled again on every page (0.03–0.1 ms per kilobyte here, measured: see docs/speed-notes.md).
//
// When the gate passes, four things start at once: the loader loads the app (entrypoints/content-app/:
// injected by the background in Chromium, already there in Firefox; lib/page/content-modules.ts),
// asks the background for the stored settings and corrections (lib/stored-keys.ts), and reads
// the page's text in slices and sends it to the background, which runs the pipeline
// (lib/browser/background-pipeline.ts). Loading the app is the longest of these, so by the time
// the app runs the rest is usually there. Then:
//   1. the app's check (content-app/check.ts) says whether there is anything to mark, with the
//      reader's choices, on a site they have not switched off; if there is, the app
//      (content-app/footnote.ts: the annotator, the marks, the popup's answers) takes over the page, with
//      the text, the answer and the settings it was given;
//   2. the app asks for entrypoints/content-cards/ once the first marks are painted: the cards in Preact,
//      which describe figures and officials from the part of the knowledge base the background
//      sent with the annotations (lib/kb/page-kb.ts).
// The reading and the question are here, not in the app, so that they need not wait for it: in
// a row, they were a third of the time to the first highlight (BENCHMARKS.md, target 3).
// Why the pipeline runs in the background rather than in a module the page imports: that module
// (about 230 KB with the knowledge base) would be compiled and run in every page with something
// to annotate, costing the page's main thread tens of milliseconds each time (measured), and the
// analysis would compete with the page for it; in the background it is loaded once for all tabs
// and stays compiled while the reader browses. The cost is a round trip to the background, and
// waking it when it was asleep (BENCHMARKS.md, target 3).
//
// Until the app takes over, the popup reads what the loader is doing (publishLoaderState) and
// says "nothing found" or "off on this site" itself; the loader watches the page for content
// that arrives later, gating again once it settles (a sample first, as the first look does).
import { gateText, gateTextFrom, mightHaveFindings } from '../../lib/prefilter';
import { readGateSample, sampleReadsOn } from '../../lib/page/gate-sample';
import { restMightHaveFindings } from '../../lib/page/gate';
import { benchMark, benchSlice, publishBenchMarks } from '../../lib/page/bench-timing';
import { hasContentModule, loadContentModule, moduleInjector, publishLoaderState, type LoaderState } from '../../lib/page/content-modules';
import { readFirst, type FirstRead } from '../../lib/page/first-read';
import { extensionApi } from '../../lib/browser/lazy-browser';
import { Slices } from '../../lib/page/slices';
import { BLOCK_SEPARATOR } from '../../lib/page/extract';
import type { AnnotationsWithKb } from '../../lib/kb/page-kb';
import type { PageToAnnotate } from '../../lib/browser/background-pipeline';
import { readPageDate } from '../../lib/page/page-date';
import type { StoredValues } from '../../lib/stored-keys';
import type { ContentApp } from '../content-app';
import { SETTLE_MS, type LoaderStart } from './first-look';
/**
 * After a start that failed (the background was restarting, an injection was refused), the
 * waits before trying again (ms): a page that does not change would otherwise stay unmarked
 * until it is reloaded. Bounded, so that a page that always fails costs little.
 */
const RETRY_MS = [1_000, 5_000];

const log = (...args: unknown[]) => console.debug('[Footnote]', ...args);

// The extension API (extensionApi, lib/browser/lazy-browser.ts) is not touched at all until the
// gate passes: the first touch of the API from a content script cost about 1.5 ms of the page's
// main thread in Chromium and 10–25 ms in Firefox (which sets the API up then), on every page.
// So the loader has no listener of its own; the popup reads its state instead
// (lib/page/content-modules.ts, publishLoaderState).

/** False once the extension was updated, reloaded or removed: this script is an orphan then. */
const extensionAlive = () => Boolean(extensionApi()?.runtime?.id);

/**
 * A question to the background: by hand, in @webext-core/messaging's wire format (what
 * lib/browser/messages.ts and lib/browser/background-pipeline.ts send), which the loader does not bundle.
 */
async function ask<T>(type: 'injectModule' | 'annotate' | 'readStored', data?: unknown): Promise<T> {
  const reply = (await extensionApi().runtime.sendMessage({ id: 0, type, data, timestamp: Date.now() })) as { res?: T; err?: { message?: string } } | undefined;
  if (!reply || reply.err) throw new Error(`the background did not answer ${type}: ${reply?.err?.message ?? 'no answer'}`);
  return reply.res as T;
}
/** The app, injected by the background or imported (lib/page/content-modules.ts). */
const loadApp = () =>
  loadContentModule<ContentApp>(
    'content-app',
    moduleInjector(
      (path) => extensionApi().runtime.getURL(path),
      (name) => ask('injectModule', name),
    ),
  );

/**
 * Starts the loader on a page the first look handed over, for the reason it gives, with the
 * body's text when the first look has just read it.
 */
export function startLoader(why: LoaderStart, bodyText?: string): void {
  benchMark('start');
  if (!document.body || !/^https?:$/.test(location.protocol)) return;
  const host = location.hostname;
  const body = document.body;
  /** idle: gating; loading: the app being injected, the background asked; started: the app took over. */
  let state: LoaderState = 'idle';
  const setState = (next: LoaderState) => publishLoaderState((state = next));
  setState('idle');
  let checking = false;
  let failedStarts = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

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

  // The first check reads the page whole: the first look's sample said to, or the reader scrolled.
  // Later checks (content that arrived later) sample first, as the first look does; when the
  // sample stops the page, the reader scrolling away from the top gates it again, whole (the
  // sample cannot know what they will scroll to: a country's article with its trade figures in
  // the economy section). Once: later content is the observer's.
  let readWhole = true;
  let readerScrolled = why === 'scrolled';
  const onScroll = () => {
    readerScrolled = true;
    if (checking) return; // the next scroll event asks again
    removeEventListener('scroll', onScroll);
    void check();
  };
  const watchScroll = () => addEventListener('scroll', onScroll, { passive: true });

  let unwatch: (() => void) | undefined;
  const stopWatching = () => {
    observer.disconnect();
    clearTimeout(timer);
    removeEventListener('scroll', onScroll);
    clearTimeout(retry);
    unwatch?.();
    unwatch = undefined;
  };

  async function check(): Promise<void> {
    if (state !== 'idle' || checking) return;
    checking = true;
    let passed = false;
    const taskStart = performance.now();
    try {
      const slices = new Slices(window, undefined, taskStart);
      const wholeNow = readWhole || readerScrolled;
      const handed = bodyText; // the first check's only
      readWhole = false;
      bodyText = undefined;
      // The gate's text from a read of the body's text made just now, by the first look or the
      // sample, rather than a second read (prefilter.ts gateTextFrom).
      const whole = benchSlice('gate', () => {
        if (wholeNow) return handed !== undefined ? gateTextFrom(body, handed) : gateText(body, Infinity);
        const sample = readGateSample(document);
        return sampleReadsOn(sample) ? gateTextFrom(body, sample.bodyText) : null;
      });
      const sampled = whole === null;
      passed = whole !== null && benchSlice('gate', () => mightHaveFindings(whole));
      // A page longer than the gate reads at once (an archive of thousands of stories): the rest
      // in slices (lib/page/gate.ts).
      if (!passed && whole !== null) passed = await restMightHaveFindings(whole, slices);
      benchMark('gated');
      if (sampled) watchScroll();
      if (!passed) return;
      // The read gets a slice of its own (bounded: Slices.renew), so that a normal article is
      // read at once, not after an idle moment.
      const readPage = () => {
        slices.renew();
        return readFirst(body, { separator: BLOCK_SEPARATOR }, slices);
      };
      // Where the app is here already (Firefox: declared with the loader), there is nothing to
      // set going before the read, so the page is read first, in what is left of the gate's
      // slice. Touching the extension API first there (10–25 ms in Firefox) used the slice up,
      // and the read waited for an idle moment, which Firefox hardly gives while a page loads:
      // 15–30 ms more before the text went to the background.
      let early: FirstRead | undefined;
      if (hasContentModule('content-app')) early = await readPage();
      if (!extensionAlive()) {
        early?.release();
        stopWatching(); // an orphan after an update: the page belongs to the new version now
        return;
      }
      setState('loading');
      // All at once: the app is loaded; meanwhile the stored settings and corrections are asked
      // for, and the page's text is read (in slices) and sent to the background for annotation.
      // Loading the app is the longest wait, so the rest is usually in by the time it runs.
      const injected = loadApp();
      injected.catch(() => {}); // awaited below, after the read
      // From the background, which has the storage API set up already (in Firefox, this
      // script's first touch of it took 24 ms).
      const stored = ask<StoredValues>('readStored');
      stored.catch(() => {}); // the app falls back to WXT storage's read
      const read = early ?? (await readPage());
      benchMark('ask');
      const annotated = ask<AnnotationsWithKb>('annotate', { text: read.text, date: readPageDate(document) } satisfies PageToAnnotate);
      annotated.then(
        () => benchMark('answered'),
        () => {},
      ); // the app awaits it
      let app: ContentApp;
      try {
        app = await injected;
      } catch (e) {
        read.release();
        throw e;
      }
      // From here the app owns the read: it hands it to the annotator or releases it.
      const found = await app.check(host, read, annotated, stored);
      if (found === 'off' || found === 'nothing') {
        // Switched off on this site, or nothing to mark with the reader's choice of what to mark:
        // check again as soon as the reader switches it back on or changes that choice, and
        // keep watching the page.
        unwatch ??= app.watchSwitchedOn(host, () => void check());
        setState('idle');
        return;
      }
      stopWatching();
      // The app answers the popup from now on (it registers its handlers synchronously).
      setState('started');
      await found.start();
      benchMark('started');
    } catch (e) {
      if ((state as LoaderState) === 'loading') setState('idle'); // (set in a closure: TS narrows it to 'idle')
      const wait = RETRY_MS[failedStarts++];
      log(`could not start; the page is left as it was${wait === undefined ? '' : `, trying again in ${wait} ms`}`, e);
      if (wait !== undefined && extensionAlive()) retry = setTimeout(() => void check(), wait);
    } finally {
      checking = false;
      benchMark('settled');
      publishBenchMarks(); // benchmark builds only: a few microseconds, nothing in production
    }
  }

  void check();
}
