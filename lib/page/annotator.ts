// Runs the pipeline over a live page and keeps the marks in step with it: the first pass after
// the page settles, then passes for content that arrives later (infinite scroll, script-rendered
// articles, in-page navigation). Plain DOM; the content script supplies `analyse` and reacts to
// `onUpdate`. Our own mutations are ignored, so painting never triggers another pass.
import type { Annotations, Figure, Finding, OfficialMention } from '../types';
import { BLOCK_SEPARATOR, extractText, textForAnalysis, type PageText } from './extract';
import { ID_ATTRIBUTE, MARK_TAG, paintMarks, removeMarks, type MarkAnnotation } from './marks';
import { spanToPieces } from './ranges';
import { mightHaveFindings } from '../prefilter';

export type { Finding };

export interface AnnotatedPage {
  text: string;
  annotations: Annotations;
  /** Mark id → what it marks. Marks from earlier passes keep their ids. */
  findings: Map<string, Finding>;
  /** Mark ids in page order. */
  order: string[];
}

export interface PageAnnotatorOptions {
  analyse: (text: string) => Annotations | Promise<Annotations>;
  onUpdate?: (page: AnnotatedPage) => void;
  /** Quiet period after the last page mutation before a new pass (ms). */
  settleMs?: number;
  maxChars?: number;
}

let counter = 0;
const nextId = () => `fn${(++counter).toString(36)}`;

function figureLabel(f: Figure): string {
  return `${f.text}, trade figure${f.measure ? `: ${f.measure}` : ''}`;
}
function officialLabel(o: OfficialMention): string {
  return `${o.text}, official${o.role ? `: ${o.role}` : ''}`;
}

export class PageAnnotator {
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private rerun = false;
  private stopped = false;
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
        await this.pass();
      } while (this.rerun && !this.stopped);
    } finally {
      this.running = false;
    }
    return this.current;
  }

  private async pass(): Promise<void> {
    // Cheap gate first: most pages a reader opens have nothing for us.
    if (!mightHaveFindings(this.root.textContent ?? '')) {
      this.publish({ text: '', annotations: { figures: [], officials: [] }, findings: new Map(), order: [] });
      return;
    }
    const page = extractText(this.root, { maxChars: this.options.maxChars, separator: BLOCK_SEPARATOR });
    // page.text stays the DOM's own text (painting checks nodes against it); the pipeline
    // reads a same-length copy with source line breaks folded.
    const text = textForAnalysis(page.text);
    const annotations = await this.options.analyse(text);
    if (this.stopped) return;
    this.observer?.takeRecords(); // anything the page did meanwhile is read by this pass
    this.paint(page, text, annotations);
  }

  private paint(page: PageText, text: string, annotations: Annotations): void {
    const findings = new Map<string, Finding>();
    const wanted: Array<MarkAnnotation & { finding: Finding }> = [];
    annotations.figures.forEach((figure) => {
      if (!figure.trade) return; // only trade figures are marked; the rest stay plain text
      const id = this.existingMarkId(page, figure.start, figure.end) ?? nextId();
      wanted.push({ start: figure.start, end: figure.end, kind: 'figure', id, label: figureLabel(figure), finding: { kind: 'figure', id, figure } });
    });
    annotations.officials.forEach((official) => {
      const id = this.existingMarkId(page, official.start, official.end) ?? nextId();
      wanted.push({ start: official.start, end: official.end, kind: 'official', id, label: officialLabel(official), finding: { kind: 'official', id, official } });
    });
    wanted.sort((a, b) => a.start - b.start);
    paintMarks(page, wanted);
    this.observer?.takeRecords(); // our own marks are not page changes
    const order: string[] = [];
    for (const w of wanted) {
      if (!this.root.ownerDocument.querySelector(`${MARK_TAG}[${ID_ATTRIBUTE}="${w.id}"]`)) continue; // not paintable
      findings.set(w.id, w.finding);
      order.push(w.id);
    }
    this.publish({ text, annotations, findings, order });
  }

  /** The id of the mark already covering this span, from an earlier pass. */
  private existingMarkId(page: PageText, start: number, end: number): string | undefined {
    const first = spanToPieces(page, start, end)[0];
    const mark = first?.node.parentElement?.closest(MARK_TAG);
    return mark?.getAttribute(ID_ATTRIBUTE) ?? undefined;
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
    this.observer = new view.MutationObserver((records) => {
      if (records.some((r) => isPageChange(r))) this.schedule();
    });
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run().catch(() => {}), this.options.settleMs ?? 400);
  }

  /** Take every mark off the page and stop watching it. */
  clear(): void {
    this.stop();
    removeMarks(this.root);
    this.current = null;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.observer?.disconnect();
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

const OUR_UI = '[data-footnote-ui], footnote-card';
