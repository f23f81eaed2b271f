// Chromium with Footnote, with an extension whose content script is empty, with the floor's, and with none:
// launched with the harness's flags, loaded page by page with the renderer's counters read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { FixtureServer } from '../harness/server';
import { BROWSER_EXECUTABLES, freshTmpDir } from '../harness/env';
import { chromiumArgs } from '../harness/chromium';
import { log, sleep } from './options';
import { INIT, READ, type PageSide } from './page-side';

/** An extension whose one content script (same matches and run_at as Footnote's) is `js`. */
export function contentScriptExtension(name: string, js: string): string {
  const dir = mkdtempSync(join(tmpdir(), `footnote-check-${name.replace(/\W+/g, '-')}-`));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0',
      background: { service_worker: 'bg.js' },
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['cs.js'], run_at: 'document_idle', all_frames: false }],
    }),
  );
  writeFileSync(join(dir, 'bg.js'), '// nothing\n');
  writeFileSync(join(dir, 'cs.js'), js);
  return dir;
}

/** The empty content script (the control) and the floor's, as every measurement of them runs them. */
export const EMPTY_CONTENT_SCRIPT = 'void 0;\n';
export const FLOOR_CONTENT_SCRIPT = 'void (document.body ? document.body.textContent.length : 0);\n';

/**
 * The control: an extension whose content script does nothing. With it, target 2's difference
 * splits into what any content script costs a page (Chromium creating the isolated world and
 * injecting) and what Footnote's own code costs on top.
 */
export function emptyContentScriptExtension(): string {
  return contentScriptExtension('empty content script', EMPTY_CONTENT_SCRIPT);
}

/**
 * The floor (the speed issue's decision 1): the least a content script can do and still know what
 * a page says, read document.body.textContent once. Footnote's cost on pages the gate stops is
 * budgeted against this one's, both with the empty content script's subtracted.
 */
export function floorExtension(): string {
  return contentScriptExtension('floor content script', FLOOR_CONTENT_SCRIPT);
}

export interface Chrome {
  ctx: BrowserContext;
  withExt: boolean;
  label: string;
  version: string;
}

/** The harness's Chromium flags (chromiumArgs in scripts/harness/chromium.ts), with the extension or none. */
export async function launchChrome(server: FixtureServer, ext: string | null, label: string): Promise<Chrome> {
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
  // Chromium's helpers may still be writing into the profile as it closes (ENOTEMPTY): retry, and
  // a folder left in the temp dir is only worth a warning, not the run.
  ctx.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (e) {
      console.warn(`bench-check: could not remove the profile ${profile}:`, e);
    }
  });
  return { ctx, withExt: !!ext, label, version: ctx.browser()?.version() ?? '' };
}

export interface Load {
  taskMs: number;
  scriptMs: number;
  side: PageSide;
  /**
   * With Footnote: whether its gate let the page through in this load, i.e. the app was loaded
   * into the content script's world (lib/page/content-modules.ts). Asked after the counters are
   * read. The floor's rows take a page's decision from here, not from the gate run in Node on the
   * saved HTML: a page's own scripts can change its text (cnet.html passes in the browser only).
   */
  gatePassed?: boolean;
  /**
   * With Footnote: how long past the settle period it took its loader to finish (ms; a few when
   * it had, and then the counters are those read at the settle period's end), and whether it had
   * finished by the cap (UNTIL_DONE_MS).
   */
  waitedMs?: number;
  done?: boolean;
}

/** Evaluated in Footnote's isolated world: did the loader load the app (the gate passed)? */
const APP_LOADED = "Boolean(globalThis.__footnoteContentModules && globalThis.__footnoteContentModules['content-app'])";

/**
 * Evaluated in Footnote's isolated world: has its loader finished with the page? Not while it
 * loads the app and waits for the background's answer (lib/page/content-modules.ts,
 * LoaderState 'loading'); a page the first look stopped never gets that far.
 */
const LOADER_DONE = "globalThis.__footnoteLoaderState !== 'loading'";
/** The longest the counters wait past the settle period for Footnote's loader to finish. */
const UNTIL_DONE_MS = 5_000;
const DONE_POLL_MS = 100;

