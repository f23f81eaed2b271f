// What painting split off from which page Text node, and which marks it made: the record that
// marks.ts keeps as it paints, unwraps and answers the page's edits, in a module of its own so
// that extraction can ask it (isPaintedPiece) without importing painting.

import { MARK_TAG } from './dom-names';

// Text nodes that painting split off from a page node, and marks that painting made. Removal
// rejoins exactly these, so the page's own Text nodes keep their identity (scripts hold them)
// and page nodes that were already adjacent stay separate, which `parent.normalize()` would not
// guarantee: it merges every adjacent pair in the parent's whole subtree.
export const splitOff = new WeakSet<Text>();
export const splitOrigins = new WeakSet<Text>();
export const painted = new WeakSet<Element>();

// Frameworks (React's commit phase) keep references to the text nodes they created, then set
// `node.nodeValue` or call `parent.removeChild(node)` / `insertBefore(x, node)`. So a page node
// is never moved into a mark: it stays in its parent at its place, holding the text before the
// first figure (empty when the figure starts the node), and every node painting creates (marks,
// text after them) is recorded as a piece split off from it. When the page then writes or moves
// its node, `settlePageEdits` (marks.ts) takes the pieces away so the page shows exactly what it
// wrote.
export interface Origin {
  /** Marks and split-off text nodes holding the rest of the node's text, in no order. */
  pieces: Set<ChildNode>;
  /** The node's data as painting left it: anything else means the page wrote to it. */
  kept: string;
}
export const origins = new WeakMap<Text, Origin>();
/** Piece (split-off text node or mark) → the page node its text came from. */
export const originOf = new WeakMap<Node, Text>();

/**
 * Whether painting made or cut this text node (or it sits in a mark). Extraction asks, so that
 * a whitespace-only piece left over by a split is read like the node it came from.
 */
export function isPaintedPiece(node: Text): boolean {
  if (splitOff.has(node) || splitOrigins.has(node)) return true;
  const parent = node.parentNode;
  return parent !== null && parent.nodeType === 1 && (parent as Element).localName === MARK_TAG;
}
