// Painting: wrap annotated text in <footnote-mark> elements, and take them out again.
//
// Wrapping (as Hypothesis does with <hypothesis-highlight>) rather than the CSS Custom Highlight
// API: a wrapped mark can take keyboard focus, be announced by a screen reader and receive
// pointer events in every browser. The element is never registered with customElements.define:
// a content script's `customElements` is null in Chrome's isolated world, and an undefined
// custom element is a plain inline HTMLElement, which is all a mark needs.

import { ID_ATTRIBUTE, KIND_ATTRIBUTE, MARK_TAG, OUR_MARKS } from './dom-names';
import type { PageText, TextSegment } from './page-text';
import { originOf, origins, painted, splitOff, splitOrigins } from './painted-pieces';
import { segmentIsCurrent, spanToPieces, type TextPiece } from './ranges';

export type MarkKind = 'figure' | 'official';

export interface MarkAnnotation {
  /** Offsets into `PageText.text`, end exclusive. */
  start: number;
  end: number;
  kind: MarkKind;
  /** Shared by all pieces of one annotation; how hit.ts finds them again. */
  id: string;
  /**
   * Accessible name of the mark. Start it with the marked words themselves ("$375 billion,
   * trade figure"): it replaces them for screen readers, and voice control users say what they see.
   */
  label: string;
}

export interface MarkHandle {
  id: string;
  kind: MarkKind;
  /** The pieces in document order; the first one is the focusable control (outside links). */
  elements: HTMLElement[];
  /** Unwrap the pieces and rejoin the text nodes that painting split. Safe to call twice. */
  remove(): void;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const TEXT_NODE = 3;

/**
 * Inside these, a click already means something (follow the link, toggle the <details>, focus
 * the labelled field). A mark there stays a plain highlight: a role="button" that navigates when
 * a screen reader "clicks" it would lie about what it does.
 */
const INTERACTIVE_ANCESTOR = 'a[href], area, summary, label, [role="link"], [role="button"]';

/**
 * Wrap each annotation's text in <footnote-mark> elements, one per text node it crosses.
 *
 * Skipped (no handle returned): empty or out-of-range spans, spans overlapping an earlier one
 * (by start), spans whose text nodes changed since extraction, spans already inside a mark
 * (so painting twice never nests marks), and spans that would split the text of a flex or grid
 * container.
 *
 * `page.segments` is updated in place to the split nodes, so `page` stays a true map of the DOM
 * for later painting and range lookups. After `remove()`/`removeMarks`, extract again.
 */
export function paintMarks(page: PageText, annotations: readonly MarkAnnotation[]): MarkHandle[] {
  interface Job {
    ann: MarkAnnotation;
    pieces: TextPiece[];
    elements: HTMLElement[];
  }
  const textLength = page.text.length;
  const sorted = annotations
    .filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end > a.start && a.end <= textLength)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  // The page registered a custom element under our tag name: every mark we create would run
  // its code and take its look (a shadow root that hides the marked words, for instance).
  // Give up quietly rather than break the page's text (tests/e2e/hostile/names.e2e.test.ts,
  // check 7b).
  if (sorted.length > 0 && tagIsTakenByPage(page.segments[0]?.node.ownerDocument)) return [];

  const jobs: Job[] = [];
  const layoutCache = new Map<Element, boolean>();
  let lastEnd = -1;
  for (const ann of sorted) {
    if (ann.start < lastEnd) continue; // marks never nest or overlap
    const pieces = spanToPieces(page, ann.start, ann.end);
    if (pieces.length === 0) continue;
    const usable = pieces.every((p) => segmentIsCurrent(page, page.segments[p.segment]) && !insideMark(p.node) && !splitsFlexItem(p, layoutCache));
    if (!usable) continue;
    jobs.push({ ann, pieces, elements: [] });
    lastEnd = ann.end;
  }
  if (jobs.length === 0) return [];

  // Group pieces by text node: a node holding two figures is split for both in one go.
  const bySegment = new Map<number, Array<{ job: Job; index: number }>>();
  for (const job of jobs) {
    job.pieces.forEach((piece, index) => {
      let list = bySegment.get(piece.segment);
      if (!list) bySegment.set(piece.segment, (list = []));
      list.push({ job, index });
    });
  }

