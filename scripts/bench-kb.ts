// The knowledge base's costs (issue "Footnote knows the trade world", point 7), for `npm run bench`:
// - cold start: a fresh process evaluates the background's pipeline and knowledge base (bundled
//   and minified by esbuild as the extension's build does) and answers its first page, against
//   the same bundle with the statistics left out, measured in the same run;
// - statistic linking per trade money figure, and one lookup of the statistics index, warm;
// - the extension's package size (each build's files, deflated as the store's zip holds them).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { annotate } from '../lib/pipeline';
import { lookupStat } from '../lib/kb/stats';
import { linkStatistic } from '../lib/kb/stats/read';
import { stat, type Stat } from './bench-node';

export interface KbResults {
  cold: { withStats: ColdRun; withoutStats: ColdRun; bundleKB: { withStats: number; withoutStats: number } };
  /** µs of CPU per trade money figure (each page's sentences read afresh), and once the page is read. */
  linkUs: { fresh: Stat; warm: Stat; figures: number; pages: number };
  lookupUs: Stat;
  /** Bytes of each build's files, and deflated (the store zip's size, give or take its headers). */
  packages: Record<string, { files: number; rawKB: number; zipKB: number }>;
}
interface ColdRun {
  evalMs: Stat;
  firstMs: Stat;
  secondMs: Stat;
}

// A statistics file of each kind with one year of one series: the baseline bundle's stand-ins.
const year = (n: number) => JSON.stringify(Array(n).fill(1));
const EMPTY_STATS: Record<string, string> = {
  'goods-by-partner.json': `{"unit":"millions of US dollars","layout":"","partners":{"CN":{"2024":${year(26)}}}}`,
  'us-totals.json': `{"unit":"millions of US dollars","layout":"","census-goods-sa":{"2024":${year(24)}},"census-goods-nsa":{"2024":${year(26)}},"bop-goods":{"2024":${year(3)}},"bop-services":{"2024":${year(3)}},"bop-goods+services":{"2024":${year(3)}}}`,
};

/**
 * The background's pipeline and knowledge base, bundled and minified by esbuild as the extension's
 * build does (no keepNames: tsx's transform sets the name of every named closure on each call).
 * Exports annotatePage and bundledKb; `withStats: false` leaves the statistics out.
 */
