// The pipeline's cost grows linearly with the text (issue 5, target 5), checked without a clock:
// the test counts the work the pipeline asks of the JavaScript built-ins (map and set lookups,
// regex executions, string slices by their length, array scans by the array's length) on a text
// and on the same kind of text twice as long. The counts are exact and the same on every run, so
// the bound can be tight: a linear pipeline doubles them, a pass over all earlier figures per
// figure (n²) quadruples them. What the counts cannot see (a loop over plain array indexes, or
// backtracking inside one regex) the coarse timing tests in tests/figures/parse.test.ts and
// the benchmark (`npm run bench -- --node`) cover.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../lib/pipeline';
import { FRAGMENTS } from '../property/inputs';

type Patch = { proto: object; name: string; weight: (self: unknown, args: unknown[], result: unknown) => number };

const one = () => 1;
const byLength = (self: unknown) => ((self as { length?: number }).length ?? 1) + 1;
const PATCHES: Patch[] = [
  ...(['get', 'has', 'set'] as const).flatMap((name) => [
    { proto: Map.prototype, name, weight: one },
    { proto: WeakMap.prototype, name, weight: one },
  ]),
  { proto: Set.prototype, name: 'has', weight: one },
  // Every regex use goes through exec once it is patched (test, match, replace, split...).
  { proto: RegExp.prototype, name: 'exec', weight: one },
  // A slice is cheap, but what is done with it is proportional to its length.
  { proto: String.prototype, name: 'slice', weight: (_s, _a, r) => (r as string).length + 1 },
  { proto: String.prototype, name: 'substring', weight: (_s, _a, r) => (r as string).length + 1 },
  ...(['indexOf', 'includes', 'findIndex', 'find', 'some', 'every', 'filter', 'map', 'forEach', 'reduce'] as const).map((name) => ({
    proto: Array.prototype,
    name,
    weight: byLength,
  })),
];

/** Built-in work done by `fn`, weighted as in PATCHES. */
function work(fn: () => void): number {
  let ops = 0;
  const saved = PATCHES.map((p) => {
    const original = (p.proto as Record<string, (...a: unknown[]) => unknown>)[p.name];
    const { weight } = p;
    Object.defineProperty(p.proto, p.name, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        const r = original.apply(this, args);
        ops += weight(this, args, r);
        return r;
      },
    });
    return original;
  });
  try {
    fn();
  } finally {
    PATCHES.forEach((p, i) => Object.defineProperty(p.proto, p.name, { configurable: true, writable: true, value: saved[i] }));
  }
  return ops;
}

/** `unit` repeated (numbered, so values differ) until the text is `n` characters long. */
function grow(unit: (i: number) => string, n: number): string {
  let s = '';
  for (let i = 0; s.length < n; i++) s += unit(i);
  return s.slice(0, n);
}

const N = 12_000;

// Texts where a per-figure or per-name cost that depends on how much came before would show:
// long lists and tables of figures in one sentence, run-on text without sentence ends, and the
// ordinary mix of wire-copy sentences.
const KINDS: Array<[string, (i: number) => string]> = [
  ['wire-copy sentences', (i) => FRAGMENTS[i % FRAGMENTS.length] + (i % 7 === 6 ? '\n' : ' ')],
  ['the same without sentence ends', (i) => FRAGMENTS[i % FRAGMENTS.length].replace(/[.!?;]/g, ',') + ' '],
  ['a list of amounts in one sentence', (i) => `$${(i % 997) + 1}.5 billion, `],
  ['a list of percents in one sentence', (i) => `tariffs rose ${(i % 97) + 1} percent and `],
  ['a table of bare numbers', (i) => `${(i * 7919) % 100000} `],
  ['a run of titled names', (i) => `Trade Minister John Smith${i % 50} said President Xi `],
  ['capitalised words', (i) => `Alpha Beta Gamma Delta${i % 50} `],
];

describe('the pipeline does work linear in the text', () => {
  it.each(KINDS)('on %s: twice the text, at most 2.2 times the work', (_name, unit) => {
    const small = grow(unit, N);
    const big = grow(unit, 2 * N);
    // Lazy tables filled outside the count, with another text: the statistic reader keeps the last
    // page's sentences, and a second run on the same text would be counted cheaper than it is.
    annotate(grow(unit, N / 2));
    const a = work(() => annotate(small));
    const b = work(() => annotate(big));
    expect(a).toBeGreaterThan(0);
    expect(b / a).toBeLessThanOrEqual(2.2);
  });
});
