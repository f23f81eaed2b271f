// Where bench:check reads and writes, issue 5's budgets, its command line and its log.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = join(ROOT, '../shared');
export const PAGES = join(SHARED, 'corpus/pages');
export const DEV = join(SHARED, 'corpus/trade-dev.jsonl');
export const SEEDS = join(SHARED, 'seeds');
export const PLAIN = join(ROOT, 'tests/fixtures/pages/plain.html');
export const OUT = join(ROOT, '.output/check');
export const TEXT_CACHE = join(ROOT, '.output/bench/texts'); // bench-node's cache of the pages' text

/** Issue 5's budgets (as scripts/bench.ts has them; repeated here so this check stands alone). */
export const BUDGET = {
  nothingMs: 2,
  seedMs: 50,
  /** Firefox's own (the speed issue's decision 2). */
  seedFirefoxMs: 75,
  longTaskMs: 50,
  charsPerMs: 10_000,
  /** On the labelled trade articles (the speed issue's decision 3). */
  labelledCharsPerMs: 5_000,
  ratio: 10,
  heapSeedMB: 5,
  heapNothingMB: 1,
};

const args = process.argv.slice(2);
export const flag = (n: string) => args.includes(n);
export const opt = (n: string) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : undefined;
};
export const quick = flag('--quick');
const T0 = Date.now();
export const log = (s: string) => process.stderr.write(`[${((Date.now() - T0) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
