// A page's text in windows: on a very large page (an archive of 20,000 paragraphs), the text is
// cut at block boundaries into windows of at most WINDOW_CHARS, each analysed by the background
// as a text of its own and painted with its offsets moved back into the page's. So no part of a
// page goes unread, no single analysis or answer grows without bound, and the part the reader is
// looking at can be read first (window-order.ts). A normal article is one window: it is read
// exactly as before, in one round trip. Pure: no DOM.
import type { Annotations, Figure, OfficialMention } from '../types';
import type { KnowledgeBase } from '../kb/schema';
import { BLOCK_SEPARATOR, textForAnalysis } from './extract';
import type { Slices } from './slices';
import { benchSlice } from './bench-timing';

/** What `analyse` gives: the annotations, and the background's part of the knowledge base. */
export type Analysis = Annotations & { kb?: KnowledgeBase };

/**
 * The most characters of page text one analysis reads. Above the largest real article page
 * measured (245,000 characters, a long Wikipedia article; the median is 10,000), so that every
 * real article is one window; on the 2,240 characters a millisecond the pipeline reads, one
 * window is at most about 130 ms of the background's time.
 */
export const WINDOW_CHARS = 300_000;

/** Offsets into the page's text; `end` exclusive. */
export interface TextWindow {
  index: number;
  start: number;
  end: number;
}

/**
 * Cut `text` into windows of at most `max` characters, each ending right after a block
 * separator (or, in a block longer than `max`, after the last white space), so that no sentence
 * is cut in two unless a block is longer than a window. Text of at most `max` is one window.
 */
export function cutWindows(text: string, max = WINDOW_CHARS): TextWindow[] {
  const windows: TextWindow[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let end = text.lastIndexOf(BLOCK_SEPARATOR, limit - 1) + 1;
    if (end <= start) end = lastSpaceBefore(text, start, limit) + 1;
    if (end <= start) end = limit; // one word longer than a window: cut it
    windows.push({ index: windows.length, start, end });
    start = end;
  }
  windows.push({ index: windows.length, start, end: text.length });
  return windows;
}

/**
 * The pipeline's view of the page's text (textForAnalysis), on a page of several windows one
 * window a slice: in one go it took 13-17 ms for 3 million characters.
 */
export async function analysedText(text: string, windows: readonly TextWindow[], slices: Pick<Slices, 'check'>): Promise<string> {
  if (windows.length === 1) return textForAnalysis(text);
  const parts: string[] = [];
  for (const w of windows) {
    await slices.check();
    parts.push(benchSlice('extract', () => textForAnalysis(text.slice(w.start, w.end))));
  }
  return parts.join('');
}

function lastSpaceBefore(text: string, start: number, limit: number): number {
  for (let i = limit - 1; i > start; i--) if (/\s/.test(text[i])) return i;
  return -1;
}

/**
 * The officials a window may mention again by surname only: how the earlier windows named them
 * ("Treasury Secretary Steven Mnuchin"), one a line, read before the window's own text so that a
 * later "Mnuchin" links to the same person. At most MAX_CONTEXT_NAMES, the first named first.
 */
export const MAX_CONTEXT_NAMES = 200;

export function officialsContext(earlier: readonly OfficialMention[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const o of earlier) {
    // A full name is two words or more; a bare surname would add nothing.
    if (!/\s/.test(o.text.trim()) || seen.has(o.name)) continue;
    seen.add(o.name);
    lines.push(o.text.replace(/\s+/g, ' '));
    if (lines.length >= MAX_CONTEXT_NAMES) break;
  }
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

/**
 * The annotations of `context + text.slice(window.start, window.end)` moved into the page's
 * text: offsets shifted, and what was found in the context left out.
 */
export function placeWindowAnnotations<A extends Annotations>(annotations: A, window: TextWindow, contextLength: number): A {
  const shift = window.start - contextLength;
  const place = <T extends Figure | OfficialMention>(list: T[]): T[] =>
    list.filter((x) => x.start >= contextLength).map((x) => ({ ...x, start: x.start + shift, end: x.end + shift }));
  return { ...annotations, figures: place(annotations.figures), officials: place(annotations.officials) };
}

/** Two answers' parts of the knowledge base together (for the cards of the windows read so far). */
export function mergeKb(a: KnowledgeBase | undefined, b: KnowledgeBase | undefined): KnowledgeBase | undefined {
  if (!a || !b) return a ?? b;
  const union = <T extends { id: string }>(x: T[], y: T[]): T[] => {
    const ids = new Set(x.map((e) => e.id));
    return [...x, ...y.filter((e) => !ids.has(e.id))];
  };
  return { people: union(a.people, b.people), facts: union(a.facts, b.facts), references: a.references.length ? a.references : b.references };
}
