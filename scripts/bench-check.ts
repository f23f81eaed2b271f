// `npm run bench:check`: an independent check of the figures `npm run bench` reports (issue 5,
// "Speed": targets 2, 3, 4, 5 and 6), by other methods, on the production build, from outside.
//
//   npm run bench:check                    8 pages with nothing to annotate (an even spread by size),
//                                          the 4 largest pages and those with trade figures, 3 loads
//                                          each in each of 3 browsers (about 4-5 minutes on 2 cores)
//   npm run bench:check -- --quick         3 + 1 + those with trade figures, fewer seed and heap
//                                          loads (2-3 minutes; noisier)
//   npm run bench:check -- --pages N       N pages with nothing to annotate (--pages all: every one)
//   npm run bench:check -- --largest N     the N largest pages for the long tasks
//   npm run bench:check -- --runs N        loads per page and browser (default 3)
//   npm run bench:check -- --no-firefox    skip the Firefox seed latency
//
// What differs from `npm run bench` (scripts/bench-browser.ts), so that agreement means something:
//   - the extension is the *production* build (scripts/bench-build.ts without --bench, built into
//     .output/check/): no performance marks, nothing the extension says about itself is read;
//   - the baseline is Chromium *without any extension* (bench uses an empty extension), with the
//     same flags otherwise, loads interleaved with / without on the same page so drift cancels; a
//     third browser, with an extension whose content script is empty, splits the difference into
//     what injecting any content script costs and what Footnote's own code costs on top;
//   - main-thread cost: the renderer's own counters (CDP Performance.getMetrics: TaskDuration and
//     ScriptDuration, in thread CPU time, `timeDomain: 'threadTicks'`) after load and a settle
//     period, with minus without; bench uses V8 sampling-profiler samples in extension frames;
//   - latency: from the page's side. A main-world MutationObserver (installed before the page's
//     first script) notes performance.now() when the first <footnote-mark> enters the DOM, and the
//     next animation frame; the reference is the document's DOMContentLoaded (navigation timing),
//     the earliest a document_idle content script can start. So this is an upper bound on "content
//     script start to highlights" (it includes the wait for idle); bench uses the script's marks;
//   - long tasks: the page's own Long Tasks API (PerformanceObserver 'longtask', main world), with
//     vs without; bench uses a devtools.timeline trace plus profiler samples;
//   - heap: Runtime.getHeapUsage after forced collections (as bench, the only heap reading CDP
//     offers for a page) but against a browser with no extension, on the seed article, the plain
//     fixture page and a real corpus page with nothing to annotate;
//   - Node: a plain loop of whole-corpus passes of annotatePage() (what the background runs for a
//     page: officials only on trade stories) timed with process.hrtime, against a
//     regex of its own (not bench-node's floor), on the corpus pages' text and trade-dev.jsonl.
// It prints one table against the budgets and writes nothing. It exits 0 when a target fails
// (it reports); non-zero only when it could not measure.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { FixtureServer } from './harness/server';
import { launchFirefox } from './harness/firefox';
import { textFileToHtml } from './harness/pages';
import { BROWSER_EXECUTABLES, freshTmpDir } from './harness/env';
import { chromiumArgs } from './harness/chromium';
import { annotatePage } from '../lib/pipeline';
import { buildExtension } from './bench-build';
import { corpusTexts } from './bench-node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = join(ROOT, '../shared');
const PAGES = join(SHARED, 'corpus/pages');
const DEV = join(SHARED, 'corpus/trade-dev.jsonl');
const SEEDS = join(SHARED, 'seeds');
const PLAIN = join(ROOT, 'tests/fixtures/pages/plain.html');
const OUT = join(ROOT, '.output/check');
const TEXT_CACHE = join(ROOT, '.output/bench/texts'); // bench-node's cache of the pages' text

/** Issue 5's budgets (as scripts/bench.ts has them; repeated here so this file stands alone). */
const BUDGET = { nothingMs: 2, seedMs: 50, longTaskMs: 50, charsPerMs: 10_000, ratio: 10, heapSeedMB: 5, heapNothingMB: 1 };

