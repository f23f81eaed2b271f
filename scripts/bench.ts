// `npm run bench`: every target of issue 5 ("Speed"), measured, in one table, and BENCHMARKS.md.
//   npm run bench                      everything (about 15 minutes on 2 cores)
//   npm run bench -- --quick           fewer rounds and loads (a few minutes; figures are noisier)
//   npm run bench -- --node            only the Node pipeline benchmarks
//   npm run bench -- --kb              only the knowledge base's (cold start, lookups, package size)
//   npm run bench -- --no-write        print the table, leave BENCHMARKS.md alone
//   npm run bench -- --pages REGEX     only the corpus pages whose file name matches
// Reads ../shared/corpus/pages, ../shared/corpus/trade-dev.jsonl and ../shared/seeds beside the
// checkout. Builds its own benchmark build into .output/bench/ (never touching the .output/
// folders that `npm run build` and the end-to-end tests use).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { annotate } from '../lib/pipeline';
import { buildExtension } from './bench-build';
import { benchNode, corpusTexts, stat, type NodeResults, type ShippedAnnotate, type Stat } from './bench-node';
import { benchBrowsers, type BrowserResults } from './bench-browser';
import { benchKb, bundlePipeline, type KbResults } from './bench-kb';
import { benchFloor, corpusPages } from './bench-floor';
import { benchHugePages, type HugePageResult } from './bench-huge-page';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = join(ROOT, '../shared');
const PAGES = join(SHARED, 'corpus/pages');
const DEV = join(SHARED, 'corpus/trade-dev.jsonl');
const DEV_2025 = join(SHARED, 'corpus/trade-2025-dev.jsonl');
const SEEDS = join(SHARED, 'seeds');
const OUT = join(ROOT, '.output/bench');

/** The budgets of issue 5. */
export const TARGETS = {
  contentScriptGzipKB: 30,
  /** Pages that pass the gate with nothing to mark (the speed issue's decision 1). */
  passedNothingMs: 10,
  seedLatencyMs: 50,
  /** Firefox's own (the speed issue's decision 2): its API touch and background round trip cost about 30 ms here. */
  seedLatencyFirefoxMs: 75,
  longTaskMs: 50,
  charsPerMs: 10_000,
  /** The speed issue's decision 3: on the labelled trade articles, statistic linking included. */
  labelledCharsPerMs: 5_000,
  ratioToRegex: 10,
  growth200vs100: 2.2,
  heapSeedMB: 5,
  heapNothingMB: 1,
  /** A statistics lookup "costs microseconds" (the knowledge-base issue, point 7). */
  lookupUs: 10,
  /** Linking a figure to its statistic, its page's sentences read afresh. */
  linkUs: 100,
} as const;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('--quick');
const log = (s: string) => process.stderr.write(`${s}\n`);

function need(path: string, what: string): void {
  if (!existsSync(path)) {
    process.stderr.write(`bench: ${what} not found at ${path} (../shared beside the checkout)\n`);
    process.exit(2);
  }
}

const f1 = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));
const f2 = (x: number) => x.toFixed(2);
/** The huge page of the speed issue: the story at the end of 20,000 paragraphs (scripts/bench-huge-page.ts). */
function hugeRows(huge: HugePageResult[]): Row[] {
  const rows: Row[] = [];
  const name = (b: string) => (b === 'chromium' ? 'Chromium' : 'Firefox');
  for (const h of huge) {
    const what = `8. Huge page, a story at the end of 20,000 paragraphs (1.6 M characters; ${name(h.browser)}, median of ${h.runs} loads)`;
    rows.push({
      target: `${what}: scroll to the story → its first mark`,
      measured: `${f1(h.firstMarkAfterScrollMs)} ms`,
      budget: '≤ about 1,000 ms',
      ok: h.firstMarkAfterScrollMs <= 1_000,
    });
    if (h.longestTaskMs !== null)
      rows.push({
        target: `${what}: longest task holding extension work${h.browser === 'firefox' ? ' (the longest slice the content script recorded: a lower bound)' : ''}`,
        measured: `${f1(h.longestTaskMs)} ms`,
        budget: '≤ 50 ms',
        ok: h.longestTaskMs <= 50,
      });
    rows.push({
      target: `${what}: the page's 50 ms timer, latest tick`,
      measured: `${f1(h.maxLatenessMs)} ms late`,
      budget: '≤ 200 ms',
      ok: h.maxLatenessMs <= 200,
    });
    if (h.heapAddedMB !== null)
      rows.push({
        target: `${what}: JS heap added (against the same page without the story)`,
        measured: `${f1(h.heapAddedMB)} MB`,
        budget: 'reported',
        ok: null,
      });
  }
  return rows;
}

