// A pass over a page of several windows (windows.ts): each window is analysed as a text of its
// own and painted as soon as its answer is in, the window the reader is looking at first, then
// those near it, then the rest, one window per idle moment (window-order.ts). When the reader
// scrolls, the window they reach is the next one read.
//
// An official named in full in one window and by surname only in a later one ("Steven Mnuchin",
// then "Mnuchin") is linked: each window is analysed after the names the earlier windows read
// so far gave (windows.ts officialsContext). A window read before the earlier window that names
// its official (the reader opened the page far down) is read again once that one is, if it
// holds the surname. Plain DOM, as extract.ts.
import type { Finding, OfficialMention } from '../types';
import type { MarkAnnotation } from './marks';
import type { PageText } from './page-text';
import { WindowWatch, windowAnchors } from './window-order';
import { mergeKb, officialsContext, placeWindowAnnotations, type Analysis, type TextWindow } from './windows';

/** What painting one answer planned, and the mark each planned id has on the page. */
export interface Painted {
  wanted: Array<MarkAnnotation & { finding: Finding }>;
  markOf: Map<string, Element>;
}

export interface WindowReading {
  page: PageText;
  /** The pipeline's view of the whole page's text. */
  text: string;
  windows: readonly TextWindow[];
  /** The window to read first (the check asked about it already), if any. */
  first?: TextWindow;
  view: (Window & typeof globalThis) | null;
  analyse(text: string): Promise<Analysis>;
  /** Paints one window's annotations (offsets in the page's text), then calls `then` at once;
   * false if `steer` stopped it before the end. */
  paint(annotations: Analysis, then: (painted: Painted) => void, steer: PaintSteering): Promise<boolean>;
  /** What the windows read so far found, with their offsets in the page's text. */
  publish(annotations: Analysis, painted: Painted[]): void;
  /** Resolves at the next idle moment. */
  idle(): Promise<void>;
}

/** How a window is painted: nearest the reader first, and stopped when the reader moves to another. */
export interface PaintSteering {
  /** The offset in the page's text nearest which the reader is, if in this window. */
  focus(): number | undefined;
  /** The reader is now near another window, still unread: stop painting this one. */
  stop(): boolean;
}

interface WindowResult {
  annotations: Analysis;
  painted: Painted;
  /** The names of the officials the window was read with (the earlier windows'). */
  context: Set<string>;
}

export async function readWindows(r: WindowReading): Promise<void> {
  const watch = new WindowWatch(r.view, windowAnchors(r.page, r.windows));
  const unread = new Set(r.windows.map((w) => w.index));
  const results = new Map<number, WindowResult>();
  /** Windows whose painting was stopped for another: their answer, to paint the rest later. */
  const unpainted = new Map<number, { annotations: Analysis; earlier: OfficialMention[] }>();
  try {
    let next = r.first?.index;
    if (next === undefined) await watch.ready;
    for (;;) {
      const i = next ?? watch.next(unread);
      next = undefined;
      if (i === undefined) break;
      unread.delete(i);
      const w = r.windows[i];
      const earlier = [...results.entries()]
        .filter(([k]) => k < i)
        .sort(([a], [b]) => a - b)
        .flatMap(([, res]) => res.annotations.officials);
      let known = unpainted.get(i);
      unpainted.delete(i);
      if (!known) {
        const context = officialsContext(earlier);
        const answer = await r.analyse(context + r.text.slice(w.start, w.end));
        known = { annotations: placeWindowAnnotations(answer, w, context.length), earlier };
      }
      const { annotations } = known;
      const steer: PaintSteering = {
        focus: () => watch.focus(i),
        stop: () => {
          const near = watch.near();
          const next = watch.next(unread);
          return !near.has(i) && next !== undefined && near.has(next);
        },
      };
      const context = new Set(known.earlier.map((o) => o.name));
      const complete = await r.paint(
        annotations,
        (painted) => {
          results.set(i, { annotations, painted, context });
          publishAll(r, results);
        },
        steer,
      );
      if (!complete) {
        unpainted.set(i, known);
        unread.add(i);
      }
      for (const k of toReadAgain(r, results, i)) {
        unread.add(k);
        unpainted.delete(k); // its answer lacks the names: ask again
      }
      if (unread.size) await r.idle();
    }
  } finally {
    watch.disconnect();
  }
}

/** Windows after `i`, read already without a name `i` gave, whose text holds its surname. */
function toReadAgain(r: WindowReading, results: Map<number, WindowResult>, i: number): number[] {
  const names = new Set(
    results
      .get(i)!
      .annotations.officials.filter((o) => /\s/.test(o.text.trim()))
      .map((o) => o.name),
  );
  const again: number[] = [];
  for (const [k, res] of results) {
    if (k <= i) continue;
    const w = r.windows[k];
    for (const name of names) {
      if (res.context.has(name) || res.annotations.officials.some((o) => o.name === name)) continue;
      const surname = name.slice(name.lastIndexOf(' ') + 1);
      const at = r.text.indexOf(surname, w.start);
      if (at !== -1 && at < w.end) {
        again.push(k);
        break;
      }
    }
  }
  return again;
}

/** The windows read so far, in page order, as one answer. */
function publishAll(r: WindowReading, results: Map<number, WindowResult>): void {
  const inOrder = [...results.entries()].sort(([a], [b]) => a - b).map(([, res]) => res);
  const annotations: Analysis = {
    ...inOrder[0].annotations,
    figures: inOrder.flatMap((res) => res.annotations.figures),
    officials: inOrder.flatMap((res) => res.annotations.officials),
    kb: inOrder.reduce<Analysis['kb']>((kb, res) => mergeKb(kb, res.annotations.kb), undefined),
  };
  r.publish(
    annotations,
    inOrder.map((res) => res.painted),
  );
}

/** The batch whose first mark is nearest `focus` (the first without one). */
export function nearestBatch(batches: Array<Array<{ start: number }>>, focus: number | undefined): number {
  if (focus === undefined) return 0;
  let best = 0;
  for (let k = 1; k < batches.length; k++) if (Math.abs(batches[k][0].start - focus) < Math.abs(batches[best][0].start - focus)) best = k;
  return best;
}
