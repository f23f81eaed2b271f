// The speed issue's decision 1 in `npm run bench`: on the corpus pages the gate stops, Footnote's
// main-thread cost against the floor's (a content script that reads document.body.textContent
// once), both less an empty content script's, by the renderer's CPU counters: the method and the
// code of bench:check (scripts/bench-check/chromium.ts, target2-floor.ts), on the production
// build, with the floor's extension built and measured in the same run.
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FixtureServer } from './harness/server';
import { corpusLoads, emptyContentScriptExtension, floorExtension, launchChrome } from './bench-check/chromium';
import { floorRows } from './bench-check/target2-floor';
import type { Row } from './bench-check/report';
import { gatePasses } from './gate-recall';

export interface FloorOptions {
  /** The production build's Chrome folder. */
  chromeDir: string;
  pagesDir: string;
  /** Corpus pages with no trade figure (the pipeline's answer in Node). */
  nothing: string[];
  /** How many of the pages the gate stops, spread by size. */
  stoppedCount: number;
  runs: number;
  log: (s: string) => void;
}

/** Spread `n` of `xs` evenly by their order (all of them when n is at least their number). */
export const spread = (xs: string[], n: number) =>
  n >= xs.length ? xs : Array.from({ length: n }, (_, i) => xs[Math.round(((i + 0.5) * xs.length) / n - 0.5)]);

/**
 * The floor's pages among `nothing` (corpus pages with no trade figure), ordered by size:
 * `stoppedCount` of those the gate stops, spread, and all those it passes. The gate's decision
 * is the content script's, sample first (scripts/gate-recall.ts).
 */
export function floorPages(pagesDir: string, nothing: string[], stoppedCount: number) {
  const size = (f: string) => statSync(join(pagesDir, f)).size;
  const bySize = [...nothing].sort((a, b) => size(a) - size(b));
  const passes = new Set(bySize.filter((f) => gatePasses(readFileSync(join(pagesDir, f), 'utf8')).passes));
  const stoppedAll = bySize.filter((f) => !passes.has(f));
  return { bySize, stopped: spread(stoppedAll, stoppedCount), stoppedAll, passedNothing: bySize.filter((f) => passes.has(f)) };
}

export async function benchFloor(opts: FloorOptions): Promise<{ rows: Row[]; notes: string[]; stopped: number; passedNothing: number }> {
  const { bySize, stopped, stoppedAll, passedNothing } = floorPages(opts.pagesDir, opts.nothing, opts.stoppedCount);
  opts.log(
    `floor: ${stoppedAll.length} of ${bySize.length} pages with no trade figure stop at the gate; measuring ${stopped.length} of them and the ${passedNothing.length} that pass it`,
  );
  const server = await FixtureServer.start({ root: opts.pagesDir });
  const emptyDir = emptyContentScriptExtension();
  const floorDir = floorExtension();
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const withExt = await launchChrome(server, opts.chromeDir, 'Footnote');
    const without = await launchChrome(server, null, 'none');
    const empty = await launchChrome(server, emptyDir, 'empty content script');
    const floor = await launchChrome(server, floorDir, 'floor content script');
    try {
      const per = await corpusLoads(server, withExt, without, empty, floor, [...stopped, ...passedNothing], opts.runs, 700);
      floorRows(stopped, passedNothing, per, opts.runs, rows, notes);
    } finally {
      for (const b of [withExt, without, empty, floor]) await b.ctx.close().catch(() => {});
    }
  } finally {
    await server.close();
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
  return { rows, notes, stopped: stoppedAll.length, passedNothing: passedNothing.length };
}

/** The corpus pages (file names) in `dir`. */
export const corpusPages = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