/** The speed issue's bound on the slow loads: the 90th percentile at most this many times the median. */
const SEED_TAIL_RATIO = 2;
const tailRow = (browser: string, s: Stat): Row => ({
  target: `3. Seed article, the slow loads (${browser}): 90th percentile ÷ median`,
  measured: `${(s.p90 / s.median).toFixed(2)}× (p90 ${f1(s.p90)} ms, median ${f1(s.median)} ms)`,
  budget: `≤ ${SEED_TAIL_RATIO}×`,
  ok: s.p90 / s.median <= SEED_TAIL_RATIO,
});
const spread = (s: Stat, f = f1) => `${f(s.median)} (${f(s.p25)}–${f(s.p75)}; ${f(s.min)}–${f(s.max)}, n=${s.n})`;
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'pass' : '**FAIL**');

interface Row {
  target: string;
  measured: string;
  budget: string;
  ok: boolean | null;
}

function sizes(dirs: { chrome: string; firefox: string }) {
  const gz = (p: string) => gzipSync(readFileSync(p), { level: 9 }).length / 1024;
  const raw = (p: string) => readFileSync(p).length / 1024;
  const files = (dir: string) => ({
    content: join(dir, 'content-loader.js'),
    app: join(dir, 'content-app.js'),
    cards: join(dir, 'content-cards.js'),
    background: join(dir, 'background.js'),
  });
  const c = files(dirs.chrome);
  const f = files(dirs.firefox);
  return {
    chrome: { contentGz: gz(c.content), contentRaw: raw(c.content), appGz: gz(c.app), cardsGz: gz(c.cards), backgroundGz: gz(c.background) },
    // Firefox's content script is the app and the loader (lib/page/content-modules.ts).
    firefox: { contentGz: gz(f.content) + gz(f.app), contentRaw: raw(f.content) + raw(f.app), appGz: gz(f.app), backgroundGz: gz(f.background) },
  };
}

function machine(browsers: BrowserResults | null): string[] {
  const cpu = cpus();
  const lines = [
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores (shared with other work: timings are noisy, hence medians over repeated runs, with the interquartile range and min–max)`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average at the end of the run: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
    `- Node ${process.version}; ${browsers ? `Chromium ${browsers.chromiumVersion}; Firefox ${browsers.firefoxVersion}` : 'browsers not run'}`,
  ];
  try {
    lines.push(
      `- Commit ${execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim()}${execSync('git status --porcelain', { cwd: ROOT }).toString().trim() ? ' with uncommitted changes' : ''}; run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    );
  } catch {
    /* not a git checkout */
  }
  return lines;
}

function runKb(builds: { chrome: string; firefox: string }, fewer: boolean): Promise<KbResults> {
  need(DEV_2025, 'the present-day labelled articles');
  return benchKb({ root: ROOT, out: OUT, devFile: DEV_2025, builds, coldRuns: fewer ? 5 : 15, rounds: fewer ? 5 : 15, log });
}

