// Page → text (a PageText, page-text.ts), with a map from every character of the text back to
// the DOM Text node it came from. The pipeline reads `text`; ranges.ts and marks.ts use
// `segments` to get back to the page.
//
// Plain DOM only (no extension APIs, no globals such as `document` or `NodeFilter`): the same code
// runs in a content script, in happy-dom under vitest, and in the command-line tools.

import { CARD_TAG, OUR_UI, UI_ATTRIBUTE } from './dom-names';
import { isPaintedPiece } from './painted-pieces';
import type { PageText } from './page-text';
import type { Slices } from './slices';
import { benchSlice } from './bench-timing';

export interface ExtractOptions {
  /**
   * Stop before the first text node that would take `text` past this many characters (default:
   * none; the content script reads all of a page, however long, and analyses it in windows:
   * windows.ts). The result is then a prefix of the page and `truncated` is true; a single text
   * node longer than the cap is never split, so it ends extraction.
   */
  maxChars?: number;
  /**
   * Inserted between block-level elements (default "\n") so sentences from different blocks
   * never run together. Apart from it, the text only adds a single space where a skipped
   * element that takes room in the line (a button, an icon, an input) sat between two words.
   */
  separator?: string;
  /**
   * Skip roots and block elements for which `checkVisibility()` is false: display:none, closed
   * `<details>`, `content-visibility: hidden` (display:contents is not skipped). Default true;
   * ignored where the method is missing. Turn it off under happy-dom, whose implementation
   * computes styles the slow way (the corpus took 50 s instead of 0.8 s).
   */
  checkVisibility?: boolean;
}

// Numeric node types instead of `Node.TEXT_NODE`: the CLI runs this on a happy-dom Window that
// is not the global scope.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const ALL_WHITESPACE = /^\s*$/;

/** Elements whose whole subtree is not page prose. */
// prettier-ignore
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title',
  'textarea', 'input', 'select', 'option', 'datalist',
  // A button's text is UI ("Share", "Read more"), and a focusable mark inside a button would be
  // interactive content nested in interactive content.
  'button',
  'code', 'pre', 'kbd', 'samp',
  'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio',
  // Ruby annotations would be interleaved with the base text and break its words apart.
  'rt', 'rp',
  CARD_TAG,
]);

/**
 * Skipped elements that still occupy space in a line: passing one ends a word, so "Price" and
 * "$5" around a share button do not read as "Price$5".
 */
// prettier-ignore
const BOXY_TAGS = new Set([
  'textarea', 'input', 'select', 'button', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'code', 'kbd', 'samp',
]);

/** Elements that start and end a line by default; everything else joins its neighbours. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * The same rules as the walker's filter, as a selector: used once per extraction root to ask
 * whether the root itself sits inside skipped content.
 */
// prettier-ignore
const SKIPPED_ANCESTOR = [
  ...SKIP_TAGS,
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
  OUR_UI,
].join(',');

/** Read the text of `root` (an element, usually `document.body`) in one depth-first pass. */
export function extractText(root: Element, opts: ExtractOptions = {}): PageText {
  return extractTextFrom([root], opts);
}

/**
 * Read the text of several roots, in document order, with a separator between them: for
 * content added after the first pass (a MutationObserver's added nodes). Text nodes are
 * accepted as roots; roots inside another given root, or inside skipped content (a script, an
 * editor, Footnote's own UI), are ignored.
 */
export function extractTextFrom(roots: Iterable<Node>, opts: ExtractOptions = {}): PageText {
  const reading = read(roots, opts);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}

/**
 * `extractText` in slices (slices.ts), for the content script: on a very large page one walk
 * is a long task (80–100 ms measured for 500,000 characters of a 12,000-paragraph page in
 * Chromium, most of it the walk's first, unoptimised run). The page may change between two slices; the caller's
 * MutationObserver sees that, and painting checks every node against the text it read.
 */
export async function extractTextInSlices(root: Element, opts: ExtractOptions, slices: Slices): Promise<PageText> {
  // The slice may be used up before the first step (by the gate, in the same task).
  await slices.check();
  const reading = read([root], opts);
  for (;;) {
    const page = benchSlice('extract', () => {
      for (;;) {
        const step = reading.next();
        if (step.done) return step.value;
        if (slices.spent()) return null;
      }
    });
    if (page) return page;
    await slices.next();
  }
}

/** Nodes walked between two chances to pause: a clock read per node would cost more than it saves. */
const NODES_PER_PAUSE = 256;

