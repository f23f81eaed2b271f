// A large page's text in windows (lib/page/windows.ts), and which window is read next
// (lib/page/window-order.ts): pure functions, and the real pipeline for the officials' context.
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../lib/page/extract';
import { cutWindows, mergeKb, officialsContext, placeWindowAnnotations, WINDOW_CHARS } from '../../lib/page/windows';
import { nextWindow } from '../../lib/page/window-order';
import { annotatePage } from '../../lib/pipeline';

const S = BLOCK_SEPARATOR;

describe('cutWindows', () => {
  it('keeps a text of up to one window whole (every normal article)', () => {
    expect(cutWindows('A short article.')).toEqual([{ index: 0, start: 0, end: 16 }]);
    const long = `${'a'.repeat(WINDOW_CHARS - 1)}${S}`;
    expect(cutWindows(long)).toEqual([{ index: 0, start: 0, end: WINDOW_CHARS }]);
    expect(cutWindows('')).toEqual([{ index: 0, start: 0, end: 0 }]);
  });

  it('cuts after block separators, each window at most the size, covering the text in order', () => {
    const blocks = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says something.`);
    const text = blocks.join(S);
    const windows = cutWindows(text, 100);
    expect(windows.length).toBeGreaterThan(10);
    expect(windows[0].start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    for (const [i, w] of windows.entries()) {
      expect(w.index).toBe(i);
      expect(w.end - w.start).toBeLessThanOrEqual(100);
      if (i > 0) expect(w.start).toBe(windows[i - 1].end);
      // Every window but the last ends right after a separator: no paragraph is cut in two.
      if (i < windows.length - 1) expect(text[w.end - 1]).toBe(S);
    }
  });

  it('cuts a block longer than a window at a space, and a word longer than one anywhere', () => {
    const text = 'word '.repeat(60); // 300 characters, no separator
    const windows = cutWindows(text, 100);
    for (const w of windows.slice(0, -1)) expect(text[w.end - 1]).toBe(' ');
    expect(cutWindows('x'.repeat(250), 100).map((w) => w.end - w.start)).toEqual([100, 100, 50]);
  });
});

describe('officials named in an earlier window', () => {
  const earlier = 'Treasury Secretary Steven Mnuchin met Vice Premier Liu He on tariffs and the trade deficit.';
  const later = 'Talks went on. Mnuchin said tariffs on $50 billion of imports would stay while exports fell.';

  it('are not linked in a window read alone (what the context is for)', () => {
    expect(annotatePage(later).officials).toEqual([]);
  });

  it('are linked through the context: the later "Mnuchin" is Steven Mnuchin, at its place in the page', () => {
    const first = annotatePage(earlier);
    const context = officialsContext(first.officials);
    expect(context).toBe('Steven Mnuchin\nLiu He\n\n');
    const page = `${earlier}${S}${later}`;
    const window = { index: 1, start: earlier.length + 1, end: page.length };
    const placed = placeWindowAnnotations(annotatePage(context + later), window, context.length);
    expect(placed.officials.map((o) => [o.text, o.name, page.slice(o.start, o.end)])).toEqual([['Mnuchin', 'Steven Mnuchin', 'Mnuchin']]);
    // The figures too are moved to their place in the page, and none comes from the context.
    expect(placed.figures.map((f) => page.slice(f.start, f.end))).toEqual(['$50 billion']);
  });

  it('a context names each person once, by a full name, and is empty without one', () => {
    const o = (text: string, name: string) => ({ start: 0, end: text.length, text, name });
    expect(officialsContext([])).toBe('');
    expect(officialsContext([o('Mnuchin', 'Steven Mnuchin')])).toBe('');
    expect(officialsContext([o('Steven Mnuchin', 'Steven Mnuchin'), o('Steven\nMnuchin', 'Steven Mnuchin'), o('Wilbur Ross', 'Wilbur Ross')])).toBe(
      'Steven Mnuchin\nWilbur Ross\n\n',
    );
  });

  it('the parts of the knowledge base two windows link to are put together without repeats', () => {
    const person = (id: string) => ({ id }) as never;
    const a = { people: [person('a'), person('b')], facts: [], references: [] };
    const b = { people: [person('b'), person('c')], facts: [person('f')], references: [person('r')] };
    expect(mergeKb(a, b)).toEqual({ people: [person('a'), person('b'), person('c')], facts: [person('f')], references: [person('r')] });
    expect(mergeKb(undefined, b)).toBe(b);
  });
});

describe('nextWindow: what the reader sees, then what is near it, then the rest', () => {
  const set = (...xs: number[]) => new Set(xs);

  it('reads a window near the viewport first, the one nearest the reader among several', () => {
    expect(nextWindow(set(0, 1, 2, 3, 4, 5), set(4), 4)).toBe(4);
    expect(nextWindow(set(0, 1, 2, 3, 4, 5), set(3, 4, 5), 4)).toBe(4);
    expect(nextWindow(set(0, 1, 2, 3, 5), set(3, 4, 5), 4)).toBe(5);
  });

  it('then the unread windows closest to where the reader is, the later one on a tie', () => {
    expect(nextWindow(set(0, 1, 2, 6, 7), set(), 4)).toBe(6);
    expect(nextWindow(set(0, 1, 3, 7), set(), 4)).toBe(3);
    expect(nextWindow(set(0, 1, 5, 7), set(), 4)).toBe(5);
    // Before the first report, from the top of the page.
    expect(nextWindow(set(0, 1, 2), set(), 0)).toBe(0);
    expect(nextWindow(set(), set(1), 1)).toBeUndefined();
  });

  it('visits every window exactly once, whatever the order', () => {
    const unread = set(0, 1, 2, 3, 4, 5, 6, 7);
    const order: number[] = [];
    for (let i = nextWindow(unread, set(6), 6); i !== undefined; i = nextWindow(unread, set(), 6)) {
      order.push(i);
      unread.delete(i);
    }
    expect(order).toEqual([6, 7, 5, 4, 3, 2, 1, 0]);
  });
});
