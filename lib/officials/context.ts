// Checks on the few characters around a candidate name: what stands between a title and its
// name, whether capitalised words run on like a headline, the word before a position.
import { isAlnumAt, isLowerAt, isUpperAt } from './letters';
import { headOf } from './titles';

const HEADLINE_SMALL = new Set(['to', 'the', 'a', 'an', 'of', 'for', 'and', 'in', 'on', 'at', 'by', 'with', 'as', 'or', 'from']);

const NOT_HEADLINE_VERB = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Jr', 'Sr']);

/** The pieces between spaces and commas. */
const PIECE = /[^\s,]+/g;

/** Title-case words run on after `end` ("Liz Warren Refuses To Say"): a link list or a headline, not prose. */
export function titleCaseAfter(text: string, end: number): boolean {
  // The first four words of two letters or more after `end` (within 80 characters), read one by
  // one: most names go on in lower case, and the first word settles it.
  const window = text.slice(end, end + 80);
  let words = 0;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(window); m && words < 4; m = PIECE.exec(window)) {
    const w = m[0].replace(/^[^A-Za-z]+/, '');
    if (w.length < 2 || HEADLINE_SMALL.has(w.toLowerCase())) continue;
    if (words === 0 && NOT_HEADLINE_VERB.has(w)) return false;
    // Capitals all along, and no title among them ("... Baldrige and Trade Representative Clayton Yeutter").
    if (!isUpperAt(w, 0) || headOf(w) !== null) return false;
    words++;
  }
  return words >= 3;
}

/** The capitalised word (possibly possessive) right before `pos` and the spaces before it: "the Trump " / "Kohl's ". */
export function wordBefore(text: string, pos: number): { start: number; word: string; possessive: boolean } | null {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  if (i === pos) return null;
  let possessive = false;
  if (i > 2 && text[i - 1] === 's' && (text[i - 2] === "'" || text[i - 2] === '’')) {
    possessive = true;
    i -= 2;
  }
  let j = i;
  while (j > 0 && isLowerAt(text, j - 1)) j--;
  if (j === i || j === 0 || !isUpperAt(text, j - 1)) return null;
  j--;
  if (j > 0 && (isAlnumAt(text, j - 1) || "@#_/'’.-".includes(text[j - 1]))) return null;
  return { start: j, word: text.slice(j, i), possessive };
}

const GAP_WORDS = new Set(['of', 'to', 'for', 'at', 'in', 'on', 'the', 'and', 'with', '&', '(', ')', 'staff']);

/**
 * What may stand between a title and its name: "of State", "to the United States" (capitalised
 * words and small words), or a left appositive ending in a comma ("of the ministry's trade
 * department (CACEX), ").
 */
export function titleGapOk(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (!gap.trim()) return true;
  if (/[;:!?"“”\n]/.test(gap)) return false;
  if (/,[ \u00a0]*$/.test(gap)) return gap.indexOf(',') === gap.lastIndexOf(',') && !/\.[ \u00a0]/.test(gap);
  if (gap.includes(',')) return false;
  for (const w of gap.split(/[ \u00a0]+/)) {
    if (!w) continue;
    if (GAP_WORDS.has(w)) continue;
    const c = w[0];
    if (c !== c.toLowerCase() || c === '(') continue;
    return false;
  }
  return true;
}
