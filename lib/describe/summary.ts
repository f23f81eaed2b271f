// The page summary shown in the toolbar popup: officials (once each, with role and count)
// and trade figures in page order. Built from the same annotations the page shows.
import type { Annotations } from '../types';
import type { KnowledgeBase } from '../kb/schema';
import { formatMoneyShort, formatPercent } from './format';

export interface SummaryFigure {
  /** The mark id on the page ("f3"), for scroll-to. */
  markId: string;
  text: string;
  amount: string;
  measure?: string;
  kind: 'money' | 'percent';
  value: number;
  currency: string | null;
}

export interface SummaryOfficial {
  markId: string;
  name: string;
  role?: string;
  mentions: number;
  known: boolean;
}

export interface PageSummary {
  figures: SummaryFigure[];
  officials: SummaryOfficial[];
}

export const figureMarkId = (index: number) => `f${index}`;
export const officialMarkId = (index: number) => `o${index}`;

export function summarise(a: Annotations, kb: KnowledgeBase): PageSummary {
  const figures: SummaryFigure[] = [];
  a.figures.forEach((f, i) => {
    if (!f.trade) return;
    figures.push({
      markId: figureMarkId(i),
      text: f.text,
      amount: f.kind === 'money' ? formatMoneyShort(f.value, f.currency) : formatPercent(f.value, f.points),
      measure: f.measure,
      kind: f.kind,
      value: f.value,
      currency: f.currency,
    });
  });
  const byPerson = new Map<string, SummaryOfficial>();
  a.officials.forEach((o, i) => {
    const key = o.kb ?? `page:${o.name}`;
    const seen = byPerson.get(key);
    if (seen) {
      seen.mentions++;
      return;
    }
    const person = o.kb ? kb.people.find((p) => p.id === o.kb) : undefined;
    const term = person?.terms[person.terms.length - 1];
    byPerson.set(key, { markId: officialMarkId(i), name: o.name, role: term?.title ?? term?.role ?? o.role, mentions: 1, known: Boolean(person) });
  });
  return { figures, officials: [...byPerson.values()] };
}
