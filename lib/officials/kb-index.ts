// The knowledge base compiled for scanning: one regex over every full alias (as written and in
// ALL CAPS for headlines), and maps from alias and bare surname to the person.
import type { KnowledgeBase, Person, Term } from '../kb/schema';
import { LET } from './letters';
import { pageShortForms } from './names';
import { FormsByFirstWord } from './forms-by-first';

export interface KbIndex {
  /** Every alias and its ALL-CAPS form, by first word, longest first: "Steven" → ["Steven T. Mnuchin", "Steven Mnuchin"]. */
  aliasesByFirstWord: FormsByFirstWord;
  byAlias: Map<string, Person>;
  /** Bare surnames (and their ALL-CAPS forms) to the people who have them. */
  bySurname: Map<string, Person[]>;
  /**
   * The family names of people whose entry gives no bare surname (a common one: "Li" for Li
   * Qiang): a title and the page's date may still single one of them out ("Premier Li").
   */
  byFamilyName: Map<string, Person[]>;
}

const FIRST_WORD = new RegExp(`^[${LET}0-9]+`);

/** The first word of a name as the word scanner sees it ("O" for "O'Neill", "Jean" for "Jean-Claude"). */
export function firstWord(name: string): string {
  return FIRST_WORD.exec(name)?.[0] ?? name;
}

const cache = new WeakMap<KnowledgeBase, KbIndex>();

/** Compile (once per KB object) the alias matcher and lookup maps. */
export function indexKb(kb: KnowledgeBase): KbIndex {
  const hit = cache.get(kb);
  if (hit) return hit;
  const byAlias = new Map<string, Person>();
  const bySurname = new Map<string, Person[]>();
  const byFamilyName = new Map<string, Person[]>();
  for (const p of kb.people) {
    if (p.official && !p.surnames.length) {
      for (const form of pageShortForms(
        p.name,
        p.terms.map((t) => t.country),
      )) {
        const list = byFamilyName.get(form);
        if (list) list.push(p);
        else byFamilyName.set(form, [p]);
      }
    }
    for (const a of new Set([p.name, ...p.aliases])) {
      byAlias.set(a, p);
      byAlias.set(a.toUpperCase(), p);
    }
    for (const s of p.surnames) {
      for (const form of new Set([s, s.toUpperCase()])) {
        const list = bySurname.get(form) ?? [];
        if (!list.includes(p)) list.push(p);
        bySurname.set(form, list);
      }
    }
  }
  const aliasesByFirstWord = new FormsByFirstWord();
  for (const alias of [...byAlias.keys()].sort((a, b) => b.length - a.length)) aliasesByFirstWord.add(firstWord(alias), alias);
  const index = { aliasesByFirstWord, byAlias, bySurname, byFamilyName };
  cache.set(kb, index);
  return index;
}

// Asked for every title before a surname the knowledge base knows, on every page: built once
// per person (knowledge-base people are not changed once loaded).
const rolesTextOf = new WeakMap<Person, string>();

/** Every role and title a person held, lower-cased, for title compatibility checks. */
export function rolesText(p: Person): string {
  let text = rolesTextOf.get(p);
  if (text === undefined) {
    text = p.terms
      .map((t) => `${t.role} ${t.title ?? ''}`)
      .join(' ')
      .toLowerCase();
    rolesTextOf.set(p, text);
  }
  return text;
}

const HEAD_OF_GOVERNMENT = /president|prime minister|premier|chancellor|governor|mayor|general secretary/;

/** An office that "the X administration" / "the X government" can name. */
export function termHeadsGovernment(t: Term): boolean {
  return HEAD_OF_GOVERNMENT.test(`${t.role} ${t.title ?? ''}`.toLowerCase());
}

const headsGovernmentOf = new WeakMap<Person, boolean>();

/** A person whose office can be named by "the X administration" / "the X government". */
export function headsGovernment(p: Person): boolean {
  let heads = headsGovernmentOf.get(p);
  if (heads === undefined) headsGovernmentOf.set(p, (heads = HEAD_OF_GOVERNMENT.test(rolesText(p))));
  return heads;
}
