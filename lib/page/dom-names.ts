// Every name Footnote gives to things it puts into a page, in one place: the marks' tag and
// attributes, the attribute that keeps our own UI out of the page's text, the card host's tag.
// A leaf: it imports nothing, so any page module (and the content scripts) can use it.

/** The element that wraps a marked figure or official. */
export const MARK_TAG = 'footnote-mark';
/** On a mark: `figure` or `official`. */
export const KIND_ATTRIBUTE = 'data-footnote-kind';
/** On a mark: the annotation's id; the pieces of one annotation share it. */
export const ID_ATTRIBUTE = 'data-footnote-id';
/** On a mark's pieces while its card is open or it is flashed from the popup. */
export const ACTIVE_ATTRIBUTE = 'data-footnote-active';
/** Footnote's own UI (card host, style elements, live region): never read as page text. */
export const UI_ATTRIBUTE = 'data-footnote-ui';
/** The card host's tag is this and a random suffix per page, so a page cannot take the name. */
export const CARD_TAG = 'footnote-card';
/** Benchmark builds write their timing record on `<html>` under this attribute. */
export const BENCH_ATTRIBUTE = 'data-footnote-bench';

/** Any of our marks (a page's own `footnote-mark` without our id is not ours). */
export const OUR_MARKS = `${MARK_TAG}[${ID_ATTRIBUTE}]`;
/** Any element of Footnote's own UI. */
export const OUR_UI = `[${UI_ATTRIBUTE}]`;

/** The pieces of one annotation's mark. `id` is ours (generated), never page text. */
export function marksOf(id: string): string {
  return `${MARK_TAG}[${ID_ATTRIBUTE}="${id}"]`;
}
