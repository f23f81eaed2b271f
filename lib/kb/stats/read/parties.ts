// Who trades with whom in one flow phrase: the reporter ("China's exports", "the US recorded a
// deficit", "Chinese customs said") and the partner ("with China", "exports to the US", "imports
// from Mexico", "trade between Canada and the US", "imports of Chinese goods", "US-bound").
import { isFlowModifier, type CueMention } from './cues';
import { countWords } from '../../../text/char-tests';
import type { SentenceFacts, Span } from './page';
import type { PlaceMention } from './places';

export interface Parties {
  reporter?: string;
  /** How the reporter was found: written with the flow, as the clause's subject, or as the source quoted. */
  reporterBy?: 'flow' | 'subject' | 'source';
  partner?: string;
  /** The office quoted, when one is. */
  source?: string;
  /** The partner is a region or a group without a code ("exports to Southeast Asia"), or the flow is no economy's ("Apple's exports"). */
  region?: boolean;
  /** "Trade between the two countries": the two named before. */
  pair?: boolean;
}

/** Between an owner and its flow: modifiers only ("China's total exports", "the US goods trade deficit"). */
const OWNER_GAP = /^(?:['’]s?)?((?:\s+[a-z][a-z-]*){0,3})\s+$/;
const MAX_OWNER_GAP_WORDS = 3;
const BOUND_FOR = /^-bound\b/;
/** Prepositions that make a place a partner, or no party at all, rather than a subject. */
const PREPOSITION_BEFORE =
  /\b(?:with|to|from|between|against|on|into|for|of|by|at|in|and|than|over|toward|towards|including|like|as|via|across|beyond|amid|despite)\s+(?:the\s+)?$/i;
const MAX_SUBJECT_GAP_WORDS = 8;
const SPACES = /\s+/;
const POSSESSIVE_END = /['’]s?$/;
const CAPITALISED = /^[A-Z]/;
/** "Q1", "H2": periods, not owners. */
const CODE_LIKE = /^[A-Z]\d/;
const GOODS_AFTER = /^\s+(?:goods|products|merchandise|items)\b/;
const GAP_SEPARATORS = /[\s,()]+/;
const NAME_OR_NUMBER = /^[A-Z0-9]/;
const BETWEEN = /between/i;
const SEMICOLON = /[;:]/;
const PREPOSITION = /\b(with|to|from|into|of|and)\s+(?:the\s+)?$/i;
/** "with the world", "with the rest of the world", "global", "total": the partner is everyone. */
const WORLD_AFTER = /^\s+(?:with|to|from)\s+(?:the\s+)?(?:rest\s+of\s+the\s+)?world\b/i;
const WORLD_BEFORE = /\b(?:global|total|overall|worldwide)\s+(?:[a-z]+\s+)?$/i;
const BETWEEN_AFTER = /^\s+between\b/i;
const TWO_COUNTRIES = /\bbetween\s+the\s+two\s+(?:countries|nations|economies|sides|neighbou?rs|partners)\b/i;

/** The place right before the flow that owns it or names where it goes ("US-bound"). */
function ownerOf(text: string, cue: CueMention, places: readonly PlaceMention[]): { place: PlaceMention; bound: boolean } | undefined {
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i];
    if (p.end > cue.start) continue;
    const gap = text.slice(p.end, cue.start);
    if (BOUND_FOR.test(gap)) return { place: p, bound: true };
    if (gap === '-' || gap === ' ') return { place: p, bound: false };
    const m = OWNER_GAP.exec(gap);
    const modifiers = m ? m[1].trim().split(SPACES).filter(Boolean) : [];
    return m && modifiers.length <= MAX_OWNER_GAP_WORDS && modifiers.every(isFlowModifier) ? { place: p, bound: false } : undefined;
  }
  return undefined;
}

const OWNER_WORDS = /(?:^|\s)([A-Za-z][\w.&’'-]*)\s*$/;
/** Words before a flow that own nothing, in any case: "The trade deficit", "Its exports". */
const NO_OWNERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'it',
  'they',
  'we',
  'and',
  'but',
  'while',
  'as',
]);

/**
 * Is the flow someone's other than an economy's: a company's, a state's, a product's brand
 * ("Apple's exports", "Michigan's exports to Canada", "Texas exported $X")? A capitalised word
 * right before the flow (past its modifiers) that is neither a place nor a period says so.
 */
function ownedByOther(text: string, s: SentenceFacts, cue: CueMention): boolean {
  let end = cue.start;
  for (let guard = 0; guard < MAX_OWNER_GAP_WORDS + 1; guard++) {
    const m = OWNER_WORDS.exec(text.slice(Math.max(s.start, end - 40), end));
    if (!m) return false;
    const word = m[1].replace(POSSESSIVE_END, '');
    const lower = word.toLowerCase();
    if (NO_OWNERS.has(lower) || !CAPITALISED.test(word) || CODE_LIKE.test(word)) return false;
    const wordEnd = end - (m[0].length - m[0].indexOf(m[1])) + word.length;
    if (isFlowModifier(lower)) {
      end = wordEnd - word.length;
      continue;
    }
    return !s.places.some((p) => p.end === wordEnd) && !s.periods.some((p) => p.end === wordEnd) && !s.sources.some((p) => p.end === wordEnd);
  }
  return false;
}

/** The parties prepositions after the flow name, within text[from, to): "exports from Taiwan to the US". */
function partiesAfter(text: string, s: SentenceFacts, cue: CueMention, from: number, to: number): { partner?: string; reporter?: string } {
  const out: { partner?: string; reporter?: string } = {};
  for (const p of s.places) {
    if (p.start < from || p.start >= to) continue;
    const before = text.slice(Math.max(0, p.start - 12), p.start);
    const m = PREPOSITION.exec(before);
    const prep = m?.[1]?.toLowerCase();
    if (!prep || !m) continue;
    // The phrase must hang on the flow: "exports from Taiwan", "exported $28.8 billion to the US",
    // not "exports powered the milestone despite pressure from the United States".
    if (!hangsOn(text, s, from, p.start - before.length + m.index)) break;
    if (prep === 'with' && (cue.flow === 'balance' || cue.flow === 'total')) out.partner = p.code;
    else if (prep === 'to' && cue.flow === 'exports') out.partner = p.code;
    else if (prep === 'from' && cue.flow === 'imports') out.partner = p.code;
    // "exports from Taiwan", "imports into the EU": the economy whose flow it is.
    else if ((prep === 'from' && cue.flow === 'exports') || (prep === 'into' && cue.flow === 'imports')) {
      out.reporter = p.code;
      continue;
    }
    // "imports of Chinese goods", "exports of American products": where the goods come from or go.
    else if (prep === 'of' && p.kind === 'demonym' && GOODS_AFTER.test(text.slice(p.end, p.end + 12))) out.partner = p.code;
    // Past the first phrase that names a partner, places belong to something else.
    if (out.partner || prep !== 'and') return out;
  }
  return out;
}

/** Words that may stand between a flow and its partner phrase ("exports of goods worth $X to …"). */
const LINK_WORDS = new Set(
  'of from to into with trade worth goods products merchandise services and in the a an about around nearly roughly some more than over last this year month was were totaled totalled reached hit stood at came to amounted'.split(
    ' ',
  ),
);
const MAX_LINK_WORDS = 8;

/** Do only amounts, periods, places and link words stand in text[from, to)? */
function hangsOn(text: string, s: SentenceFacts, from: number, to: number): boolean {
  let gap = text.slice(from, to);
  for (const a of s.amounts) if (a.start >= from && a.end <= to) gap = gap.replace(text.slice(a.start, a.end), ' ');
  const words = gap.split(GAP_SEPARATORS).filter(Boolean);
  return words.length <= MAX_LINK_WORDS && words.every((w) => LINK_WORDS.has(w.toLowerCase()) || NAME_OR_NUMBER.test(w));
}

/** "exports to Southeast Asia", "trade with other markets": a partner without a code (no statistic). */
const REGION_AFTER =
  /^[^.;]{0,24}?\b(?:to|from|with|into)\s+(?:the\s+)?(?:Southeast\s+Asia|South-?East\s+Asia|ASEAN|Asia|Africa|Latin\s+America|South\s+America|Central\s+America|Middle\s+East|Europe|Central\s+Asia|Gulf|Global\s+South|(?:other|new|third|alternative|emerging|developing|non-US|non-U\.S\.)\s+(?:markets|countries|economies|destinations|nations|partners|regions)|Belt\s+and\s+Road)\b/;

/** The parties of a flow cue in sentence `s`, looking after the cue up to `until` (the amount and a little after it). */
export function partiesOf(text: string, s: SentenceFacts, cue: CueMention, until: number, clauseStart: number): Parties {
  const out: Parties = {};
  const places = s.places;
  if (REGION_AFTER.test(text.slice(cue.end, Math.min(s.end, cue.end + 70))) || ownedByOther(text, s, cue)) return { region: true };
  // "trade between Canada and the US", "two-way trade between the US and India".
  if (cue.flow === 'total' && (cue.between || BETWEEN_AFTER.test(text.slice(cue.end, cue.end + 10)))) {
    const after = places.filter((p) => p.start >= cue.end && p.start < cue.end + 60);
    if (after.length >= 2 && BETWEEN.test(text.slice(cue.start, after[0].start)))
      return { reporter: after[0].code, reporterBy: 'flow', partner: after[1].code };
  }
  if (TWO_COUNTRIES.test(text.slice(cue.start, Math.min(s.end, cue.end + 40)))) {
    const codes = [...new Set(places.filter((p) => p.end <= cue.start).map((p) => p.code))];
    // Named in the sentence, or else in those before (the reader looks).
    return codes.length >= 2 ? { reporter: codes[0], reporterBy: 'flow', partner: codes[1] } : { pair: true };
  }
  const owner = ownerOf(text, cue, places);
  if (owner) {
    const { place, bound } = owner;
    if (bound) out.partner = place.code;
    // "Chinese imports" are imports from China (US imports, in US news), "Chinese exports" China's.
    else if (place.kind === 'demonym' && cue.flow === 'imports' && place.code !== 'US') out.partner = place.code;
    else {
      out.reporter = place.code;
      out.reporterBy = 'flow';
      // "the U.S.-China trade deficit": the owner, and its partner written before it.
      const prev = places[places.indexOf(place) - 1];
      if (prev && text.slice(prev.end, place.start) === '-') {
        out.reporter = prev.code;
        out.partner = place.code;
      }
    }
  }
  const after = partiesAfter(text, s, cue, cue.end, until);
  out.partner ??= after.partner;
  if (after.reporter && !out.reporter) {
    out.reporter = after.reporter;
    out.reporterBy = 'flow';
  }
  if (!out.partner && (WORLD_AFTER.test(text.slice(cue.end, cue.end + 40)) || WORLD_BEFORE.test(text.slice(Math.max(clauseStart, cue.start - 24), cue.start))))
    out.partner = 'WORLD';
  // The clause's subject: "Japan recorded a trade deficit", "the US recorded its largest deficit".
  let subject: PlaceMention | undefined;
  if (!out.reporter) {
    for (let i = places.length - 1; i >= 0; i--) {
      const p = places[i];
      if (p.end > cue.start || p.start < clauseStart) continue;
      const gap = text.slice(p.end, cue.start);
      if (countWords(gap) > MAX_SUBJECT_GAP_WORDS || SEMICOLON.test(gap)) break;
      if (PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, p.start - 16), p.start))) continue;
      if (p.code === out.partner) continue;
      subject = p;
      break;
    }
  }
  // The office quoted ("Statistics Canada said", "China's customs data showed"), nearest first.
  const source = nearestSource(s.sources, cue);
  if (source) out.source = source.name;
  if (!out.reporter && source) {
    out.reporter = source.code;
    out.reporterBy = 'source';
    // "the US comprised the highest export value" in a Philippine release: the subject is the partner.
    if (subject && subject.code !== source.code && !out.partner) out.partner = subject.code;
  } else if (!out.reporter && subject) {
    out.reporter = subject.code;
    out.reporterBy = 'subject';
  }
  return out;
}

function nearestSource(sources: readonly SourceMention[], at: Span): SourceMention | undefined {
  let best: SourceMention | undefined;
  for (const s of sources) if (!best || Math.abs(s.start - at.start) < Math.abs(best.start - at.start)) best = s;
  return best;
}

type SourceMention = SentenceFacts['sources'][number];
