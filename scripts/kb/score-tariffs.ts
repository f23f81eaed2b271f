// Prints every tariff-action link the pipeline makes on the labelled corpora, for a person to
// judge (the corpora carry no tariff labels): the sentence around the figure → the action.
//   npx tsx scripts/kb/score-tariffs.ts                 both trade corpora
//   npx tsx scripts/kb/score-tariffs.ts --data FILE     another JSONL of { id, date?, text }
//   npx tsx scripts/kb/score-tariffs.ts --misses        also the tariff rates left unlinked
// Each article's `date` is the page's date; without one the linker takes today's.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { annotate } from '../../lib/pipeline';
import { linkTariffAction, type TariffLink } from '../../lib/kb/tariffs';
import { ROOT } from './run';

interface Doc {
  id: string;
  date?: string;
  text: string;
}

const args = process.argv.slice(2);
const data = args.includes('--data')
  ? [args[args.indexOf('--data') + 1]]
  : ['trade-2025-dev.jsonl', 'trade-dev.jsonl'].map((f) => `${ROOT}../shared/corpus/${f}`);
const showMisses = args.includes('--misses');

const context = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 100), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 60)}`.replace(/\s+/g, ' ');

const describe = (l: TariffLink) => {
  const parts = [l, ...l.with].map((p) => `${p.id}${p.rate !== undefined ? ` (${p.rate}%)` : ''}`).join(' + ');
  return `${parts} · ${l.authorityName} · ${l.timing} on ${l.date} (${l.dateFrom}) · in force on the page's date: ${l.allInForce}`;
};

let figures = 0;
let links = 0;
let ms = 0;
for (const file of data) {
  if (!existsSync(file)) {
    process.stderr.write(`score-tariffs: no corpus at ${file}\n`);
    process.exit(2);
  }
  const docs: Doc[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  console.log(`\n== ${file.replace(ROOT, '')} (${docs.length} articles)`);
  for (const doc of docs) {
    for (const f of annotate(doc.text).figures) {
      if (!f.trade) continue;
      figures++;
      const t0 = performance.now();
      const link = linkTariffAction(doc.text, f, doc.date);
      ms += performance.now() - t0;
      if (link) {
        links++;
        console.log(`${doc.id} ${doc.date ?? '(no date)'}  ${context(doc.text, f.start, f.end)}\n    → ${describe(link)}`);
      } else if (showMisses && f.kind === 'percent' && f.measure === 'tariffs') {
        console.log(`${doc.id} ${doc.date ?? '(no date)'}  unlinked: ${context(doc.text, f.start, f.end)}`);
      }
    }
  }
}
console.log(`\n${links} links on ${figures} trade figures; ${(ms / Math.max(1, figures)).toFixed(3)} ms a figure in the linker`);
