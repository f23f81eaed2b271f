// Would compromise pay in the pipeline? Footnote's officials finder (findOfficials) scored on the
// labelled present-day articles with and without compromise's people() as an extra source of
// untitled names, and what each costs per 1,000 characters on this machine. Nothing here is wired
// into lib/: the numbers are for deciding (README, "Where compromise runs, and why").
//   npx tsx scripts/kb/measure-compromise.ts [--data FILE.jsonl] [--rounds N] [--errors]
// Variants:
//   footnote                 findOfficials alone (what the extension runs)
//   + people()               every name compromise finds that no Footnote mention covers, as an
//                            official mention (unlinked: it counts only where an official is labelled)
//   + people(), filtered     only names shaped like a person's (2-4 words of letters: not "April",
//                            "Photo/Markus Schreiber") with no title and no affiliation: a name with
//                            an office title is Footnote's already, so a title compromise sees there
//                            ("ING economist …") or "… of Capital Economics" marks someone else
//   … + later surnames       and their later bare surnames, as Footnote's later-mentions pass would
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { findOfficials } from '../../lib/officials';
import { annotate } from '../../lib/pipeline';
import { bundledKb } from '../../lib/kb/bundled';
import { roleAfter, roleBefore } from '../../lib/officials/roles';
import { shortForms } from '../../lib/officials/names';
import { score, type LabelledDoc, type Report } from '../score';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
for (const a of args) if (a.startsWith('--') && !['--data', '--rounds', '--errors'].includes(a)) fail(`unknown option ${a}`, 2);
const dataFile = opt('--data') ?? `${root}../shared/corpus/trade-2025-dev.jsonl`;
const rounds = Number(opt('--rounds') ?? 7);
if (!Number.isInteger(rounds) || rounds < 1) fail('--rounds needs a whole number of at least 1', 2);
if (!existsSync(dataFile)) fail(`no labelled data at ${dataFile} (it lives in ../shared/corpus beside the checkout)`, 2);

function fail(message: string, code: number): never {
  process.stderr.write(`measure-compromise: ${message}\n`);
  process.exit(code);
}

// What a fresh context (a tab's content script) would pay before its first parse, timed in a plain
// Node process (tsx's loader would be timed too here).
const COLD = `const t0 = performance.now(); const { default: nlp } = await import('compromise'); const t1 = performance.now();
nlp('Commerce Secretary Wilbur Ross said so.').people().json(); console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`;
const cold = spawnSync(process.execPath, ['--input-type=module', '-e', COLD], { cwd: root, encoding: 'utf8' });
if (cold.status !== 0) fail(`cannot time compromise's cold start: ${cold.stderr}`, 1);
const [importMs, firstCallMs] = JSON.parse(cold.stdout) as [number, number];
const { default: nlp } = await import('compromise');

// Imported after the timing above: it loads compromise, which must be timed alone.
const { compromiseNames } = await import('./draft/compromise-names');
type CompromiseName = import('./draft/compromise-names').CompromiseName;
type Pred = { start: number; end: number; text: string; name: string };

const docs: LabelledDoc[] = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const chars = docs.reduce((n, d) => n + d.text.length, 0);

