// Like with like: a relation on a card or in the popup sets two amounts side by side only when
// they cover the same period (no annual figure as a share of one month's imports, no 2017 total
// against a 2024 figure). A figure's period is the statistic it states, else its knowledge-base
// fact's year; a fact dated to a month or day is an announcement, not a period. Where either
// period is unknown the relation stands, as before periods were read.
import type { LinkedStat } from '../kb/stats/read';
import { parsePeriod, type Period } from '../kb/stats/period';

export function periodOf(f: { stat?: Pick<LinkedStat, 'period'> }, fact?: { date: string }): Period | undefined {
  if (f.stat) return parsePeriod(f.stat.period);
  return fact && /^\d{4}$/.test(fact.date) ? parsePeriod(fact.date) : undefined;
}

/** False only when both periods are known and differ (in length or in time). */
export function comparable(a: Period | undefined, b: Period | undefined): boolean {
  return !a || !b || (a.first === b.first && a.last === b.last);
}

/** False only when both figures state statistics between different parties (a deficit with China
 * is no part of exports to Canada). */
export function sameParties(a?: Pick<LinkedStat, 'reporter' | 'partner'>, b?: Pick<LinkedStat, 'reporter' | 'partner'>): boolean {
  return !a || !b || (a.reporter === b.reporter && a.partner === b.partner);
}

const FLOW_WORDS: Record<LinkedStat['flow'], RegExp> = {
  balance: /deficit|surplus|balance/i,
  exports: /exports?\b/i,
  imports: /imports?\b/i,
  total: /two-way|total trade|bilateral trade/i,
};

/** Whether a reference total ("the 2017 US goods deficit with China") measures what the statistic does. */
export function sameMeasure(stat: LinkedStat, partnerName: string | undefined, label: string): boolean {
  if (stat.reporter !== 'US' || !partnerName) return false;
  return FLOW_WORDS[stat.flow].test(label) && label.toLowerCase().includes(partnerName.toLowerCase());
}