const args = process.argv.slice(2);
const flag = (n: string) => args.includes(n);
const opt = (n: string) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('--quick');
const T0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - T0) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- statistics (own, tiny)

interface S {
  med: number;
  lo: number; // p25
  hi: number; // p75
  min: number;
  max: number;
  n: number;
}
function summary(xs: number[]): S {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return { med: NaN, lo: NaN, hi: NaN, min: NaN, max: NaN, n: 0 };
  const q = (p: number) => {
    const i = p * (s.length - 1);
    const a = Math.floor(i);
    return s[a] + (s[Math.min(a + 1, s.length - 1)] - s[a]) * (i - a);
  };
  return { med: q(0.5), lo: q(0.25), hi: q(0.75), min: s[0], max: s[s.length - 1], n: s.length };
}
const median = (xs: number[]) => summary(xs).med;
const fx = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const sp = (s: S, d = 2) => `${fx(s.med, d)} (IQR ${fx(s.lo, d)}–${fx(s.hi, d)}; ${fx(s.min, d)}–${fx(s.max, d)}, n=${s.n})`;

// ---------------------------------------------------------------- the page's side

/**
 * Main world, before the page's first script: long tasks, and the first <footnote-mark>.
 * The observer starts at DOMContentLoaded (a document_idle content script cannot run before),
 * so it costs nothing while a large page is parsed.
 */
const INIT = `(() => {
  if (window.__fnCheck) return;
  const s = { lt: [], mark: null, frame: null };
  Object.defineProperty(window, '__fnCheck', { value: s });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) s.lt.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  } catch (e) {}
  let mo = null;
  const seen = () => {
    if (s.mark !== null) return;
    s.mark = performance.now();
    if (mo) mo.disconnect();
    requestAnimationFrame(() => { s.frame = performance.now(); });
  };
  const start = () => {
    if (document.querySelector('footnote-mark')) return seen();
    mo = new MutationObserver((recs) => {
      for (const r of recs) for (const n of r.addedNodes) {
        if (n.nodeType === 1 && (n.localName === 'footnote-mark' || (n.querySelector && n.querySelector('footnote-mark')))) return seen();
      }
    });
    mo.observe(document.documentElement || document, { childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', start, { once: true });
})();`;

interface PageSide {
  dcl: number; // domContentLoadedEventStart (ms since time origin)
  load: number; // loadEventEnd
  mark: number | null; // first <footnote-mark> in the DOM
  frame: number | null; // the animation frame after it
  marks: number;
  lt: Array<[number, number]>; // long tasks [start, duration]
  origin: number; // performance.timeOrigin (wall clock, ms)
  /** Chromium: when the extension's isolated world was created, seen from Node (page clock, ms). */
  world?: number | null;
}
const READ = `(() => {
  const s = window.__fnCheck || { lt: [], mark: null, frame: null };
  const n = performance.getEntriesByType('navigation')[0] || {};
  return { dcl: n.domContentLoadedEventStart, load: n.loadEventEnd, mark: s.mark, frame: s.frame, marks: document.querySelectorAll('footnote-mark').length, lt: s.lt, origin: performance.timeOrigin };
})()`;

// ---------------------------------------------------------------- Chromium, with and without

/**
 * The control: an extension whose content script (same matches, same run_at) does nothing. With it,
 * target 2's difference splits into what any content script costs a page (Chromium creating the
 * isolated world and injecting) and what Footnote's own code costs on top.
 */
function emptyContentScriptExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'footnote-check-empty-cs-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'empty content script', version: '1.0', background: { service_worker: 'bg.js' }, content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['cs.js'], run_at: 'document_idle', all_frames: false }] }),
  );
  writeFileSync(join(dir, 'bg.js'), '// nothing\n');
  writeFileSync(join(dir, 'cs.js'), 'void 0;\n');
  return dir;
}

interface Chrome {
  ctx: BrowserContext;
  withExt: boolean;
  label: string;
  version: string;
}

