// Properties every result must have: sorted, non-overlapping spans that are the text's own.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOfficials } from '../../lib/officials';
import { kb } from './helpers';

function checkSpans(text: string): void {
  const found = findOfficials(text, kb);
  let lastEnd = -1;
  for (const m of found) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.name.length).toBeGreaterThan(0);
    lastEnd = m.end;
  }
}

describe('result invariants', () => {
  it('holds on the seed article, which names Mnuchin and Trump and an anchor', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/000_93a464fc426249ac.txt', import.meta.url), 'utf8');
    const found = findOfficials(seed, kb);
    checkSpans(seed);
    const count = (word: string) => seed.split(word).length - 1;
    expect(found.filter((m) => m.kb === 'steven-mnuchin')).toHaveLength(count('Mnuchin'));
    expect(found.filter((m) => m.kb === 'donald-trump')).toHaveLength(count('Trump'));
    expect(found.every((m) => m.kb === 'steven-mnuchin' || m.kb === 'donald-trump')).toBe(true);
  });

  it('holds on arbitrary text built from names, titles and punctuation', () => {
    const pieces = [
      'President',
      'Trump',
      'Donald Trump',
      'Sen.',
      'Rep.',
      'Minister',
      'Secretary',
      'Kim',
      'Mahn-je',
      'Liu He',
      'He',
      'said',
      'the',
      'administration',
      ',',
      '.',
      '\n',
      '\n\n',
      "'s",
      '(D-OH)',
      'MNUCHIN',
      'Mr.',
      'of',
      'State',
      'Xi',
      ' ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (words) => {
        checkSpans(words.join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('returns nothing for empty or name-free text', () => {
    expect(findOfficials('', kb)).toEqual([]);
    expect(findOfficials('tariffs rose by a quarter on steel and aluminum.', kb)).toEqual([]);
  });
});
