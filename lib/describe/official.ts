// What an official's card says: name, role, country and dates in office from the knowledge
// base, or, for someone it does not know, what the page itself says (marked as such).
import type { OfficialMention } from '../types';
import type { KnowledgeBase, Term } from '../kb/schema';
import { t } from '../i18n';
import { dateKey, termsOn } from '../officials/terms';
import { sentenceAround } from '../text/sentence';
import { formatKbDate, formatTerm } from './format';
import { whyOfficial, type WhyMarked } from './why';

export interface OfficeTerm {
  role: string;
  /** The role as a title ("Prime Minister"), when the knowledge base gives one. */
  title?: string;
  country?: string;
  dates?: string;
  note?: string;
  /** The knowledge base's dates (ISO, maybe partial), for the line about the page's date. */
  from?: string;
  to?: string;
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
  /** Whether they held office on the page's date, or formerly ("Formerly: Prime Minister, 2019–2022"). */
  onPageDate?: string;
}

const ORGANISATIONS: Record<string, string> = {
  EU: 'European Union',
  EC: 'European Community',
  OAS: 'Organization of American States',
  WTO: 'World Trade Organization',
  IMF: 'International Monetary Fund',
  WB: 'World Bank',
  UN: 'United Nations',
  BIS: 'Bank for International Settlements',
  OECD: 'OECD',
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

const year = (date: string) => date.slice(0, 4);
const years = (from: string, to: string) => (year(from) === year(to) ? year(from) : `${year(from)}–${year(to)}`);
const month = (date: string) => formatKbDate(date.slice(0, 7));
const termWords = (term: Pick<Term, 'role' | 'title'>) => term.title ?? term.role;

/**
 * One line on whether the person held office on the page's date (ISO, maybe partial): the
 * office then, else the last one before it, else the first one after it. Undefined without
 * terms with dates.
 */
export function officeOnDate(terms: ReadonlyArray<Pick<Term, 'role' | 'title' | 'to'> & { from?: string }>, pageDate: string): string | undefined {
  const dated = terms.filter((x): x is typeof x & { from: string } => !!x.from);
  if (!dated.length) return undefined;
  const running = termsOn({ terms: dated }, pageDate);
  const now = running[running.length - 1];
  if (now)
    return now.to ? t('official_in_office_term', termWords(now), years(now.from, now.to)) : t('official_in_office_since', termWords(now), month(now.from));
  const day = dateKey(pageDate, 'middle');
  const before = dated.filter((x) => x.to && dateKey(x.to, 'end') < day);
  const last = before.sort((a, b) => (a.to! < b.to! ? -1 : 1))[before.length - 1];
  if (last) return t('official_formerly', termWords(last), years(last.from, last.to!));
  const next = dated.find((x) => dateKey(x.from, 'start') > day);
  return next ? t('official_not_yet', termWords(next), month(next.from)) : undefined;
}

export function describeOfficial(
  m: OfficialMention,
  text: string,
  all: OfficialMention[],
  kb: KnowledgeBase,
  /** The page's date (ISO): the card then says whether they were in office on it. */
  pageDate?: string,
): OfficialCardData {
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
      terms: person.terms.map((x) => ({
        role: x.role,
        ...(x.title ? { title: x.title } : {}),
        country: countryName(x.country),
        dates: formatTerm(x.from, x.to),
        note: x.note,
        from: x.from,
        ...(x.to ? { to: x.to } : {}),
      })),
      ...(pageDate ? { onPageDate: officeOnDate(person.terms, pageDate) } : {}),
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
