// The look of <footnote-mark>, and how it gets into a page.
//
// Injected with a constructed stylesheet on `document.adoptedStyleSheets`, not a <style>
// element: in Firefox and Safari a content script's <style> obeys the page's CSP and can be
// blocked (w3c/webextensions#337), while adopted constructed sheets are not subject to it.
// A <style> element is only the fallback where constructed sheets cannot be adopted at all.

import { UI_ATTRIBUTE } from './dom-names';
import type { HighlightStyle } from '../settings';

/**
 * Figures and officials differ in shape, not only colour: figures get a solid underline on a
 * tinted background, officials a dotted underline with no background. Nothing here changes
 * layout (text-decoration, background, outline and radius take no space).
 *
 * Every declaration is !important: a page's `* { all: unset !important }` or
 * `article * { margin: ... !important }` is an author !important rule like ours, and between
 * those the more specific selector wins, which ours (a tag and an attribute) is over `*` and
 * most page-wide resets. Without !important any page !important rule would win.
 *
 * The selectors here and in UNDERLINE_CSS spell out MARK_TAG, ID_ATTRIBUTE, KIND_ATTRIBUTE and
 * ACTIVE_ATTRIBUTE (dom-names.ts) rather than interpolating them: twenty-odd
 * `${MARK_TAG}[${KIND_ATTRIBUTE}="figure"]` would bury the rules, and a rename has to reach the
 * end-to-end tests, which spell them out too, anyway.
 */
export const MARK_CSS = `
footnote-mark[data-footnote-id] {
  display: inline !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  /* Inherited properties, pinned against page rules like \`* { color: #333 }\` that would
     otherwise reach the mark but not the bare text it wraps. */
  font: inherit !important;
  color: inherit !important;
  letter-spacing: inherit !important;
  word-spacing: inherit !important;
  text-transform: inherit !important;
  white-space: inherit !important;
  vertical-align: baseline !important;
  border-radius: 2px !important;
  text-decoration-line: underline !important;
  text-decoration-skip-ink: none !important;
  text-underline-offset: 0.18em !important;
  text-decoration-thickness: 0.09em !important;
}
footnote-mark[data-footnote-kind="figure"] {
  background-color: rgb(255 196 0 / 0.22) !important;
  text-decoration-style: solid !important;
  text-decoration-color: rgb(176 112 0) !important;
}
footnote-mark[data-footnote-kind="official"] {
  background-color: transparent !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 0.13em !important;
  text-decoration-color: rgb(0 110 140) !important;
}
footnote-mark[data-footnote-kind="figure"]:hover,
footnote-mark[data-footnote-kind="figure"][data-footnote-active] {
  background-color: rgb(255 196 0 / 0.38) !important;
}
footnote-mark[data-footnote-kind="official"]:hover,
footnote-mark[data-footnote-kind="official"][data-footnote-active] {
  background-color: rgb(0 150 190 / 0.12) !important;
}
footnote-mark[data-footnote-id]:focus {
  outline: none !important;
}
footnote-mark[data-footnote-id]:focus-visible {
  outline: 2px solid rgb(0 95 204) !important;
  outline-offset: 1px !important;
}
@media (prefers-color-scheme: dark) {
  footnote-mark[data-footnote-kind="figure"] {
    background-color: rgb(255 200 60 / 0.2) !important;
    text-decoration-color: rgb(255 200 80) !important;
  }
  footnote-mark[data-footnote-kind="official"] {
    text-decoration-color: rgb(110 210 240) !important;
  }
  footnote-mark[data-footnote-kind="figure"]:hover,
  footnote-mark[data-footnote-kind="figure"][data-footnote-active] {
    background-color: rgb(255 200 60 / 0.34) !important;
  }
  footnote-mark[data-footnote-kind="official"]:hover,
  footnote-mark[data-footnote-kind="official"][data-footnote-active] {
    background-color: rgb(110 210 240 / 0.16) !important;
  }
  footnote-mark[data-footnote-id]:focus-visible {
    outline-color: rgb(140 190 255) !important;
  }
}
@media (forced-colors: active) {
  /* The system palette replaces our colours; the underline styles still tell the kinds apart. */
  footnote-mark[data-footnote-kind] {
    background-color: transparent !important;
    text-decoration-color: currentColor !important;
  }
  footnote-mark[data-footnote-kind="figure"] {
    text-decoration-style: double !important;
  }
  footnote-mark[data-footnote-id]:focus-visible {
    outline: 2px solid Highlight !important;
  }
}
@media print {
  footnote-mark[data-footnote-kind] {
    background-color: transparent !important;
    text-decoration-line: none !important;
  }
}
`;

