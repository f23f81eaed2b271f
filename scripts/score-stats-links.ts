// Scoring statistic links (a figure's `stat`) and official mentions linked to a knowledge-base
// entry, against the labels of the present-day corpus (LABELING.md: a link is right when its span
// matches and reporter, partner, flow and period agree; scope is not scored).
import { lookupStat } from '../lib/kb/stats';
import { normalisePeriod } from '../lib/kb/stats/period';
import type { Flow, Scope } from '../lib/kb/stats/types';
import type { Figure, OfficialMention } from '../lib/types';
import { matchSpans, type ErrorItem, type GoldFigure, type GoldOfficial, type LabelledDoc, type Span } from './score';

export interface GoldStat {
  reporter: string;
  partner: string;
  flow: string;
  scope?: string;
  period: string;
}

export interface StatReport {
  /** Labelled statistics, links made, links right. */
  gold: number;
  links: number;
  right: number;
  precision: number;
  recall: number;
  /** Recall on the labelled US statistics whose series the knowledge base holds. */
  heldRecall: number;
  held: number;
  /** Of the right links that were checked, the share judged `agrees` or `close`. */
  matchingShare: number;
  checked: number;
}

export interface LinkedReport {
  /** Labelled official mentions found and linked to a knowledge-base entry, of all labelled. */
  share: number;
  linked: number;
  labelled: number;
}

type Doc = Omit<LabelledDoc, 'figures'> & { figures: (GoldFigure & { stat?: GoldStat })[] };

const sameStat = (g: GoldStat, s: NonNullable<Figure['stat']>) =>
  g.reporter === s.reporter && g.partner === s.partner && g.flow === s.flow && normalisePeriod(g.period) === normalisePeriod(s.period);

/** A labelled US statistic whose series the knowledge base holds. */
const isHeld = (g: GoldStat) =>
  g.reporter === 'US' &&
  lookupStat({ reporter: 'US', partner: g.partner, flow: g.flow as Flow, scope: (g.scope ?? 'goods') as Scope, period: g.period }) !== undefined;

export function scoreStatLinks(
  docs: Array<{ doc: Doc; figures: Figure[] }>,
  err: (doc: LabelledDoc, kind: ErrorItem['kind'], s: Span, what: string) => void,
): StatReport {
  let gold = 0;
  let links = 0;
  let right = 0;
  let held = 0;
  let heldRight = 0;
  let checked = 0;
  let matching = 0;
  for (const { doc, figures } of docs) {
    const labelled = doc.figures.filter((f) => f.stat);
    const linked = figures.filter((f) => f.stat);
    gold += labelled.length;
    links += linked.length;
    for (const g of labelled) if (isHeld(g.stat!)) held++;
    const m = matchSpans(labelled, linked);
    for (const [g, p] of m.pairs) {
      if (!sameStat(g.stat!, p.stat!)) {
        err(doc, 'STAT', p, `linked ${JSON.stringify(p.stat)}, labelled ${JSON.stringify(g.stat)}`);
        continue;
      }
      right++;
      if (isHeld(g.stat!)) heldRight++;
      if (!p.check) continue;
      checked++;
      if (p.check.verdict !== 'differs') matching++;
      else err(doc, 'STAT', p, `differs from the official ${p.check.official}`);
    }
    for (const g of m.missed) err(doc, 'STAT', g, `statistic not linked: ${JSON.stringify(g.stat)}`);
    for (const p of m.spurious) err(doc, 'STAT', p, `linked ${JSON.stringify(p.stat)}, labelled no statistic`);
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    gold,
    links,
    right,
    precision: ratio(right, links),
    recall: ratio(right, gold),
    heldRecall: ratio(heldRight, held),
    held,
    matchingShare: ratio(matching, checked),
    checked,
  };
}

export function scoreLinkedOfficials(docs: Array<{ doc: LabelledDoc; officials: OfficialMention[] }>): LinkedReport {
  let labelled = 0;
  let linked = 0;
  for (const { doc, officials } of docs) {
    labelled += doc.officials.length;
    const m = matchSpans<GoldOfficial, OfficialMention>(doc.officials, officials);
    linked += m.pairs.filter(([, p]) => p.kb).length;
  }
  return { share: labelled ? linked / labelled : 1, linked, labelled };
}
