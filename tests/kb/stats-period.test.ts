import { describe, expect, it } from 'vitest';
import { formatMonth, monthNumber, normalisePeriod, parsePeriod, periodOfMonths } from '../../lib/kb/stats/period';

describe('trade-statistics periods', () => {
  it('reads the forms the labelled corpus writes', () => {
    expect(parsePeriod('2024')).toEqual({ kind: 'year', text: '2024', first: monthNumber(2024, 1), last: monthNumber(2024, 12) });
    expect(parsePeriod('2025-03')).toEqual({ kind: 'month', text: '2025-03', first: monthNumber(2025, 3), last: monthNumber(2025, 3) });
    expect(parsePeriod('2025-Q2')).toMatchObject({ kind: 'quarter', text: '2025-Q2', first: monthNumber(2025, 4), last: monthNumber(2025, 6) });
    expect(parsePeriod('2025-H1')).toMatchObject({ kind: 'half', text: '2025-H1', first: monthNumber(2025, 1), last: monthNumber(2025, 6) });
    expect(parsePeriod('2025-01..2025-05')).toMatchObject({ kind: 'span', text: '2025-01..2025-05' });
  });

  it('reads fiscal years as spans across calendar years', () => {
    const p = parsePeriod('2024-04..2025-03')!;
    expect(p).toMatchObject({ kind: 'span', text: '2024-04..2025-03' });
    expect(p.last - p.first + 1).toBe(12);
  });

  it('names a span by its most specific name', () => {
    expect(normalisePeriod('2025-04..2025-06')).toBe('2025-Q2');
    expect(normalisePeriod('2025-07..2025-12')).toBe('2025-H2');
    expect(normalisePeriod('2024-01..2024-12')).toBe('2024');
    expect(normalisePeriod('2025-03..2025-03')).toBe('2025-03');
    expect(normalisePeriod('2025-02..2025-04')).toBe('2025-02..2025-04');
  });

  it('accepts small variations in spelling', () => {
    expect(normalisePeriod(' 2025-3 ')).toBe('2025-03');
    expect(normalisePeriod('2025-q4')).toBe('2025-Q4');
    expect(normalisePeriod('2025Q1')).toBe('2025-Q1');
    expect(normalisePeriod('2025h2')).toBe('2025-H2');
    expect(normalisePeriod('2025-1 .. 2025-5')).toBe('2025-01..2025-05');
  });

  it('rejects what is not a period', () => {
    for (const bad of ['', 'last year', '2025-13', '2025-00', '2025-Q5', '2025-H3', '2025-05..2025-01', '25', '12025', '2025-03-01'])
      expect(parsePeriod(bad), bad).toBeUndefined();
  });

  it('does month arithmetic across years', () => {
    const dec = monthNumber(2024, 12);
    expect(formatMonth(dec + 1)).toBe('2025-01');
    expect(periodOfMonths(dec, dec + 2)).toMatchObject({ kind: 'span', text: '2024-12..2025-02' });
  });
});
