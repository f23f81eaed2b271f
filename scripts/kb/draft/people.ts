// The people an article names, with the titles it gives them, as draft people.json entries.
// Two readers: Footnote's officials finder (titled names, names the KB knows, later surnames)
// and compromise's people(), which also finds names with no title and people who hold no office
// ("Economist Maria Ortega"). The titles are read around every mention by Footnote's own role
// reader ("Canada's Finance Minister …", "…, the finance minister,"), else taken from the title
// words compromise folds into a name. A person the KB has is marked `known`, with only the
// titles the KB does not list yet.
import type { KnowledgeBase, Person } from '../../../lib/kb/schema';
import type { OfficialMention } from '../../../lib/types';
import { indexKb } from '../../../lib/officials/kb-index';
import { canonicalName, shortForms } from '../../../lib/officials/names';
import { countryOf } from '../../../lib/officials/places';
import { roleAfter, roleBefore, type Role } from '../../../lib/officials/roles';
import { compromiseNames } from './compromise-names';
import { slug, type DraftPersonEntry } from './schema';

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface TitleSeen {
  title: string;
  country?: string;
  /** Footnote's role reader judges it a public office. */
  official: boolean;
}

export interface PersonDraft {
  name: string;
  /** The KB's id when it already has this person: the reviewer need only look at `newTitles`. */
  known?: string;
  official: boolean;
  titles: TitleSeen[];
  /** Known people: titles the article gives that none of the KB's terms has. */
  newTitles?: TitleSeen[];
  mentions: Mention[];
  foundBy: ('footnote' | 'compromise')[];
  /** The article the draft comes from. */
  source: string;
  /** New people: the entry, schema-valid but for the fields listed in `review`. */
  entry?: DraftPersonEntry;
  review?: string[];
}

interface Group {
  name: string;
  person?: Person;
  country?: string;
  mentions: (Mention & { compromiseTitle?: TitleSeen })[];
  foundBy: Set<'footnote' | 'compromise'>;
}

const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;