/** The harness's Chromium flags (chromiumArgs in scripts/harness/chromium.ts), with the extension or none. */
async function launchChrome(server: FixtureServer, ext: string | null, label: string): Promise<Chrome> {
  const profile = freshTmpDir(ext ? 'check-with' : 'check-without');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_EXECUTABLES.chromium,
    headless: true,
    timeout: 60_000,
    args: chromiumArgs(server.proxyUrl, ext),
  });
  if (ext && !ctx.serviceWorkers().some((w) => w.url().startsWith('chrome-extension://'))) {
    await ctx.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 60_000 });
  }
  await ctx.addInitScript({ content: INIT });
  for (const p of ctx.pages()) await p.close().catch(() => {});
  ctx.on('close', () => rmSync(profile, { recursive: true, force: true }));
  return { ctx, withExt: !!ext, label, version: ctx.browser()?.version() ?? '' };
}

interface Load {
  taskMs: number;
  scriptMs: number;
  side: PageSide;
}

/** One load: renderer counters (thread time) from before navigation to after the settle period. */
async function measuredLoad(b: Chrome, url: string, settleMs: number, waitMark = false): Promise<Load> {
  const page: Page = await b.ctx.newPage();
  try {
    const cdp = await b.ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // Seed loads only (it adds work to every load): the moment Chromium creates the extension's
    // isolated world, i.e. is about to run the content script, as a wall-clock time in Node.
    let world: number | null = null;
    if (waitMark) {
      cdp.on('Runtime.executionContextCreated', (e: { context: { origin: string } }) => {
        if (world === null && e.context.origin.startsWith('chrome-extension://')) world = performance.timeOrigin + performance.now();
      });
      await cdp.send('Runtime.enable');
    }
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (waitMark) {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && !(await page.evaluate('window.__fnCheck && window.__fnCheck.frame !== null').catch(() => false))) await sleep(25);
    }
    await sleep(settleMs);
    // The counters first: the evaluate below is work of ours.
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const side = (await page.evaluate(READ)) as PageSide;
    side.world = world === null ? null : world - side.origin;
    await cdp.detach().catch(() => {});
    return { taskMs: (m.TaskDuration ?? NaN) * 1000, scriptMs: (m.ScriptDuration ?? NaN) * 1000, side };
  } finally {
    await page.close().catch(() => {});
  }
}

async function heapAfter(b: Chrome, url: string, waitMark: boolean): Promise<number> {
  const page: Page = await b.ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (waitMark && b.withExt) {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && !(await page.evaluate('window.__fnCheck && window.__fnCheck.mark !== null').catch(() => false))) await sleep(50);
    }
    await sleep(1200);
    const cdp = await b.ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach().catch(() => {});
    return usedSize / 1e6;
  } finally {
    await page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------- Node (target 5)

// Not bench-node's floor: written apart, a money / percent / scale / trade-word pass.
const ONE_REGEX = /(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:%|percent|per cent|billion|million|trillion|bn|mln)\b)|\b(?:tariff|export|import|trade|dut(?:y|ies)|quota)s?\b/gi;

interface Throughput {
  chars: number;
  texts: number;
  charsPerMs: S;
  ratio: S;
  pipeMs: S;
  rxMs: S;
}

function nodeCheck(rounds: number): { pages: Throughput; dev: Throughput | null; rounds: number } {
  const t0 = process.hrtime.bigint();
  const pages = corpusTexts(PAGES, TEXT_CACHE).map((p) => p.text).filter((t) => t.length > 0);
  const dev = existsSync(DEV)
    ? readFileSync(DEV, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text)
    : [];
  log(`node: ${pages.length} page texts, ${dev.length} labelled articles (read in ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms); 1 + ${rounds} rounds...`);
  const ms = (fn: () => void) => {
    const a = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - a) / 1e6;
  };
  let sink = 0;
  const passPipe = (list: string[]) => ms(() => list.forEach((t) => (sink += annotatePage(t).figures.length)));
  const passRx = (list: string[]) =>
    ms(() =>
      list.forEach((t) => {
        ONE_REGEX.lastIndex = 0;
        while (ONE_REGEX.exec(t)) sink++;
      }),
    );
  const run = (list: string[]): Throughput => {
    const chars = list.reduce((n, t) => n + t.length, 0);
    const pipe: number[] = [];
    const rx: number[] = [];
    for (let r = 0; r <= rounds; r++) {
      // Whole-corpus passes, alternating which goes first; round 0 warms up.
      let p: number, x: number;
      if (r % 2) {
        x = passRx(list);
        p = passPipe(list);
      } else {
        p = passPipe(list);
        x = passRx(list);
      }
      if (r === 0) continue;
      pipe.push(p);
      rx.push(x);
    }
    return { chars, texts: list.length, charsPerMs: summary(pipe.map((t) => chars / t)), ratio: summary(pipe.map((t, i) => t / rx[i])), pipeMs: summary(pipe), rxMs: summary(rx) };
  };
  const res = { pages: run(pages), dev: dev.length ? run(dev) : null, rounds };
  if (sink < 0) log(String(sink)); // keep the results alive
  return res;
}

