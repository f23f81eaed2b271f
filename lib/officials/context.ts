// Checks on the few characters around a candidate name: what stands between a title and its
// name, whether capitalised words run on like a headline, the word before a position.
import { isAlnumAt, isLowerAt, isUpperAt } from './letters';
import { headOf } from './titles';

const HEADLINE_SMALL = new Set(['to', 'the', 'a', 'an', 'of', 'for', 'and', 'in', 'on', 'at', 'by', 'with', 'as', 'or', 'from']);

const NOT_HEADLINE_VERB = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Jr', 'Sr']);

/** Title-case words run on after `end` ("Liz Warren Refuses To Say"): a link list or a headline, not prose. */
export function titleCaseAfter(text: string, end: number): boolean {
  const words = text
    .slice(end, end + 80)
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^A-Za-z]+/, ''))
    .filter((w) => w.length >= 2 && !HEADLINE_SMALL.has(w.toLowerCase()))
    .slice(0, 4);
  if (words.length < 3 || NOT_HEADLINE_VERB.has(words[0])) return false;
  // Capitals all along, and no title among them ("... Baldrige and Trade Representative Clayton Yeutter").
  return words.every((w) => isUpperAt(w, 0) && headOf(w) === null);
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
