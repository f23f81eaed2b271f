// People's names as compromise reads them: `nlp(text).people()`, with the title words compromise
// folds into a name ("Secretary Scott Bessent", "Mr. John Smith") split off, and offsets taken
// from the first and last name term (a match's own offset counts the punctuation around it).
// With `titles`, also the noun phrase before the name that ends in a title word compromise tags
// #Actor or #Honorific ("Halden Institute economist Jane Roe", "Hungary's Trade Minister …").
// Shared by kb:draft and the measurement in scripts/kb/measure-compromise.ts.
import nlp from 'compromise';

export interface CompromiseName {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`: the name without title words or a possessive 's. */
  text: string;
  /** The title before the name as compromise tags it ("Trade Minister", "economist", "Mr"). */
  title?: string;
  /** A country in the possessive before the title ("Hungary's"), as written. */
  titleCountry?: string;
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const has = (t: JsonTerm, tag: string) => t.tags.includes(tag);
/** compromise tags titles as Person too ("Minister": Actor, "Mr": Honorific): they are not the name. */
const isTitleTerm = (t: JsonTerm) => has(t, 'Honorific') || (has(t, 'Actor') && !has(t, 'FirstName'));
/** Words of a title phrase: nouns and adjectives, and capitalised words compromise mistags ("Finance": Verb). */
const inTitlePhrase = (t: JsonTerm) =>
  !has(t, 'Determiner') &&
  !has(t, 'Preposition') &&
  !has(t, 'Pronoun') &&
  !has(t, 'Person') &&
  (has(t, 'Noun') || has(t, 'Adjective') || /^\p{Lu}/u.test(t.text));
const POSSESSIVE = /['’]s$/;
/** A capitalised word right after a lone first name: compromise stops "Elena Varga's" at "Elena". */
const NEXT_CAPITALISED = /^\s(\p{Lu}[\p{L}’'-]+)/u;
const MAX_TITLE_WORDS = 5;

const endOf = (t: JsonTerm) => t.offset.start + t.offset.length;

/** The title phrase that ends right before the term at `i` (its last word a title word), or undefined. */
function titleBefore(text: string, terms: JsonTerm[], i: number): Pick<CompromiseName, 'title' | 'titleCountry'> | undefined {
  let j = i;
  while (j > 0 && i - j < MAX_TITLE_WORDS) {
    const t = terms[j - 1];
    // Punctuation between words ends the phrase: "…, economist Jane Roe" keeps only "economist".
    if (t.post.trim() || terms[j].pre.trim() || !inTitlePhrase(t)) break;
    j--;
  }
  if (j === i || !isTitleTerm(terms[i - 1])) return undefined;
  let country: string | undefined;
  if (has(terms[j], 'Possessive') && has(terms[j], 'Place')) country = terms[j++].text.replace(POSSESSIVE, '');
  if (j === i) return undefined;
  return { title: text.slice(terms[j].offset.start, endOf(terms[i - 1])), ...(country ? { titleCountry: country } : {}) };
}

export function compromiseNames(text: string, options: { titles?: boolean } = {}): CompromiseName[] {
  const doc = nlp(text);
  const matches = doc.people().json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  // Every term once, for the words before a name; a sentence's terms in order, sentences in order.
  let all: JsonTerm[] = [];
  const indexAt = new Map<number, number>();
  if (options.titles && matches.length) {
    all = (doc.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[]).flatMap((s) => s.terms);
    all.forEach((t, i) => indexAt.set(t.offset.start, i));
  }
  const out: CompromiseName[] = [];
  for (const m of matches) {
    let k = 0;
    while (k < m.terms.length && isTitleTerm(m.terms[k])) k++;
    const nameTerms = m.terms.slice(k);
    if (nameTerms.length === 0) continue;
    const first = nameTerms[0].offset;
    const last = nameTerms[nameTerms.length - 1];
    let end = endOf(last);
    if (nameTerms.length === 1 && has(last, 'FirstName')) {
      const next = NEXT_CAPITALISED.exec(text.slice(end, end + 40));
      if (next) end += 1 + next[1].length;
    }
    let written = text.slice(first.start, end);
    if (POSSESSIVE.test(written)) written = written.slice(0, -2);
    if (!/^\p{Lu}/u.test(written)) continue;
    const name: CompromiseName = { start: first.start, end: first.start + written.length, text: written };
    const at = indexAt.get(first.start);
    if (at !== undefined) Object.assign(name, titleBefore(text, all, at));
    out.push(name);
  }
  return out;
}
