// The page summary shown in the toolbar popup: officials (once each, with role and count),
// trade figures in page order, and how the statistics among them compare with the official
// series. Built from the findings the page shows as marks.
import type { Figure, Finding } from '../types';
import type { KnowledgeBase } from '../kb/schema';
import type { Verdict } from '../kb/stats/check';
import { t } from '../i18n';
import { formatMoneyShort, formatPercent } from './format';
import { periodOf } from './like';

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
  /** The period its number covers (a statistic's, or its fact's year), for relating like with like. */
  period?: string;
  /** The statistic's reporter and partner, when it states one. */
  parties?: { reporter: string; partner: string };
  /** How it compares with the official series, when it was checked. */
  verdict?: Verdict;
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

/** Checked statistics: how many, how many agree (within rounding or revisions), how many differ. */
export interface StatTally {
  checked: number;
  agree: number;
  differ: number;
}

export function tallyStats(figures: readonly SummaryFigure[]): StatTally {
  const checked = figures.filter((f) => f.verdict);
  const agree = checked.filter((f) => f.verdict !== 'differs').length;
  return { checked: checked.length, agree, differ: checked.length - agree };
}

/** "3 statistics checked against official series: 2 agree, 1 differs"; '' when none was checked. */
export function statTallyText(tally: StatTally): string {
  if (!tally.checked) return '';
  const head = tally.checked === 1 ? t('popup_stats_one') : t('popup_stats_n', tally.checked);
  const parts: string[] = [];
  if (tally.agree) parts.push(tally.agree === 1 ? t('popup_stats_agree_one') : t('popup_stats_agree_n', tally.agree));
  if (tally.differ) parts.push(tally.differ === 1 ? t('popup_stats_differ_one') : t('popup_stats_differ_n', tally.differ));
  return t('popup_stats_line', head, parts.join(', '));
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
        ...likeness(f, kb),
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

function likeness(f: Figure, kb: KnowledgeBase): Partial<SummaryFigure> {
  const period = periodOf(f, f.kb ? kb.facts.find((x) => x.id === f.kb) : undefined);
  return {
    ...(period ? { period: period.text } : {}),
    ...(f.stat ? { parties: { reporter: f.stat.reporter, partner: f.stat.partner } } : {}),
    ...(f.check ? { verdict: f.check.verdict } : {}),
  };
}