function lineBounds(text: string, pos: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

function titlesAround(text: string, m: Mention, isOfficialName: (w: string) => boolean): Role[] {
  const line = lineBounds(text, m.start);
  const ctx = { isOfficialName };
  return [roleBefore(text, m.start, line.start, ctx), roleAfter(text, m.end, line.end, ctx)].filter((r): r is Role => r !== null);
}

/** "Finance Minister" and "finance minister" are one title; the first spelling is kept. */
function addTitle(list: TitleSeen[], seen: TitleSeen): void {
  const same = list.find((t) => t.title.toLowerCase() === seen.title.toLowerCase());
  if (!same) list.push(seen);
  else same.country ??= seen.country;
}

const TITLE_NOISE = new Set(['the', 'of', 'for', 'and', 'former', 'then', 'acting']);
const titleWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((w) => w && !TITLE_NOISE.has(w));

/** A title none of the person's terms says in any order ("Finance Minister" is "Minister of Finance"). */
function isNewTitle(p: Person, t: TitleSeen): boolean {
  const words = titleWords(t.title);
  return !p.terms.some((term) => {
    const known = new Set(titleWords(`${term.role} ${term.title ?? ''}`));
    return words.every((w) => known.has(w));
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Later bare surnames of a person only compromise found ("Varga said…"), which it misses itself. */
function laterSurnames(text: string, g: Group, taken: Mention[]): void {
  const first = g.mentions[0];
  for (const form of shortForms(g.name)) {
    if (form === g.name) continue;
    const re = new RegExp(`(?<![\\p{L}])${escapeRe(form)}(?![\\p{L}])`, 'gu');
    re.lastIndex = first.end;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = { start: m.index, end: m.index + form.length, text: form };
      if (taken.some((t) => overlaps(t, at))) continue;
      g.mentions.push(at);
      taken.push(at);
    }
  }
  g.mentions.sort((a, b) => a.start - b.start);
}

function entryFor(g: Group, official: boolean, titles: TitleSeen[], country: string | undefined, kb: KnowledgeBase) {
  const review: string[] = [];
  const terms = (official ? titles.filter((t) => t.official) : titles).map((t, i) => {
    review.push(`terms[${i}].from: when the term began`);
    const c = t.country ?? country;
    if (!c) review.push(`terms[${i}].country: not stated in the article`);
    return { role: t.title, title: t.title, ...(c ? { country: c } : {}) };
  });
  if (terms.length === 0) review.push('terms: the article gives no title; add the office or occupation');
  const id = slug(g.name);
  if (kb.people.some((p) => p.id === id)) review.push(`id: "${id}" is already another KB person's; choose another`);
  review.push('summary: who they are, in our own words', 'sources: the article\u2019s address and an official list of office holders');
  const fullForms = g.mentions.map((m) => m.text).filter((t) => /\s/.test(t));
  const entry: DraftPersonEntry = {
    id,
    name: g.name,
    aliases: [...new Set([g.name, ...fullForms])],
    surnames: shortForms(g.name).filter((s) => s !== g.name),
    official,
    terms,
  };
  return { entry, review };
}

/** The people the article names, each once, in the order of their first mention. */
export function draftPeople(text: string, officials: OfficialMention[], kb: KnowledgeBase, source: string): PersonDraft[] {
  const byAlias = indexKb(kb).byAlias;
  const groups = new Map<string, Group>();
  const taken: Mention[] = [];
  const group = (key: string, init: () => Group) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = init()));
    return g;
  };
  for (const o of officials) {
    const person = o.kb ? kb.people.find((p) => p.id === o.kb) : undefined;
    const g = group(o.kb ?? `name:${o.name}`, () => ({ name: o.name, person, mentions: [], foundBy: new Set() }));
    g.country ??= o.country;
    g.mentions.push({ start: o.start, end: o.end, text: o.text });
    g.foundBy.add('footnote');
    taken.push(o);
  }
  const owner = new Map<number, Group>();
  for (const g of groups.values()) for (const m of g.mentions) owner.set(m.start, g);
  const fromCompromise = new Set<Group>();
  for (const n of compromiseNames(text, { titles: true })) {
    const other = taken.find((t) => overlaps(t, n));
    if (other) {
      // The same name as a Footnote mention: compromise agrees, nothing new to add.
      owner.get(other.start)?.foundBy.add('compromise');
      continue;
    }
    const canon = canonicalName(n.text);
    const person = byAlias.get(n.text) ?? byAlias.get(canon);
    // "Ortega" after "Maria Ortega": the same person, not a new one.
    const earlier = person ? undefined : [...fromCompromise].find((e) => shortForms(e.name).includes(n.text));
    const g = earlier ?? group(person ? person.id : `name:${canon}`, () => ({ name: person?.name ?? canon, person, mentions: [], foundBy: new Set() }));
    if (!g.foundBy.has('footnote')) fromCompromise.add(g);
    const country = n.titleCountry && countryOf(n.titleCountry);
    const title = n.title ? { title: n.title, ...(country ? { country } : {}), official: false } : undefined;
    g.mentions.push({ start: n.start, end: n.end, text: n.text, ...(title ? { compromiseTitle: title } : {}) });
    g.foundBy.add('compromise');
    taken.push(n);
  }
  for (const g of fromCompromise) laterSurnames(text, g, taken);

  const officialWords = new Set<string>();
  for (const g of groups.values()) for (const m of g.mentions) officialWords.add(m.text);
  const isOfficialName = (w: string) => officialWords.has(w);

  const drafts: PersonDraft[] = [];
  for (const g of [...groups.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start)) {
    const titles: TitleSeen[] = [];
    for (const m of g.mentions) {
      const roles = titlesAround(text, m, isOfficialName);
      for (const r of roles) addTitle(titles, { title: r.role, ...(r.country ? { country: r.country } : {}), official: r.official });
      if (roles.length === 0 && m.compromiseTitle) addTitle(titles, m.compromiseTitle);
    }
    const country = g.country ?? titles.find((t) => t.country)?.country;
    const official = g.person ? g.person.official : g.foundBy.has('footnote') || titles.some((t) => t.official);
    const draft: PersonDraft = {
      name: g.name,
      official,
      titles,
      mentions: g.mentions.map(({ start, end, text: t }) => ({ start, end, text: t })),
      foundBy: [...g.foundBy].sort(),
      source,
    };
    if (g.person) {
      draft.known = g.person.id;
      const fresh = titles.filter((t) => isNewTitle(g.person as Person, t));
      if (fresh.length) draft.newTitles = fresh;
    } else Object.assign(draft, entryFor(g, official, titles, country, kb));
    drafts.push(draft);
  }
  return drafts;
}
