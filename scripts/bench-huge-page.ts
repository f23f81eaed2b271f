// The huge page of the speed issue (issue 16) for `npm run bench`: the trade story at the end of
// 20,000 paragraphs of notes (tests/fixtures/pages/hostile/large-story.html, about 1.6 million
// characters), opened in a browser of the end-to-end harness with the benchmark build, the reader
// scrolling straight to the story once the page has loaded. Per run:
//   - firstMarkAfterScrollMs: from the scroll to the story's first mark (the page's own
//     MutationObserver);
//   - maxLatenessMs: the page's 50 ms timer, its latest tick (the fixture's probe) from the
//     page's first paint until the rest of the page has been read in idle slices;
//   - longestTaskMs: Chromium, the longest main-thread task that holds extension work (the V8
//     sampling profiler and a timeline trace, as for the corpus pages: bench-browser.ts);
//     Firefox, which has neither, the longest slice the content script recorded (a lower bound:
//     what the browser does for it after a slice, style and layout, is not in it);
//   - heapAddedMB (Chromium only): the tab's JS heap after two forced collections, less the same
//     on the same page without the story, which the gate stops (what reading and marking the
//     page keeps, over what the loader alone keeps).
// Each figure is the median of the runs; in Chromium the longest task is read in runs of its own
// (the profiler and the trace slow the page, and so its timer).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { analyseLoad, readRecord, type CpuProfile, type TraceEvent } from './bench-browser';
import { stat } from './bench-node';
import type { E2EBrowser, E2EPage } from './harness/types';
import { sleep, tabHeapMB } from './harness/hostile';
import { FixtureServer } from './harness/server';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';

export interface HugePageResult {
  browser: 'chromium' | 'firefox';
  runs: number;
  heapAddedMB: number | null;
  firstMarkAfterScrollMs: number;
  maxLatenessMs: number;
  longestTaskMs: number | null;
}

const FIXTURE = fileURLToPath(new URL('../tests/fixtures/pages/hostile/large-story.html', import.meta.url));
const PATH = '/__bench/huge-story.html';

const median = (xs: number[]) => Math.round(stat(xs).median * 10) / 10;

interface Probe {
  firstMarkAt: number;
  maxLate: number;
}

/** Page functions as strings: tsx would wrap named functions in a helper the page does not have. */
const SCROLL_TO_STORY = `(() => { document.getElementById('story').scrollIntoView(); return performance.now(); })()`;
const STORY_MARKED = `document.querySelector('#story footnote-mark') !== null`;
const STOP_PROBE = `(() => { const p = window.__stopProbe(); return { firstMarkAt: p.firstMarkAt, maxLate: p.maxLate }; })()`;

const evaluate = <T>(page: E2EPage, source: string) => (page.raw as { evaluate(s: string): Promise<T> }).evaluate(source);

async function waitFor(page: E2EPage, source: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await evaluate<boolean>(page, source).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`bench: ${source} not true within ${timeout} ms`);
    await sleep(20);
  }
}

/** Waits for the content script's last mark ('settled'), then a little for trailing idle work. */
async function settled(page: E2EPage): Promise<Array<[string, number, number]>> {
  const deadline = Date.now() + 20_000;
  let slices: Array<[string, number, number]> = [];
  while (Date.now() < deadline) {
    const rec = await readRecord(page).catch(() => null);
    if (rec?.marks.settled !== undefined) {
      slices = rec.slices;
      break;
    }
    await sleep(100);
  }
  await sleep(1000);
  return (await readRecord(page).catch(() => null))?.slices ?? slices;
}

/** Starts the profiler and a trace (Chromium); returns what stops them and gives the longest extension task. */
async function startProfiling(b: E2EBrowser, page: E2EPage): Promise<() => Promise<number>> {
  const cdp: CDPSession = await (b.raw as BrowserContext).newCDPSession(page.raw as Page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] } });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
    return analyseLoad(profile, events).longestTask.ms;
  };
}

/** One load; with `profiled` (Chromium) only the longest task is read: the profiler slows the page. */
async function oneRun(b: E2EBrowser, run: number, profiled = false) {
  const chromium = b.name === 'chromium';
  const page = await b.newPage();
  try {
    const stopProfiling = profiled ? await startProfiling(b, page) : null;
    await page.goto(b.server.url(`${PATH}?run=${run}`));
    const scrolledAt = await evaluate<number>(page, SCROLL_TO_STORY);
    await waitFor(page, STORY_MARKED, 20_000);
    const slices = await settled(page);
    const probe = await evaluate<Probe>(page, STOP_PROBE);
    const longestTaskMs = stopProfiling ? await stopProfiling() : Math.max(0, ...slices.map((s) => s[2]));
    let heapAddedMB: number | null = null;
    if (chromium && !profiled) {
      const withStory = await tabHeapMB(b, page);
      const control = await b.newPage();
      try {
        await control.goto(b.server.url(`${PATH}?story=0&run=${run}`));
        await sleep(3000);
        heapAddedMB = withStory - (await tabHeapMB(b, control));
      } finally {
        await control.close().catch(() => {});
      }
    }
    return { heapAddedMB, firstMarkAfterScrollMs: probe.firstMarkAt - scrolledAt, maxLatenessMs: probe.maxLate, longestTaskMs };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * The huge page in `b`, a harness browser with the benchmark build (FOOTNOTE_BENCH=1) installed;
 * serves the fixture from `b.server` itself. `runs` loads, after one warm-up load.
 */
export async function benchHugePage(b: E2EBrowser, opts: { runs?: number; log?: (s: string) => void } = {}): Promise<HugePageResult> {
  const runs = opts.runs ?? 3;
  b.server.addPage(PATH, readFileSync(FIXTURE, 'utf8'));
  opts.log?.(`${b.name}: the 20,000-paragraph page, 1 + ${runs} loads...`);
  await oneRun(b, -1); // the browser's and the background's first load
  const results = [];
  for (let r = 0; r < runs; r++) results.push(await oneRun(b, r));
  const longest = [];
  if (b.name === 'chromium') for (let r = 0; r < runs; r++) longest.push((await oneRun(b, runs + r, true)).longestTaskMs);
  else longest.push(...results.map((r) => r.longestTaskMs));
  const heaps = results.map((r) => r.heapAddedMB).filter((x): x is number => x !== null);
  return {
    browser: b.name,
    runs,
    heapAddedMB: heaps.length ? median(heaps) : null,
    firstMarkAfterScrollMs: median(results.map((r) => r.firstMarkAfterScrollMs)),
    maxLatenessMs: median(results.map((r) => r.maxLatenessMs)),
    longestTaskMs: median(longest),
  };
}

/** The huge page in Chromium and Firefox, each in a browser of its own with the benchmark build. */
export async function benchHugePages(dirs: { chrome: string; firefox: string }, opts: { runs: number; log: (s: string) => void }): Promise<HugePageResult[]> {
  const server = await FixtureServer.start();
  const results: HugePageResult[] = [];
  try {
    for (const launch of [() => launchChromium({ server, extensionPath: dirs.chrome }), () => launchFirefox({ server, extensionPath: dirs.firefox })]) {
      const b = await launch();
      try {
        results.push(await benchHugePage(b, opts));
      } finally {
        await b.close();
      }
    }
  } finally {
    await server.close();
  }
  return results;
}
