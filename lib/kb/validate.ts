// Validation of the knowledge-base data files. Runs at build time (wxt.config.ts hook),
// in the tests and in the command-line tools, so a malformed entry never ships: the error
// names the file, the entry (by id when it has one, else by index) and the field.
import * as v from 'valibot';
import { Fact, Person, Reference, type KnowledgeBase } from './schema';

/** The raw contents of the three data files, keyed by the path used in error messages. */
export interface KbSources {
  people: { file: string; data: unknown };
  facts: { file: string; data: unknown };
  references: { file: string; data: unknown };
}

export class KbValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Knowledge base is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'KbValidationError';
  }
}

function entryName(entry: unknown, index: number): string {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `entry ${index} (${id})` : `entry ${index}`;
}

function fieldPath(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  return keys.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '') || '(entry)';
}

function checkList<S extends v.GenericSchema>(schema: S, { file, data }: { file: string; data: unknown }, problems: string[]): v.InferOutput<S>[] {
  if (!Array.isArray(data)) {
    problems.push(`${file}: must be a JSON array of entries`);
    return [];
  }
  const out: v.InferOutput<S>[] = [];
  data.forEach((entry, i) => {
    const result = v.safeParse(schema, entry);
    if (result.success) out.push(result.output);
    else for (const issue of result.issues) problems.push(`${file} › ${entryName(entry, i)} › ${fieldPath(issue)}: ${issue.message}`);
  });
  return out;
}

/** Checks that a YYYY[-MM[-DD]] date is not before another. Partial dates compare by their prefix. */
function notBefore(later: string, earlier: string): boolean {
  const n = Math.min(later.length, earlier.length);
  return later.slice(0, n) >= earlier.slice(0, n);
}

export function validateKb(sources: KbSources): KnowledgeBase {
  const problems: string[] = [];
  const people = checkList(Person, sources.people, problems);
  const facts = checkList(Fact, sources.facts, problems);
  const references = checkList(Reference, sources.references, problems);

  // Rules that span fields or entries, which a per-entry schema cannot say.
  // Ids of entries that failed their schema still count as existing, so one broken
  // entry gives one error rather than a cascade of dangling references to it.
  const rawIds = new Set<string>();
  for (const { data } of [sources.people, sources.facts, sources.references])
    if (Array.isArray(data)) for (const e of data) if (typeof e?.id === 'string') rawIds.add(e.id);
  const allArrays = [sources.people, sources.facts, sources.references].every((s) => Array.isArray(s.data));
  const seen = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const before = seen.get(id);
    if (before) problems.push(`${where} › id: "${id}" is already used by ${before}`);
    else seen.set(id, where);
  };
  people.forEach((p, i) => claim(p.id, `${sources.people.file} › entry ${i} (${p.id})`));
  facts.forEach((f, i) => claim(f.id, `${sources.facts.file} › entry ${i} (${f.id})`));
  references.forEach((r, i) => claim(r.id, `${sources.references.file} › entry ${i} (${r.id})`));

  const aliasOwner = new Map<string, string>();
  const knownAloneBy = new Map<string, string>();
  people.forEach((p, i) => {
    const where = `${sources.people.file} › entry ${i} (${p.id})`;
    if (p.knownAlone) {
      if (!p.official) problems.push(`${where} › knownAlone: only an official's surname may link alone`);
      if (!p.surnames.length) problems.push(`${where} › knownAlone: needs a surname to be known by`);
      p.surnames.forEach((s, k) => {
        const owner = knownAloneBy.get(s);
        if (owner && owner !== p.id) problems.push(`${where} › surnames[${k}]: "${s}" is also known alone as ${owner}`);
        knownAloneBy.set(s, p.id);
      });
    }
    p.terms.forEach((t, k) => {
      if (t.to && !notBefore(t.to, t.from)) problems.push(`${where} › terms[${k}].to: ${t.to} is before terms[${k}].from ${t.from}`);
    });
    if (!p.aliases.includes(p.name)) problems.push(`${where} › aliases: must include the name "${p.name}"`);
    p.aliases.forEach((a, k) => {
      const owner = aliasOwner.get(a);
      if (owner && owner !== p.id) problems.push(`${where} › aliases[${k}]: "${a}" also names ${owner}`);
      aliasOwner.set(a, p.id);
    });
  });
  facts.forEach((f, i) => {
    const where = `${sources.facts.file} › entry ${i} (${f.id})`;
    if (f.kind === 'money' && !f.currency) problems.push(`${where} › currency: a money fact needs a currency`);
    if (f.kind === 'percent' && f.currency) problems.push(`${where} › currency: a percent fact has no currency`);
    // With a whole file unreadable, every reference into it would dangle: say it once, above.
    if (!allArrays) return;
    (f.related ?? []).forEach((r, k) => {
      if (!rawIds.has(r)) problems.push(`${where} › related[${k}]: no entry has the id "${r}"`);
    });
  });

  if (problems.length) throw new KbValidationError(problems);
  return { people, facts, references };
}
