// Runs the pipeline over a live page and keeps the marks in step with it: the first pass after
// the page settles, then passes for content that arrives later (infinite scroll, script-rendered
// articles, in-page navigation). Plain DOM; the content script supplies `analyse` and reacts to
// `onUpdate`. Our own mutations are ignored, so painting never triggers another pass.
//
// A reader must never feel this. The pipeline runs off the page's main thread (the content
// script's `analyse` asks the background: lib/browser/background-pipeline.ts); what is left here is
// worked through in short slices (slices.ts, SLICE_MS): the gate, the text extraction, the
// planning of the marks and the painting, in batches. The first slice runs at once, so a short
// article is marked in one go; after that each slice waits for the page to be idle. The whole
// page is read, however long: a page longer than one window (windows.ts, WINDOW_CHARS) is
// analysed window by window, the one the reader is looking at first (window-reader.ts).
import type { Annotations, Figure, Finding, OfficialMention } from '../types';
import { BLOCK_SEPARATOR, extractTextInSlices } from './extract';
import { ID_ATTRIBUTE, MARK_TAG, OUR_MARKS, OUR_UI } from './dom-names';
import { paintMarks, removeMarks, removeMarksOf, settlePageEdits, type MarkAnnotation } from './marks';
import type { PageText } from './page-text';
import { Slices } from './slices';
import { PAGE_CHANGES, type FirstRead } from './first-read';
import { spanToPieces } from './ranges';
import { pageMightHaveFindingsInSlices } from './gate';
import { benchMark, benchSlice } from './bench-timing';
import { measureLabel, t } from '../i18n';
import type { KnowledgeBase } from '../kb/schema';
import { analysedText, cutWindows, type Analysis } from './windows';
import { nearestBatch, readWindows, type Painted, type PaintSteering } from './window-reader';

export type { Finding };

export interface AnnotatedPage {
  text: string;
  annotations: Annotations;
  /** The part of the knowledge base the annotations link to, which their cards are described
   * from, as `analyse` gave it (none on a page with nothing to mark). */
  kb?: KnowledgeBase;
  /** Mark id → what it marks. Marks from earlier passes keep their ids. */
  findings: Map<string, Finding>;
  /** Mark ids in page order. */
  order: string[];
}

export interface PageAnnotatorOptions {
  /** The pipeline: here or, better, off the page's main thread (lib/browser/background-pipeline.ts).
   * With the part of the knowledge base its annotations link to (lib/kb/page-kb.ts), if any. */
  analyse: (text: string) => Analysis | Promise<Analysis>;
  onUpdate?: (page: AnnotatedPage) => void;
  /** Quiet period after the last page mutation before a new pass (ms). */
  settleMs?: number;
  /** At most this many characters of page text per pass (default: all of it). For tests. */
  maxChars?: number;
  /** The most characters one analysis reads (default WINDOW_CHARS, windows.ts). For tests. */
  windowChars?: number;
  /** Which figures get a mark (default: trade figures). The content script chooses upstream,
   * from the reader's settings (lib/page/select.ts), and marks every figure it passes on. */
  markFigure?: (figure: Figure) => boolean;
  /** The page's text as the content script's check read it (first-read.ts): the first pass
   * uses it, without gating or reading again, if the page has not changed since. */
  firstRead?: FirstRead;
}

/** Marks painted between two looks at the clock. */
const PAINT_BATCH = 64;
/** Findings planned between two looks at the clock. */
const PLAN_BATCH = 256;
/**
 * A page that takes our marks out as soon as they appear (a reconciler that replaces elements it
 * did not write with their text) would have us mark it again after every pass, forever. Marks
 * removed within FIGHT_WINDOW_MS of painting count as a fight; after FIGHT_LIMIT passes in a row
 * that ended in one, the annotator leaves the page alone. A framework that re-renders now and
 * then (hostile check 3) removes marks long after they were painted, and is followed.
 */
const FIGHT_WINDOW_MS = 250;
const FIGHT_LIMIT = 3;

/** Thrown out of a pass that stop() abandoned between two slices. */
class Stopped extends Error {}

let counter = 0;
const nextId = () => `fn${(++counter).toString(36)}`;

