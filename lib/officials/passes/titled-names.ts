// Pass 2: capitalised name sequences with a title before them or an appositive after them
// ("Trade Representative Clayton Yeutter", "Gary Cohn, Trump's top economic adviser,"), and the
// names listed after a plural title ("Senators Chuck Grassley and Ron Wyden"). Its scan for title
// words also collects the cues of the administrations pass.
import type { Term } from '../../kb/schema';
import { rolesText } from '../kb-index';
import type { Line } from '../lines';
import { capitalisedChainStart, cutsName, NAME_SEQUENCE, piecesOf, splitRuns, type Piece } from '../names';
import { titleCaseAfter, titleGapOk, wordBefore } from '../context';
import { isAlnumAt, isCapWord, isLowerAt, isUpperAt } from '../letters';
import { isPlaceWord } from '../places';
import { roleAfter, roleBefore, type Role } from '../roles';
import { headFitsRole, headOf } from '../titles';
import { forEachCue } from '../cues';
import type { DetectionContext } from '../pass';

const DEPUTY = /^(?:vice|deputy)\b/i;
const CH_COMMA = 44;
const CH_OPEN_PAREN = 40;
const CH_LF = 10;
const STICKY_SEQUENCE = new RegExp(NAME_SEQUENCE.source, 'y');
const SEQUENCE_AT_END = new RegExp(`(?:${NAME_SEQUENCE.source})$`);
const LIST_SEPARATOR = /^(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+|[ \u00a0]*&[ \u00a0]*)/;

/** Driven by title words: a name right after one, or a name whose appositive holds one. */
export function titledNames(ctx: DetectionContext): void {
  const text = ctx.text;
  forEachCue(text, (kind, hs, he) => {
    if (kind === 'admin') {
      ctx.adminCues.push(hs);
      return;
    }
    if (kind === 'party') {
      nameBeforeAppositive(ctx, hs + 1, null);
      return;
    }
    const word = text.slice(hs, he);
    const head = headOf(word, word === 'General' || word === 'general' ? wordBefore(text, hs)?.word : undefined);
    if (!head) return;
    // Cheap looks first: a capital right after the title, or "of"/"to"/"for" for "Secretary of State".
    const next = text[he] === ' ' || text[he] === '\u00a0' ? he + 1 : he;
    if (next < text.length && (isUpperAt(text, next) || (!head.plural && /^(?:(?:of|to|for) |, ?[A-Z\u00C0-\u00DE])/.test(text.slice(next, next + 4))))) {
      nameAfterTitle(ctx, he, ctx.lines.at(hs));
    }
    if (!head.plural && head.strength !== 'honorific') nameBeforeAppositive(ctx, hs, null);
  });
}