function kbRows(kb: KbResults): Row[] {
  const w = kb.cold.withStats;
  const wo = kb.cold.withoutStats;
  const total = (c: KbResults['cold']['withStats']) => c.evalMs.median + c.firstMs.median;
  return [
    {
      target: `7. Background cold start with the knowledge base (fresh Node process, the background's pipeline bundled by esbuild, ${kb.cold.bundleKB.withStats.toFixed(0)} KB; ${w.evalMs.n} runs)`,
      measured: `evaluate ${spread(w.evalMs)} ms, first page ${spread(w.firstMs)} ms, next page ${f1(w.secondMs.median)} ms; without the statistics (${kb.cold.bundleKB.withoutStats.toFixed(0)} KB) ${f1(wo.evalMs.median)} + ${f1(wo.firstMs.median)} ms: ${f2(total(w) / total(wo))}× as long`,
      budget: 'reported',
      ok: true,
    },
    {
      target: `7. Statistic linking per trade money figure (CPU; ${kb.linkUs.figures} figures on ${kb.linkUs.pages} present-day articles)`,
      measured: `${spread(kb.linkUs.fresh)} µs with its page's sentences read afresh, ${f1(kb.linkUs.warm.median)} µs once read; one statistics lookup ${spread(kb.lookupUs, f2)} µs`,
      budget: `≤ ${TARGETS.linkUs} µs a figure, ≤ ${TARGETS.lookupUs} µs a lookup`,
      ok: kb.linkUs.fresh.median <= TARGETS.linkUs && kb.lookupUs.median <= TARGETS.lookupUs,
    },
    {
      target: '7. Package size (production build, every file deflated as in the store zip)',
      measured: Object.entries(kb.packages)
        .map(([name, p]) => `${name} ${p.zipKB.toFixed(0)} KB (${p.rawKB.toFixed(0)} KB unpacked, ${p.files} files)`)
        .join('; '),
      budget: 'reported',
      ok: true,
    },
  ];
}

function kbDetails(kb: KbResults): string[] {
  return [
    '### Knowledge base',
    '',
    `Cold start: a fresh Node process imports the background's pipeline and knowledge base (esbuild, minified, as the extension's build bundles them) and annotates the present-day article with the most statistics, twice. The baseline, measured in the same run and interleaved with it, is the same bundle with the statistics files replaced by empty ones. The officials and tariff actions are in both (${kb.cold.bundleKB.withStats.toFixed(0)} KB and ${kb.cold.bundleKB.withoutStats.toFixed(0)} KB minified). Node's own start is not counted. The statistics reach the background as \`JSON.parse("…")\` (wxt.config.ts), and each partner's series is decoded on its first lookup (lib/kb/stats/store.ts).`,
    '',
  ];
}

function printKb(kb: KbResults): void {
  for (const r of kbRows(kb)) process.stdout.write(`${r.target}\n  ${r.measured}  [${r.budget}: ${verdict(r.ok)}]\n`);
}