export type { HighlightStyle };

/**
 * 'underline' takes the tint off marks at rest (the underline alone tells them apart); hovering
 * or reaching one still tints it, so the reader sees which mark the card belongs to. The
 * :not()s outrank every background rule above, in and out of the dark scheme (all of them
 * !important, like the rules they override).
 */
const UNDERLINE_CSS = `
footnote-mark[data-footnote-kind]:not(:hover):not([data-footnote-active]) {
  background-color: transparent !important;
}
footnote-mark[data-footnote-kind="figure"] {
  text-decoration-thickness: 0.12em !important;
}
`;

/** The marks' stylesheet for a highlight style. */
export function markCss(style: HighlightStyle = 'tint'): string {
  return style === 'underline' ? MARK_CSS + UNDERLINE_CSS : MARK_CSS;
}

type Installed = { sheet: CSSStyleSheet; viaPage: boolean } | { style: HTMLStyleElement };
const installed = new WeakMap<Document, Installed>();

/**
 * Apply MARK_CSS to `doc`. Idempotent per document. Order of attempts:
 * 1. a constructed sheet from this script's realm, adopted by assignment (Chrome, Safari,
 *    Firefox 153+, plain pages, tests);
 * 2. Firefox content scripts before 153 throw on that assignment (bug 1751346): build the sheet
 *    with the page's own constructor and push it onto the page's array, through
 *    `wrappedJSObject` (the sheet is then visible to page scripts; it only styles marks);
 * 3. a <style> element, which the page's CSP may block.
 */
export function installMarkStyles(doc: Document, highlight: HighlightStyle = 'tint'): void {
  if (installed.has(doc)) return setMarkStyle(doc, highlight);
  const css = markCss(highlight);
  const win = doc.defaultView as (Window & typeof globalThis) | null;

  const Sheet = win?.CSSStyleSheet ?? (typeof CSSStyleSheet === 'function' ? CSSStyleSheet : undefined);
  if (Sheet && 'adoptedStyleSheets' in doc && typeof Sheet.prototype.replaceSync === 'function') {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      installed.set(doc, { sheet, viaPage: false });
      return;
    } catch {
      // fall through to the Firefox route
    }
  }

  const pageWin = (win as unknown as { wrappedJSObject?: Window & typeof globalThis } | null)?.wrappedJSObject;
  const pageDoc = (doc as unknown as { wrappedJSObject?: Document }).wrappedJSObject;
  if (pageWin && pageDoc && typeof pageWin.CSSStyleSheet === 'function') {
    try {
      const sheet = new pageWin.CSSStyleSheet();
      sheet.replaceSync(css);
      pageDoc.adoptedStyleSheets.push(sheet);
      installed.set(doc, { sheet, viaPage: true });
      return;
    } catch {
      // fall through to <style>
    }
  }

  const style = doc.createElement('style');
  style.setAttribute(UI_ATTRIBUTE, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  installed.set(doc, { style });
}

/** Switch the installed marks' highlight style (the reader changed it in the options). */
export function setMarkStyle(doc: Document, highlight: HighlightStyle): void {
  const entry = installed.get(doc);
  if (!entry) return;
  const css = markCss(highlight);
  try {
    if ('style' in entry) entry.style.textContent = css;
    else entry.sheet.replaceSync(css);
  } catch {
    // The page took our sheet away; the next install brings it back.
  }
}

/** Undo installMarkStyles (for the per-site off switch and the content script's teardown). */
export function uninstallMarkStyles(doc: Document): void {
  const entry = installed.get(doc);
  if (!entry) return;
  installed.delete(doc);
  if ('style' in entry) {
    entry.style.remove();
    return;
  }
  try {
    if (entry.viaPage) {
      const list = (doc as unknown as { wrappedJSObject: Document }).wrappedJSObject.adoptedStyleSheets;
      const at = list.indexOf(entry.sheet);
      if (at >= 0) list.splice(at, 1);
    } else {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== entry.sheet);
    }
  } catch {
    // The page replaced its adoptedStyleSheets; our sheet is gone already or unreachable.
  }
}
