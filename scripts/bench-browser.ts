// The browser half of `npm run bench`: the built extension (a benchmark build, FOOTNOTE_BENCH=1)
// in real Chromium and Firefox, launched by the end-to-end harness (scripts/harness), on the
// corpus pages served by its fixture server with the network policed.
//
// Chromium, per page load, from the Chrome DevTools Protocol:
//   - extension main-thread time: the V8 sampling profiler (Profiler domain, 50 µs asked for)
//     runs during the load; a sample is the extension's when a frame of its stack belongs to a
//     chrome-extension:// script. This also counts what the extension's JavaScript asks of the
//     browser (textContent, DOM calls), and continuations after `await`, which the timeline trace
//     does not attribute to a script;
//   - tasks: a devtools.timeline trace recorded at the same time; every top-level task of the
//     page's main thread that holds extension samples, its duration and the extension's share;
//   - latency: the marks the content script records in a benchmark build
//     (lib/page/bench-timing.ts), from the content script's first line ('script') to its
//     highlights being painted;
//   - heap: Runtime.getHeapUsage after two forced collections, with Footnote and, in a second
//     browser, with an empty extension instead.
// Firefox: latency from the same marks (its content script's performance.now(), in ms).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { FixtureServer } from './harness/server';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { textFileToHtml } from './harness/pages';
import type { E2EBrowser, E2EPage } from './harness/types';
import { stat, type Stat } from './bench-node';

export interface BenchRecord {
  marks: Record<string, number>;
  slices: Array<[string, number, number]>;
}

export interface PageLoad {
  /** Extension main-thread time (ms), from profiler samples. */
  extMs: number;
  /** Longest top-level task holding extension work: its duration and the extension's part (ms). */
  longestTask: { ms: number; extMs: number };
  /** The content script's own marks. */
  record: BenchRecord | null;
}

export interface PageResult {
  file: string;
  loads: PageLoad[];
  extMs: Stat;
  longestTaskMs: Stat;
  /** The loader's gate let the page through (it then asked the background). */
  gatePassed: boolean;
  /** Footnote marked something and loaded the rest of the content script. */
  started: boolean;
}

export interface BrowserResults {
  chromiumVersion: string;
  firefoxVersion: string;
  pages: PageResult[];
  seed: {
    chromium: { warm: Stat; cold: number | null; phases: Record<string, Stat> };
    firefox: { warm: Stat; cold: number | null; phases: Record<string, Stat> } | null;
  };
  heap: { seedMB: Stat; plainMB: Stat; seedRuns: number; serviceWorkerMB: number | null };
}

const SEED_PATH = '/__bench/seed.html';
const PLAIN_PATH = '/__bench/plain.html';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Page functions as strings: tsx would wrap named functions in a helper the page does not have. */
const READ_RECORD = `(() => { const s = document.documentElement.getAttribute('data-footnote-bench'); return s ? JSON.parse(s) : null; })()`;

export async function readRecord(page: E2EPage): Promise<BenchRecord | null> {
  return (await (page.raw as { evaluate(s: string): Promise<BenchRecord | null> }).evaluate(READ_RECORD)) ?? null;
}

/** Waits until the content script has settled (gated, and started if it had something to mark). */
async function waitSettled(page: E2EPage, timeout = 15_000): Promise<BenchRecord | null> {
  const deadline = Date.now() + timeout;
  let rec: BenchRecord | null = null;
  while (Date.now() < deadline) {
    rec = await readRecord(page).catch(() => null);
    // 'settled' is the loader's last mark, after the app started where it did.
    if (rec?.marks.settled !== undefined) return rec;
    await sleep(50);
  }
  return rec;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Extension time and the longest extension task, from one load's profile and trace. */
export function analyseLoad(profile: CpuProfile, events: TraceEvent[]): Omit<PageLoad, 'record'> {
  const parent = new Map<number, number>();
  const url = new Map<number, string>();
  for (const n of profile.nodes) {
    url.set(n.id, n.callFrame.url);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const extNode = new Map<number, boolean>();
  const isExt = (id: number): boolean => {
    const known = extNode.get(id);
    if (known !== undefined) return known;
    const u = url.get(id) ?? '';
    const v = u.startsWith('chrome-extension://') || (parent.has(id) && isExt(parent.get(id)!));
    extNode.set(id, v);
    return v;
  };
  // Sample i covers [t_i, t_i + delta_{i+1}): the time until the next sample.
  const samples: Array<{ t: number; dt: number }> = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (isExt(profile.samples[i])) samples.push({ t, dt });
  }
  const extMs = samples.reduce((n, s) => n + s.dt, 0) / 1000;

  // The page's main thread: where the content script was evaluated.
  const script = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith('chrome-extension://'));
  let longest = { ms: 0, extMs: 0 };
  if (script) {
    const tasks = events
      .filter(
        (e) => e.pid === script.pid && e.tid === script.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur,
      )
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    // Top-level only: a task inside another's span is part of it.
    const top: TraceEvent[] = [];
    for (const e of tasks) {
      const last = top[top.length - 1];
      if (last && e.ts < last.ts + last.dur!) continue;
      top.push(e);
    }
    let k = 0;
    for (const task of top) {
      const end = task.ts + task.dur!;
      while (k < samples.length && samples[k].t < task.ts) k++;
      let ext = 0;
      for (let j = k; j < samples.length && samples[j].t < end; j++) ext += samples[j].dt;
      if (ext > 0 && task.dur! / 1000 > longest.ms) longest = { ms: task.dur! / 1000, extMs: ext / 1000 };
    }
  }
  return { extMs, longestTask: longest };
}