async function main(): Promise<void> {
  need(PAGES, 'the corpus pages');
  const kbOnly = flag('--kb');
  if (kbOnly) return printKb(await runKb(buildExtension(join(OUT, 'production')), quick));
  const nodeOnly = flag('--node');
  const rounds = Number(opt('--rounds') ?? (quick ? 4 : 9));
  const pageRuns = Number(opt('--runs') ?? (quick ? 1 : 3));
  const seedRuns = Number(opt('--seed-runs') ?? (quick ? 5 : 15));
  const heapRuns = quick ? 2 : 5;
  const filter = opt('--pages') ? new RegExp(opt('--pages')!) : undefined;

  // Decision 3 times the pipeline as the background ships it: bundled and minified (bench-kb.ts).
  const shipped = (await import(pathToFileURL(await bundlePipeline(ROOT, join(OUT, 'shipped'), true)).href)) as { annotatePage: ShippedAnnotate };
  const node: NodeResults = benchNode({ pagesDir: PAGES, devFile: DEV, cacheDir: join(OUT, 'texts'), rounds, log, shipped: shipped.annotatePage });

  // Which corpus pages carry trade figures, by the pipeline in Node on the page's text.
  const tradePages = new Set(
    corpusTexts(PAGES, join(OUT, 'texts'))
      .filter((p) => annotate(p.text).figures.some((f) => f.trade))
      .map((p) => p.file),
  );

  let browsers: BrowserResults | null = null;
  let size: ReturnType<typeof sizes> | null = null;
  let kb: KbResults | null = null;
  let floor: Awaited<ReturnType<typeof benchFloor>> | null = null;
  let huge: HugePageResult[] = [];
  if (!nodeOnly) {
    need(SEEDS, 'the seed article');
    log('building the benchmark build into .output/bench/ ...');
    const dirs = buildExtension(OUT, { bench: true });
    // Sizes are those of the production build: the benchmark build's marks are not shipped.
    const prod = buildExtension(join(OUT, 'production'));
    size = sizes(prod);
    kb = await runKb(prod, quick);
    const seedFile = join(
      SEEDS,
      readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!,
    );
    browsers = await benchBrowsers({
      chrome: dirs.chrome,
      firefox: dirs.firefox,
      pagesDir: PAGES,
      seedFile,
      plainFile: join(ROOT, 'tests/fixtures/pages/plain.html'),
      pageRuns,
      seedRuns,
      heapRuns,
      filter,
      log,
    });
    huge = await benchHugePages(dirs, { runs: quick ? 2 : 3, log });
    if (!filter) {
      const nothingPages = corpusPages(PAGES).filter((f) => !tradePages.has(f));
      floor = await benchFloor({ chromeDir: prod.chrome, pagesDir: PAGES, nothing: nothingPages, stoppedCount: quick ? 8 : 24, runs: pageRuns, log });
    }
  }

  // ---- the table ----
  const rows: Row[] = [];
  if (size) {
    const worst = Math.max(size.chrome.contentGz, size.firefox.contentGz);
    rows.push({
      target: '1. Content script every page gets (gzip)',
      measured: `${f1(size.chrome.contentGz)} KB Chrome, ${f1(size.firefox.contentGz)} KB Firefox (the loader and the app; Chrome injects the app, ${f1(size.chrome.appGz)} KB, into pages that pass the gate; the cards, loaded once marks are painted: ${f1(size.chrome.cardsGz)} KB; pipeline in the background script: ${f1(size.chrome.backgroundGz)} KB)`,
      budget: `≤ ${TARGETS.contentScriptGzipKB} KB`,
      ok: worst <= TARGETS.contentScriptGzipKB,
    });
  }
  let nothing: { pages: BrowserResults['pages']; perPage: Stat; over: BrowserResults['pages'] } | null = null;
  if (browsers) {
    const pages = browsers.pages.filter((p) => !tradePages.has(p.file));
    const perPage = stat(pages.map((p) => p.extMs.median));
    const over = pages.filter((p) => p.extMs.median > TARGETS.passedNothingMs);
    nothing = { pages, perPage, over };
    // (With --pages matching none, only the seed, heap and huge-page rows.)
    if (pages.length)
      rows.push({
        target: `2. (for reference) Extension main-thread work by the profiler, pages with no trade figures (Chromium; ${pages.length} corpus pages, median of ${pageRuns} loads each)`,
        measured: `median page ${f2(perPage.median)} ms, p75 ${f2(perPage.p75)}, max ${f2(perPage.max)} ms`,
        budget: 'see the floor rows',
        ok: null,
      });
    // Pages that then mark something (officials) are not pages with nothing to mark. For
    // reference: the budget's row is the counters' below, the method of the floor's rows; the
    // profiler's samples count the browser work the extension's calls cause, its own time
    // included, and come out several times higher (docs/speed-notes.md).
    const passedNothing = pages.filter((p) => p.gatePassed && !p.started);
    if (passedNothing.length) {
      const m = stat(passedNothing.map((p) => p.extMs.median));
      rows.push({
        target: `2. (for reference) Pages that pass the gate and mark nothing, by the profiler (Chromium; ${passedNothing.length} pages)`,
        measured: `${spread(m, f2)} ms`,
        budget: 'see the counters row',
        ok: null,
      });
    }
    const ch = browsers.seed.chromium;
    rows.push({
      target: `3. Seed article: content script start to highlights (Chromium, ${ch.warm.n} loads)`,
      measured: `${spread(ch.warm)} ms; first load after browser start ${ch.cold === null ? 'n/a' : f1(ch.cold)} ms`,
      budget: `≤ ${TARGETS.seedLatencyMs} ms`,
      ok: ch.warm.median <= TARGETS.seedLatencyMs,
    });
    rows.push(tailRow('Chromium', ch.warm));
    const ff = browsers.seed.firefox;
    if (ff)
      rows.push({
        target: `3. Seed article: content script start to highlights (Firefox, ${ff.warm.n} loads)`,
        measured: `${spread(ff.warm)} ms; first load after browser start ${ff.cold === null ? 'n/a' : f1(ff.cold)} ms`,
        budget: `≤ ${TARGETS.seedLatencyFirefoxMs} ms`,
        ok: ff.warm.median <= TARGETS.seedLatencyFirefoxMs,
      });
    if (ff) rows.push(tailRow('Firefox', ff.warm));
    const longest = [...browsers.pages].sort((a, b) => b.longestTaskMs.median - a.longestTaskMs.median);
    const worstAny = Math.max(...browsers.pages.flatMap((p) => p.loads.map((l) => l.longestTask.ms)));
    if (browsers.pages.length)
      rows.push({
        target: `4. Longest task holding extension work, any corpus page (Chromium; ${browsers.pages.length} pages, median of ${pageRuns} loads each)`,
        measured: `${f1(longest[0]?.longestTaskMs.median ?? 0)} ms (${longest[0]?.file ?? '-'}); longest single load ${f1(worstAny)} ms`,
        budget: `≤ ${TARGETS.longTaskMs} ms`,
        ok: (longest[0]?.longestTaskMs.median ?? 0) <= TARGETS.longTaskMs,
      });
  }
  rows.push({
    target: `5. Pipeline speed in Node, corpus pages' text (${node.corpus.pages} pages, ${node.corpus.chars.toLocaleString('en-US')} chars, ${node.rounds} rounds)`,
    measured: `${spread(node.charsPerMs, (x) => x.toFixed(0))} chars/ms`,
    budget: `≥ ${TARGETS.charsPerMs.toLocaleString('en-US')} chars/ms`,
    ok: node.charsPerMs.median >= TARGETS.charsPerMs,
  });
  if (node.labelled) {
    const l = node.labelled;
    rows.push({
      target: `5. Pipeline speed in Node, labelled trade articles (the speed issue's decision 3; ${l.texts} articles, ${l.chars.toLocaleString('en-US')} chars, each with its date; ${l.shipped ? 'the pipeline as the background ships it, bundled; ' : ''}${l.passes} whole passes after ${l.warmup} to warm up)`,
      measured: `${spread(l.charsPerMs, (x) => x.toFixed(0))} chars/ms (a pass ${spread(l.pipelineMs)} ms; ${spread(l.ratioToRegex, f2)}× a regex pass; warming up: first pass ${l.firstMs.toFixed(1)} ms, warm-up passes ${spread(l.warmupMs)} ms${l.sourceCharsPerMs ? `; the source under tsx, timed after it the same way: ${spread(l.sourceCharsPerMs, (x) => x.toFixed(0))} chars/ms` : ''})`,
      budget: `≥ ${TARGETS.labelledCharsPerMs.toLocaleString('en-US')} chars/ms`,
      ok: l.charsPerMs.median >= TARGETS.labelledCharsPerMs,
    });
  }
  rows.push({
    target: '5. Pipeline time ÷ one regex pass over the same text (same rounds)',
    measured: `${spread(node.ratioToRegex, f2)}×`,
    budget: `≤ ${TARGETS.ratioToRegex}×`,
    ok: node.ratioToRegex.median <= TARGETS.ratioToRegex,
  });
  for (const g of node.growth) {
    rows.push({
      target: `5. Growth: 200 KB ÷ 100 KB (${g.label}: the first 100,000 characters, then the same twice)`,
      measured: `${spread(g.ratio, f2)}× (${f1(g.ms100.median)} ms → ${f1(g.ms200.median)} ms)`,
      budget: `≤ ${TARGETS.growth200vs100}×`,
      ok: g.ratio.median <= TARGETS.growth200vs100,
    });
  }
  if (browsers) {
    rows.push({
      target: `6. JS heap added, seed article (Chromium, ${browsers.heap.seedRuns} loads)`,
      measured: `${spread(browsers.heap.seedMB, f2)} MB${browsers.heap.serviceWorkerMB !== null ? ` (and the background service worker: ${f2(browsers.heap.serviceWorkerMB)} MB, once for all tabs)` : ''}`,
      budget: `≤ ${TARGETS.heapSeedMB} MB`,
      ok: browsers.heap.seedMB.median <= TARGETS.heapSeedMB,
    });
    rows.push({
      target: `6. JS heap added, page with nothing to annotate (Chromium, ${browsers.heap.seedRuns} loads)`,
      measured: `${spread(browsers.heap.plainMB, f2)} MB`,
      budget: `≤ ${TARGETS.heapNothingMB} MB`,
      ok: browsers.heap.plainMB.median <= TARGETS.heapNothingMB,
    });
  }

  if (kb) rows.push(...kbRows(kb));
  rows.push(...hugeRows(huge));
  // Decision 1 of the speed issue, by bench:check's method (scripts/bench-floor.ts), after target 2's rows.
  if (floor) {
    const at = rows.findIndex((r) => r.target.startsWith('3.'));
    rows.splice(at < 0 ? rows.length : at, 0, ...floor.rows.map((r) => ({ target: r.q, measured: r.measured, budget: r.budget, ok: r.ok })));
  }

  const table = [
    '| Target | Measured: median (p25–p75; min–max) | Budget | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.target} | ${r.measured} | ${r.budget} | ${verdict(r.ok)} |`),
  ].join('\n');
  process.stdout.write(`\n${table}\n\n`);

  // ---- details ----
  const details: string[] = [];
  details.push('### Node: the pipeline against a regex pass and a compromise parse');
  details.push('');
  details.push(
    `Per round over all ${node.corpus.pages} corpus pages' text (${node.corpus.chars.toLocaleString('en-US')} characters): pipeline ${spread(node.pipelineMs)} ms; one regex pass ${spread(node.regexMs, f2)} ms. Stages (same rounds): figures ${spread(node.stages.figures)} ms (of which parsing ${spread(node.stages.parse)} ms), officials ${spread(node.stages.officials)} ms. The pipeline is \`annotatePage()\`, what the extension's background runs, which seeks officials only on trade stories; \`annotate()\`, every finder on every page, took ${spread(node.everyFinder.ms)} ms, ${spread(node.everyFinder.ratioToRegex, f2)}× the regex pass.`,
  );
  if (node.compromise) {
    const c = node.compromise;
    details.push('');
    details.push(
      `On the labelled trade articles (${c.chars.toLocaleString('en-US')} characters, dense with figures and officials), same rounds: compromise full parse (\`nlp(text)\`) ${spread(c.compromiseMs)} ms, the pipeline ${spread(c.pipelineMs)} ms (${f1(c.chars / c.pipelineMs.median)} chars/ms), one regex pass ${spread(c.regexMs, f2)} ms: compromise takes ${spread(c.ratioToPipeline)}× the pipeline's time.`,
    );
  }
  if (browsers && nothing) {
    details.push('');
    details.push('### Chromium: pages with no trade figures over the budget');
    details.push('');
    const gateRejected = nothing.pages.filter((p) => !p.gatePassed);
    if (gateRejected.length)
      details.push(
        `${gateRejected.length} of the ${nothing.pages.length} pages stop at the gate (median ${f2(stat(gateRejected.map((p) => p.extMs.median)).median)} ms, max ${f2(Math.max(...gateRejected.map((p) => p.extMs.median)))} ms); ${nothing.pages.length - gateRejected.length} pass it, get content-app.js injected and send their text to the background; ${nothing.pages.filter((p) => p.started).length} of them then mark something (officials, or figures that are not about trade).`,
      );
    details.push('');
    if (nothing.over.length) {
      details.push('| Page | Extension ms (median) | Gate | Marked |');
      details.push('|---|---|---|---|');
      for (const p of nothing.over.sort((a, b) => b.extMs.median - a.extMs.median))
        details.push(`| ${p.file} | ${f2(p.extMs.median)} | ${p.gatePassed ? 'passed' : 'stopped'} | ${p.started ? 'officials' : 'nothing'} |`);
    }
    details.push('');
    details.push('### Seed article: where the time goes (medians, ms)');
    details.push('');
    for (const [name, r] of Object.entries({ Chromium: browsers.seed.chromium, Firefox: browsers.seed.firefox })) {
      if (!r) continue;
      details.push(
        `- ${name}: ${Object.entries(r.phases)
          .map(([k, s]) => `${k} ${f1(s.median)}`)
          .join('; ')}`,
      );
    }
    details.push('');
    details.push('### Longest tasks (Chromium, top 5 pages)');
    details.push('');
    for (const p of [...browsers.pages].sort((a, b) => b.longestTaskMs.median - a.longestTaskMs.median).slice(0, 5)) {
      const l = [...p.loads].sort((a, b) => a.longestTask.ms - b.longestTask.ms)[p.loads.length >> 1];
      details.push(`- ${p.file}: ${f1(p.longestTaskMs.median)} ms (extension's part ${f1(l.longestTask.extMs)} ms)`);
    }
  }
  if (kb) details.push('', ...kbDetails(kb));
  process.stdout.write(`${details.join('\n')}\n`);

  if (!flag('--no-write') && !nodeOnly && !filter) {
    const md = [
      '# Benchmarks',
      '',
      'Issue 5 ("Speed"): what Footnote costs a reader. Written by `npm run bench` (scripts/bench.ts); every figure below is from one run.',
      '',
      table,
      '',
      '## The machine',
      '',
      ...machine(browsers),
      '',
      '## How it was measured',
      '',
      '- **Size**: the content script every page gets (Chrome: `content-loader.js`; Firefox: `content-app.js` and `content-loader.js`) of a production build, gzip level 9 (also enforced by tests/size-budget.test.ts).',
      "- **Browser figures** come from a benchmark build (`FOOTNOTE_BENCH=1`, built into `.output/bench/`), loaded into Debian's Chromium and Firefox ESR by the end-to-end harness (scripts/harness), on the corpus pages (`../shared/corpus/pages`) served by its fixture server with every other request refused.",
      '- **Extension main-thread work** (Chromium): the V8 sampling profiler (Chrome DevTools Protocol, `Profiler`, 50 µs asked for) runs through each page load; a sample counts when a frame of its stack is an extension script. That includes the browser work the extension\'s JavaScript calls (reading `textContent`, DOM calls) and its continuations after `await`. Pages "with no trade figures": those where the pipeline, in Node, finds no trade figure in the page\'s text.',
      "- **Long tasks** (Chromium): a `devtools.timeline` trace recorded with the profile; each top-level task of the page's main thread that holds extension samples, and its duration.",
      '- **Latency**: the content script records `performance.now()` marks in a benchmark build only (lib/page/bench-timing.ts), from its first line (`script`) to its first marks being painted (`painted`). The first load after the browser starts is shown apart (every cache and the background are cold then).',
      '- **Heap**: `Runtime.getHeapUsage` of the page after two forced collections, with Footnote, minus the same in a second browser with an empty extension.',
      "- **Node**: `annotatePage()` (the pipeline as the extension's background runs it) over the corpus pages' text as the extension reads it (scripts/html-text.ts), interleaved page by page with one pass of a single money/percent/trade-word regex over the same text; ratios are per round. compromise: `nlp(text)` on the labelled trade articles. Growth: the same running text cut at 100,000 and 200,000 characters.",
      '',
      '## Details',
      '',
      ...details,
      '',
      '## Rerun',
      '',
      '```sh',
      'npm run bench              # everything, about 15 minutes on 2 cores; writes this file',
      'npm run bench -- --quick   # fewer rounds and loads, a few minutes',
      'npm run bench -- --node    # the Node figures only',
      '```',
      '',
      "It needs `../shared` beside the checkout and Debian's `chromium` and `firefox-esr` (as `npm test` does).",
      '',
    ].join('\n');
    // The hand-written reading of the figures (and the independent check's), kept apart so a
    // rerun does not overwrite it.
    const notes = join(ROOT, 'docs/speed-notes.md');
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), existsSync(notes) ? `${md}\n${readFileSync(notes, 'utf8')}` : md);
    log('wrote BENCHMARKS.md');
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
