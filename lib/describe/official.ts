// What an official's card says: name, role, country and dates in office from the knowledge
// base, or, for someone it does not know, what the page itself says (marked as such).
import type { OfficialMention } from '../types';
import type { KnowledgeBase } from '../kb/schema';
import { sentenceAround } from '../text/sentence';
import { formatTerm } from './format';
import { whyOfficial, type WhyMarked } from './why';

export interface OfficeTerm {
  role: string;
  country?: string;
  dates?: string;
  note?: string;
}

export interface OfficialCardData {
  kind: 'official';
  text: string;
  name: string;
  terms: OfficeTerm[];
  summary?: string;
  sources: string[];
  /** True when the knowledge base does not know this person: the card is built from the page. */
  fromPage: boolean;
  /** The sentence where the page first names them, as plain text. */
  pageSays?: string;
  mentions: number;
  /** "Why is this marked?" */
  why: WhyMarked;
}

const ORGANISATIONS: Record<string, string> = {
  EU: 'European Union',
  EC: 'European Community',
  OAS: 'Organization of American States',
  WTO: 'World Trade Organization',
  SU: 'Soviet Union',
};

export function countryName(code: string | undefined, locale = 'en'): string | undefined {
  if (!code) return undefined;
  if (ORGANISATIONS[code]) return ORGANISATIONS[code];
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function describeOfficial(m: OfficialMention, text: string, all: OfficialMention[], kb: KnowledgeBase): OfficialCardData {
  const same = all.filter((o) => (m.kb ? o.kb === m.kb : o.name === m.name));
  const first = same[0] ?? m;
  const s = sentenceAround(text, first.start, 300);
  const pageSays = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  const person = m.kb ? kb.people.find((p) => p.id === m.kb) : undefined;
  if (person) {
    return {
      kind: 'official',
      text: m.text,
      name: person.name,
      terms: person.terms.map((t) => ({ role: t.role, country: countryName(t.country), dates: formatTerm(t.from, t.to), note: t.note })),
      summary: person.summary,
      sources: person.sources,
      fromPage: false,
      pageSays,
      mentions: same.length,
      why: whyOfficial(m, text, kb),
    };
  }
  return {
    kind: 'official',
    text: m.text,
    name: m.name,
    terms: m.role ? [{ role: m.role, country: countryName(m.country) }] : [],
    sources: [],
    fromPage: true,
    pageSays,
    mentions: same.length,
    why: whyOfficial(m, text, kb),
  };
}
