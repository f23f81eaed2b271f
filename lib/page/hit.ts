// From an event or an id back to marks and their boxes: what the hover/focus controller and the
// card's placement need.

import { ID_ATTRIBUTE, MARK_TAG } from './dom-names';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The <footnote-mark> an event happened in (its target or an ancestor), or null. */
export function markFromEvent(target: EventTarget | null): HTMLElement | null {
  // Duck-typed rather than `instanceof Node`: events from another realm (a Firefox Xray, the
  // page's world) carry nodes whose constructors are not this script's.
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.nodeType === TEXT_NODE ? node.parentElement : null;
  return (el?.closest(MARK_TAG) as HTMLElement | null) ?? null;
}

/** All pieces of one annotation, in document order. */
export function marksById(root: ParentNode, id: string): HTMLElement[] {
  // A scan and compare instead of an attribute selector: ids need no CSS escaping this way,
  // and a page has tens of marks, not thousands.
  const out: HTMLElement[] = [];
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>(MARK_TAG))) {
    if (mark.getAttribute(ID_ATTRIBUTE) === id) out.push(mark);
  }
  return out;
}

/**
 * Client rects of every piece of the annotation (one per line box a piece covers), for placing
 * the card next to the line the pointer is on. Empty when no piece is in the page.
 */
export function rectsOfMark(id: string, root: ParentNode = document): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const mark of marksById(root, id)) rects.push(...Array.from(mark.getClientRects()));
  return rects;
}

/** A rect covering all `rects` (the union's bounding box); a zero rect when there are none. */
export function boundingRect(rects: readonly DOMRectReadOnly[]): DOMRect {
  if (rects.length === 0) return makeRect(0, 0, 0, 0);
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return makeRect(left, top, right - left, bottom - top);
}

function makeRect(x: number, y: number, width: number, height: number): DOMRect {
  if (typeof DOMRect === 'function') return new DOMRect(x, y, width, height);
  // Outside a browser realm (the CLI's happy-dom Window is not the global scope).
  const rect = { x, y, width, height, left: x, top: y, right: x + width, bottom: y + height };
  return { ...rect, toJSON: () => rect } as DOMRect;
}

/**
 * A "virtual element" for positioning libraries (@floating-ui/dom's reference, its `inline()`
 * middleware reads getClientRects). Measured on every call, so it follows scrolling and reflow.
 */
export function markAnchor(
  id: string,
  root: ParentNode = document,
): { getBoundingClientRect(): DOMRect; getClientRects(): DOMRect[]; contextElement?: Element } {
  return {
    getBoundingClientRect: () => boundingRect(rectsOfMark(id, root)),
    getClientRects: () => rectsOfMark(id, root),
    get contextElement() {
      return marksById(root, id)[0];
    },
  };
}
