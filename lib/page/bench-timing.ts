// Timing marks for the benchmarks (scripts/bench.ts), recorded only in a benchmark build
// (FOOTNOTE_BENCH=1, see wxt.config.ts). Everywhere else `import.meta.env.FOOTNOTE_BENCH` is the
// literal `false` (or, under vitest, undefined), so the calls below are dead code and the
// minifier removes them with their strings: a production build carries none of this.
//
// Marks are `performance.now()` readings kept in a record that `publishBenchMarks` writes to
// `<html data-footnote-bench>` as JSON for the benchmark to read from the page (a Firefox content
// script's `performance.mark()` entries are not visible to the page, and in Chromium each
// `performance.mark()` cost a millisecond or more while a trace was recording: more than the
// work measured on a page with nothing to annotate).

import { BENCH_ATTRIBUTE } from './dom-names';

declare global {
  interface ImportMetaEnv {
    /** True in a benchmark build only. */
    readonly FOOTNOTE_BENCH?: boolean;
  }
}

// `import.meta.env` exists in builds and under vitest, not under tsx (the command-line tools and
// the Node benchmarks import this through lib/page/extract.ts): asked first, so they run.
export const BENCH = typeof import.meta.env === 'object' && import.meta.env.FOOTNOTE_BENCH === true;

interface BenchRecord {
  /** name → performance.now() at its first occurrence (ms since the document's time origin). */
  marks: Record<string, number>;
  /** Extension work in the page's main thread, in slices: [name, start, duration]. */
  slices: Array<[string, number, number]>;
}

// One record for the content script's two parts (the loader and the module it imports are
// separate bundles, each with its own copy of this file): kept on the content script's global,
// which is its own (Chrome's isolated world, Firefox's sandbox), not the page's.
const record: BenchRecord = BENCH
  ? (((globalThis as { __footnoteBench?: BenchRecord }).__footnoteBench ??= { marks: {}, slices: [] }) as BenchRecord)
  : { marks: {}, slices: [] };

/** Marks a moment (first occurrence of each name only). */
export function benchMark(name: string): void {
  if (!BENCH) return;
  if (name in record.marks) return;
  record.marks[name] = performance.now();
}

/** Runs `fn` as one slice of extension work and records how long it took. */
export function benchSlice<T>(name: string, fn: () => T): T {
  if (!BENCH) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    record.slices.push([name, start, performance.now() - start]);
  }
}

// The content script's first moment: this module is the first the entry imports.
benchMark('script');

/** Writes the record to <html data-footnote-bench> for the benchmark to read. */
export function publishBenchMarks(): void {
  if (!BENCH) return;
  document.documentElement.setAttribute(BENCH_ATTRIBUTE, JSON.stringify(record));
}
