// Names of today's trade news that trip a word-based reader: family names that are English words
// ("He", "To", "Lee"), spaces other than U+0020 inside names, surnames in a sentence-case headline
// before the body names the person, and follow-ups of people whose entry has no bare surname.
import { describe, expect, it } from 'vitest';
import { bundledKb } from '../../lib/kb/bundled';
import { findOfficials } from '../../lib/officials';
import { page } from './helpers';

const linked = (text: string, date?: string) => findOfficials(text, bundledKb, { date }).map((m) => `${m.text}→${m.kb ?? '-'}`);

describe('family names that are also English words', () => {
  it('reads "He Lifeng" as the vice premier and leaves the pronoun alone', () => {
    const text = page('Geneva round ends', 'He Lifeng led the Chinese side. He told reporters the talks had been candid.');
    expect(linked(text)).toEqual(['He Lifeng→he-lifeng']);
  });

  it('reads "To Lam" as a name, also after a preposition', () => {
    const text = page('Hanoi deal', 'Trump said he had spoken to To Lam about tariffs.');
    expect(linked(text)).toContain('To Lam→to-lam');
  });

  it('takes "Lee Jae-myung" and "Lee Jae Myung" for one person, and his later "Lee"', () => {
    const text = page('Seoul trade talks', 'Lee Jae-myung met officials on Monday. Later Lee Jae Myung spoke again, and Lee said a deal was near.');
    const m = findOfficials(text, bundledKb);
    expect(m.map((x) => x.text)).toEqual(['Lee Jae-myung', 'Lee Jae Myung', 'Lee']);
    expect(new Set(m.map((x) => x.kb))).toEqual(new Set(['lee-jae-myung']));
  });
});

describe('spaces other than U+0020 inside names', () => {
  it.each([
    ['no-break space', '\u00a0'],
    ['narrow no-break space', '\u202f'],
    ['thin space', '\u2009'],
  ])('finds a name written with a %s as with a plain space', (_, space) => {
    const text = `Deficit talks\n\nThe delegation of Steven${space}Mnuchin arrived. Robert${space}Lighthizer joined later.`;
    const m = findOfficials(text, bundledKb);
    expect(m.map((x) => x.kb)).toEqual(['steven-mnuchin', 'robert-lighthizer']);
    // Offsets and text stay those of the page, the odd space included.
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(m[0].text).toBe(`Steven${space}Mnuchin`);
    expect(m[0].name).toBe('Steven Mnuchin');
  });
});

describe('surnames before the first full mention', () => {
  it('links a surname in a sentence-case headline below the site furniture', () => {
    const text = ['AFP', '05 Jun 2025', '', 'Deficit narrows in April as Trump tariffs take hold', '', 'President Donald Trump said the duties worked.'].join(
      '\n',
    );
    expect(linked(text)).toEqual(['Trump→donald-trump', 'Donald Trump→donald-trump']);
  });

  it('still leaves a surname in an earlier sentence of running text unlinked', () => {
    const text = page('Markets steady', 'Analysts said Ross had a point about the deficit figures.', 'Commerce chief Wilbur Ross agreed.');
    expect(linked(text)).toEqual(['Wilbur Ross→wilbur-ross']);
  });
});

describe('follow-ups of people whose entry has no bare surname', () => {
  it('links "Johnson" after "Boris Johnson", not before', () => {
    const text = page(
      'UK-India deal signed',
      'Johnson was not at the ceremony.',
      'Then-Prime Minister Boris Johnson set the goal in 2022. Johnson promised a deal by Diwali.',
    );
    expect(linked(text)).toEqual(['Boris Johnson→boris-johnson', 'Johnson→boris-johnson']);
  });

  it('takes the family name of a Chinese minister, never the given name', () => {
    const text = page('Brandy duties', 'Foreign Minister Wang Yi toured Europe. Wang was due in Paris. Yi is not a surname here.');
    expect(linked(text)).toEqual(['Wang Yi→wang-yi', 'Wang→wang-yi']);
  });

  it('does not read a word-like surname at a sentence start as the person', () => {
    const text = page('Budget week', 'John Major spoke on Monday. Major exporters were unhappy. Major said he understood.');
    expect(linked(text)).toEqual(['John Major→john-major', 'Major→john-major']);
  });
});

describe("today's trade news", () => {
  it('does not take a sentence adverb before an appositive for a name', () => {
    const text = page('Sanctions package', 'Gas prices rose.', 'Subsequently, Slovak Prime Minister Robert Fico agreed to the package.');
    expect(linked(text)).toEqual(['Robert Fico→robert-fico']);
  });

  it('links leaders of smaller economies in tariff stories, and their follow-ups', () => {
    const text = page(
      'Swiss tariff talks',
      'Karin Keller-Sutter called the 39% rate hard to understand. Keller-Sutter flew to Washington.',
      'Hun Manet welcomed the deal. Hun said exports would recover.',
    );
    expect(linked(text, '2025-08-18')).toEqual([
      'Karin Keller-Sutter→karin-keller-sutter',
      'Keller-Sutter→karin-keller-sutter',
      'Hun Manet→hun-manet',
      'Hun→hun-manet',
    ]);
  });
});
