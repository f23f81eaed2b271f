// Target 3: seed article latency, DOMContentLoaded to the first <footnote-mark>, in Chromium (and
// from the moment the extension's isolated world is created) and in Firefox.
import type { FixtureServer } from '../harness/server';
import { launchFirefox } from '../harness/firefox';
import { measuredLoad, type Chrome } from './chromium';
import { BUDGET, log, sleep } from './options';
import { INIT, READ, type PageSide } from './page-side';
import type { Row } from './report';
import { fx, median, sp, summary } from './stats';

/** Chromium: the first load after start (cold), then warm loads; the other two browsers warmed the same way. */
export async function seedLoadsChromium(server: FixtureServer, withExt: Chrome, without: Chrome, empty: Chrome, seedRuns: number): Promise<PageSide[]> {
  log(`chromium: seed article, 1 + ${seedRuns} loads...`);
  const seedLoads: PageSide[] = [];
  for (let r = 0; r <= seedRuns; r++) seedLoads.push((await measuredLoad(withExt, server.url(`/__check/seed.html?r=${r}`), 100, true)).side);
  // warm the no-extension browser the same way
  await measuredLoad(without, server.url('/__check/seed.html?warm'), 100);
  await measuredLoad(empty, server.url('/__check/seed.html?warm'), 100);
  return seedLoads;
}

export function seedRowsChromium(seedLoads: PageSide[], rows: Row[], notes: string[]): void {
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
  notes.push(
    `  seed, Chromium: load event ends ${fx(median(warm.map((x) => x.load - x.dcl)), 1)} ms after DOMContentLoaded starts; ${median(warm.map((x) => x.marks))} marks`,
  );
}

/** Firefox: the seed article's loads and row; returns what to add to the browser versions line. */
export async function seedLatencyFirefox(server: FixtureServer, extensionPath: string, seedRuns: number, rows: Row[]): Promise<string> {
  let versions = '';
  log(`firefox: seed article, 1 + ${seedRuns} loads...`);
  const ff = await launchFirefox({ server, extensionPath }).catch((e: unknown) => {
    rows.push({
      q: '3. Seed article (Firefox)',
      measured: `not measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      budget: `≤ ${BUDGET.seedFirefoxMs} ms`,
      ok: null,
    });
    return null;
  });
  if (ff)
    try {
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
        budget: `≤ ${BUDGET.seedFirefoxMs} ms (upper bound, as above)`,
        ok: m.n ? m.med <= BUDGET.seedFirefoxMs : false,
      });
    } finally {
      await ff.close();
    }
  return versions;
}
