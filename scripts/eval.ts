// Evaluation of the pipeline on labelled articles: by default both development sets beside the
// checkout, ../shared/corpus/trade-dev.jsonl (1987 and 2018-19) and trade-2025-dev.jsonl
// (present-day, with each article's date and its statistics labelled).
//   npm run eval                    the score tables
//   npm run eval -- --errors        also every false positive and negative, with context, by kind
//   npm run eval -- --check         exit 1 if any score falls below tests/eval-floors.json
//   npm run eval -- --data FILE     another labelled set in the same format (floors: none)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, annotatePage } from '../lib/pipeline';
import { mightHaveFindings } from '../lib/prefilter';
import { articleDate, context, score, type ErrorItem, type LabelledDoc, type Report, type Span } from './score';
import { scoreMeasures, type MeasureLabels } from './score-measures';
import { scoreLinkedOfficials, scoreStatLinks } from './score-stats-links';
import { pageGateRecall as measurePageGate } from './gate-recall';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const DEFAULT_SETS = ['trade-dev.jsonl', 'trade-2025-dev.jsonl'].map((f) => `${root}../shared/corpus/${f}`);
const dataFiles = opt('--data') ? [opt('--data')!] : DEFAULT_SETS;
const floorsFile = `${root}tests/eval-floors.json`;
const measureLabels = JSON.parse(readFileSync(`${root}tests/fixtures/measure-labels.json`, 'utf8')) as MeasureLabels;

for (const file of dataFiles) {
  if (!existsSync(file)) {
    process.stderr.write(`eval: no labelled data at ${file} (it lives in ../shared/corpus beside the checkout)\n`);
    process.exit(2);
  }
}

/** The seed article(s) beside the checkout, as labelled articles without labels. */
function seedArticles(): Array<{ id: string; text: string }> {
  const dir = `${root}../shared/seeds`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: `seed ${f}`, text: readFileSync(`${dir}/${f}`, 'utf8') }));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, p: Report['figures']) =>
  `${label.padEnd(22)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}`;

