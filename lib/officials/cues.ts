// The scan for the cues of the titled-name and administrations passes, in one walk over the
// text: a title word ("Minister", "Sen.", "Mr", "vice president"), a word that uses a name
// attributively ("administration", "White House"), or a party tag (", R-Utah", "(D-OH)",
// ", who heads"). It finds what the regex `\b(?:title words)|\b(?:admin words)\b|party tag`
// would, one match after another, but looks words up instead of trying an alternation of some
// 400 spellings at every character: a word is looked up only when its length and first, second
// and last letters say some spelling could begin with it (see word-filter.ts), and most are not.
import { ADMIN_WORDS } from './passes/administrations';
import { TITLE_SPELLINGS } from './titles';
import { WordFilter } from './word-filter';
import { isWordCode } from '../text/char-tests';

/**
 * A title word; "administration", "government", ... (the administrations pass reads the name
 * before it); or a party tag or ", who heads" (the name before the comma or bracket).
 */
export type CueKind = 'title' | 'admin' | 'party';

/** What may start at a word: the spellings whose first word it is, in the order they are tried. */
interface Entry {
  /** "Sen": a cue only with its period ("Sen."). */
  abbreviated: boolean;
  /** "Mr": a cue with or without a period, which is taken in. */
  honorific: boolean;
  /** Title words and phrases starting with this word, longest first ("vice president", ...). */
  titles: string[];
  /** Admin words starting with it, longest first. */
  admin: string[];
}

const CH_PERIOD = 46;
const CH_COMMA = 44;
const CH_OPEN_PAREN = 40;

/** The first `\w` run of a spelling: the word the scan looks it up by ("vice" of "vice president"). */
function firstRun(s: string): string {
  let i = 0;
  while (i < s.length && isWordCode(s.charCodeAt(i))) i++;
  return s.slice(0, i);
}

const byFirstWord = new Map<string, Entry>();
/** The cheap rejection before a word is cut out and looked up: only about one word in forty gets past it. */
const firstWords = new WordFilter();

function entryFor(word: string): Entry {
  let e = byFirstWord.get(word);
  if (!e) {
    byFirstWord.set(word, (e = { abbreviated: false, honorific: false, titles: [], admin: [] }));
    firstWords.add(word);
  }
  return e;
}

for (const w of TITLE_SPELLINGS.abbreviated) entryFor(w).abbreviated = true;
for (const w of TITLE_SPELLINGS.honorific) entryFor(w).honorific = true;
for (const w of TITLE_SPELLINGS.words) entryFor(firstRun(w)).titles.push(w);
for (const w of ADMIN_WORDS) entryFor(firstRun(w)).admin.push(w);
// The regex's alternation would take the longest spelling that ends at a word boundary.
for (const e of byFirstWord.values()) {
  e.titles.sort((a, b) => b.length - a.length);
  e.admin.sort((a, b) => b.length - a.length);
}

const PARTY_OR_WHO =
  /[,(][ \u00a0]?(?:[RDI][ \u00a0]?[-–][ \u00a0]?[A-Z]|who[ \u00a0]+(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|oversees|oversaw)\b)/y;

/** The longest of `spellings` written at `at` and ending at a word boundary. */
function longestAt(text: string, at: number, spellings: string[]): number {
  for (const s of spellings) {
    const end = at + s.length;
    if (text.startsWith(s, at) && !(end < text.length && isWordCode(text.charCodeAt(end)))) return end;
  }
  return -1;
}

/** Calls `visit` with each cue of `text`, left to right, as `[start, end)` (the end of one is where the next may start). */
export function forEachCue(text: string, visit: (kind: CueKind, start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  // Each turn starts at a word boundary: at a run of word characters, it is the run's start.
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < n && isWordCode(text.charCodeAt(j))) j++;
      if (firstWords.mayHold(text, i, j)) {
        const e = byFirstWord.get(text.slice(i, j));
        if (e) {
          let end = -1;
          let kind: CueKind = 'title';
          if (e.abbreviated && text.charCodeAt(j) === CH_PERIOD) end = j + 1;
          else if (e.honorific) end = text.charCodeAt(j) === CH_PERIOD ? j + 1 : j;
          else if (e.titles.length) end = longestAt(text, i, e.titles);
          if (end < 0 && e.admin.length) {
            end = longestAt(text, i, e.admin);
            kind = 'admin';
          }
          if (end >= 0) {
            visit(kind, i, end);
            i = end;
            continue;
          }
        }
      }
      i = j;
      continue;
    }
    if (c === CH_COMMA || c === CH_OPEN_PAREN) {
      PARTY_OR_WHO.lastIndex = i;
      if (PARTY_OR_WHO.test(text)) {
        visit('party', i, PARTY_OR_WHO.lastIndex);
        i = PARTY_OR_WHO.lastIndex;
        // A tag may end inside a word ("R-U|tah"): the rest of it is no word start.
        if (isWordCode(text.charCodeAt(i - 1))) while (i < n && isWordCode(text.charCodeAt(i))) i++;
        continue;
      }
    }
    i++;
  }
}
