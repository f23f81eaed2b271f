// Target 5: annotatePage() throughput in Node, and its time against one pass of a regex of our own.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { annotatePage } from '../../lib/pipeline';
import { corpusTexts } from '../bench-node';
import { BUDGET, DEV, log, OUT, PAGES, ROOT, TEXT_CACHE } from './options';
import type { Row } from './report';
import { fx, sp, summary, type S } from './stats';
import { articleDate } from '../score';

// Not bench-node's floor: written apart, a money / percent / scale / trade-word pass.
const ONE_REGEX =
  /(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:%|percent|per cent|billion|million|trillion|bn|mln)\b)|\b(?:tariff|export|import|trade|dut(?:y|ies)|quota)s?\b/gi;

interface Throughput {
  chars: number;
  texts: number;
  warmup: number;
  passes: number;
  charsPerMs: S;
  ratio: S;
  pipeMs: S;
  rxMs: S;
}

/** Passes over the labelled articles: warm-up (not counted), then measured. Cheap: about 20 ms each. */
const DEV_WARMUP = 40;
const DEV_PASSES = 25;

/**
 * The pipeline as a build ships it: lib/pipeline.ts bundled and minified by esbuild, here with
 * esbuild's own JSON loader (bench.ts bundles as the extension's Vite build does). Not the source
 * under tsx: its transform keeps functions' names, setting the name of every named closure each
 * time one is made, which the extension's code does not do.
 */
async function shippedAnnotatePage(): Promise<typeof annotatePage> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'pipeline.mjs');
  await build({
    entryPoints: [join(ROOT, 'lib/pipeline.ts')],
    outfile: file,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
  });
  return ((await import(pathToFileURL(file).href)) as { annotatePage: typeof annotatePage }).annotatePage;
}

export async function nodeCheck(rounds: number): Promise<{ pages: Throughput; dev: Throughput | null; rounds: number }> {
  const annotatePage = await shippedAnnotatePage();
  const t0 = process.hrtime.bigint();
  const pages = corpusTexts(PAGES, TEXT_CACHE)
    .map((p) => p.text)
    .filter((t) => t.length > 0);
  const dev = existsSync(DEV)
    ? readFileSync(DEV, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { text: string; date?: string; source?: string })
    : [];
  log(
    `node: ${pages.length} page texts, ${dev.length} labelled articles (read in ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms); 1 + ${rounds} rounds...`,
  );
  const ms = (fn: () => void) => {
    const a = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - a) / 1e6;
  };
  let sink = 0;
  // The labelled articles with their dates, as the extension sends a page's: periods without a
  // year are resolved and their statistics linked.
  const dates = new Map(dev.map((a) => [a.text, articleDate(a)]));
  const passPipe = (list: string[]) => ms(() => list.forEach((t) => (sink += annotatePage(t, { date: dates.get(t) }).figures.length)));
  const passRx = (list: string[]) =>
    ms(() =>
      list.forEach((t) => {
        ONE_REGEX.lastIndex = 0;
        while (ONE_REGEX.exec(t)) sink++;
      }),
    );
  const run = (list: string[], warmup: number, measured: number): Throughput => {
    const chars = list.reduce((n, t) => n + t.length, 0);
    const pipe: number[] = [];
    const rx: number[] = [];
    for (let r = 0; r < warmup + measured; r++) {
      // Whole-corpus passes, alternating which goes first; the first `warmup` are not counted.
      let p: number, x: number;
      if (r % 2) {
        x = passRx(list);
        p = passPipe(list);
      } else {
        p = passPipe(list);
        x = passRx(list);
      }
      if (r < warmup) continue;
      pipe.push(p);
      rx.push(x);
    }
    return {
      chars,
      texts: list.length,
      warmup,
      passes: measured,
      charsPerMs: summary(pipe.map((t) => chars / t)),
      ratio: summary(pipe.map((t, i) => t / rx[i])),
      pipeMs: summary(pipe),
      rxMs: summary(rx),
    };
  };
  // The labelled articles are timed warm: their first passes run two to four times slower while V8
  // optimises the pipeline and the cue regexes are compiled (bench-node.ts, LABELLED_WARMUP).
  const res = {
    pages: run(pages, 1, rounds),
    dev: dev.length
      ? run(
          dev.map((a) => a.text),
          DEV_WARMUP,
          DEV_PASSES,
        )
      : null,
    rounds,
  };
  if (sink < 0) log(String(sink)); // keep the results alive
  return res;
}

export type NodeCheck = Awaited<ReturnType<typeof nodeCheck>>;

export function nodeRows(node: NodeCheck, rows: Row[]): void {
  for (const [label, t, budget] of [
    [`corpus pages' text (${node.pages.texts} pages)`, node.pages, BUDGET.charsPerMs],
    [`labelled trade articles, trade-dev.jsonl (${node.dev?.texts ?? 0}; dense with figures)`, node.dev, BUDGET.labelledCharsPerMs],
  ] as const) {
    if (!t) continue;
    rows.push({
      q: `5. Node: annotatePage() throughput (bundled as shipped), ${label}, ${(t.chars / 1e6).toFixed(2)} M chars, ${t.passes} whole passes after ${t.warmup} to warm up`,
      measured: `${sp(t.charsPerMs, 0)} chars/ms (pass: ${fx(t.pipeMs.med, 0)} ms)`,
      budget: `≥ ${budget.toLocaleString('en-US')} chars/ms`,
      ok: t.charsPerMs.med >= budget,
    });
    rows.push({
      q: `5. Node: annotatePage() time ÷ one pass of one regex over the same text, ${label}`,
      measured: `${sp(t.ratio)}× (regex pass: ${fx(t.rxMs.med, 1)} ms)`,
      budget: `≤ ${BUDGET.ratio}×`,
      ok: t.ratio.med <= BUDGET.ratio,
    });
  }
}
