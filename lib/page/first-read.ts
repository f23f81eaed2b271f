// The content script's check (entrypoints/content-app/check.ts) reads the page's text to ask the
// background whether there is anything to mark; the annotator's first pass needs the very same
// text. Handing it over saves a second walk of the page (on a large page, tens of milliseconds
// of its main thread) and a second gate, as long as the page has not changed since: an observer
// started before the reading says whether it has. On a page of several windows (windows.ts), the
// check asks about the window the reader is looking at first. Plain DOM, as extract.ts.
import { extractTextInSlices, type ExtractOptions } from './extract';
import type { PageText } from './page-text';
import type { Slices } from './slices';
import { benchSlice } from './bench-timing';
import { WindowWatch, windowAnchors } from './window-order';
import { analysedText, cutWindows, type TextWindow } from './windows';

export interface FirstRead {
  /** The page's text and where each character came from. */
  page: PageText;
  /** The pipeline's view of `page.text` (textForAnalysis). */
  analysed: string;
  /** `analysed` cut into windows (one on every normal article). */
  windows: TextWindow[];
  /** The window asked about first: the one nearest the viewport. */
  first: TextWindow;
  /** What the check sends to the background: `first`'s part of `analysed` (all of it on a page
   * of one window). */
  text: string;
  /** `page` if the page has not changed since it was read, else null. Stops watching. */
  takeIfCurrent(): PageText | null;
  /** Stops watching (the read is not handed over). */
  release(): void;
}

/**
 * The changes to a page that call for reading it again: what the annotator watches
 * (annotator.ts observe()), and what makes the check's read stale. `contenteditable`: text that
 * becomes editable must not be marked.
 */
export const PAGE_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['contenteditable'],
};

/** Read `root`'s text in slices, watching for changes from the moment the reading starts. */
export async function readFirst(root: Element, opts: ExtractOptions, slices: Slices): Promise<FirstRead> {
  const view = root.ownerDocument.defaultView;
  let changed = false;
  const observer = view?.MutationObserver ? new view.MutationObserver(() => (changed = true)) : undefined;
  observer?.observe(root, PAGE_CHANGES);
  let page: PageText;
  try {
    page = await extractTextInSlices(root, opts, slices);
  } catch (e) {
    observer?.disconnect();
    throw e;
  }
  const windows = cutWindows(page.text);
  let analysed: string;
  try {
    analysed = await analysedText(page.text, windows, slices);
  } catch (e) {
    observer?.disconnect();
    throw e;
  }
  let first = windows[0];
  if (windows.length > 1) {
    const watch = benchSlice('windows', () => new WindowWatch(view, windowAnchors(page, windows)));
    await watch.ready;
    first = windows[watch.next(new Set(windows.map((w) => w.index))) ?? 0];
    watch.disconnect();
  }
  return {
    page,
    analysed,
    windows,
    first,
    text: windows.length > 1 ? analysed.slice(first.start, first.end) : analysed,
    takeIfCurrent() {
      if (observer) {
        if (observer.takeRecords().length > 0) changed = true;
        observer.disconnect();
      }
      // Without an observer there is no telling: read again.
      return changed || !observer ? null : page;
    },
    release: () => observer?.disconnect(),
  };
}