/** The names after a title word ending at `he`: "Minister Kim Mahn-je", "Secretary of State George Shultz". */
function nameAfterTitle(ctx: DetectionContext, he: number, line: Line): void {
  const { text, found } = ctx;
  const c = text[he] === ' ' || text[he] === '\u00a0' ? text[he + 1] : text[he];
  if (c === undefined) return;
  const upper = isUpperAt(c, 0);
  const to = Math.min(line.end, upper ? he + 2 : he + 100);
  // Walk to each capitalised word in reach and read the sequence there (sticky: no search).
  for (let p = he; p < to; p++) {
    if (!isUpperAt(text, p) || (p > 0 && isAlnumAt(text, p - 1))) continue;
    STICKY_SEQUENCE.lastIndex = p;
    const m = STICKY_SEQUENCE.exec(text);
    if (!m) continue;
    for (const run of splitRuns(piecesOf(m[0], p))) {
      if (!titleGapOk(text, he, run[0].start)) return;
      // After "president of the U.S. ...", a lone capitalised word is an organisation's, not a name.
      if (run.length === 1 && run[0].start > he + 1 && text[run[0].start - 2] !== ',') continue;
      const runEnd = run[run.length - 1].end;
      if (found.isClaimed(run[0].start, runEnd)) return;
      // Someone the page has already named ("President Trump" again): pass 4 links it.
      if (found.knownBefore(text.slice(run[0].start, runEnd), run[0].start)) return;
      // A left appositive closes with a comma too: "Chinese ambassador to the U.S., Cui Tiankai, said".
      if (text.slice(he, run[0].start).includes(',') && !/^[ \u00a0]*[,(]/.test(text.slice(runEnd, runEnd + 3))) return;
      const role = roleBefore(text, run[0].start, line.start, ctx.roles);
      if (role) {
        acceptRun(ctx, run, role, line);
        return;
      }
    }
    p += m[0].length;
  }
}

/** The name before a comma that opens an appositive holding a title word at `hs`. */
function nameBeforeAppositive(ctx: DetectionContext, hs: number, knownLine: Line | null): void {
  const text = ctx.text;
  const from = Math.max(0, hs - 120);
  // Bounded backward search (lastIndexOf would run to the top of the page when there is no comma).
  let c = -1;
  let paren = -1;
  for (let i = hs - 1; i >= from; i--) {
    const ch = text.charCodeAt(i);
    if (ch === CH_COMMA) {
      c = i;
      break;
    }
    if (ch === CH_OPEN_PAREN && paren < 0) paren = i;
    if (ch === CH_LF) break;
  }
  if (c < 0) c = paren;
  if (c < 0) return;
  // The name must end right before the comma (or the bracket, after a space).
  let end = c;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  if (end === 0 || !(isLowerAt(text, end - 1) || text[end - 1] === '.')) return;
  const between = text.slice(c + 1, hs);
  if (/[a-z]{2}[.!?]\s|[;:!?"“”\n]/.test(between) || spacesIn(between) > 11) return;
  const line = knownLine ?? ctx.lines.at(hs);
  if (end <= line.start) return;
  // A name found already (most often by the knowledge-base pass) is claimed to its last letter:
  // no need to read its run.
  if (ctx.found.isClaimed(end - 1, end)) return;
  const run = runEndingAt(text, end, line);
  if (!run || ctx.found.isClaimed(run[0].start, end)) return;
  const role = roleAfter(text, end, line.end, ctx.roles);
  if (role?.official) acceptRun(ctx, run, role, line);
}

/** How many spaces `s` holds (twelve words or more is too long a gap). */
function spacesIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** The candidate name (a run of a capitalised sequence) that ends exactly at `end`. */
function runEndingAt(text: string, end: number, line: Line): Piece[] | null {
  const from = capitalisedChainStart(text, end, Math.max(line.start, end - 80));
  if (from >= end) return null;
  const m = SEQUENCE_AT_END.exec(text.slice(from, end));
  if (!m) return null;
  const runs = splitRuns(piecesOf(m[0], from + m.index));
  const last = runs[runs.length - 1];
  return last && last[last.length - 1].end === end ? last : null;
}

/** Record a titled name: a new official, a KB person, or a later mention of one. */
function acceptRun(ctx: DetectionContext, run: Piece[], role: Role, line: Line): void {
  const { text, found } = ctx;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  if (found.isClaimed(start, end)) return;
  const written = text.slice(start, end);
  if (run.length === 1) {
    titledSurname(ctx, written, start, end, role, line);
    return;
  }
  if (!role.official) return;
  if ((line.kind !== 'text' || titleCaseAfter(text, end)) && !ctx.kb.byAlias.get(written)) {
    // Headline capitals make any word look like a name: only link people named elsewhere.
    const known = found.byCanonicalName(written);
    if (known) found.addMention(start, end, known);
    return;
  }
  if (run.filter((p) => isCapWord(p.t)).length > 4) return;
  const entity = found.namedEntity(written, role, start);
  if (!entity) {
    found.claim(start, end);
    return;
  }
  found.addMention(start, end, entity);
  if (role.head.plural) listAfter(ctx, end, role, line);
}

/** "Senators Chuck Grassley and Ron Wyden": the names listed after a plural title. */
function listAfter(ctx: DetectionContext, end: number, role: Role, line: Line): void {
  const { text, found } = ctx;
  for (let guard = 0; guard < 8; guard++) {
    const sep = LIST_SEPARATOR.exec(text.slice(end, Math.min(line.end, end + 12)));
    if (!sep) return;
    const at = end + sep[0].length;
    // Sticky: a search would run on through the page to the next name when none starts here.
    STICKY_SEQUENCE.lastIndex = at;
    const m = STICKY_SEQUENCE.exec(text);
    if (!m) return;
    const run = splitRuns(piecesOf(m[0], m.index))[0];
    if (!run || run[0].start !== at || run.length < 2) return;
    const runEnd = run[run.length - 1].end;
    if (found.isClaimed(at, runEnd)) return;
    const entity = found.namedEntity(text.slice(at, runEnd), role, at);
    if (!entity) return;
    found.addMention(at, runEnd, entity);
    end = runEnd;
  }
}

/**
 * A test of a KB term against the title: its office, and deputy or not. Made here, not as a named
 * closure in titledSurname: under tsx a named closure has its name set on every call.
 */
function termFitter(role: Role, deputy: boolean): (t: Term) => boolean {
  return (t) => headFitsRole(role.head, `${t.role} ${t.title ?? ''}`) && DEPUTY.test(t.title ?? t.role) === deputy;
}

/** A single word after a title: "President Trump", "Sen. Grassley", "Mr. Baker", "Premier Li". */
function titledSurname(ctx: DetectionContext, word: string, start: number, end: number, role: Role, line: Line): void {
  const { text, found } = ctx;
  const kbPeople = ctx.kb.bySurname.get(word) ?? [];
  if (kbPeople.some((p) => !p.official) && !kbPeople.some((p) => p.official)) {
    found.claim(start, end);
    return;
  }
  // A specific title must fit the KB person ("Sen. Ross" is not the Commerce Secretary); a generic
  // one ("Kudlow, the top White House economic adviser") names them when they are the only one.
  let fit = kbPeople.filter((p) => p.official && headFitsRole(role.head, rolesText(p)));
  const officials = kbPeople.filter((p) => p.official);
  if (!fit.length && role.official && role.head.strength === 'weak' && officials.length === 1) fit = officials;
  // A "Premier" is not a vice premier, nor a "Minister" a deputy minister.
  const deputy = DEPUTY.test(role.head.word);
  const termFits = termFitter(role, deputy);
  // "Premier Li" in 2025: the one person of that family name holding such an office that day.
  const serving = ctx.servingByFamilyName(word, termFits, role.head.strength !== 'honorific');
  if (serving) fit = [...fit, serving];
  if (fit.length) {
    const person = ctx.choosePerson(fit, termFits);
    found.addMention(start, end, found.kbEntity(person, start));
    return;
  }
  const known = found.entitiesWithForm(word);
  if (known.length) {
    found.addMention(start, end, known[known.length - 1]);
    return;
  }
  if (!role.official || line.kind !== 'text' || cutsName(word) || isPlaceWord(word) || titleCaseAfter(text, end)) return;
  // A lone name after a title goes on like prose: "President Reagan said", "Premier Li's", "Kohl, who".
  if (!/^(?:[ \u00a0]*(?:[a-z(]|['’]s\b)|[,.;:)'’"”]|[ \u00a0]*$)/.test(text.slice(end, end + 3))) return;
  if (kbPeople.length && role.head.strength === 'weak') return;
  found.addMention(start, end, found.surnameEntity(word, role, start));
}
