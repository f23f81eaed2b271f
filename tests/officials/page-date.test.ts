// People who share a surname, told apart by the page: the one it names in full first, then the
// one in office on the page's date. Terms with partial dates are read generously.
import { describe, expect, it } from 'vitest';
import { bundledKb } from '../../lib/kb/bundled';
import type { Person } from '../../lib/kb/schema';
import { findOfficials } from '../../lib/officials';
import { dateKey, termCovers, termFor } from '../../lib/officials/terms';

const first = (text: string, date?: string) => {
  const m = findOfficials(text, bundledKb, { date })[0];
  return m && `${m.text}→${m.kb} (${m.role})`;
};

describe('title and surname, several people of that name', () => {
  it('reads "Premier Li" by the page date', () => {
    const text = 'Beijing trade pledge\n\nPremier Li said on Tuesday that China would open wider.';
    expect(first(text, '2025-03-05')).toBe('Li→li-qiang (Premier)');
    expect(first(text, '2018-03-05')).toBe('Li→li-keqiang (Premier)');
    expect(first(text, '1994-03')).toBe('Li→li-peng (Premier)');
  });

  it('finds a family name the entry does not list only with a specific title and a date', () => {
    const text = 'Seoul answers tariffs\n\nPresident Lee said Seoul would not retaliate.';
    expect(first(text, '2025-09-01')).toBe('Lee→lee-jae-myung (President)');
    expect(findOfficials(text, bundledKb, {}).some((m) => m.kb === 'lee-jae-myung')).toBe(false);
    // Two Wangs held office in 2025 (foreign and commerce minister): "Mr. Wang" is neither for sure.
    const wang = findOfficials('Beijing talks\n\nMr. Wang said China would respond.', bundledKb, { date: '2025-06-01' });
    expect(wang.some((m) => m.kb?.startsWith('wang-'))).toBe(false);
  });

  it('keeps the earlier behaviour when the page has no date', () => {
    expect(first('Beijing trade pledge\n\nPremier Li said on Tuesday that China would open wider.')).toBe('Li→li-keqiang (Premier)');
  });

  it('reads "Prime Minister Trudeau" as the one in office that day', () => {
    const text = 'Lumber duties\n\nPrime Minister Trudeau said Ottawa would answer.';
    expect(first(text, '1982-06-01')).toBe('Trudeau→pierre-trudeau (Prime Minister)');
    expect(first(text, '2018-06-01')).toBe('Trudeau→justin-trudeau (Prime Minister)');
  });

  it('prefers the person the page names in full over the one in office', () => {
    const text = 'Iraq and trade\n\nMr. Powell said exports would recover. Colin Powell was then Secretary of State.';
    expect(first(text, '2020-06-01')).toBe('Powell→colin-powell (Secretary of State)');
    expect(first('Rates and trade\n\nFed Chair Powell said rates would stay on hold.', '2020-06-01')).toBe('Powell→jerome-powell (Federal Reserve Chairman)');
  });

  it('names the office held on the page date, not only the latest one', () => {
    const text = 'Rate cut\n\nMark Carney said the bank would act.';
    expect(first(text, '2015-01-10')).toBe('Mark Carney→mark-carney (Bank of England Governor)');
    expect(first(text, '2025-08-01')).toBe('Mark Carney→mark-carney (Prime Minister)');
  });
});

describe('terms against a date', () => {
  const person = (terms: Person['terms']): Person => ({
    id: 'x',
    name: 'X Y',
    aliases: [],
    surnames: [],
    official: true,
    terms,
    summary: 's',
    sources: ['https://example.org'],
  });
  const term = (from: string, to?: string) => ({ role: 'Minister', country: 'FR', from, ...(to ? { to } : {}) });

  it('reads a partial start from its first day and a partial end to its last', () => {
    expect(dateKey('2013-03', 'start')).toBe('2013-03-01');
    expect(dateKey('2013-03', 'end')).toBe('2013-03-31');
    expect(dateKey('2013', 'end')).toBe('2013-12-31');
    expect(termCovers(term('2013-03', '2023-03'), '2023-03-20')).toBe(true);
    expect(termCovers(term('2013-03', '2023-03'), '2023-04-01')).toBe(false);
    expect(termCovers(term('2025-01-20'), '2026-02-01')).toBe(true);
  });

  it('takes the term running on the date, else the last one begun, else the first', () => {
    const p = person([term('2001-01-01', '2003-01-01'), term('2010-01-01', '2012-01-01')]);
    expect(termFor(p, '2002-06-01')).toBe(p.terms[0]);
    expect(termFor(p, '2005-06-01')).toBe(p.terms[0]);
    expect(termFor(p, '1990-01-01')).toBe(p.terms[0]);
    expect(termFor(p, '2020-01-01')).toBe(p.terms[1]);
    expect(termFor(p)).toBe(p.terms[1]);
  });
});