  const newParts = new Map<number, Text[]>();
  for (const [segment, items] of bySegment) {
    const node = page.segments[segment].node;
    // Right to left: splitText(k) keeps [0, k) in `node`, so the offsets of the pieces still to
    // do (all further left) stay valid.
    items.sort((a, b) => b.job.pieces[b.index].startOffset - a.job.pieces[a.index].startOffset);
    const tails: Text[] = []; // nodes split off, right to left
    for (const { job, index } of items) {
      const piece = job.pieces[index];
      if (piece.endOffset < node.data.length) tails.push(split(node, piece.endOffset));
      // Even at offset 0: the node itself stays where the page put it (empty, then).
      const target = split(node, piece.startOffset);
      tails.push(target);
      job.elements[index] = wrap(target, job.ann);
    }
    newParts.set(segment, [node, ...tails.reverse()]);
  }

  for (const job of jobs) {
    const first = job.elements[0];
    if (first.parentElement?.closest(INTERACTIVE_ANCESTOR)) continue;
    first.tabIndex = 0;
    // The mark opens a card with its own controls (links, a settings gear), so it is a button
    // that pops up a non-modal dialog; the card controller keeps aria-expanded in step.
    // aria-describedby could not point at the card: it lives in a shadow root, and ID
    // references do not cross shadow boundaries.
    first.setAttribute('role', 'button');
    first.setAttribute('aria-haspopup', 'dialog');
    first.setAttribute('aria-expanded', 'false');
    first.setAttribute('aria-label', job.ann.label);
  }

  page.segments = rebuildSegments(page.segments, newParts);

  return jobs.map(({ ann, elements }) => ({
    id: ann.id,
    kind: ann.kind,
    elements,
    remove: () => elements.forEach(unwrapMark),
  }));
}

/**
 * Unwrap every <footnote-mark> under `root` that Footnote made (this content script's or a
 * previous one's: both carry the id attribute); returns how many. A page can have elements of
 * that name of its own (tests/e2e/hostile/names.e2e.test.ts, check 7): those are left as they
 * are, since unwrapping them when the reader switches Footnote off would destroy the page's markup.
 */
export function removeMarks(root: ParentNode): number {
  const marks = Array.from(root.querySelectorAll(OUR_MARKS));
  marks.forEach(unwrapMark);
  return marks.length;
}

/** Unwrap the marks of one annotation (every piece carrying its id); returns how many. */
export function removeMarksOf(root: ParentNode, id: string): number {
  const marks = Array.from(root.querySelectorAll(OUR_MARKS)).filter((m) => m.getAttribute(ID_ATTRIBUTE) === id);
  marks.forEach(unwrapMark);
  return marks.length;
}

/**
 * Whether `MARK_TAG` is a defined custom element in this document. Asked of a fresh element
 * with `:defined` rather than `customElements.get`: a Chrome content script has no
 * `customElements` of its own (isolated world), and the page's registry is what upgrades the
 * elements we create.
 */
function tagIsTakenByPage(doc: Document | null | undefined): boolean {
  if (!doc) return false;
  try {
    return doc.createElementNS(HTML_NS, MARK_TAG).matches(':defined');
  } catch {
    return false; // no :defined support: nothing to go by
  }
}

function split(node: Text, offset: number): Text {
  const tail = node.splitText(offset);
  splitOrigins.add(node);
  splitOff.add(tail);
  const pageNode = originOf.get(node) ?? node;
  let origin = origins.get(pageNode);
  if (!origin) origins.set(pageNode, (origin = { pieces: new Set(), kept: '' }));
  origin.pieces.add(tail);
  originOf.set(tail, pageNode);
  if (pageNode === node) origin.kept = node.data;
  return tail;
}

function wrap(target: Text, ann: MarkAnnotation): HTMLElement {
  const mark = target.ownerDocument.createElementNS(HTML_NS, MARK_TAG) as HTMLElement;
  mark.setAttribute(KIND_ATTRIBUTE, ann.kind);
  mark.setAttribute(ID_ATTRIBUTE, ann.id);
  target.parentNode!.insertBefore(mark, target);
  mark.appendChild(target);
  painted.add(mark);
  const pageNode = originOf.get(target);
  if (pageNode) {
    originOf.set(mark, pageNode);
    origins.get(pageNode)!.pieces.add(mark);
  }
  return mark;
}

/** appendData that keeps the record of what painting left in a page node up to date. */
function appendTo(text: Text, data: string): void {
  text.appendData(data);
  const origin = origins.get(text);
  if (origin) origin.kept = text.data;
}

/**
 * Answer the page's own edits of text nodes that painting split (MutationRecords from the
 * annotator's observer, before the browser paints):
 * - the page wrote a node's text (`nodeValue`, `data`): the pieces split off from it held its
 *   old text, so they go, and the page shows exactly what it wrote;
 * - the page removed or moved an unchanged node: its split-off text goes back into it, so it
 *   is whole wherever the page puts it, and nothing of it is left behind.
 * The other pieces of an annotation that lost a piece are unwrapped too (half a mark is worse
 * than none); the next pass marks the new text. Returns whether it changed the DOM (the caller
 * then drops the records of its own changes).
 */