/** The extraction, pausing (yielding) every NODES_PER_PAUSE nodes; returns the text. */
function* read(roots: Iterable<Node>, opts: ExtractOptions): Generator<void, PageText, void> {
  const maxChars = opts.maxChars ?? Infinity;
  const separator = opts.separator ?? '\n';
  const checkVisibility = opts.checkVisibility ?? true;
  const out: PageText = { text: '', segments: [], truncated: false };

  const list = topmostInDocumentOrder(roots);
  // Text is collected as parts and joined once: cheaper than growing one string on big pages.
  const parts: string[] = [];
  let length = 0;
  let pendingSeparator = false;
  let pendingSpace = false;
  let stopped = false;

  const emit = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    // Whitespace-only nodes at a block edge are indentation from the HTML source that the
    // browser collapses: leaving them out keeps the text and the segment list small. Except
    // pieces of a node that painting split: the text must read the same before and after.
    if ((pendingSeparator || length === 0) && ALL_WHITESPACE.test(data) && !isPaintedPiece(node)) return;
    let lead = '';
    if (length > 0) {
      if (pendingSeparator) lead = separator;
      else if (pendingSpace && !/\s$/.test(parts[parts.length - 1]) && !/^\s/.test(data)) lead = ' ';
    }
    pendingSeparator = false;
    pendingSpace = false;
    if (length + lead.length + data.length > maxChars) {
      stopped = true;
      out.truncated = true;
      return;
    }
    if (lead) parts.push(lead);
    length += lead.length;
    parts.push(data);
    out.segments.push({ node, start: length, end: length + data.length });
    length += data.length;
  };

  for (const root of list) {
    if (stopped) break;
    const doc = root.ownerDocument;
    // designMode makes the whole document an editor: touching its text would edit the user's work.
    if (!doc || doc.designMode === 'on') continue;
    const isText = root.nodeType === TEXT_NODE;
    const el = isText ? root.parentElement : root.nodeType === ELEMENT_NODE ? (root as Element) : null;
    if (!el || el.closest(SKIPPED_ANCESTOR)) continue;
    // One check per root, whatever its kind: a root inside a display:none container.
    if (checkVisibility && hiddenByCss(el)) continue;
    pendingSeparator = true;
    if (isText) emit(root as Text);
    else yield* walk(el);
    pendingSeparator = true;
  }

  function* walk(root: Element): Generator<void, void, void> {
    // A hand-rolled depth-first walk (firstChild/nextSibling/parentNode), not a TreeWalker with
    // a NodeFilter: calling back into JS from the native walker for every node made it 2-6x
    // slower on the corpus pages (Chromium and Firefox, median and p95). The semantics are the
    // same as FILTER_REJECT (a skipped element's subtree is never entered) and FILTER_SKIP
    // (inline elements are transparent), and the walk also sees where each block ends.
    let node: Node | null = root.firstChild;
    let untilPause = NODES_PER_PAUSE;
    while (node) {
      if (--untilPause === 0) {
        untilPause = NODES_PER_PAUSE;
        yield;
        // The page removed the part being read while we paused: stop here, a prefix. The
        // caller's observer saw the removal and reads the page again.
        if (!node.isConnected) return;
      }
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        emit(node as Text);
        if (stopped) return;
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const tag = el.localName;
        if (SKIP_TAGS.has(tag)) {
          if (BOXY_TAGS.has(tag)) pendingSpace = true;
        } else if (!(el.hasAttributes() && isExcludedByAttribute(el))) {
          const block = BLOCK_TAGS.has(tag);
          // Why only blocks: display:none is mostly set on containers, and a visibility check on
          // every inline element would cost a style lookup each on pages with tens of thousands.
          const hidden = block && checkVisibility && tag !== 'br' && hiddenByCss(el);
          if (!hidden) {
            if (block) pendingSeparator = true; // a block (or <br>) starts
            const child = el.firstChild;
            if (child) {
              node = child;
              continue;
            }
          }
        }
      }
      // Next node after `node`'s subtree: its sibling, or the sibling of the nearest ancestor
      // that has one. Climbing out of a block ends it.
      for (;;) {
        if (node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName)) pendingSeparator = true;
        const next: Node | null = node.nextSibling;
        if (next) {
          node = next;
          break;
        }
        node = node.parentNode;
        if (!node || node === root) return;
      }
    }
  }

  out.text = parts.join('');
  return out;
}

/** display:none (on it or an ancestor) or inside content-visibility:hidden; false where unknowable. */
function hiddenByCss(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return false;
  // checkVisibility() is also false for display:contents, which has no box of its own but whose
  // children are rendered (csswg-drafts#9478). Rare enough to confirm with a style read.
  return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
}

function isExcludedByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute(UI_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Any value but "false" makes (or may make) the element an editing host: marks inside an
  // editor end up in what the user posts (Harper #1978, FindBar-Tweak #125).
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Drop roots that lie inside another root, and sort the rest in document order. */
function topmostInDocumentOrder(roots: Iterable<Node>): Node[] {
  const FOLLOWING = 0x04;
  const list = Array.from(new Set(roots));
  if (list.length < 2) return list;
  list.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const kept: Node[] = [];
  for (const node of list) {
    const last = kept[kept.length - 1];
    // In document order a node's descendants follow it directly, so comparing with the last
    // kept root is enough.
    if (last && last.contains(node)) continue;
    kept.push(node);
  }
  return kept;
}

/** Separator between blocks in text meant for the pipeline (see `textForAnalysis`). */
export const BLOCK_SEPARATOR = '\u2029';

/**
 * The pipeline's view of extracted page text: line breaks that come from wrapped HTML source
 * inside one paragraph become spaces, and block separators become the newlines that end a
 * sentence. Same length, so every offset still maps to the page.
 */
export function textForAnalysis(text: string): string {
  return text.replace(/[\n\r\t\f\v]/g, ' ').replace(/\u2029/g, '\n');
}
