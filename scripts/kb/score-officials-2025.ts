// Official mentions on the present-day articles (default: ../shared/corpus/trade-2025-dev.jsonl),
// scored with and without the generated officials (lib/kb/data/officials.json), so the harm or
// good the generated list does shows in one table.
//   npx tsx scripts/kb/score-officials-2025.ts                 the table
//   npx tsx scripts/kb/score-officials-2025.ts --errors        also each miss, false mark and wrong name
//   npx tsx scripts/kb/score-officials-2025.ts --data FILE     another labelled set in the same format
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotate } from '../../lib/pipeline';
import { bundledKb } from '../../lib/kb/bundled';
import type { KnowledgeBase } from '../../lib/kb/schema';
import hand from '../../lib/kb/data/people.json';
import { score, type LabelledDoc, type Report } from '../score';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataFile = opt('--data') ?? `${root}../shared/corpus/trade-2025-dev.jsonl`;
if (!existsSync(dataFile)) {
  process.stderr.write(`score-officials-2025: no labelled data at ${dataFile} (it lives in ../shared/corpus beside the checkout)\n`);
  process.exit(2);
}
const docs: LabelledDoc[] = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** The knowledge base as it was before the generated officials: people.json alone. */
const handOnly = { ...bundledKb, people: hand } as KnowledgeBase;

function officials(kb: KnowledgeBase): Report {
  return score(docs.map((doc) => ({ doc, figures: [], officials: annotate(doc.text, { kb }).officials })));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, r: Report) => {
  const p = r.officials;
  return `${label.padEnd(30)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}   ${pct(r.nameAccuracy)}%`;
};

const before = officials(handOnly);
const after = officials(bundledKb);
if (args.includes('--errors')) {
  const aboutOfficials = (e: Report['errors'][number]) => e.kind === 'NAME' || e.what.startsWith('official ');
  for (const e of after.errors.filter(aboutOfficials)) console.log(`${e.kind.padEnd(5)} ${e.doc}  ${e.what}\n      ${e.context}`);
  console.log('');
}
console.log(
  `Official mentions in ${dataFile.replace(root, '')}: ${docs.length} articles, ${docs.reduce((n, d) => n + d.officials.length, 0)} labelled mentions`,
);
console.log(`${''.padEnd(30)}  prec. recall    F1     tp   fp   fn   name right`);
console.log(row(`people.json alone (${hand.length})`, before));
console.log(row(`with officials.json (${bundledKb.people.length})`, after));
