// Evaluation of the pipeline on labelled articles (default: ../shared/corpus/trade-dev.jsonl).
//   npm run eval                    the score table
//   npm run eval -- --errors        also every false positive and negative, with context
//   npm run eval -- --check         exit 1 if any score falls below tests/eval-floors.json
//   npm run eval -- --data FILE     another labelled set in the same format
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotate, annotatePage } from '../lib/pipeline';
import { mightHaveFindings } from '../lib/prefilter';
import { score, type LabelledDoc, type Report } from './score';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataFile = opt('--data') ?? `${root}../shared/corpus/trade-dev.jsonl`;
const floorsFile = `${root}tests/eval-floors.json`;

if (!existsSync(dataFile)) {
  process.stderr.write(`eval: no labelled data at ${dataFile} (it lives in ../shared/corpus beside the checkout)\n`);
  process.exit(2);
}
const docs: LabelledDoc[] = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const t0 = performance.now();
const results = docs.map((doc) => ({ doc, ...annotate(doc.text) }));
const ms = performance.now() - t0;
const report = score(results);

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, p: Report['figures']) =>
  `${label.padEnd(22)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}`;

if (args.includes('--errors')) {
  for (const e of report.errors) console.log(`${e.kind.padEnd(8)} ${e.doc}  ${e.what}\n         ${e.context}`);
  console.log('');
}
const chars = docs.reduce((n, d) => n + d.text.length, 0);
console.log(`Evaluation on ${dataFile.replace(root, '')}: ${docs.length} articles, ${chars.toLocaleString('en-US')} characters, ${ms.toFixed(0)} ms`);
console.log(`${''.padEnd(22)}  prec. recall    F1     tp   fp   fn`);
console.log(row('all figures', report.figures));
console.log(row('trade figures', report.tradeFigures));
console.log(row('official mentions', report.officials));
console.log(`value accuracy         ${pct(report.valueAccuracy)}%  of ${report.valueCount} matched figures (within 0.5%)`);
console.log(`canonical name right   ${pct(report.nameAccuracy)}%  of ${report.nameCount} matched mentions`);
// The content script's gate (lib/prefilter.ts) must let through every article the extension
// would mark something in: what it stops is never annotated.
const marked = docs.filter((d) => {
  const a = annotatePage(d.text);
  return a.figures.some((f) => f.trade) || a.officials.length > 0;
});
const gated = marked.filter((d) => !mightHaveFindings(d.text));
const gateRecall = marked.length ? (marked.length - gated.length) / marked.length : 1;
console.log(
  `gate lets through     ${pct(gateRecall)}%  of ${marked.length} articles with something to mark${gated.length ? ` (stopped: ${gated.map((d) => d.id).join(', ')})` : ''}`,
);

if (args.includes('--check')) {
  const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<string, number>;
  const actual: Record<string, number> = {
    allFigureF1: report.figures.f1,
    tradeFigureF1: report.tradeFigures.f1,
    officialF1: report.officials.f1,
    valueAccuracy: report.valueAccuracy,
    nameAccuracy: report.nameAccuracy,
    gateRecall,
  };
  const below = Object.entries(floors).filter(([k, floor]) => !(actual[k] >= floor));
  for (const [k, floor] of below) console.error(`eval: ${k} ${actual[k]?.toFixed(3)} is below its floor ${floor}`);
  if (below.length) process.exit(1);
  console.log(`eval: every score is at or above its floor (${floorsFile.replace(root, '')})`);
}
