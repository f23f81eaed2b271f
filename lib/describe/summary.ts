// The page summary shown in the toolbar popup: officials (once each, with role and count)
// and trade figures, in page order. Built from the findings the page shows as marks.
import type { Finding } from '../types';
import type { KnowledgeBase } from '../kb/schema';
import { formatMoneyShort, formatPercent } from './format';

export interface SummaryFigure {
  /** The id of the figure's mark on the page, for scroll-to. */
  markId: string;
  text: string;
  amount: string;
  measure?: string;
  kind: 'money' | 'percent';
  value: number;
  currency: string | null;
  kb?: string;
}

export interface SummaryOfficial {
  /** The id of the first mark naming this person. */
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

export function summarise(findings: Iterable<Finding>, kb: KnowledgeBase): PageSummary {
  const figures: SummaryFigure[] = [];
  const byPerson = new Map<string, SummaryOfficial>();
  for (const finding of findings) {
    if (finding.kind === 'figure') {
      const f = finding.figure;
      if (!f.trade) continue;
      figures.push({
        markId: finding.id,
        text: f.text,
        amount: f.kind === 'money' ? formatMoneyShort(f.value, f.currency) : formatPercent(f.value, f.points),
        measure: f.measure,
        kind: f.kind,
        value: f.value,
        currency: f.currency,
        kb: f.kb,
      });
      continue;
    }
    const o = finding.official;
    const key = o.kb ?? `page:${o.name}`;
    const seen = byPerson.get(key);
    if (seen) {
      seen.mentions++;
      continue;
    }
    const person = o.kb ? kb.people.find((p) => p.id === o.kb) : undefined;
    const term = person?.terms[person.terms.length - 1];
    byPerson.set(key, { markId: finding.id, name: person?.name ?? o.name, role: term?.title ?? term?.role ?? o.role, mentions: 1, known: Boolean(person) });
  }
  return { figures, officials: [...byPerson.values()] };
}
