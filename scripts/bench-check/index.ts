// `npm run bench:check`: an independent check of the figures `npm run bench` reports (issue 5,
// "Speed": targets 2, 3, 4, 5 and 6), by other methods, on the production build, from outside.
//
//   npm run bench:check                    8 pages with nothing to annotate (an even spread by size),
//                                          the 4 largest pages and those with trade figures, 3 loads
//                                          each in each of 3 browsers (about 4-5 minutes on 2 cores)
//   npm run bench:check -- --quick         3 + 1 + those with trade figures, fewer seed and heap
//                                          loads (2-3 minutes; noisier)
//   npm run bench:check -- --pages N       N pages with nothing to annotate (--pages all: every one)
//   npm run bench:check -- --stopped N     N of the pages the gate stops, for the floor (default 16)
//   npm run bench:check -- --largest N     the N largest pages for the long tasks
//   npm run bench:check -- --runs N        loads per page and browser (default 3)
//   npm run bench:check -- --no-firefox    skip the Firefox seed latency
//   npm run bench:check -- --settle MS     how long after load the counters are read (default
//                                          700); with Footnote, read again when its loader is done
//                                          if it was not by then (chromium.ts, measuredLoad)
//   npm run bench:check -- --floor         only the floor's rows (decision 1 of the speed issue):
//                                          the pages the gate stops and those it passes with
//                                          nothing to mark, in Chromium (a few minutes)
//
// What differs from `npm run bench` (scripts/bench-browser.ts), so that agreement means something:
//   - the extension is the *production* build (scripts/bench-build.ts without --bench, built into
//     .output/check/): no performance marks, nothing the extension says about itself is read;
//   - the baseline is Chromium *without any extension* (bench uses an empty extension), with the
//     same flags otherwise, loads interleaved with / without on the same page so drift cancels; a
//     third browser, with an extension whose content script is empty, splits the difference into
//     what injecting any content script costs and what Footnote's own code costs on top; a fourth,
//     whose content script reads document.body.textContent once (the floor), is what Footnote's
//     cost on the pages its gate stops is budgeted against (target2-floor.ts);
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
//
// One file per target measured (target2-… to target6-…), the browsers in chromium.ts, the table
// in report.ts; this file picks the pages and runs the measurements in order.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { FixtureServer } from '../harness/server';
import { textFileToHtml } from '../harness/pages';
import { annotatePage } from '../../lib/pipeline';
import { buildExtension } from '../bench-build';
import { corpusTexts } from '../bench-node';
import { corpusLoads, emptyContentScriptExtension, floorExtension, launchChrome } from './chromium';
import { floorRows } from './target2-floor';
import { floorPages, spread } from '../bench-floor';
import { flag, log, opt, OUT, PAGES, PLAIN, quick, SEEDS, TEXT_CACHE } from './options';
import { printReport, type Row } from './report';
import { nothingPagesRows } from './target2-nothing-pages';
import { seedLatencyFirefox, seedLoadsChromium, seedRowsChromium } from './target3-seed-latency';
import { longTaskRows } from './target4-long-tasks';
import { nodeCheck, nodeRows } from './target5-node';
import { heapRows, measureHeap } from './target6-heap';

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
  const settle = Number(opt('--settle') ?? 700);
  const floorOnly = flag('--floor');
  const withFirefox = !flag('--no-firefox') && !floorOnly;

  // ---- Node first (no browser running) ----
  const node = floorOnly ? null : await nodeCheck(rounds);

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
  // The floor's budget is over the pages the gate stops; the pages that pass it with nothing to
  // mark have a budget of their own (scripts/bench-floor.ts).
  const { stopped, passedNothing } = floorPages(PAGES, nothing, pagesOpt === 'all' ? Infinity : Number(opt('--stopped') ?? (quick ? 4 : 16)));
  const sample = [...new Set([...spread(bySize, k), ...stopped, ...passedNothing])];
  const big = [...all].sort((a, b) => size(b) - size(a)).slice(0, largest);
  // Target 4 also on the pages with trade figures: where the extension does the most.
  const trade = all.filter((f) => !nothing.includes(f));
  const measured = floorOnly ? [...new Set([...stopped, ...passedNothing])] : [...new Set([...big, ...trade, ...sample])];
  const seedFile = join(
    SEEDS,
    readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!,
  );
  const plainCorpus = bySize[Math.floor(bySize.length / 2)];
  log(
    `pages: ${nothing.length} of ${all.length} corpus pages have no trade figure; measuring ${sample.length} of them, the ${big.length} largest pages and the ${trade.length} with trade figures (${trade.join(', ')}), ${runs} loads each per browser`,
  );

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
    const floorDir = floorExtension();
    const floor = await launchChrome(server, floorDir, 'floor content script');
    versions = `Chromium ${withExt.version}`;
    try {
      const seedLoads = floorOnly ? null : await seedLoadsChromium(server, withExt, without, empty, seedRuns);
      const per = await corpusLoads(server, withExt, without, empty, floor, measured, runs, settle);
      floorRows(stopped, passedNothing, per, runs, rows, notes);
      if (seedLoads) {
        const heap = await measureHeap(server, withExt, without, plainCorpus, heapRuns);
        nothingPagesRows(sample, per, runs, rows, notes);
        seedRowsChromium(seedLoads, rows, notes);
        longTaskRows(measured, per, big, nothing, rows, notes);
        heapRows(heap, rows);
      }
    } finally {
      await withExt.ctx.close().catch(() => {});
      await without.ctx.close().catch(() => {});
      await empty.ctx.close().catch(() => {});
      await floor.ctx.close().catch(() => {});
      rmSync(emptyDir, { recursive: true, force: true });
      rmSync(floorDir, { recursive: true, force: true });
    }

    if (withFirefox) versions += await seedLatencyFirefox(server, dirs.firefox, seedRuns, rows);
  } finally {
    await server.close();
  }

  // ---- target 5 rows ----
  if (node) nodeRows(node, rows);
  printReport(rows, notes, { load0, versions, started, settle });
}

main().catch((e) => {
  process.stderr.write(`bench:check: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
