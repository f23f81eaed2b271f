// The people and mentions the passes have found so far on one page: each person once (a KB
// person by id, anyone else by canonical name, a surname not yet given in full by that surname),
// the mentions linked to them, and the characters no later pass may touch.
import type { Person } from '../kb/schema';
import type { KbIndex } from './kb-index';
import { termFor } from './terms';
import { canonicalName, pageShortForms, shortForms } from './names';
import { lowerBound } from '../sorted';
import type { Role } from './roles';

export interface Entity {
  name: string;
  role?: string;
  country?: string;
  kb?: string;
  person?: Person;
  /** Written full names: they link anywhere on the page. */
  full: Set<string>;
  /** Surnames and other short forms: they link after `firstPos`. */
  short: Set<string>;
  /** Where the page first names the person in full or with a title. */
  firstPos: number;
  /** Named only by a surname so far ("Pres. Obama", "the Reagan administration"). */
  surnameOnly: boolean;
  /** Offsets of the mentions found so far, sorted. */
  seen: number[];
}

export interface Mention {
  start: number;
  end: number;
  entity: Entity;
}

export class Registry {
  readonly entities: Entity[] = [];
  private readonly byKb = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  readonly mentions: Mention[] = [];
  /** Characters no later pass may touch (found mentions and non-officials from the KB). */
  private readonly claimed: Uint8Array;

  constructor(
    private readonly kb: KbIndex,
    textLength: number,
    /** The page's date: a KB person's role on it is the one held that day. */
    private readonly date?: string,
  ) {
    this.claimed = new Uint8Array(textLength);
  }

  isOfficialName(word: string): boolean {
    if (this.kb.bySurname.get(word)?.some((p) => p.official)) return true;
    if (this.kb.byAlias.get(word)?.official) return true;
    return this.entities.some((e) => e.short.has(word) || e.full.has(word));
  }

  isClaimed(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return true;
    return false;
  }

  claim(start: number, end: number): void {
    this.claimed.fill(1, start, end);
  }

  addMention(start: number, end: number, entity: Entity): void {
    if (this.isClaimed(start, end)) return;
    this.claim(start, end);
    this.mentions.push({ start, end, entity });
    const i = lowerBound(entity.seen, start);
    entity.seen.splice(i, 0, start);
  }

  kbEntity(p: Person, pos: number): Entity {
    let e = this.byKb.get(p.id);
    if (!e) {
      const term = termFor(p, this.date);
      e = {
        name: p.name,
        role: term.title ?? term.role,
        country: term.country,
        kb: p.id,
        person: p,
        full: new Set([p.name, ...p.aliases]),
        // An entry without a bare surname (a common one: "Johnson", "Wang") still gets the page's
        // follow-ups once the page names the person in full.
        short: new Set(
          p.surnames.length
            ? p.surnames
            : pageShortForms(
                p.name,
                p.terms.map((t) => t.country),
              ),
        ),
        firstPos: pos,
        surnameOnly: false,
        seen: [],
      };
      this.byKb.set(p.id, e);
      this.entities.push(e);
    }
    e.firstPos = Math.min(e.firstPos, pos);
    return e;
  }

  /** The entity for a full name written on the page (a KB person when the name is one of theirs). */
  namedEntity(written: string, role: Role | null, pos: number): Entity | null {
    const canon = canonicalName(written);
    const person = this.kb.byAlias.get(written) ?? this.kb.byAlias.get(canon);
    if (person) return person.official ? this.kbEntity(person, pos) : null;
    let e = this.byName.get(canon);
    if (!e) {
      const short = new Set<string>();
      for (const f of shortForms(written)) short.add(f);
      e = {
        name: canon,
        role: role?.role,
        country: role?.country,
        full: new Set([written, canon]),
        short,
        firstPos: pos,
        surnameOnly: false,
        seen: [],
      };
      this.byName.set(canon, e);
      this.entities.push(e);
    } else {
      e.full.add(written);
      if (!e.role && role) e.role = role.role;
      if (!e.country && role?.country) e.country = role.country;
    }
    e.firstPos = Math.min(e.firstPos, pos);
    return e;
  }

  /** True when the page has already named this KB person (the first pass reads the whole page). */
  namesKbPerson(id: string): boolean {
    return this.byKb.has(id);
  }

  /** The entity already registered under a written full name, if any. */
  byCanonicalName(written: string): Entity | undefined {
    return this.byName.get(canonicalName(written));
  }

  surnameEntity(word: string, role: Role | undefined, pos: number): Entity {
    const key = `?${word}`;
    let e = this.byName.get(key);
    if (!e) {
      e = {
        name: word,
        role: role?.role,
        country: role?.country,
        full: new Set(),
        short: new Set([word]),
        firstPos: pos,
        surnameOnly: true,
        seen: [],
      };
      this.byName.set(key, e);
      this.entities.push(e);
    }
    e.firstPos = Math.min(e.firstPos, pos);
    return e;
  }

  /** True when `form` already names someone registered before `pos`. */
  knownBefore(form: string, pos: number): boolean {
    for (const e of this.entities) if (e.firstPos < pos && (e.short.has(form) || e.full.has(form))) return true;
    return false;
  }

  entitiesWithForm(form: string): Entity[] {
    return this.entities.filter((e) => e.short.has(form) || e.full.has(form));
  }
}