/** Footnote's content-script world in the page's main frame: an evaluator for it, or null. */
async function footnoteWorld(cdp: CDPSession): Promise<((expression: string) => Promise<unknown>) | null> {
  const contexts: Array<{ id: number; origin: string; auxData?: { isDefault?: boolean } }> = [];
  cdp.on(
    'Runtime.executionContextCreated',
    (e: { context: { id: number; origin: string; auxData?: { isDefault?: boolean } } }) => void contexts.push(e.context),
  );
  await cdp.send('Runtime.enable'); // reports the contexts that exist already
  const world = contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.isDefault === false);
  if (!world) return null;
  return async (expression) => {
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })) as { result: { value?: unknown } };
    return result.value;
  };
}

/**
 * One load: renderer counters (thread time) from before navigation to after the settle period.
 * `askGate`: Footnote's browser, whose gate decision is asked after the counters (Load.gatePassed).
 */
export async function measuredLoad(b: Chrome, url: string, settleMs: number, waitMark = false, askGate = false): Promise<Load> {
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
    // The counters first: the evaluates below are work of ours.
    const counters = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
      return Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    };
    let m = await counters();
    // With Footnote: if its loader was not done with the page yet (its answer came late), wait
    // until it is and read the counters again, so that its work is not cut short by the fixed
    // wait (the speed notes' 'settle'). The second reading counts our polls (a short evaluate
    // each) and the page's own work meanwhile against Footnote: it can only look dearer for it.
    const footnote = askGate ? await footnoteWorld(cdp) : null;
    let waitedMs: number | undefined;
    let done: boolean | undefined;
    if (footnote) {
      const since = Date.now();
      while (!(done = (await footnote(LOADER_DONE)) === true) && Date.now() - since < UNTIL_DONE_MS) await sleep(DONE_POLL_MS);
      waitedMs = Date.now() - since;
      if (waitedMs >= DONE_POLL_MS) m = await counters();
    }
    const side = (await page.evaluate(READ)) as PageSide;
    side.world = world === null ? null : world - side.origin;
    const gatePassed = askGate ? (await footnote?.(APP_LOADED)) === true : undefined;
    await cdp.detach().catch(() => {});
    return { taskMs: (m.TaskDuration ?? NaN) * 1000, scriptMs: (m.ScriptDuration ?? NaN) * 1000, side, gatePassed, waitedMs, done };
  } finally {
    await page.close().catch(() => {});
  }
}

export async function heapAfter(b: Chrome, url: string, waitMark: boolean): Promise<number> {
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

/** A page's loads in the four browsers: with Footnote, without an extension, with the empty one, with the floor. */
export interface PageLoads {
  w: Load[];
  wo: Load[];
  e: Load[];
  f: Load[];
}

/** The corpus pages, `runs` loads each in each browser, interleaved page by page (targets 2 and 4). */
export async function corpusLoads(
  server: FixtureServer,
  withExt: Chrome,
  without: Chrome,
  empty: Chrome,
  floor: Chrome,
  measured: string[],
  runs: number,
  settle: number,
): Promise<Map<string, PageLoads>> {
  log(`chromium: ${measured.length} pages x ${runs} loads x 4 browsers (Footnote, an empty content script, the floor, no extension)...`);
  const per = new Map<string, PageLoads>();
  for (const [i, f] of measured.entries()) {
    const e = { w: [] as Load[], wo: [] as Load[], e: [] as Load[], f: [] as Load[] };
    per.set(f, e);
    for (let r = 0; r < runs; r++) {
      // Rotate which browser goes first.
      const four: Array<[Chrome, Load[]]> = [
        [withExt, e.w],
        [without, e.wo],
        [empty, e.e],
        [floor, e.f],
      ];
      const order = [...four.slice(r % 4), ...four.slice(0, r % 4)];
      for (const [b, into] of order) {
        try {
          into.push(await measuredLoad(b, server.url(`/${f}?r=${r}`), settle, false, b === withExt));
        } catch (err) {
          log(`  ${f}: a load failed (${err instanceof Error ? err.message.split('\n')[0] : err})`);
        }
      }
    }
    if ((i + 1) % 5 === 0) log(`  ${i + 1}/${measured.length}`);
  }
  return per;
}