// ---------------------------------------------------------------- main

interface Row {
  q: string;
  measured: string;
  budget: string;
  ok: boolean | null;
}

async function main(): Promise<void> {
  const started = Date.now();
  const load0 = loadavg();
  for (const [p, what] of [
    [PAGES, 'corpus pages'],
    [SEEDS, 'seed articles'],
  ] as const)
    if (!existsSync(p)) throw new Error(`bench:check: ${what} not found at ${p} (../shared beside the checkout)`);

  const runs = Number(opt('--runs') ?? 3);
  const pagesOpt = opt('--pages') ?? (quick ? '3' : '8');
  const largest = Number(opt('--largest') ?? (quick ? 1 : 4));
  const seedRuns = Number(opt('--seed-runs') ?? (quick ? 3 : 8));
  const heapRuns = Number(opt('--heap-runs') ?? (quick ? 2 : 3));
  const rounds = Number(opt('--rounds') ?? (quick ? 2 : 5));
  const settle = 700;
  const withFirefox = !flag('--no-firefox');

  // ---- Node first (no browser running) ----
  const node = nodeCheck(rounds);

  // ---- which pages ----
  const all = readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const texts = new Map(corpusTexts(PAGES, TEXT_CACHE).map((p) => [p.file, p.text]));
  const size = (f: string) => statSync(join(PAGES, f)).size;
  const nothing = all.filter((f) => !annotatePage(texts.get(f) ?? '').figures.some((x) => x.trade));
  // An even spread over the nothing pages ordered by size (small to large), unless all are asked.
  const bySize = [...nothing].sort((a, b) => size(a) - size(b));
  const k = pagesOpt === 'all' ? bySize.length : Math.min(Number(pagesOpt), bySize.length);
  const sample = k >= bySize.length ? bySize : Array.from({ length: k }, (_, i) => bySize[Math.round(((i + 0.5) * bySize.length) / k - 0.5)]);
  const big = [...all].sort((a, b) => size(b) - size(a)).slice(0, largest);
  // Target 4 also on the pages with trade figures: where the extension does the most.
  const trade = all.filter((f) => !nothing.includes(f));
  const measured = [...new Set([...big, ...trade, ...sample])];
  const seedFile = join(SEEDS, readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!);
  const plainCorpus = bySize[Math.floor(bySize.length / 2)];
  log(`pages: ${nothing.length} of ${all.length} corpus pages have no trade figure; measuring ${sample.length} of them, the ${big.length} largest pages and the ${trade.length} with trade figures (${trade.join(', ')}), ${runs} loads each per browser`);

  log('building the production extension into .output/check/ ...');
  const dirs = buildExtension(OUT, { targets: withFirefox ? ['chrome', 'firefox'] : ['chrome'] });

  const server = await FixtureServer.start({ root: PAGES });
  server.addPage('/__check/seed.html', textFileToHtml(seedFile));
  server.addPage('/__check/plain.html', readFileSync(PLAIN, 'utf8'));
  const rows: Row[] = [];
  const notes: string[] = [];
  let versions = '';
  try {
    const withExt = await launchChrome(server, dirs.chrome, 'Footnote');
    const without = await launchChrome(server, null, 'none');
    const emptyDir = emptyContentScriptExtension();
    const empty = await launchChrome(server, emptyDir, 'empty content script');
    versions = `Chromium ${withExt.version}`;
    try {
      // ---- seed latency, Chromium: the first load after start (cold), then warm loads ----
      log(`chromium: seed article, 1 + ${seedRuns} loads...`);
      const seedLoads: PageSide[] = [];
      for (let r = 0; r <= seedRuns; r++) seedLoads.push((await measuredLoad(withExt, server.url(`/__check/seed.html?r=${r}`), 100, true)).side);
      // warm the no-extension browser the same way
      await measuredLoad(without, server.url('/__check/seed.html?warm'), 100);
      await measuredLoad(empty, server.url('/__check/seed.html?warm'), 100);

      // ---- corpus pages: interleaved with / without ----
      log(`chromium: ${measured.length} pages x ${runs} loads x 3 browsers (Footnote, an empty content script, no extension)...`);
      const per = new Map<string, { w: Load[]; wo: Load[]; e: Load[] }>();
      for (const [i, f] of measured.entries()) {
        const e = { w: [] as Load[], wo: [] as Load[], e: [] as Load[] };
        per.set(f, e);
        for (let r = 0; r < runs; r++) {
          // Rotate which browser goes first.
          const three: Array<[Chrome, Load[]]> = [[withExt, e.w], [without, e.wo], [empty, e.e]];
          const order = [...three.slice(r % 3), ...three.slice(0, r % 3)];
          for (const [b, into] of order) {
            try {
              into.push(await measuredLoad(b, server.url(`/${f}?r=${r}`), settle));
            } catch (err) {
              log(`  ${f}: a load failed (${err instanceof Error ? err.message.split('\n')[0] : err})`);
            }
          }
        }
        if ((i + 1) % 5 === 0) log(`  ${i + 1}/${measured.length}`);
      }

      // ---- heap ----
      log(`chromium: heap, ${heapRuns} loads per page and browser...`);
      const heapPages: Array<[string, string, boolean, number]> = [
        ['seed article', '/__check/seed.html', true, BUDGET.heapSeedMB],
        ['plain fixture page', '/__check/plain.html', false, BUDGET.heapNothingMB],
        [`corpus page with nothing (${plainCorpus})`, `/${plainCorpus}`, false, BUDGET.heapNothingMB],
      ];
      const heap = new Map<string, { w: number[]; wo: number[] }>();
      for (const [label, path, waitMark] of heapPages) {
        const h = { w: [] as number[], wo: [] as number[] };
        heap.set(label, h);
        for (let r = 0; r < heapRuns; r++) {
          h.w.push(await heapAfter(withExt, server.url(`${path}?heap=${r}`), waitMark));
          h.wo.push(await heapAfter(without, server.url(`${path}?heap=${r}`), waitMark));
        }
      }

      // ---- results: target 2 ----
      const nothingRes = sample
        .map((f) => {
          const e = per.get(f)!;
          return {
            f,
            task: median(e.w.map((l) => l.taskMs)) - median(e.wo.map((l) => l.taskMs)),
            script: median(e.w.map((l) => l.scriptMs)) - median(e.wo.map((l) => l.scriptMs)),
            scriptWo: median(e.wo.map((l) => l.scriptMs)),
            own: median(e.w.map((l) => l.scriptMs)) - median(e.e.map((l) => l.scriptMs)),
            inject: median(e.e.map((l) => l.scriptMs)) - median(e.wo.map((l) => l.scriptMs)),
            marked: e.w.some((l) => l.side.marks > 0),
            n: Math.min(e.w.length, e.wo.length, e.e.length),
          };
        })
        .filter((p) => p.n > 0);
      const dScript = summary(nothingRes.map((p) => p.script));
      const dOwn = summary(nothingRes.map((p) => p.own));
      const dInject = summary(nothingRes.map((p) => p.inject));
      const overOwn = nothingRes.filter((p) => p.own > BUDGET.nothingMs);
      rows.push({
        q: `2. Footnote's own main-thread script time, pages with no trade figure (Chromium, ${nothingRes.length} pages, ${runs} loads each per browser): ScriptDuration, Footnote − an empty content script, per-page medians`,
        measured: `median ${sp(dOwn)} ms; ${nothingRes.length - overOwn.length}/${nothingRes.length} pages ≤ ${BUDGET.nothingMs} ms`,
        budget: `≤ ${BUDGET.nothingMs} ms`,
        ok: dOwn.med <= BUDGET.nothingMs,
      });
      // Pages whose own scripts do (almost) nothing: there the differences are free of their noise.
      const quiet = nothingRes.filter((p) => p.scriptWo <= 2);
      if (quiet.length && quiet.length < nothingRes.length) {
        const q = summary(quiet.map((p) => p.own));
        const t = summary(quiet.map((p) => p.script));
        rows.push({
          q: `2. Same, only the ${quiet.length} of those pages whose own scripts take ≤ 2 ms (the least noisy): Footnote − empty content script; Footnote − no extension`,
          measured: `own ${sp(q)} ms; total ${fx(t.med)} ms (max ${fx(t.max)})`,
          budget: `≤ ${BUDGET.nothingMs} ms`,
          ok: q.med <= BUDGET.nothingMs,
        });
      }
      rows.push({
        q: '2. (for reference) what any content script costs: ScriptDuration, empty content script − no extension, same pages',
        measured: `median ${sp(dInject)} ms`,
        budget: '',
        ok: null,
      });
      const dTask = summary(nothingRes.map((p) => p.task));
      const over = nothingRes.filter((p) => p.script > BUDGET.nothingMs);
      rows.push({
        q: '2. Total: ScriptDuration, Footnote − no extension, same pages (the two rows above together)',
        measured: `median ${sp(dScript)} ms; ${nothingRes.length - over.length}/${nothingRes.length} pages ≤ ${BUDGET.nothingMs} ms`,
        budget: `≤ ${BUDGET.nothingMs} ms`,
        ok: dScript.med <= BUDGET.nothingMs,
      });
      rows.push({
        q: '2. (for reference) all main-thread tasks: TaskDuration, Footnote − no extension, same pages (the page\'s own parsing, layout and scripts make it noisy)',
        measured: `median ${sp(dTask)} ms`,
        budget: '',
        ok: null,
      });
      for (const p of nothingRes) notes.push(`  ${p.f.padEnd(34)} script Δ ${fx(p.script).padStart(7)} ms (own ${fx(p.own).padStart(6)}, any content script ${fx(p.inject).padStart(6)})  task Δ ${fx(p.task).padStart(8)} ms  (page's own script ${fx(p.scriptWo, 1)} ms)${p.marked ? '  [marked officials]' : ''}`);

      // ---- target 3, Chromium ----
      const lat = (s: PageSide[], k: 'mark' | 'frame') => s.filter((x) => x[k] !== null).map((x) => x[k]! - x.dcl);
      const warm = seedLoads.slice(1);
      const cold = seedLoads[0];
      const chMark = summary(lat(warm, 'mark'));
      const chFrame = summary(lat(warm, 'frame'));
      rows.push({
        q: `3. Seed article: DOMContentLoaded → first <footnote-mark> in the DOM (Chromium, ${chMark.n} warm loads)`,
        measured: `${sp(chMark, 1)} ms; next frame ${fx(chFrame.med, 1)} ms; first load after start ${cold.mark !== null ? fx(cold.mark - cold.dcl, 1) : 'n/a'} ms`,
        budget: `≤ ${BUDGET.seedMs} ms (upper bound: includes the wait for document_idle)`,
        ok: chMark.n ? chMark.med <= BUDGET.seedMs : false,
      });
      const fromWorld = summary(warm.filter((x) => x.world != null && x.mark !== null).map((x) => x.mark! - x.world!));
      rows.push({
        q: `3. Seed article: extension's isolated world created (CDP event, timed in Node) → first <footnote-mark> (Chromium, ${fromWorld.n} warm loads)`,
        measured: `${sp(fromWorld, 1)} ms; the world was created ${fx(median(warm.filter((x) => x.world != null).map((x) => x.world! - x.dcl)), 1)} ms after DOMContentLoaded`,
        budget: `≤ ${BUDGET.seedMs} ms (lower bound: the event reaches Node late)`,
        ok: fromWorld.n ? fromWorld.med <= BUDGET.seedMs : false,
      });
      notes.push(`  seed, Chromium: load event ends ${fx(median(warm.map((x) => x.load - x.dcl)), 1)} ms after DOMContentLoaded starts; ${median(warm.map((x) => x.marks))} marks`);

      // ---- target 4 ----
      const ltRes = measured.map((f) => {
        const e = per.get(f)!;
        const afterDcl = (l: Load) => Math.max(0, ...l.side.lt.filter(([s]) => s >= l.side.dcl).map(([, d]) => d));
        const anyLt = (l: Load) => Math.max(0, ...l.side.lt.map(([, d]) => d));
        const script = median(e.w.map((l) => l.scriptMs)) - median(e.wo.map((l) => l.scriptMs));
        return { f, w: median(e.w.map(afterDcl)), wo: median(e.wo.map(afterDcl)), wAll: median(e.w.map(anyLt)), woAll: median(e.wo.map(anyLt)), script, n: e.w.length };
      });
      const worst = [...ltRes].sort((a, b) => b.w - b.wo - (a.w - a.wo))[0];
      const excess = summary(ltRes.map((p) => p.w - p.wo));
      rows.push({
        q: `4. Long tasks after DOMContentLoaded (Long Tasks API, Chromium, ${ltRes.length} pages: the ${big.length} largest, those with trade figures, the sample above): longest with − longest without, per-page medians`,
        measured: `median ${fx(excess.med, 1)} ms, max ${fx(excess.max, 1)} ms (${worst?.f}: ${fx(worst?.w ?? NaN, 0)} ms with, ${fx(worst?.wo ?? NaN, 0)} ms without)`,
        budget: `no extension task > ${BUDGET.longTaskMs} ms`,
        ok: ltRes.every((p) => p.w <= BUDGET.longTaskMs || p.w - p.wo <= 0),
      });
      for (const p of [...ltRes].sort((a, b) => b.w - a.w).slice(0, 8)) notes.push(`  ${p.f.padEnd(34)} longest task after DCL: with ${fx(p.w, 0).padStart(4)} ms, without ${fx(p.wo, 0).padStart(4)} ms; whole load: with ${fx(p.wAll, 0)} ms, without ${fx(p.woAll, 0)} ms; script Δ ${fx(p.script, 1)} ms${nothing.includes(p.f) ? ' (no trade figure)' : ''}`);

      // ---- target 6 ----
      for (const [label, , , budget] of heapPages) {
        const h = heap.get(label)!;
        const d = summary(h.w.map((x, i) => x - h.wo[i]));
        rows.push({
          q: `6. JS heap added, ${label} (Chromium, ${d.n} loads each; Runtime.getHeapUsage after GC, vs no extension)`,
          measured: `${sp(d)} MB (with ${fx(median(h.w))} MB, without ${fx(median(h.wo))} MB)`,
          budget: `≤ ${budget} MB`,
          ok: d.med <= budget,
        });
      }
    } finally {
      await withExt.ctx.close().catch(() => {});
      await without.ctx.close().catch(() => {});
      await empty.ctx.close().catch(() => {});
      rmSync(emptyDir, { recursive: true, force: true });
    }

    // ---- target 3, Firefox ----
    if (withFirefox) {
      log(`firefox: seed article, 1 + ${seedRuns} loads...`);
      const ff = await launchFirefox({ server, extensionPath: dirs.firefox }).catch((e: unknown) => {
        rows.push({ q: '3. Seed article (Firefox)', measured: `not measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, budget: `≤ ${BUDGET.seedMs} ms`, ok: null });
        return null;
      });
      if (ff) try {
        versions += `; Firefox ${(await (ff.raw as { version(): Promise<string> }).version().catch(() => '')) ?? ''}`;
        const sides: PageSide[] = [];
        for (let r = 0; r <= seedRuns; r++) {
          const page = await ff.newPage();
          try {
            const raw = page.raw as { evaluateOnNewDocument(s: string): Promise<unknown>; evaluate(s: string): Promise<unknown> };
            await raw.evaluateOnNewDocument(INIT);
            await page.goto(server.url(`/__check/seed.html?ff=${r}`));
            const deadline = Date.now() + 10_000;
            while (Date.now() < deadline && !(await raw.evaluate('!!(window.__fnCheck && window.__fnCheck.frame !== null)').catch(() => false))) await sleep(25);
            sides.push((await raw.evaluate(READ)) as PageSide);
          } finally {
            await page.close().catch(() => {});
          }
          await sleep(200);
        }
        const ok = sides.slice(1).filter((s) => s.mark !== null);
        const m = summary(ok.map((s) => s.mark! - s.dcl));
        const fr = summary(ok.filter((s) => s.frame !== null).map((s) => s.frame! - s.dcl));
        const c = sides[0];
        rows.push({
          q: `3. Seed article: DOMContentLoaded → first <footnote-mark> in the DOM (Firefox, ${m.n} warm loads)`,
          measured: `${sp(m, 1)} ms; next frame ${fx(fr.med, 1)} ms; first load after start ${c?.mark != null ? fx(c.mark - c.dcl, 1) : 'n/a'} ms`,
          budget: `≤ ${BUDGET.seedMs} ms (upper bound, as above)`,
          ok: m.n ? m.med <= BUDGET.seedMs : false,
        });
      } finally {
        await ff.close();
      }
    }
  } finally {
    await server.close();
  }

  // ---- target 5 rows ----
  for (const [label, t] of [
    [`corpus pages' text (${node.pages.texts} pages)`, node.pages],
    [`labelled trade articles, trade-dev.jsonl (${node.dev?.texts ?? 0}; dense with figures)`, node.dev],
  ] as const) {
    if (!t) continue;
    rows.push({
      q: `5. Node: annotatePage() throughput, ${label}, ${(t.chars / 1e6).toFixed(2)} M chars, ${node.rounds} whole passes`,
      measured: `${sp(t.charsPerMs, 0)} chars/ms (pass: ${fx(t.pipeMs.med, 0)} ms)`,
      budget: `≥ ${BUDGET.charsPerMs.toLocaleString('en-US')} chars/ms`,
      ok: t.charsPerMs.med >= BUDGET.charsPerMs,
    });
    rows.push({
      q: `5. Node: annotatePage() time ÷ one pass of one regex over the same text, ${label}`,
      measured: `${sp(t.ratio)}× (regex pass: ${fx(t.rxMs.med, 1)} ms)`,
      budget: `≤ ${BUDGET.ratio}×`,
      ok: t.ratio.med <= BUDGET.ratio,
    });
  }

  const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'pass' : 'FAIL');
  const out = [
    '',
    `bench:check — independent measurement, production build, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${quick ? ' (--quick)' : ''}`,
    '',
    '| Quantity (method) | Measured: median (IQR; min–max) | Budget | |',
    '|---|---|---|---|',
    ...[...rows].sort((a, b) => parseInt(a.q, 10) - parseInt(b.q, 10)).map((r) => `| ${r.q} | ${r.measured} | ${r.budget} | ${verdict(r.ok)} |`),
    '',
    'Per page (target 2: with − without, medians; target 4: longest long tasks):',
    ...notes,
    '',
    `Machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}; load average at start ${load0.map((x) => x.toFixed(2)).join(' ')}, at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}; Node ${process.version}; ${versions}; ran ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    '',
    'Method: production build (no marks), measured from outside. Chromium with Footnote vs Chromium with an extension whose content script is empty vs Chromium',
    'with no extension (same flags otherwise), loads interleaved page by page;',
    'main-thread cost from the renderer counters (CDP Performance.getMetrics, thread CPU time) after load + 700 ms; latency from a main-world MutationObserver',
    '(first <footnote-mark>, then the next animation frame) relative to DOMContentLoaded; long tasks from the Long Tasks API; heap from Runtime.getHeapUsage after',
    'forced GC; Node from whole-corpus passes timed with process.hrtime against a regex of its own. See the header of scripts/bench-check.ts.',
    '',
  ];
  process.stdout.write(out.join('\n'));
}

main().catch((e) => {
  process.stderr.write(`bench:check: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
