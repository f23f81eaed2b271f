// Cheap sentence bounds around a position, for code that needs "the sentence this figure is in"
// without segmenting the whole document. A boundary is a blank line or newline, or . ! ?
// followed by space and a capital or an opening quote. Abbreviations such as "U.S. goods" or
// "Sen. Warren" can end a sentence early; callers use the window as context, not as truth.

const ABBREVIATION =
  /(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;

function isBoundary(text: string, dot: number): boolean {
  const ch = text.charCodeAt(dot);
  if (ch === 10) return true; // newline: blocks and paragraphs never share a sentence
  if (ch !== 46 && ch !== 33 && ch !== 63) return false; // . ! ?
  const next = text.charCodeAt(dot + 1);
  if (next !== 32 && next !== 10 && next !== 160) return false;
  if (ch === 46 && ABBREVIATION.test(text.slice(Math.max(0, dot - 6), dot + 1))) return false;
  return true;
}

/** The [start, end) of the sentence containing `pos`, looking at most `limit` characters each way. */
export function sentenceAround(text: string, pos: number, limit = 600): { start: number; end: number } {
  let start = pos;
  const minStart = Math.max(0, pos - limit);
  while (start > minStart && !isBoundary(text, start - 1)) start--;
  let end = pos;
  const maxEnd = Math.min(text.length, pos + limit);
  while (end < maxEnd && !isBoundary(text, end)) end++;
  if (end < text.length && text.charCodeAt(end) !== 10) end++; // keep the full stop
  return { start, end };
}
