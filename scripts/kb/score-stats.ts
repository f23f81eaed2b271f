// Scores the statistic linking (lib/kb/stats/read) against the `stat` labels of the 2025 corpus.
//   npx tsx scripts/kb/score-stats.ts              scores (a) on the gold figures, (b) on the pipeline's
//   npx tsx scripts/kb/score-stats.ts --errors     also every wrong, spurious and missed link, with context
//   npx tsx scripts/kb/score-stats.ts --data FILE  another labelled set in the same format
// A link is right when its figure's span matches a labelled one (overlap, one to one, as
// scripts/score.ts matches figures) and reporter, partner, flow and period agree (scope is not
// scored: LABELING.md). "US held" are the labelled US statistics whose series lookupStat finds.
import { existsSync, readFileSync } from 'node:fs';
import { annotate } from '../../lib/pipeline';
import { lookupStat } from '../../lib/kb/stats';
import { normalisePeriod } from '../../lib/kb/stats/period';
import { linkStatistic, type LinkableFigure, type StatLink } from '../../lib/kb/stats/read';
import { matchSpans, type GoldFigure } from '../score';
import { ROOT } from './run';

interface GoldStat {
  reporter: string;
  partner: string;
  flow: string;
  scope?: string;
  period: string;
}
interface Doc {
  id: string;
  date?: string;
  text: string;
  figures: (GoldFigure & { stat?: GoldStat })[];
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataFile = opt('--data') ?? `${ROOT}../shared/corpus/trade-2025-dev.jsonl`;
if (!existsSync(dataFile)) {
  process.stderr.write(`score-stats: no labelled data at ${dataFile}\n`);
  process.exit(2);
}
const docs: Doc[] = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const agrees = (g: GoldStat, s: StatLink['stat']) =>
  g.reporter === s.reporter && g.partner === s.partner && g.flow === s.flow && normalisePeriod(g.period) === normalisePeriod(s.period);

const held = (g: GoldStat) =>
  g.reporter === 'US' &&
  lookupStat({ reporter: 'US', partner: g.partner, flow: g.flow as 'balance', scope: (g.scope ?? 'goods') as 'goods', period: g.period }) !== undefined;

const context = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 110), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 50)}`.replace(/\s+/g, ' ');

interface Score {
  links: number;
  right: number;
  gold: number;
  usHeld: number;
  usHeldRight: number;
  checked: number;
  matching: number;
  errors: string[];
}

function score(label: string, figuresOf: (doc: Doc) => LinkableFigure[]): Score {
  const sc: Score = { links: 0, right: 0, gold: 0, usHeld: 0, usHeldRight: 0, checked: 0, matching: 0, errors: [] };
  for (const doc of docs) {
    const figures = figuresOf(doc).filter((f) => f.kind === 'money' && f.trade !== false);
    const links = figures.map((f) => ({ ...f, link: linkStatistic(doc.text, f, doc.date) }));
    const gold = doc.figures.filter((f) => f.stat);
    sc.gold += gold.length;
    const predicted = links.filter((l) => l.link);
    sc.links += predicted.length;
    const { pairs, missed, spurious } = matchSpans(gold, predicted);
    for (const g of gold) if (held(g.stat!)) sc.usHeld++;
    for (const [g, p] of pairs) {
      const link = p.link!;
      const ok = agrees(g.stat!, link.stat);
      if (ok) {
        sc.right++;
        if (held(g.stat!)) sc.usHeldRight++;
        if (link.check) {
          sc.checked++;
          if (link.check.verdict !== 'differs') sc.matching++;
          else sc.errors.push(`differs  ${doc.id} ${JSON.stringify(link.stat)} official ${link.check.official}\n         ${context(doc.text, p.start, p.end)}`);
        }
      } else
        sc.errors.push(`wrong    ${doc.id} gold ${JSON.stringify(g.stat)} got ${JSON.stringify(link.stat)}\n         ${context(doc.text, p.start, p.end)}`);
    }
    for (const g of missed) sc.errors.push(`missed   ${doc.id} ${JSON.stringify(g.stat)}\n         ${context(doc.text, g.start, g.end)}`);
    for (const p of spurious) sc.errors.push(`spurious ${doc.id} ${JSON.stringify(p.link!.stat)}\n         ${context(doc.text, p.start, p.end)}`);
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '  — ').padStart(5);
  console.log(
    `${label.padEnd(30)} ${pct(sc.right, sc.links)}  ${pct(sc.right, sc.gold)}  ${pct(sc.usHeldRight, sc.usHeld)} (${sc.usHeldRight}/${sc.usHeld})  ` +
      `${pct(sc.matching, sc.checked)} of ${sc.checked} checked   links ${sc.links}, right ${sc.right}, gold ${sc.gold}`,
  );
  return sc;
}

console.log(`Statistic links on ${dataFile.replace(ROOT, '')}: ${docs.length} articles`);
console.log(`${''.padEnd(30)} prec. recall US-held        agrees/close`);
const a = score('(a) gold figures and flags', (d) => d.figures.map((f) => ({ ...f, text: f.text ?? d.text.slice(f.start, f.end) })));
const b = score('(b) pipeline figures (trade)', (d) => annotate(d.text).figures);

// Speed: CPU time (the machine is shared, wall time stretches with its load) per trade money
// figure of the pipeline, pages taken in turn so each page's sentences are read afresh, and again
// with the page already read (the second and later figures of a page).
const pages = docs.map((d) => ({ d, figures: annotate(d.text).figures.filter((f) => f.kind === 'money' && f.trade) })).filter((p) => p.figures.length);
const count = pages.reduce((n, p) => n + p.figures.length, 0);
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const ROUNDS = 40;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
function timed(warm: boolean): number {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = cpu();
    for (const { d, figures } of pages) {
      if (warm) for (const f of figures) linkStatistic(d.text, f, d.date);
      const t1 = cpu();
      for (const f of figures) linkStatistic(d.text, f, d.date);
      if (warm) times.push(cpu() - t1);
    }
    if (!warm) times.push(cpu() - t);
  }
  return warm ? times.reduce((a, x) => a + x, 0) / (ROUNDS * count) : median(times) / count;
}
timed(false);
console.log(
  `time: ${timed(false).toFixed(1)} µs CPU per figure, each page read afresh; ${timed(true).toFixed(1)} µs once its page is read (${count} figures, ${pages.length} pages)`,
);
if (args.includes('--errors')) {
  console.log('\n(a)');
  for (const e of a.errors) console.log(e);
  console.log('\n(b)');
  for (const e of b.errors) console.log(e);
}
