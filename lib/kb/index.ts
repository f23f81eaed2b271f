// The bundled knowledge base, validated once when first used. The data files are JSON
// beside this module so that adding a person or a figure is adding one entry.
import people from './data/people.json';
import officials from './data/officials.json';
import facts from './data/facts.json';
import references from './data/references.json';
import type { KnowledgeBase } from './schema';
import { mergePeople } from './merge';
import { validateKb, type KbSources } from './validate';

export type { KnowledgeBase, Person, Fact, Reference, Term } from './schema';
export { validateKb, KbValidationError } from './validate';

export const KB_FILES = {
  people: 'lib/kb/data/people.json',
  /** Generated (scripts/kb/generators/officials.ts); loaded after people.json, whose entries win on an id. */
  officials: 'lib/kb/data/officials.json',
  facts: 'lib/kb/data/facts.json',
  references: 'lib/kb/data/references.json',
} as const;

export const bundledSources: KbSources = {
  // One list, the hand-written people first (lib/kb/merge.ts); an error names the entry by id.
  people: { file: `${KB_FILES.people} + ${KB_FILES.officials}`, data: mergePeople<{ id: string }>(people, officials) },
  facts: { file: KB_FILES.facts, data: facts },
  references: { file: KB_FILES.references, data: references },
};

let cached: KnowledgeBase | undefined;

/** The bundled knowledge base. Throws KbValidationError (naming file, entry, field) if malformed. */
export function loadKb(): KnowledgeBase {
  cached ??= validateKb(bundledSources);
  return cached;
}