export async function bundlePipeline(root: string, out: string, withStats: boolean): Promise<string> {
  mkdirSync(out, { recursive: true });
  const entry = join(out, 'entry.ts');
  writeFileSync(entry, `export { annotatePage } from '${join(root, 'lib/pipeline.ts')}';\nexport { bundledKb } from '${join(root, 'lib/kb/bundled.ts')}';\n`);
  const file = join(out, withStats ? 'pipeline-with-stats.mjs' : 'pipeline-without-stats.mjs');
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
    // As wxt.config.ts has Vite do: JSON as JSON.parse("…"), the large statistics files as text
    // (statsAsText). The baseline's statistics files are stand-ins with one year of one series.
    plugins: [
      {
        name: 'json-as-json-parse',
        setup(b) {
          b.onLoad({ filter: /\.json$/ }, (args) => {
            const name = args.path.split(/[\\/]/).pop()!;
            const stub = !withStats && /kb[\\/]data[\\/]stats[\\/]/.test(args.path) ? EMPTY_STATS[name] : undefined;
            const text = JSON.stringify(JSON.parse(stub ?? readFileSync(args.path, 'utf8')));
            // The large statistics files as their text, parsed on the first lookup (statsAsText in wxt.config.ts).
            const asText = /kb[\\/]data[\\/]stats[\\/](?:goods-by-partner|us-totals)\.json$/.test(args.path);
            return { contents: asText ? `export default ${JSON.stringify(text)};` : `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
          });
        },
      },
    ],
  });
  return file;
}

const RUNNER = `
const [file, textFile, date] = process.argv.slice(2);
const text = (await import('node:fs')).readFileSync(textFile, 'utf8');
const t0 = performance.now();
const m = await import(file);
const t1 = performance.now();
m.annotatePage(text, { kb: m.bundledKb, date });
const t2 = performance.now();
m.annotatePage(text + ' ', { kb: m.bundledKb, date });
const t3 = performance.now();
process.stdout.write(JSON.stringify({ evalMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));
`;

function coldRuns(runner: string, file: string, textFile: string, date: string, runs: number): ColdRun {
  const xs: { evalMs: number; firstMs: number; secondMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [runner, file, textFile, date], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench-kb: the cold-start run failed: ${r.stderr}`);
    xs.push(JSON.parse(r.stdout));
  }
  return { evalMs: stat(xs.map((x) => x.evalMs)), firstMs: stat(xs.map((x) => x.firstMs)), secondMs: stat(xs.map((x) => x.secondMs)) };
}

const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

function linkTimes(docs: { text: string; date?: string }[], rounds: number) {
  const pages = docs
    .map((d) => ({ d, figures: annotate(d.text, { date: d.date }).figures.filter((f) => f.kind === 'money' && f.trade) }))
    .filter((p) => p.figures.length);
  const figures = pages.reduce((n, p) => n + p.figures.length, 0);
  const fresh: number[] = [];
  const warm: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let freshUs = 0;
    let warmUs = 0;
    for (const { d, figures: fs } of pages) {
      const t0 = cpuUs();
      for (const f of fs) linkStatistic(d.text, f, d.date); // first figure reads the page's sentences
      const t1 = cpuUs();
      for (const f of fs) linkStatistic(d.text, f, d.date);
      warmUs += cpuUs() - t1;
      freshUs += t1 - t0;
    }
    fresh.push(freshUs / figures);
    warm.push(warmUs / figures);
  }
  return { fresh: stat(fresh), warm: stat(warm), figures, pages: pages.length };
}

function lookupTimes(rounds: number): Stat {
  const partners = ['CN', 'MX', 'CA', 'JP', 'DE', 'EU', 'WORLD', 'VN', 'KR', 'IN'];
  const periods = ['2024', '2025-03', '2025-Q2', '2025-01..2025-05', '2019', '2008-11'];
  const flows = ['balance', 'exports', 'imports', 'total'] as const;
  const calls = partners.length * periods.length * flows.length;
  const times: number[] = [];
  for (let r = 0; r < rounds + 1; r++) {
    const t0 = performance.now();
    for (let k = 0; k < 20; k++)
      for (const partner of partners) for (const period of periods) for (const flow of flows) lookupStat({ reporter: 'US', partner, flow, period });
    if (r) times.push(((performance.now() - t0) * 1000) / (20 * calls)); // round 0 builds the index
  }
  return stat(times);
}

function packageSize(dir: string) {
  let files = 0;
  let raw = 0;
  let zip = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const bytes = readFileSync(p);
        files++;
        raw += bytes.length;
        zip += deflateRawSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return { files, rawKB: raw / 1024, zipKB: zip / 1024 };
}

export async function benchKb(opts: {
  root: string;
  out: string;
  devFile: string;
  builds: Record<string, string>;
  coldRuns: number;
  rounds: number;
  log: (s: string) => void;
}): Promise<KbResults> {
  const out = join(opts.out, 'kb');
  opts.log('knowledge base: bundling the background pipeline with and without the statistics ...');
  const withFile = await bundlePipeline(opts.root, out, true);
  const withoutFile = await bundlePipeline(opts.root, out, false);
  const runner = join(out, 'cold-start.mjs');
  writeFileSync(runner, RUNNER);
  const docs = readFileSync(opts.devFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; date?: string; figures: { stat?: unknown }[] });
  // The page of the cold start: the present-day article with the most statistics.
  const page = [...docs].sort((a, b) => b.figures.filter((f) => f.stat).length - a.figures.filter((f) => f.stat).length)[0];
  const textFile = join(out, 'page.txt');
  writeFileSync(textFile, page.text);
  opts.log(`knowledge base: ${opts.coldRuns} cold starts each way ...`);
  // Interleaved, so that the machine's load falls on both alike.
  const withRuns: ColdRun[] = [];
  const withoutRuns: ColdRun[] = [];
  for (let i = 0; i < opts.coldRuns; i++) {
    withRuns.push(coldRuns(runner, withFile, textFile, page.date ?? '', 1));
    withoutRuns.push(coldRuns(runner, withoutFile, textFile, page.date ?? '', 1));
  }
  const merge = (rs: ColdRun[]): ColdRun => ({
    evalMs: stat(rs.map((r) => r.evalMs.median)),
    firstMs: stat(rs.map((r) => r.firstMs.median)),
    secondMs: stat(rs.map((r) => r.secondMs.median)),
  });
  opts.log('knowledge base: statistic linking and lookups ...');
  const packages: KbResults['packages'] = {};
  for (const [name, dir] of Object.entries(opts.builds)) packages[name] = packageSize(dir);
  return {
    cold: {
      withStats: merge(withRuns),
      withoutStats: merge(withoutRuns),
      bundleKB: { withStats: statSync(withFile).size / 1024, withoutStats: statSync(withoutFile).size / 1024 },
    },
    linkUs: linkTimes(docs, opts.rounds),
    lookupUs: lookupTimes(opts.rounds),
    packages,
  };
}
