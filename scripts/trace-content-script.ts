// Where a content script's time on a page goes, by Chromium's own trace: for each content script
// given (and an empty one and the floor's, for reference), the page loads with only that script
// in its extension, under a trace; the script's compile (v8.compile) and run (v8.run, inside
// EvaluateScript) are summed from the trace events that name its chrome-extension:// URL, and
// their medians printed. Tracing slows everything down, so the figures are for comparing the
// scripts with each other, not with the budgets (BENCHMARKS.md's counters are for those).
//
//   npx tsx scripts/trace-content-script.ts NAME=FILE.js [NAME=FILE.js …]
//   PAGES=a.html,b.html RUNS=4 (corpus pages in ../shared/corpus/pages; defaults below)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FixtureServer } from './harness/server';
import { contentScriptExtension, EMPTY_CONTENT_SCRIPT, FLOOR_CONTENT_SCRIPT, launchChrome, type Chrome } from './bench-check/chromium';
import { median } from './bench-check/stats';

const PAGES_DIR = join(import.meta.dirname, '../../shared/corpus/pages');
const pages = (process.env.PAGES ?? 'invalid-attributes.html,rtl-1.html,heise.html,folha.html,theverge.html,gmw.html').split(',');
const runs = Number(process.env.RUNS ?? 4);
const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'].join(',');

interface TraceEvent {
  ph: string;
  name: string;
  dur?: number;
  args?: unknown;
}

const scripts: Record<string, string> = {
  empty: EMPTY_CONTENT_SCRIPT,
  floor: FLOOR_CONTENT_SCRIPT,
};
for (const arg of process.argv.slice(2)) {
  const [name, file] = arg.split('=');
  scripts[name] = readFileSync(file, 'utf8');
}

/** One traced load: ms per trace event name, over the events that name an extension URL. */
async function tracedLoad(b: Chrome, url: string): Promise<Record<string, number>> {
  const page = await b.ctx.newPage();
  try {
    const cdp = await b.ctx.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    await cdp.send('Tracing.end');
    await complete;
    const ms: Record<string, number> = {};
    for (const e of events)
      if (e.ph === 'X' && e.dur !== undefined && JSON.stringify(e.args ?? {}).includes('chrome-extension://')) ms[e.name] = (ms[e.name] ?? 0) + e.dur / 1000;
    return ms;
  } finally {
    await page.close().catch(() => {});
  }
}

const server = await FixtureServer.start({ root: PAGES_DIR });
const browsers: Array<[string, Chrome]> = [];
try {
  for (const [name, js] of Object.entries(scripts)) browsers.push([name, await launchChrome(server, contentScriptExtension(name, js), name)]);
  const byScript = new Map<string, Record<string, number[]>>();
  for (const p of pages)
    for (let r = 0; r < runs; r++)
      for (const [name, b] of browsers) {
        const ms = await tracedLoad(b, server.url(`/${p}?r=${r}`));
        const into = byScript.get(name) ?? {};
        byScript.set(name, into);
        for (const key of ['v8.compile', 'v8.run', 'EvaluateScript']) (into[key] ??= []).push(ms[key] ?? 0);
      }
  console.log(`medians over ${pages.length} pages × ${runs} loads, ms (traced: slower than untraced)`);
  for (const [name, m] of byScript)
    console.log(
      `${name.padEnd(12)} compile ${median(m['v8.compile']).toFixed(3)}  run ${median(m['v8.run']).toFixed(3)}  EvaluateScript ${median(m.EvaluateScript).toFixed(3)}`,
    );
} finally {
  for (const [, b] of browsers) await b.ctx.close().catch(() => {});
  await server.close();
}
