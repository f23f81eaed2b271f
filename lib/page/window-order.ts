// Which window of a large page (windows.ts) to read next: the one the reader is looking at, then
// those next to it, then the rest. Where the reader is looking comes from an IntersectionObserver
// on anchors, an element every ANCHOR_CHARS of text: the browser reports which anchors are near
// the viewport as part of its own rendering, so no layout is forced and nothing runs while the
// reader scrolls but the observer's callback. Plain DOM, as extract.ts.
import type { PageText } from './page-text';
import type { TextWindow } from './windows';

/** Text between two anchors: a few screens at most at any usual column width. */
export const ANCHOR_CHARS = 2_000;
/** "Near": within a screen's height above or below the viewport. */
const NEAR_MARGIN = '100% 0px 100% 0px';
/** How long to wait for the observer's first report before reading in page order. */
const FIRST_REPORT_MS = 300;

/**
 * The next window to read among `unread` (indices): a window near the viewport if any (the one
 * nearest the middle of those), else the unread window closest in page order to where the
 * reader last was (`lastNear`, the first window before any report), the later one on a tie
 * (readers read on downwards).
 */
export function nextWindow(unread: ReadonlySet<number>, near: ReadonlySet<number>, lastNear: number): number | undefined {
  let best: number | undefined;
  let bestScore = Infinity;
  for (const i of unread) {
    // Near windows before all others; among each, by distance from where the reader is.
    const score = (near.has(i) ? 0 : 1e9) + Math.abs(i - lastNear) * 2 + (i < lastNear ? 1 : 0);
    if (score < bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/** Where an anchor's text is: its window, and its offset in the page's text. */
export interface Anchor {
  window: number;
  offset: number;
}

/**
 * Element → where: the element holding the text every ANCHOR_CHARS characters (at least 16 a
 * window, so that small windows in tests have anchors too), and each window's first.
 */
export function windowAnchors(page: PageText, windows: readonly TextWindow[]): Map<Element, Anchor> {
  const anchors = new Map<Element, Anchor>();
  const spacing = Math.min(ANCHOR_CHARS, Math.ceil((windows[0].end - windows[0].start) / 16));
  let w = 0;
  let nextAt = 0;
  for (const seg of page.segments) {
    let first = false;
    while (w < windows.length - 1 && seg.start >= windows[w].end) [w, first] = [w + 1, true];
    if (seg.start < nextAt && !first) continue;
    const el = seg.node.parentElement;
    if (el && !anchors.has(el)) anchors.set(el, { window: w, offset: seg.start });
    nextAt = seg.start + spacing;
  }
  return anchors;
}

/** Which windows are near the viewport, kept up to date while the reader scrolls. */
export class WindowWatch {
  /** Window → how many of its anchors are near the viewport. */
  private readonly nearCount = new Map<number, number>();
  private observer: IntersectionObserver | undefined;
  /** Anchors inside the viewport itself (no margin): where the reader's eyes are. */
  private inView: IntersectionObserver | undefined;
  private nearAnchors = new Set<Element>();
  private visibleAnchors = new Set<Element>();
  private anchors = new Map<Element, Anchor>();
  /** The window the reader was last near (the middle one, when several were). */
  lastNear = 0;
  /** Resolves at the observer's first report (or after FIRST_REPORT_MS without one). */
  readonly ready: Promise<void>;

  constructor(
    view: (Window & typeof globalThis) | null,
    anchors: Map<Element, Anchor>,
    /** Called when a window comes near the viewport. */
    private readonly onNear?: () => void,
  ) {
    let reported!: () => void;
    this.ready = new Promise<void>((resolve) => (reported = resolve));
    if (!view?.IntersectionObserver || anchors.size === 0) {
      reported();
      return;
    }
    const timeout = setTimeout(reported, FIRST_REPORT_MS);
    const nearAnchors = (this.nearAnchors = new Set<Element>());
    this.anchors = anchors;
    this.observer = new view.IntersectionObserver(
      (entries) => {
        let cameNear = false;
        for (const e of entries) {
          const w = anchors.get(e.target)?.window;
          if (w === undefined || e.isIntersecting === nearAnchors.has(e.target)) continue;
          const n = (this.nearCount.get(w) ?? 0) + (e.isIntersecting ? 1 : -1);
          if (e.isIntersecting) nearAnchors.add(e.target);
          else nearAnchors.delete(e.target);
          if (n > 0) this.nearCount.set(w, n);
          else this.nearCount.delete(w);
          cameNear ||= e.isIntersecting;
        }
        const near = [...this.nearCount.keys()].sort((a, b) => a - b);
        if (near.length) this.lastNear = near[Math.floor((near.length - 1) / 2)];
        clearTimeout(timeout);
        reported();
        if (cameNear) this.onNear?.();
      },
      { rootMargin: NEAR_MARGIN },
    );
    // Why a second observer: "near" reaches a screen above and below, so at the top of a page
    // the middle of what is near is the viewport's bottom edge, and the first marks went there.
    const visible = this.visibleAnchors;
    this.inView = new view.IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target);
        else visible.delete(e.target);
      }
    });
    for (const el of anchors.keys()) {
      this.observer.observe(el);
      this.inView.observe(el);
    }
  }

  /**
   * Where in window `w` the reader is: the offset of its middle anchor in the viewport, else of
   * its middle anchor near it, if any.
   */
  focus(w: number): number | undefined {
    return this.middleOffset(this.visibleAnchors, w) ?? this.middleOffset(this.nearAnchors, w);
  }

  private middleOffset(of: ReadonlySet<Element>, w: number): number | undefined {
    const offsets: number[] = [];
    for (const el of of) {
      const anchor = this.anchors.get(el);
      if (anchor?.window === w) offsets.push(anchor.offset);
    }
    return offsets.length ? offsets.sort((a, b) => a - b)[Math.floor((offsets.length - 1) / 2)] : undefined;
  }

  /** The windows near the viewport now. */
  near(): ReadonlySet<number> {
    return new Set(this.nearCount.keys());
  }

  next(unread: ReadonlySet<number>): number | undefined {
    return nextWindow(unread, this.near(), this.lastNear);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.inView?.disconnect();
    this.observer = this.inView = undefined;
  }
}