export function settlePageEdits(records: Iterable<MutationRecord>): boolean {
  let changed = false;
  const lostIds = new Set<string>();
  let doc: Document | null = null;
  const settle = (node: Text, written: boolean) => {
    const origin = origins.get(node);
    if (!origin) return;
    origins.delete(node);
    const restore = !written && node.data === origin.kept;
    // Pieces in document order: their text follows the node's in that order.
    // (A mark's text node is a piece too: it goes with its mark.)
    const pieces = Array.from(origin.pieces).filter((p) => p.parentNode !== null && !origin.pieces.has(p.parentNode as unknown as ChildNode));
    pieces.sort((a, b) => (a.compareDocumentPosition(b) & 0x04 ? -1 : 1));
    let rest = '';
    for (const piece of pieces) {
      if (restore) rest += piece.textContent ?? '';
      if (piece.nodeType === 1) {
        const id = (piece as Element).getAttribute(ID_ATTRIBUTE);
        if (id) lostIds.add(id);
        painted.delete(piece as Element);
      }
      piece.parentNode!.removeChild(piece);
      changed = true;
    }
    if (rest) node.appendData(rest);
    doc ??= node.ownerDocument;
  };
  for (const r of records) {
    if (r.type === 'characterData' && r.target.nodeType === TEXT_NODE) settle(r.target as Text, true);
    else if (r.type === 'childList') {
      for (const n of Array.from(r.removedNodes)) if (n.nodeType === TEXT_NODE) settle(n as Text, false);
    }
  }
  if (doc && lostIds.size) {
    for (const m of Array.from((doc as Document).querySelectorAll(OUR_MARKS))) {
      if (lostIds.has(m.getAttribute(ID_ATTRIBUTE)!)) unwrapMark(m);
    }
  }
  return changed;
}

/**
 * Text directly inside a flex or grid container is one anonymous item; wrapping part of it would
 * make three items and move things (gaps, collapsed spaces at item edges). Wrapping the whole
 * node is safe. One computed-style read per parent of a painted piece: tens per page, not per node.
 */
function splitsFlexItem(piece: TextPiece, cache: Map<Element, boolean>): boolean {
  if (piece.startOffset === 0 && piece.endOffset === piece.node.data.length) return false;
  const parent = piece.node.parentElement;
  if (!parent) return false;
  let itemized = cache.get(parent);
  if (itemized === undefined) {
    const display = parent.ownerDocument.defaultView?.getComputedStyle(parent).display ?? '';
    itemized = /flex|grid|box/.test(display);
    cache.set(parent, itemized);
  }
  return itemized;
}

function insideMark(node: Text): boolean {
  return node.parentElement?.closest(MARK_TAG) != null;
}

function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return; // already removed (by us or by the page)
  // A mark this module did not make (left by a content script from before an extension
  // update): nothing is known about how its text was split, so it is joined with any
  // neighbouring text, like a normalize() limited to the mark's own place.
  const ours = painted.has(mark);
  painted.delete(mark);
  let first = mark.firstChild;
  let last = mark.lastChild;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);

  if (first && first.nodeType === TEXT_NODE) {
    const text = first as Text;
    const prev = text.previousSibling;
    if (prev && prev.nodeType === TEXT_NODE && (!ours || splitOff.has(text))) {
      appendTo(prev as Text, text.data);
      parent.removeChild(text);
      if (last === first) last = prev;
      first = prev;
    }
  }
  if (last && last.nodeType === TEXT_NODE) {
    const text = last as Text;
    let next = text.nextSibling;
    while (next && next.nodeType === TEXT_NODE && (!ours || splitOff.has(next as Text))) {
      appendTo(text, (next as Text).data);
      parent.removeChild(next);
      next = text.nextSibling;
    }
  }
}

function rebuildSegments(segments: TextSegment[], newParts: Map<number, Text[]>): TextSegment[] {
  const out: TextSegment[] = [];
  segments.forEach((seg, i) => {
    const parts = newParts.get(i);
    if (!parts) {
      out.push(seg);
      return;
    }
    let start = seg.start;
    for (const node of parts) {
      if (node.data.length === 0) continue; // a page node left empty by a mark at its start
      out.push({ node, start, end: start + node.data.length });
      start += node.data.length;
    }
  });
  return out;
}