/** Evaluates one labelled set, prints its table, and returns its scores by floor name. */
function evaluate(file: string): Record<string, number> {
  const docs: LabelledDoc[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const t0 = performance.now();
  // Each article read with its date, as the browser reads a page with its metadata.
  const results = docs.map((doc) => ({ doc, ...annotate(doc.text, { date: articleDate(doc) }) }));
  const ms = performance.now() - t0;
  const report = score(results);
  const extraErrors: ErrorItem[] = [];
  const err = (doc: LabelledDoc, kind: ErrorItem['kind'], s: Span, what: string) =>
    extraErrors.push({ doc: doc.id, kind, what, start: s.start, end: s.end, context: context(doc.text, s) });
  const hasStats = docs.some((d) => d.figures.some((f) => 'stat' in f));
  const stats = hasStats ? scoreStatLinks(results as never, err) : undefined;
  const linked = scoreLinkedOfficials(results);
  const measures = scoreMeasures(results, measureLabels);
  extraErrors.push(...measures.errors);

  if (args.includes('--errors')) {
    // Grouped by kind, so that one kind of mistake reads as one list.
    const all = [...report.errors, ...extraErrors];
    for (const kind of [...new Set(all.map((e) => e.kind))]) {
      const items = all.filter((e) => e.kind === kind);
      console.log(`── ${kind} (${items.length})`);
      for (const e of items) console.log(`${e.doc}  ${e.what}\n         ${e.context}`);
    }
    console.log('');
  }
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`Evaluation on ${file.replace(root, '')}: ${docs.length} articles, ${chars.toLocaleString('en-US')} characters, ${ms.toFixed(0)} ms`);
  console.log(`${''.padEnd(22)}  prec. recall    F1     tp   fp   fn`);
  console.log(row('all figures', report.figures));
  console.log(row('trade figures', report.tradeFigures));
  console.log(row('official mentions', report.officials));
  console.log(`value accuracy         ${pct(report.valueAccuracy)}%  of ${report.valueCount} matched figures (within 0.5%)`);
  console.log(`canonical name right   ${pct(report.nameAccuracy)}%  of ${report.nameCount} matched mentions`);
  if (measures.labelled) console.log(`measure right          ${pct(measures.accuracy)}%  of ${measures.labelled} labelled trade figures`);
  console.log(`officials linked       ${pct(linked.share)}%  of ${linked.labelled} labelled mentions found and linked to an entry`);
  if (stats) {
    console.log(
      `statistic links        ${pct(stats.precision)}  ${pct(stats.recall)}   (${stats.right} right of ${stats.links} links, ${stats.gold} labelled)`,
    );
    console.log(`  US series held       ${pct(stats.heldRecall)}%  recall on the ${stats.held} labelled US statistics the knowledge base holds`);
    console.log(`  agree or close       ${pct(stats.matchingShare)}%  of ${stats.checked} right links checked against the official series`);
  }
  // The content script's gate (lib/prefilter.ts) must let through every article the extension
  // would mark something in: what it stops is never annotated.
  const marked = docs.filter((d) => {
    const a = annotatePage(d.text, { date: articleDate(d) });
    return a.figures.some((f) => f.trade) || a.officials.length > 0;
  });
  const gated = marked.filter((d) => !mightHaveFindings(d.text));
  const gateRecall = marked.length ? (marked.length - gated.length) / marked.length : 1;
  console.log(
    `gate lets through     ${pct(gateRecall)}%  of ${marked.length} articles with something to mark${gated.length ? ` (stopped: ${gated.map((d) => d.id).join(', ')})` : ''}`,
  );
  // The same gate as the content script runs it, sample first, on pages built around each of those
  // articles (and, with the first set, the seed article) with a news site's furniture.
  const pageArticles = [...marked, ...(file === dataFiles[0] ? seedArticles() : [])];
  const pages = measurePageGate(pageArticles);
  const pageGateRecall = pages.pages ? pages.passed / pages.pages : 1;
  console.log(
    `page gate lets through ${pct(pageGateRecall)}%  of ${pages.pages} article pages with furniture (${pageArticles.length} articles × ${pages.pages / Math.max(1, pageArticles.length)} layouts)${pages.missed.length ? `; stopped: ${pages.missed.map((m) => `${m.id} (${m.layout})`).join(', ')}` : ''}`,
  );
  return {
    pageGateRecall,
    allFigureF1: report.figures.f1,
    tradeFigureF1: report.tradeFigures.f1,
    officialF1: report.officials.f1,
    valueAccuracy: report.valueAccuracy,
    nameAccuracy: report.nameAccuracy,
    officialsLinked: linked.share,
    gateRecall,
    ...(measures.labelled ? { measureAccuracy: measures.accuracy } : {}),
    ...(stats ? { statPrecision: stats.precision, statRecall: stats.recall, statHeldRecall: stats.heldRecall, statMatching: stats.matchingShare } : {}),
  };
}

const actual: Record<string, Record<string, number>> = {};
dataFiles.forEach((file, i) => {
  if (i) console.log('');
  actual[basename(file, '.jsonl')] = evaluate(file);
});

if (args.includes('--check')) {
  // Floors by set (the file's name without .jsonl); a set evaluated without floors is reported.
  const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<string, Record<string, number>>;
  const below: string[] = [];
  for (const [set, scores] of Object.entries(actual)) {
    const mine = floors[set];
    if (!mine) {
      below.push(`${set}: no floors in ${floorsFile.replace(root, '')}`);
      continue;
    }
    for (const [k, floor] of Object.entries(mine)) if (!(scores[k] >= floor)) below.push(`${set}: ${k} ${scores[k]?.toFixed(3)} is below its floor ${floor}`);
  }
  for (const line of below) console.error(`eval: ${line}`);
  if (below.length) process.exit(1);
  console.log(`\neval: every score is at or above its floor (${floorsFile.replace(root, '')})`);
}
