// A tiny word tokenizer for reading the few words around a name (a title before it,
// an appositive after it). Abbreviations keep their periods ("U.S.", "Sen."), possessives
// stay on their word ("Japan's"), and punctuation that ends a phrase is its own token.
import {
  CH_0,
  CH_9,
  CH_a,
  CH_A,
  CH_APOSTROPHE,
  CH_DIVIDE,
  CH_FIRST_LATIN1_LETTER,
  CH_HYPHEN,
  CH_LAST_LATIN_EXT_B,
  CH_RIGHT_QUOTE,
  CH_TIMES,
  CH_z,
  CH_Z,
  isUpperAt,
  LET,
} from './letters';

export interface Tok {
  /** The token as written. */
  t: string;
  /** Offset in the analysed text. */
  start: number;
}

const TOKEN = new RegExp(`[${LET}0-9](?:[${LET}0-9&'’./-]*[${LET}0-9.])?(?:['’](?![${LET}]))?|[(),;:"“”—–!?]`, 'g');

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) out.push({ t: m[0], start: from + m.index });
  return out;
}

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'U.S. U.K. U.N. E.U. E.C. D.C. N.Y. L.A. S. N. W. E. Sen. Rep. Reps. Sens. Gov. Govs. Amb. Pres. Mr. Mrs. Ms. Dr. Messrs. ' +
    'St. Jr. Sr. Lt. Gen. Col. Adm. Capt. Sgt. Rev. Prof. Dept. No. Vol. Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. ' +
    'Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. ' +
    'Ore. Pa. Tenn. Tex. Va. Vt. Wash. Wis. Wyo. Ala. Corp. Inc. Co. Ltd. vs. v. etc.'
  ).split(' '),
);

const INITIALS = new RegExp(`^(?:[${LET}]\\.)+$`);

/** True when a token ends a sentence ("Washington." but not "U.S." or "Sen."). */
export function endsSentence(tok: string): boolean {
  if (tok === '.' || tok === '!' || tok === '?') return true;
  if (!tok.endsWith('.')) return false;
  if (ABBREVIATIONS.has(tok)) return false;
  if (INITIALS.test(tok)) return false; // initials and "U.S."
  return true;
}

/** The word without a possessive ending or a final period. */
export function bare(tok: string): string {
  let e = tok.length;
  const last = tok[e - 1];
  if (last === "'" || last === '’') e--;
  else if (last === 's' && e > 2 && (tok[e - 2] === "'" || tok[e - 2] === '’')) e -= 2;
  if (tok[e - 1] === '.') e--;
  return e === tok.length ? tok : tok.slice(0, e);
}

export const isCapitalised = (tok: string): boolean => isUpperAt(tok, 0);
export function isPossessive(tok: string): boolean {
  const n = tok.length;
  const last = tok[n - 1];
  if (last === "'" || last === '’') return n > 1;
  return last === 's' && n > 2 && (tok[n - 2] === "'" || tok[n - 2] === '’');
}

const CH_PERIOD = 46;
const CH_AMPERSAND = 38;

/** Characters a word token may hold (letters, digits and the joiners of "U.S.", "R-Utah", "Japan's"). */
function wordChar(c: number): boolean {
  return (
    (c >= CH_a && c <= CH_z) ||
    (c >= CH_A && c <= CH_Z) ||
    (c >= CH_0 && c <= CH_9) ||
    c === CH_PERIOD ||
    c === CH_APOSTROPHE ||
    c === CH_RIGHT_QUOTE ||
    c === CH_HYPHEN ||
    c === CH_AMPERSAND ||
    (c >= CH_FIRST_LATIN1_LETTER && c <= CH_LAST_LATIN_EXT_B && c !== CH_TIMES && c !== CH_DIVIDE)
  );
}
const PUNCT_TOKENS = new Set(['(', ')', ',', ';', ':', '"', '“', '”', '—', '–', '!', '?']);
const isAlnum = (c: number) =>
  (c >= CH_a && c <= CH_z) ||
  (c >= CH_A && c <= CH_Z) ||
  (c >= CH_0 && c <= CH_9) ||
  (c >= CH_FIRST_LATIN1_LETTER && c <= CH_LAST_LATIN_EXT_B && c !== CH_TIMES && c !== CH_DIVIDE);

const CH_SPACE = 32;
const CH_TAB = 9;
const CH_LF = 10;
const CH_CR = 13;
const CH_NBSP = 0xa0;
/** U+2000 to U+200B: the typographic spaces (en quad to hair space) and the zero-width space. */
const CH_EN_QUAD = 0x2000;
const CH_ZERO_WIDTH_SPACE = 0x200b;
const isSpace = (c: number) => c === CH_SPACE || c === CH_LF || c === CH_TAB || c === CH_CR || c === CH_NBSP || (c >= CH_EN_QUAD && c <= CH_ZERO_WIDTH_SPACE);

/**
 * Tokens read backwards from `pos`, lazily: `at(0)` is the token right before `pos`, `at(1)` the
 * one before that. A title is read from the name leftwards and usually ends within a few words,
 * so most of the line is never tokenized.
 */
export class BackTokens {
  private readonly toks: string[] = [];
  private i: number;

  constructor(
    private readonly text: string,
    pos: number,
    private readonly min: number,
  ) {
    this.i = pos;
  }

  at(k: number): string | undefined {
    while (this.toks.length <= k && this.next()) {
      /* read on */
    }
    return this.toks[k];
  }

  private next(): boolean {
    const text = this.text;
    let i = this.i;
    for (;;) {
      while (i > this.min && isSpace(text.charCodeAt(i - 1))) i--;
      if (i <= this.min) return false;
      const ch = text[i - 1];
      if (PUNCT_TOKENS.has(ch)) {
        this.toks.push(ch);
        this.i = i - 1;
        return true;
      }
      let j = i;
      while (j > this.min && wordChar(text.charCodeAt(j - 1))) j--;
      if (j === i) {
        i--; // a character no token holds: skip it
        continue;
      }
      // A word starts with a letter or digit and ends with one, a period or an apostrophe.
      let s = j;
      while (s < i && !isAlnum(text.charCodeAt(s))) s++;
      let e = i;
      while (e > s && (text[e - 1] === '-' || text[e - 1] === '&' || text[e - 1] === '/')) e--;
      this.i = j;
      if (s >= e) {
        i = j;
        continue;
      }
      this.toks.push(text.slice(s, e));
      return true;
    }
  }
}
