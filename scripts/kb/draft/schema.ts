// What a draft claims to be, in the KB's own schema (lib/kb/schema.ts). A drafted fact is a
// whole facts.json entry. A drafted person is a people.json entry with what an article cannot
// say left out (when each term began, a summary, the sources), so the reviewer fills in exactly
// those fields; the rest is checked by the same field rules as the KB.
import * as v from 'valibot';
import { Fact, Person, Term } from '../../../lib/kb/schema';

export const DraftTerm = v.partial(Term, ['from', 'country']);

export const DraftPersonEntry = v.strictObject({
  ...v.omit(Person, ['terms', 'summary', 'sources']).entries,
  terms: v.array(DraftTerm),
});

export type DraftPersonEntry = v.InferOutput<typeof DraftPersonEntry>;

export { Fact as FactEntry };

/** A KB id made from a name or a description: lower-case words joined by hyphens, no accents. */
export const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
