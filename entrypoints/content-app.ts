// The part of the content script that only pages with something to mark get: footnote.ts (the
// annotator, the marks, the cards in Preact, the popup's summary) and the knowledge base the cards
// describe figures and officials from. The pipeline itself runs in the background
// (lib/page/background-pipeline.ts). The content script every page gets (entrypoints/content/
// index.ts) is a small loader that imports this module with import() once the background has
// found something on the page to mark. Built as an ES module (wxt.config.ts).
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startFootnote } from './content/footnote';
import { usePrefetched } from '../lib/page/background-pipeline';
import { benchMark } from '../lib/bench-marks';
import type { FirstRead } from '../lib/page/first-read';

export interface ContentApp {
  /**
   * Footnote on this page (footnote.ts), with the content-script context WXT would have made:
   * it tells a content script of an earlier version of the extension to clean up, and tells
   * this one when the extension is updated or removed. `firstRead`: the page's text as the
   * check read it, for the first pass.
   */
  start(firstRead?: FirstRead): Promise<void>;
  /** The loader's annotations of the page's text, so the first pass need not ask again. */
  usePrefetched: typeof usePrefetched;
}

// WXT runs main() when the module is evaluated and exports what it returns as the default.
export default defineUnlistedScript({
  main: (): ContentApp => {
    benchMark('app-evaluated');
    return {
      start: (firstRead) =>
        startFootnote(new ContentScriptContext('content', { matches: ['http://*/*', 'https://*/*'], noScriptStartedPostMessage: true }), firstRead),
      usePrefetched,
    };
  },
});
