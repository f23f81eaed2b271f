// Shared fixtures for the officials tests: the bundled people as a knowledge base, and a short
// way to see what was found.
import people from '../../lib/kb/data/people.json';
import type { KnowledgeBase } from '../../lib/kb/schema';
import { findOfficials } from '../../lib/officials';
import type { OfficialMention } from '../../lib/types';

export const kb = { people, facts: [], references: [] } as KnowledgeBase;
export const emptyKb: KnowledgeBase = { people: [], facts: [], references: [] };

/** A headline and a body, as pages come: the first line is read as the headline. */
export const page = (headline: string, ...paragraphs: string[]) => [headline, '', ...paragraphs.flatMap((p, i) => (i ? ['', p] : [p]))].join('\n');

/** The mentions as "text→name" strings, in order. */
export function found(text: string, base: KnowledgeBase = kb): string[] {
  return findOfficials(text, base).map((m) => `${m.text}→${m.name}`);
}

export function mentions(text: string, base: KnowledgeBase = kb): OfficialMention[] {
  return findOfficials(text, base);
}