const overlaps = (a: Pred, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const lineOf = (text: string, pos: number) => {
  const nl = text.indexOf('\n', pos);
  return { start: text.lastIndexOf('\n', pos - 1) + 1, end: nl < 0 ? text.length : nl };
};
const PERSON_SHAPED = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
const AFFILIATION = /^,?\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u;
/** Someone Footnote's finder would not mark for a reason: a title that is no office, or an employer. */
const titledOrAffiliated = (text: string, n: CompromiseName) => {
  if (n.title || AFFILIATION.test(text.slice(n.end, n.end + 40))) return true;
  const line = lineOf(text, n.start);
  const ctx = { isOfficialName: () => false };
  return roleBefore(text, n.start, line.start, ctx) !== null || roleAfter(text, n.end, line.end, ctx) !== null;
};

interface Variant {
  label: string;
  officials: (text: string) => Pred[];
}

function withCompromise(text: string, base: Pred[], opts: { filtered: boolean; surnames: boolean }): Pred[] {
  const out = [...base];
  for (const n of compromiseNames(text, { titles: opts.filtered })) {
    const p: Pred = { start: n.start, end: n.end, text: n.text, name: n.text };
    if (out.some((o) => overlaps(o, p))) continue;
    if (opts.filtered && (!PERSON_SHAPED.test(n.text) || titledOrAffiliated(text, n))) continue;
    out.push(p);
    if (!opts.surnames) continue;
    for (const form of shortForms(n.text)) {
      if (form === n.text) continue;
      const re = new RegExp(`(?<!\\p{L})${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'gu');
      re.lastIndex = n.end;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const s: Pred = { start: m.index, end: m.index + form.length, text: form, name: n.text };
        if (!out.some((o) => overlaps(o, s))) out.push(s);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const footnote = (text: string): Pred[] => findOfficials(text, bundledKb);
const variants: Variant[] = [
  { label: 'footnote (findOfficials)', officials: footnote },
  { label: '+ people()', officials: (t) => withCompromise(t, footnote(t), { filtered: false, surnames: false }) },
  { label: '+ people(), filtered', officials: (t) => withCompromise(t, footnote(t), { filtered: true, surnames: false }) },
  { label: '+ people(), filtered, later surnames', officials: (t) => withCompromise(t, footnote(t), { filtered: true, surnames: true }) },
];

const reports: { v: Variant; r: Report }[] = variants.map((v) => ({
  v,
  r: score(docs.map((doc) => ({ doc, figures: [], officials: v.officials(doc.text) }))),
}));

// Time: every article once per round, the three costs interleaved; the first round warms up.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timings = { pipeline: [] as number[], officials: [] as number[], parse: [] as number[], compromise: [] as number[] };
const time = (f: () => unknown) => {
  const s = performance.now();
  f();
  return performance.now() - s;
};
for (let r = 0; r <= rounds; r++) {
  let pipe = 0;
  let off = 0;
  let parse = 0;
  let comp = 0;
  for (const d of docs) {
    pipe += time(() => annotate(d.text));
    off += time(() => findOfficials(d.text, bundledKb));
    parse += time(() => nlp(d.text));
    comp += time(() => compromiseNames(d.text));
  }
  if (r === 0) continue;
  timings.parse.push(parse);
  timings.pipeline.push(pipe);
  timings.officials.push(off);
  timings.compromise.push(comp);
}
const perK = (ms: number) => (ms / chars) * 1000;

const require = createRequire(import.meta.url);
const gz = (path: string) => gzipSync(readFileSync(require.resolve(path))).length / 1024;
const bundles = {
  // The package's prebuilt, minified files: what a bundler would add for `compromise` and `compromise/one`.
  three: gz('compromise'),
  one: gz('compromise/one'),
};

if (args.includes('--errors')) {
  // What each variant changes against Footnote alone: mentions it gains (+) and false marks it adds (FP).
  const key = (e: Report['errors'][number]) => `${e.doc} ${e.kind} ${e.start}`;
  const base = new Set(reports[0].r.errors.map(key));
  for (const { v, r } of reports.slice(1)) {
    const now = new Set(r.errors.map(key));
    for (const e of reports[0].r.errors) if (e.kind === 'FN' && !now.has(key(e))) console.log(`${v.label.padEnd(38)} +  ${e.doc} ${e.what}: ${e.context}`);
    for (const e of r.errors) if (e.kind === 'FP' && !base.has(key(e))) console.log(`${v.label.padEnd(38)} FP ${e.doc} ${e.what}: ${e.context}`);
  }
  console.log('');
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(
  `Officials on ${dataFile.replace(root, '')}: ${docs.length} articles, ${chars.toLocaleString('en-US')} characters, ${docs.reduce((n, d) => n + d.officials.length, 0)} labelled mentions`,
);
console.log(`${''.padEnd(40)}prec. recall    F1    tp   fp   fn`);
for (const { v, r } of reports) {
  const o = r.officials;
  console.log(
    `${v.label.padEnd(38)} ${pct(o.precision)}  ${pct(o.recall)}  ${pct(o.f1)}  ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)}`,
  );
}
const ms = (label: string, xs: number[]) => console.log(`${label.padEnd(44)} ${perK(median(xs)).toFixed(3).padStart(7)} ms`);
console.log(`\nTime per 1,000 characters (median of ${rounds} rounds, Node ${process.versions.node}):`);
ms('whole pipeline (annotate)', timings.pipeline);
ms('findOfficials alone', timings.officials);
ms('compromise parse, nlp(text)', timings.parse);
ms('compromise parse + people() with offsets', timings.compromise);
console.log(`compromise over the pipeline: ${(median(timings.compromise) / median(timings.pipeline)).toFixed(1)}x`);
console.log(`compromise cold start: import ${importMs.toFixed(0)} ms, first call ${firstCallMs.toFixed(0)} ms`);
console.log(`compromise bundle, gzip: ${bundles.three.toFixed(0)} KB (full, what people() needs), ${bundles.one.toFixed(0)} KB (tokenizer only)`);
