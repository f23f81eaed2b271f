// The knowledge base's terms must agree with each other: an office one person holds at a time
// never has two holders at once, so a successor's term closes the predecessor's.
import { describe, expect, it } from 'vitest';
import { bundledKb } from '../../lib/kb/bundled';
import { dateKey, termFor } from '../../lib/officials/terms';
import { headsGovernment, rolesText } from '../../lib/officials/kb-index';

/** Offices with one holder at a time (legislators and spokespeople serve several at once). */
const ONE_HOLDER =
  /^(?:president of|prime minister of|premier of|chancellor of|chair of the federal reserve|secretary of (?:the treasury|commerce|state)|united states trade representative|minister of (?:commerce|foreign affairs) of)/i;
const MONTH = 31 * 864e5;
const time = (key: string) => Date.parse(key);

describe('terms in office', () => {
  it('never gives a one-holder office two holders for more than a month', () => {
    const holders = new Map<string, Array<{ id: string; from: number; to: number }>>();
    for (const p of bundledKb.people) {
      for (const t of p.terms) {
        if (!ONE_HOLDER.test(t.role)) continue;
        const key = `${t.country} ${t.role}`;
        const span = { id: p.id, from: time(dateKey(t.from, 'end')), to: t.to ? time(dateKey(t.to, 'start')) : Infinity };
        holders.set(key, [...(holders.get(key) ?? []), span]);
      }
    }
    const clashes: string[] = [];
    for (const [office, list] of holders) {
      for (const a of list) {
        for (const b of list) {
          if (a.id !== b.id && a.from <= b.from && Math.min(a.to, b.to) - b.from > MONTH) clashes.push(`${office}: ${a.id} and ${b.id}`);
        }
      }
    }
    expect(clashes).toEqual([]);
    expect(holders.size).toBeGreaterThan(20);
  });

  it('has the present-day posts of people the 2018 article named', () => {
    const person = (id: string) => bundledKb.people.find((p) => p.id === id)!;
    expect(termFor(person('jerome-powell'), '2026-08-01').to).toBe('2026-05');
    expect(termFor(person('kevin-warsh'), '2026-08-01').role).toBe('Chair of the Federal Reserve');
    expect(termFor(person('peter-navarro'), '2025-04-01')).toMatchObject({ title: 'Trade Adviser', from: '2025-01-20' });
    expect(termFor(person('wang-yi'), '2025-07-04')).toMatchObject({ title: 'Foreign Minister', from: '2023-07-25' });
  });
});

describe('rolesText', () => {
  it('gives each person their own roles, the same when asked again (it is kept per person)', () => {
    const [a, b] = bundledKb.people.filter((p) => p.terms.length > 0 && p.official);
    const first = rolesText(a);
    expect(first).toBe(
      a.terms
        .map((t) => `${t.role} ${t.title ?? ''}`)
        .join(' ')
        .toLowerCase(),
    );
    expect(rolesText(b)).not.toBe(first);
    expect(rolesText(a)).toBe(first);
    expect(rolesText(a)).toBe(rolesText(a));
  });
});

describe('headsGovernment', () => {
  it('holds for a US president, not for someone who held no such office, the same when asked again', () => {
    const president = bundledKb.people.find((p) => /\bpresident of the united states\b/.test(rolesText(p)))!;
    const other = bundledKb.people.find(
      (p) => p.terms.length > 0 && !/president|prime minister|premier|chancellor|governor|mayor|general secretary/.test(rolesText(p)),
    )!;
    expect(headsGovernment(president)).toBe(true);
    expect(headsGovernment(other)).toBe(false);
    expect(headsGovernment(president)).toBe(true);
    expect(headsGovernment(other)).toBe(false);
  });
});