async function profiledLoad(b: ChromiumSession, url: string): Promise<PageLoad> {
  const page = await b.newPage();
  try {
    const cdp: CDPSession = await (b.raw as BrowserContext).newCDPSession(page.raw as Page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] } });
    await cdp.send('Profiler.start');
    await page.goto(url);
    const record = await waitSettled(page);
    await sleep(600); // trailing work: idle slices, observers
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
    return { ...analyseLoad(profile, events), record };
  } finally {
    await page.close().catch(() => {});
  }
}

function phases(records: BenchRecord[]): Record<string, Stat> {
  const out: Record<string, Stat> = {};
  // From the later of the marks `from` to `to`; only where `to` comes after them (in Firefox the
  // app is evaluated before the loader starts: there is no injection to time).
  const span = (from: string[], to: string) =>
    records.map((r) => r.marks[to] - Math.max(...from.map((a) => r.marks[a]))).filter((x) => Number.isFinite(x) && x >= 0);
  const pairs: Array<[string, string[], string]> = [
    ['gate', ['script'], 'gated'],
    // From the gate on, three things at once (entrypoints/content-loader/loader.ts): the
    // injection, and meanwhile the reading of the text and the background's answer.
    ['injection of content-app.js', ['gated'], 'app-evaluated'],
    ['meanwhile: reading the text', ['gated'], 'ask'],
    ['meanwhile: text to the background and back', ['ask'], 'answered'],
    ["app's check, once the app and the answer are in", ['app-evaluated', 'answered'], 'annotated'],
    ['app start and first pass to marks', ['annotated'], 'painted'],
  ];
  for (const [label, from, to] of pairs) {
    const xs = span(from, to);
    if (xs.length) out[label] = stat(xs);
  }
  return out;
}

async function seedLatency(b: E2EBrowser, server: FixtureServer, runs: number): Promise<{ warm: Stat; cold: number | null; phases: Record<string, Stat> }> {
  const lat: number[] = [];
  const recs: BenchRecord[] = [];
  let cold: number | null = null;
  for (let i = 0; i <= runs; i++) {
    const page = await b.newPage();
    try {
      await page.goto(server.url(`${SEED_PATH}?run=${i}`));
      const rec = await waitSettled(page);
      const ms = rec && rec.marks.painted !== undefined ? rec.marks.painted - rec.marks.script : NaN;
      if (i === 0)
        cold = Number.isFinite(ms) ? ms : null; // the first load after the browser started
      else if (rec && Number.isFinite(ms)) {
        lat.push(ms);
        recs.push(rec);
      }
    } finally {
      await page.close().catch(() => {});
    }
    await sleep(300);
  }
  if (!lat.length) throw new Error(`bench: ${b.name} never painted the seed article's marks`);
  return { warm: stat(lat), cold, phases: phases(recs) };
}

/** An extension that does nothing: the heap baseline. */
function blankExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'footnote-bench-blank-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'blank', version: '1.0', background: { service_worker: 'bg.js' } }));
  writeFileSync(join(dir, 'bg.js'), '// nothing\n');
  return dir;
}