// What a screen reader says for a mark (its aria-label), in the reader's language. A figure is
// called a trade figure only if it is one: with the reader's "all figures" setting others are
// marked too.
function figureLabel(f: Figure): string {
  if (!f.trade) return t('mark_label_figure', f.text);
  return f.measure ? t('mark_label_trade_figure_measure', f.text, measureLabel(f.measure)) : t('mark_label_trade_figure', f.text);
}
function officialLabel(o: OfficialMention): string {
  return o.role ? t('mark_label_official_role', o.text, o.role) : t('mark_label_official', o.text);
}

export class PageAnnotator {
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private rerun = false;
  private stopped = false;
  /** Advanced by stop(): a pass belongs to the generation it started in, and one that clear()
   * abandoned must not paint after restart() (its findings were chosen under the old settings,
   * and a later pass only adds marks, it never takes off ones it does not want). */
  private generation = 0;
  /** When this annotator last painted marks (performance.now()). */
  private lastPaint = Number.NEGATIVE_INFINITY;
  /** The page removed marks right after the last pass painted them. */
  private fought = false;
  /** Passes in a row that ended in a fight. */
  private fights = 0;
  current: AnnotatedPage | null = null;

  constructor(
    private readonly root: Element,
    private readonly options: PageAnnotatorOptions,
  ) {}

  /** One pass over the page. Returns null when the page has nothing for Footnote. */
  async run(): Promise<AnnotatedPage | null> {
    if (this.running) {
      this.rerun = true;
      return this.current;
    }
    this.running = true;
    try {
      do {
        this.rerun = false;
        await this.pass().catch((e: unknown) => {
          if (!(e instanceof Stopped)) throw e;
        });
      } while (this.rerun && !this.stopped);
    } finally {
      this.running = false;
    }
    return this.current;
  }

  private async pass(): Promise<void> {
    if (this.fought) {
      this.fought = false;
      if (++this.fights >= FIGHT_LIMIT) {
        console.debug('[Footnote] this page removes the marks as soon as they appear; leaving it alone');
        this.stop();
        this.publishNothing();
        return;
      }
    } else this.fights = 0;
    const generation = this.generation;
    const slices = this.slices(generation);
    // The content script's check read the page already, and it has not changed since.
    const first = this.options.firstRead;
    this.options.firstRead = undefined;
    let page = first?.takeIfCurrent() ?? null;
    const read = page ? first : undefined;
    if (!page) {
      // Cheap gate first: most pages a reader opens have nothing for us.
      if (!(await pageMightHaveFindingsInSlices(this.root, slices))) {
        this.publishNothing();
        return;
      }
      // (extractTextInSlices waits for the next slice itself if the gate used this one up.)
      page = await extractTextInSlices(this.root, { maxChars: this.options.maxChars, separator: BLOCK_SEPARATOR }, slices);
    }
    // page.text stays the DOM's own text (painting checks nodes against it); the pipeline
    // reads a same-length copy with source line breaks folded.
    const windows = read ? read.windows : cutWindows(page.text, this.options.windowChars);
    const text = read ? read.analysed : await analysedText(page.text, windows, slices);
    if (windows.length > 1) {
      const pageText = page;
      await readWindows({
        page,
        text,
        windows,
        first: read?.first,
        view: this.root.ownerDocument.defaultView,
        analyse: async (part) => {
          const answer = await this.options.analyse(part);
          slices.check(); // abandoned meanwhile: throws Stopped
          return answer;
        },
        paint: (annotations, then, steer) => {
          this.absorb(); // what the page did meanwhile: settled now, read by the next pass
          return this.paint(pageText, annotations, this.slices(generation), then, steer);
        },
        publish: (annotations, painted) => this.publishPainted(text, annotations, painted),
        idle: () => slices.next(),
      });
      return;
    }
    const annotations = await this.options.analyse(text);
    if (this.stopped || generation !== this.generation) return;
    this.absorb(); // what the page did meanwhile: settled now, read by the next pass
    await this.paint(page, annotations, this.slices(generation), (painted) => this.publishPainted(text, annotations, [painted]));
  }

