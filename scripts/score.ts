// Scoring annotations against labelled articles (the format of ../shared/corpus/LABELING.md).
// Spans match when they overlap; each gold span matches at most one predicted span and
// vice versa, taken in order, so a prediction cannot be counted twice.

export interface Span {
  start: number;
  end: number;
  text?: string;
}
export interface GoldFigure extends Span {
  kind: string;
  value: number;
  high?: number;
  currency: string | null;
  trade: boolean;
}
export interface GoldOfficial extends Span {
  name: string;
  role?: string;
}
export interface LabelledDoc {
  id: string;
  /** The publication date, `YYYY-MM-DD` or `YYYY-MM` (the present-day corpus). */
  date?: string;
  /** Where the text comes from; the older corpus writes the date only here. */
  source?: string;
  text: string;
  figures: GoldFigure[];
  officials: GoldOfficial[];
}

const MONTHS = 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(' ');

/**
 * An article's publication date, as the browser would read it from the page: its `date`, or, in
 * the older corpus, the date its `source` line gives ("date 2019-08-02" for AllSides articles,
 * "17-APR-1987" for Reuters wires).
 */
export function articleDate(doc: { date?: string; source?: string }): string | undefined {
  if (doc.date) return doc.date;
  const iso = /\bdate (\d{4}-\d{2}-\d{2})\b/.exec(doc.source ?? '');
  if (iso) return iso[1];
  const wire = /\b(\d{1,2})-([A-Z]{3})-(\d{4})\b/.exec(doc.source ?? '');
  const month = wire ? MONTHS.indexOf(wire[2]) + 1 : 0;
  return wire && month ? `${wire[3]}-${String(month).padStart(2, '0')}-${wire[1].padStart(2, '0')}` : undefined;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** One-to-one overlap matching of two sorted span lists: pairs of indices plus the unmatched. */
export function matchSpans<G extends Span, P extends Span>(gold: G[], pred: P[]) {
  const pairs: Array<[G, P]> = [];
  const usedPred = new Set<number>();
  const missed: G[] = [];
  for (const g of gold) {
    let found = -1;
    for (let i = 0; i < pred.length; i++) {
      if (usedPred.has(i)) continue;
      if (pred[i].start >= g.end) break;
      if (overlaps(g, pred[i])) {
        found = i;
        break;
      }
    }
    if (found >= 0) {
      usedPred.add(found);
      pairs.push([g, pred[found]]);
    } else missed.push(g);
  }
  const spurious = pred.filter((_, i) => !usedPred.has(i));
  return { pairs, missed, spurious };
}

export function valueAgrees(gold: number, pred: number, tolerance = 0.005): boolean {
  if (gold === 0) return Math.abs(pred) < 1e-9;
  return Math.abs(pred - gold) / Math.abs(gold) <= tolerance;
}

export interface PredFigure extends Span {
  kind: string;
  value: number;
  high?: number;
  currency: string | null;
  trade: boolean;
}
export interface PredOfficial extends Span {
  name: string;
}

export interface ErrorItem {
  doc: string;
  kind: 'FP' | 'FN' | 'VALUE' | 'NAME' | 'TRADE-FP' | 'TRADE-FN' | 'STAT' | 'MEASURE';
  what: string;
  start: number;
  end: number;
  context: string;
}

export interface Report {
  figures: Prf;
  tradeFigures: Prf;
  valueAccuracy: number;
  valueCount: number;
  officials: Prf;
  nameAccuracy: number;
  nameCount: number;
  errors: ErrorItem[];
}

export function context(text: string, s: Span, width = 70): string {
  const a = Math.max(0, s.start - width),
    b = Math.min(text.length, s.end + width);
  return (text.slice(a, s.start) + '[[' + text.slice(s.start, s.end) + ']]' + text.slice(s.end, b)).replace(/\s+/g, ' ');
}

export function score(docs: Array<{ doc: LabelledDoc; figures: PredFigure[]; officials: PredOfficial[] }>): Report {
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const trade: Counts = { tp: 0, fp: 0, fn: 0 };
  const off: Counts = { tp: 0, fp: 0, fn: 0 };
  let valueOk = 0,
    valueN = 0,
    nameOk = 0,
    nameN = 0;
  const errors: ErrorItem[] = [];
  const err = (doc: LabelledDoc, kind: ErrorItem['kind'], s: Span, what: string) =>
    errors.push({ doc: doc.id, kind, what, start: s.start, end: s.end, context: context(doc.text, s) });

  for (const { doc, figures, officials } of docs) {
    const m = matchSpans(doc.figures, figures);
    all.tp += m.pairs.length;
    all.fn += m.missed.length;
    all.fp += m.spurious.length;
    for (const g of m.missed) err(doc, 'FN', g, `figure ${g.kind} ${g.value}${g.trade ? ' (trade)' : ''}`);
    for (const p of m.spurious) err(doc, 'FP', p, `figure ${p.kind} ${p.value}${p.trade ? ' (trade)' : ''}`);
    for (const [g, p] of m.pairs) {
      valueN++;
      if (valueAgrees(g.value, p.value)) valueOk++;
      else err(doc, 'VALUE', p, `value ${p.value}, labelled ${g.value}`);
    }
    const mt = matchSpans(
      doc.figures.filter((f) => f.trade),
      figures.filter((f) => f.trade),
    );
    trade.tp += mt.pairs.length;
    trade.fn += mt.missed.length;
    trade.fp += mt.spurious.length;
    for (const g of mt.missed) err(doc, 'TRADE-FN', g, 'trade figure not marked as trade');
    for (const p of mt.spurious) err(doc, 'TRADE-FP', p, 'marked as trade, labelled not trade (or not a figure)');

    const mo = matchSpans(doc.officials, officials);
    off.tp += mo.pairs.length;
    off.fn += mo.missed.length;
    off.fp += mo.spurious.length;
    for (const g of mo.missed) err(doc, 'FN', g, `official ${g.name}`);
    for (const p of mo.spurious) err(doc, 'FP', p, `official ${p.name}`);
    for (const [g, p] of mo.pairs) {
      nameN++;
      if (sameName(g.name, p.name)) nameOk++;
      else err(doc, 'NAME', p, `name "${p.name}", labelled "${g.name}"`);
    }
  }
  return {
    figures: prf(all),
    tradeFigures: prf(trade),
    officials: prf(off),
    valueAccuracy: valueN ? valueOk / valueN : 1,
    valueCount: valueN,
    nameAccuracy: nameN ? nameOk / nameN : 1,
    nameCount: nameN,
    errors,
  };
}

/**
 * Names compared without their accents: the labels write "Jose Sarney" where the knowledge base
 * gives the name as the person writes it, "José Sarney"; both are the same canonical person.
 */
export function sameName(a: string, b: string): boolean {
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  return a === b || plain(a) === plain(b);
}