async function heapAfterLoad(b: ChromiumSession, url: string): Promise<number> {
  const page = await b.newPage();
  try {
    await page.goto(url);
    await waitSettled(page, 5000);
    await sleep(1500);
    const cdp: CDPSession = await (b.raw as BrowserContext).newCDPSession(page.raw as Page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach().catch(() => {});
    return usedSize;
  } finally {
    await page.close().catch(() => {});
  }
}

async function serviceWorkerHeap(b: ChromiumSession): Promise<number | null> {
  const worker = b.serviceWorker();
  if (!worker) return null;
  try {
    const cdp: CDPSession = await (b.raw as BrowserContext).newCDPSession(worker as unknown as Page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach().catch(() => {});
    return usedSize / 1e6;
  } catch {
    return null;
  }
}

export async function benchBrowsers(opts: {
  chrome: string;
  firefox: string;
  pagesDir: string;
  seedFile: string;
  plainFile: string;
  pageRuns: number;
  seedRuns: number;
  heapRuns: number;
  filter?: RegExp;
  log: (s: string) => void;
}): Promise<BrowserResults> {
  const { log } = opts;
  const server = await FixtureServer.start({ root: opts.pagesDir });
  server.addPage(SEED_PATH, textFileToHtml(opts.seedFile));
  server.addPage(PLAIN_PATH, readFileSync(opts.plainFile, 'utf8'));
  const files = (await import('node:fs'))
    .readdirSync(opts.pagesDir)
    .filter((f) => f.endsWith('.html') && (!opts.filter || opts.filter.test(f)))
    .sort();
  const results: BrowserResults = {
    chromiumVersion: '',
    firefoxVersion: '',
    pages: [],
    seed: { chromium: { warm: stat([0]), cold: null, phases: {} }, firefox: null },
    heap: { seedMB: stat([0]), plainMB: stat([0]), seedRuns: 0, serviceWorkerMB: null },
  };
  const blank = blankExtension();
  try {
    // ---- Chromium: every corpus page, then the seed article ----
    let chromium = await launchChromium({ server, extensionPath: opts.chrome });
    try {
      results.chromiumVersion = (chromium.raw as BrowserContext).browser()?.version() ?? '';
      // One load first, so that no page pays for the browser's own start.
      const warm = await chromium.newPage();
      await warm.goto(server.url(PLAIN_PATH));
      await warm.close();
      log(`chromium: ${files.length} corpus pages x ${opts.pageRuns} loads, profiled and traced...`);
      for (const [i, file] of files.entries()) {
        const loads: PageLoad[] = [];
        for (let r = 0; r < opts.pageRuns; r++) loads.push(await profiledLoad(chromium, server.url(`/${file}`)));
        const rec = loads.find((l) => l.record)?.record ?? null;
        results.pages.push({
          file,
          loads,
          extMs: stat(loads.map((l) => l.extMs)),
          longestTaskMs: stat(loads.map((l) => l.longestTask.ms)),
          gatePassed: rec?.marks.ask !== undefined,
          started: rec?.marks.started !== undefined,
        });
        if ((i + 1) % 25 === 0) log(`  ${i + 1}/${files.length}`);
      }
      log(`chromium: the seed article, 1 + ${opts.seedRuns} loads...`);
      // A fresh browser, so that the first load is a cold one.
      await chromium.close();
      chromium = await launchChromium({ server, extensionPath: opts.chrome });
      results.seed.chromium = await seedLatency(chromium, server, opts.seedRuns);

      log(`chromium: heap, ${opts.heapRuns} loads of each page, with Footnote and with an empty extension...`);
      const seedWith: number[] = [];
      const plainWith: number[] = [];
      for (let r = 0; r < opts.heapRuns; r++) {
        seedWith.push(await heapAfterLoad(chromium, server.url(`${SEED_PATH}?heap=${r}`)));
        plainWith.push(await heapAfterLoad(chromium, server.url(`${PLAIN_PATH}?heap=${r}`)));
      }
      results.heap.serviceWorkerMB = await serviceWorkerHeap(chromium);
      await chromium.close();
      chromium = await launchChromium({ server, extensionPath: blank });
      const seedWithout: number[] = [];
      const plainWithout: number[] = [];
      for (let r = 0; r < opts.heapRuns; r++) {
        seedWithout.push(await heapAfterLoad(chromium, server.url(`${SEED_PATH}?heap=${r}`)));
        plainWithout.push(await heapAfterLoad(chromium, server.url(`${PLAIN_PATH}?heap=${r}`)));
      }
      const diff = (a: number[], b: number[]) => a.map((x, i) => (x - b[i]) / 1e6);
      results.heap.seedMB = stat(diff(seedWith, seedWithout));
      results.heap.plainMB = stat(diff(plainWith, plainWithout));
      results.heap.seedRuns = opts.heapRuns;
    } finally {
      await chromium.close();
    }

    // ---- Firefox: the seed article ----
    log(`firefox: the seed article, 1 + ${opts.seedRuns} loads...`);
    const firefox = await launchFirefox({ server, extensionPath: opts.firefox });
    try {
      results.firefoxVersion = (await (firefox.raw as { version(): Promise<string> }).version().catch(() => '')) ?? '';
      results.seed.firefox = await seedLatency(firefox, server, opts.seedRuns);
    } finally {
      await firefox.close();
    }
  } finally {
    rmSync(blank, { recursive: true, force: true });
    await server.close();
  }
  return results;
}