  /**
   * Plan and paint the marks of `annotations`, then hand `then` what was wanted and the mark each
   * id has, in the same task as the last marks (before the page's observers see them).
   */
  private async paint(page: PageText, annotations: Analysis, slices: Slices, then: (painted: Painted) => void, steer?: PaintSteering): Promise<boolean> {
    type Wanted = MarkAnnotation & { finding: Finding };
    const wanted: Wanted[] = [];
    const markFigure = this.options.markFigure ?? ((f: Figure) => f.trade);
    /** The mark each wanted id has on the page: painted by this pass, or kept from an earlier one. */
    const markOf = new Map<string, Element>();
    const want = (start: number, end: number, make: (id: string) => Wanted) => {
      const existing = this.existingMark(page, start, end);
      const id = existing?.getAttribute(ID_ATTRIBUTE) ?? nextId();
      if (existing) markOf.set(id, existing);
      wanted.push(make(id));
    };
    // In batches too: on a page with thousands of figures, planning alone took 15–20 ms.
    const figures = annotations.figures.filter((f) => markFigure(f)); // by default only trade figures
    for (let i = 0; i < figures.length; i += PLAN_BATCH) {
      benchSlice('plan', () => {
        for (const figure of figures.slice(i, i + PLAN_BATCH)) {
          want(figure.start, figure.end, (id) => ({
            start: figure.start,
            end: figure.end,
            kind: 'figure',
            id,
            label: figureLabel(figure),
            finding: { kind: 'figure', id, figure },
          }));
        }
      });
      await slices.check();
    }
    benchSlice('plan', () => {
      for (const official of annotations.officials) {
        want(official.start, official.end, (id) => ({
          start: official.start,
          end: official.end,
          kind: 'official',
          id,
          label: officialLabel(official),
          finding: { kind: 'official', id, official },
        }));
      }
      wanted.sort((a, b) => a.start - b.start);
    });
    // In batches; a later batch never starts inside an earlier one's marks (they are sorted
    // by start, and painting skips what is already marked), so batches paint what one call would.
    // Steered (a window of a large page), the batch nearest the reader goes first.
    const batches: Wanted[][] = [];
    for (let i = 0; i < wanted.length;) {
      let end = Math.min(i + PAINT_BATCH, wanted.length);
      while (end < wanted.length && wanted[end].start === wanted[end - 1].start) end++;
      batches.push(wanted.slice(i, end));
      i = end;
    }
    let complete = true;
    while (batches.length) {
      const batch = batches.splice(nearestBatch(batches, steer?.focus()), 1)[0];
      benchSlice('paint', () => {
        this.absorb();
        for (const handle of paintMarks(page, batch)) markOf.set(handle.id, handle.elements[0]);
        this.observer?.takeRecords(); // our own marks are not page changes
        this.lastPaint = performance.now();
      });
      if (!batches.length) break;
      if (steer?.stop()) {
        complete = false;
        break;
      }
      await slices.check();
    }
    then({ wanted, markOf });
    return complete;
  }

  /** Publish what is on the page now: the marks painted and kept, unless the page removed them. */
  private publishPainted(text: string, annotations: Analysis, painted: Painted[]): void {
    benchSlice('paint', () => {
      // (Not a query of the whole document: 25 ms on a page with 7,000 marks.)
      const findings = new Map<string, Finding>();
      const order: string[] = [];
      for (const { wanted, markOf } of painted) {
        for (const w of wanted) {
          if (!markOf.get(w.id)?.isConnected) continue; // not paintable, or gone
          findings.set(w.id, w.finding);
          order.push(w.id);
        }
      }
      benchMark('painted');
      this.publish({ text, annotations, kb: annotations.kb, findings, order });
    });
  }

  /** Slices of work for one pass; a pass that stop() ended throws Stopped between two. */
  private slices(generation: number): Slices {
    return new Slices(this.root.ownerDocument.defaultView, () => {
      if (this.stopped || generation !== this.generation) throw new Stopped();
    });
  }

  /** The mark already covering this span, from an earlier pass. */
  private existingMark(page: PageText, start: number, end: number): Element | null {
    const first = spanToPieces(page, start, end)[0];
    const mark = first?.node.parentElement?.closest(MARK_TAG);
    return mark?.hasAttribute(ID_ATTRIBUTE) ? mark : null;
  }

  private publishNothing(): void {
    this.publish({ text: '', annotations: { figures: [], officials: [] }, findings: new Map(), order: [] });
  }

  private publish(page: AnnotatedPage): void {
    this.current = page;
    this.options.onUpdate?.(page);
  }

