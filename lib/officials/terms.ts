// Terms in office against a page's date: who held an office on the day an article appeared.
// Dates in the knowledge base and on pages may be partial ("2013-03", "2017"): a partial start
// counts from its first day, a partial end to its last, and a partial page date is its middle.
import type { Person, Term } from '../kb/schema';

/** An ISO date, possibly partial, as a full YYYY-MM-DD key that compares as a string. */
export function dateKey(date: string, at: 'start' | 'middle' | 'end'): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (m) return `${y}-${m}-${at === 'start' ? '01' : at === 'end' ? '31' : '15'}`;
  return at === 'start' ? `${y}-01-01` : at === 'end' ? `${y}-12-31` : `${y}-07-01`;
}

type Dated = Pick<Term, 'from' | 'to'>;

/** True when the term had begun and not yet ended on `date`. */
export function termCovers(t: Dated, date: string): boolean {
  const day = dateKey(date, 'middle');
  return dateKey(t.from, 'start') <= day && (!t.to || day <= dateKey(t.to, 'end'));
}

/** The terms a person was serving on `date`. */
export function termsOn<T extends Dated>(p: { terms: readonly T[] }, date: string): T[] {
  return p.terms.filter((t) => termCovers(t, date));
}

/**
 * The term that says who the person was on `date`: the latest one running then, else the latest
 * one begun before it, else the first; without a date, the latest.
 */
export function termFor(p: Person, date?: string): Term {
  const last = p.terms[p.terms.length - 1];
  if (!date) return last;
  const running = termsOn(p, date);
  if (running.length) return running[running.length - 1];
  const day = dateKey(date, 'middle');
  const begun = p.terms.filter((t) => dateKey(t.from, 'start') <= day);
  return begun.length ? begun[begun.length - 1] : p.terms[0];
}
