// Pass 4a: the few officials the news names by surname alone ("Trump", "Putin", "Xi": the
// knowledge base's Person.knownAlone). On a page dated on or after the start of their first term,
// they count as named from the page's first character, so that the later-mentions pass links a
// bare surname anywhere on it, with that pass's usual checks ("Trump Tower" and "Ivanka Trump" stay
// unlinked). Without a date the page's era is unknown (in a 1987 story, "Trump" was a builder),
// and this pass adds nobody.
import type { Person } from '../../kb/schema';
import type { KbIndex } from '../kb-index';
import { dateKey } from '../terms';
import type { DetectionContext } from '../pass';

const knownAloneIn = new WeakMap<KbIndex, Array<{ person: Person; since: string }>>();

/** The people known by surname alone, with the first day of their first term (once per index). */
function knownAlone(kb: KbIndex): Array<{ person: Person; since: string }> {
  let people = knownAloneIn.get(kb);
  if (!people) {
    const all = new Set<Person>();
    for (const list of kb.bySurname.values()) for (const p of list) if (p.knownAlone && p.official) all.add(p);
    people = [...all].map((person) => ({
      person,
      since: person.terms.map((t) => dateKey(t.from, 'start')).reduce((a, b) => (b < a ? b : a)),
    }));
    knownAloneIn.set(kb, people);
  }
  return people;
}

export function surnamesKnownAlone(ctx: DetectionContext): void {
  if (!ctx.date) return;
  const day = dateKey(ctx.date.slice(0, 10), 'middle');
  for (const { person, since } of knownAlone(ctx.kb)) {
    if (day < since) continue;
    // Only a person whose surname is on the page: an entity named nowhere would cost every
    // later lookup a candidate.
    if (person.surnames.some((s) => ctx.text.includes(s) || ctx.text.includes(s.toUpperCase()))) ctx.found.kbEntity(person, 0);
  }
}
