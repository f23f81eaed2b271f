// What a content script's parts cost on the pages the gate stops, by the renderer's counters (the
// method of decision 1 in the speed issue: ScriptDuration, an empty content script's subtracted,
// median over pages ÷ the floor's). Each built-in script below is one use of a browser API after
// the first touch of the page, so that the rows say what each use adds; scripts given as
// NAME=FILE.js (a variant of the shipped script) are measured beside them, and so is the shipped
// script, when built, with and without the loader it wraps.
//
//   npm run build && npx tsx scripts/content-script-costs.ts [NAME=FILE.js …]   (about 20 minutes)
//   PAGES=N (the gate's stopped corpus pages, spread by size as bench-floor.ts; default 15) RUNS=N (default 4)
//   ONLY=touch,floor,… (built-in scripts to keep; empty and floor are always measured)
//
// Why it exists: the budget is 1.3 times the floor, and the floor is mostly not its read. The
// first touch of the page from the content script's world (document.body) is most of it; the
// read adds a tenth of a millisecond. So the budget leaves about 0.2 ms for all a gate does
// beyond one read, and this says where that goes (docs/speed-notes.md, decision 1).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import vm from 'node:vm';
import { join } from 'node:path';
import { FixtureServer } from './harness/server';
import { contentScriptExtension, EMPTY_CONTENT_SCRIPT, FLOOR_CONTENT_SCRIPT, launchChrome, measuredLoad, type Chrome } from './bench-check/chromium';
import { median } from './bench-check/stats';
import { corpusPages, floorPages } from './bench-floor';
import { TRADE_WORD } from '../lib/trade-words';

const PAGES_DIR = join(import.meta.dirname, '../../shared/corpus/pages');
const SETTLE_MS = 700; // as bench-floor.ts

// The trade-word regex (lib/trade-words.ts), written into the scripts: they are not bundled.
const TRADE_RE = `/${TRADE_WORD.source}/i`;
const OBSERVE = 'new MutationObserver(() => {}).observe(body, { childList: true, subtree: true, characterData: true });';
const LISTEN = "addEventListener('scroll', () => {}, { passive: true });";

/** Built-in scripts, each one use after the first touch: each runs once the page has a `body`. */
const ONE_USE: Record<string, string> = {
  touch: 'void body.childElementCount;',
  title: 'void document.title.length;',
  'location.hash': 'void location.hash.length;',
  'navigation type': "void (performance.getEntriesByType('navigation')[0] || {}).type;",
  observer: OBSERVE,
  'scroll listener': LISTEN,
  'story container': `void document.querySelector('article, [itemprop="articleBody"], main, [role="main"]');`,
  'meta, h1': `void document.head.querySelector('meta[name="description"]'); void document.getElementsByTagName('h1')[0];`,
  'trade regex': `void ${TRADE_RE}.test(document.title);`,
  paragraphs: "const ps = body.getElementsByTagName('p'); let s = ''; for (let i = 0; i < 12 && i < ps.length; i++) s += ps[i].textContent; void s.length;",
  // The least a gate can be that still sees content arriving later and the reader scrolling: the
  // title and the first 5,000 characters tested, an observer and a scroll listener.
  'minimal gate': `const t = body.textContent; void ${TRADE_RE}.test(document.title + t.slice(0, 5000)); ${OBSERVE} ${LISTEN}`,
};

const only = process.env.ONLY?.split(',');
// The empty script and the floor's exactly as the budget's rows run them (bench-check/chromium.ts).
const scripts: Record<string, string> = { empty: EMPTY_CONTENT_SCRIPT, floor: FLOOR_CONTENT_SCRIPT };
for (const [name, code] of Object.entries(ONE_USE))
  if (!only || only.includes(name)) scripts[name] = `(() => { const body = document.body; if (!body) return; ${code} })();\n`;
// The shipped content script, when built (npm run build), and the same without the loader it wraps
// (wxt.config.ts, mergeContentLoader): what the loader's compile adds on a page it never runs on.
const SHIPPED = join(import.meta.dirname, '../.output/chrome-mv3/content-loader.js');
if (!only && existsSync(SHIPPED)) {
  const shipped = readFileSync(SHIPPED, 'utf8');
  const wrapEnd = shipped.indexOf('\n}\n');
  if (!shipped.startsWith('function footnoteStartLoader(') || wrapEnd < 0) throw new Error(`${SHIPPED}: not the merged content script`);
  scripts.shipped = shipped;
  scripts['shipped, loader emptied'] = `function footnoteStartLoader() {}\n${shipped.slice(wrapEnd + 3)}`;
  new vm.Script(scripts['shipped, loader emptied']); // still a script
}
for (const arg of process.argv.slice(2)) {
  const [name, file] = arg.split('=');
  scripts[name] = readFileSync(file, 'utf8');
}

// The pages the gate stops, spread by size as the budget's rows pick them (bench-floor.ts).
const { stopped: pages, stoppedAll } = floorPages(PAGES_DIR, corpusPages(PAGES_DIR), Number(process.env.PAGES ?? 15));
const runs = Number(process.env.RUNS ?? 4);

const server = await FixtureServer.start({ root: PAGES_DIR });
const browsers: Array<[string, Chrome, string]> = [];
try {
  for (const [name, js] of Object.entries(scripts)) {
    const dir = contentScriptExtension(name, js);
    browsers.push([name, await launchChrome(server, dir, name), dir]);
  }
  // ScriptDuration (ms) per script and page, loads interleaved and the first browser rotated.
  const ms = new Map<string, Map<string, number[]>>(browsers.map(([name]) => [name, new Map(pages.map((p) => [p, []]))]));
  for (const p of pages)
    for (let r = 0; r < runs; r++) {
      const order = [...browsers.slice(r % browsers.length), ...browsers.slice(0, r % browsers.length)];
      for (const [name, b] of order)
        ms.get(name)!
          .get(p)!
          .push((await measuredLoad(b, server.url(`/${p}?r=${r}`), SETTLE_MS)).scriptMs);
    }
  const own = (name: string) => median(pages.map((p) => median(ms.get(name)!.get(p)!) - median(ms.get('empty')!.get(p)!)));
  const floor = own('floor');
  console.log(
    `${pages.length} of the ${stoppedAll.length} pages the gate stops, ${runs} loads each per script; ScriptDuration less the empty script's, median over pages`,
  );
  for (const [name] of browsers)
    if (name !== 'empty') console.log(`${name.padEnd(18)} ${own(name).toFixed(3)} ms  ${(own(name) / floor).toFixed(2)}× the floor`);
} finally {
  for (const [, b, dir] of browsers) {
    await b.ctx.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  await server.close();
}