  /** Watch for content the page adds or replaces later, and annotate it once things settle. */
  observe(): void {
    if (this.observer || this.stopped) return;
    const view = this.root.ownerDocument.defaultView;
    if (!view?.MutationObserver) return;
    this.observer = new view.MutationObserver((records) => this.onRecords(records));
    // contenteditable: text that becomes editable later loses its marks (see onRecords).
    this.observer.observe(this.root, PAGE_CHANGES);
    // designMode is a property, not an attribute: no mutation tells when a page switches it on.
    // It is checked when a reader could start editing (caret placed, focus, a key, an input).
    const doc = this.root.ownerDocument;
    for (const type of EDIT_EVENTS) doc.addEventListener(type, this.onEditIntent, { capture: true, passive: true });
  }

  /** The page's mutations, as they arrive (a microtask after them, before the next paint). */
  private onRecords(records: MutationRecord[]): void {
    if (this.stopped) return;
    // Text nodes the page wrote or moved: take our split-off pieces away first (marks.ts).
    let ours = settlePageEdits(records);
    for (const r of records) {
      if (r.type !== 'attributes' || r.target.nodeType !== 1) continue;
      // Made editable: unwrap its marks (its text reads again exactly as the page wrote it);
      // extraction skips editable content, so later passes leave it alone.
      const el = r.target as Element;
      if (isEditingHost(el) || (el as HTMLElement).isContentEditable) ours = removeMarks(el) > 0 || ours;
    }
    if (ours) this.observer?.takeRecords(); // our own undoing is not a page change
    if (performance.now() - this.lastPaint < FIGHT_WINDOW_MS && records.some(removesMarks)) this.fought = true;
    if (records.some((r) => isPageChange(r))) this.schedule();
  }

  /** Settle the page's pending mutations and schedule a pass for them (inside a pass). */
  private absorb(): void {
    const records = this.observer?.takeRecords() ?? [];
    if (records.length === 0) return;
    this.onRecords(records);
  }

  private readonly onEditIntent = (): void => {
    const doc = this.root.ownerDocument;
    if (this.stopped || doc.designMode !== 'on') return;
    if (removeMarks(this.root) === 0) return;
    this.observer?.takeRecords();
    this.schedule(); // a pass that finds nothing to read: the summary and badge follow
  };

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run().catch(() => {}), this.options.settleMs ?? 400);
  }

  /** Unmark one finding now ("Not right?"; later passes leave it out through the corrections). */
  unmark(id: string): void {
    removeMarksOf(this.root, id);
    this.observer?.takeRecords(); // our own change, not the page's
    const page = this.current;
    if (!page?.findings.has(id)) return;
    const findings = new Map(page.findings);
    findings.delete(id);
    this.publish({ ...page, findings, order: page.order.filter((x) => x !== id) });
  }

  /** Take every mark off the page and stop watching it. */
  clear(): void {
    this.stop();
    removeMarks(this.root);
    this.current = null;
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    this.options.firstRead?.release(); // never used: stop watching for its sake
    this.options.firstRead = undefined;
    clearTimeout(this.timer);
    this.observer?.disconnect();
    if (this.observer) for (const type of EDIT_EVENTS) this.root.ownerDocument.removeEventListener(type, this.onEditIntent, { capture: true });
    this.observer = undefined;
  }

  /** Start again after clear() (the reader switched Footnote back on). */
  restart(): void {
    this.stopped = false;
  }
}

/**
 * A mutation worth a new pass. Our own painting never reaches here: paint() takes the records
 * synchronously right after it writes. What is left is the page's doing, except in our UI.
 */
function isPageChange(r: MutationRecord): boolean {
  const target = (r.target.nodeType === 1 ? r.target : r.target.parentElement) as Element | null;
  if (target?.closest?.(OUR_UI)) return false;
  if (r.type !== 'childList') return true;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length === 0 || !nodes.every((n) => n.nodeType === 1 && (n as Element).matches(OUR_UI));
}

/** The record takes one of our marks out of the page (the mark itself, or what holds it). */
function removesMarks(r: MutationRecord): boolean {
  for (const node of Array.from(r.removedNodes)) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.matches(OUR_MARKS) || el.querySelector(OUR_MARKS)) return true;
  }
  return false;
}

/** Moments a reader could start editing a document in designMode. */
const EDIT_EVENTS = ['focusin', 'selectionchange', 'keydown', 'beforeinput', 'pointerdown'] as const;

/** The element's own contenteditable makes it an editor (any value but "false", as extract.ts). */
function isEditingHost(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}
