// Official mentions on the present-day articles (default: ../shared/corpus/trade-2025-dev.jsonl),
// scored with and without the generated officials (lib/kb/data/officials.json), so the harm or
// good the generated list does shows in one table, with the share of labelled mentions linked
// to the right knowledge-base entry (issue #18 asks for 90%).
//   npx tsx scripts/kb/score-officials-2025.ts                 the table
//   npx tsx scripts/kb/score-officials-2025.ts --errors        also each miss, false mark and wrong name,
//                                                             and the misses and unlinked mentions by person
//   npx tsx scripts/kb/score-officials-2025.ts --data FILE     another labelled set in the same format
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findOfficials } from '../../lib/officials';
import { bundledKb } from '../../lib/kb/bundled';
import type { KnowledgeBase } from '../../lib/kb/schema';
import type { OfficialMention } from '../../lib/types';
import hand from '../../lib/kb/data/people.json';
import { matchSpans, sameName, score, type LabelledDoc, type Report } from '../score';

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
type DatedDoc = LabelledDoc & { date?: string };
const docs: DatedDoc[] = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** The knowledge base as it was before the generated officials: people.json alone. */
const handOnly = { ...bundledKb, people: hand } as KnowledgeBase;

/** The detector as the pipeline runs it, given the article's date as the page's date. */
function found(kb: KnowledgeBase): OfficialMention[][] {
  return docs.map((doc) => findOfficials(doc.text, kb, { date: doc.date }));
}

function officials(kb: KnowledgeBase, mentions: OfficialMention[][]): Report {
  return score(docs.map((doc, i) => ({ doc, figures: [], officials: mentions[i] })));
}

/** What became of each labelled mention: linked to its person's entry, or why not. */
type Outcome = 'linked' | 'wrong entry' | 'not linked' | 'missed';

function outcomes(mentions: OfficialMention[][]) {
  const out: Array<{ doc: DatedDoc; gold: LabelledDoc['officials'][number]; outcome: Outcome; got?: OfficialMention }> = [];
  docs.forEach((doc, i) => {
    const m = matchSpans(doc.officials, mentions[i]);
    for (const gold of m.missed) out.push({ doc, gold, outcome: 'missed' });
    for (const [gold, got] of m.pairs) {
      const outcome = !got.kb ? 'not linked' : sameName(gold.name, got.name) ? 'linked' : 'wrong entry';
      out.push({ doc, gold, outcome, got });
    }
  });
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, r: Report, linked: number) => {
  const p = r.officials;
  return `${label.padEnd(30)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}   ${pct(r.nameAccuracy)}%   ${pct(linked)}%`;
};
const linkedShare = (o: ReturnType<typeof outcomes>) => (o.length ? o.filter((x) => x.outcome === 'linked').length / o.length : 1);

const handFound = found(handOnly);
const allFound = found(bundledKb);
const before = officials(handOnly, handFound);
const after = officials(bundledKb, allFound);
const afterOutcomes = outcomes(allFound);
if (args.includes('--errors')) {
  const aboutOfficials = (e: Report['errors'][number]) => e.kind === 'NAME' || e.what.startsWith('official ');
  for (const e of after.errors.filter(aboutOfficials)) console.log(`${e.kind.padEnd(5)} ${e.doc}  ${e.what}\n      ${e.context}`);
  console.log('');
  // The misses and unlinked mentions by person, so one missing entry or alias shows as one line.
  const groups = new Map<string, string[]>();
  for (const o of afterOutcomes) {
    if (o.outcome === 'linked') continue;
    const key = `${o.outcome.padEnd(11)} ${o.gold.name}`;
    const what = o.outcome === 'wrong entry' ? `${o.doc.id} "${o.gold.text}" → ${o.got?.name}` : `${o.doc.id} "${o.gold.text}"`;
    groups.set(key, [...(groups.get(key) ?? []), what]);
  }
  for (const [key, where] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    console.log(`${String(where.length).padStart(3)}  ${key}: ${where.join(', ')}`);
  }
  console.log('');
}
console.log(
  `Official mentions in ${dataFile.replace(root, '')}: ${docs.length} articles, ${docs.reduce((n, d) => n + d.officials.length, 0)} labelled mentions`,
);
console.log(`${''.padEnd(30)}  prec. recall    F1     tp   fp   fn   name right   linked`);
console.log(row(`people.json alone (${hand.length})`, before, linkedShare(outcomes(handFound))));
console.log(row(`with officials.json (${bundledKb.people.length})`, after, linkedShare(afterOutcomes)));
