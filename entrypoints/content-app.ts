// What pages that pass the loader's gate import (entrypoints/content/loader.ts): the check
// (content/check.ts: the reader's setting for the site, the page's text, the background's answer)
// and, where there is something to mark, the app (content/footnote.ts: the annotator, the marks,
// the popup's answers), which takes over the page. The cards come later, from content-cards.ts.
// One module rather than two imported one after the other: in Chromium every import() of a
// module costs 25–50 ms, mostly waiting for the browser, and two in a row were most of the wait
// for the first highlight (BENCHMARKS.md, target 3). Built as an ES module (wxt.config.ts).
import { check, pageState, watchSwitchedOn } from './content/check';
import { benchMark } from '../lib/bench-marks';

export interface ContentApp {
  check: typeof check;
  pageState: typeof pageState;
  watchSwitchedOn: typeof watchSwitchedOn;
}

// WXT runs main() when the module is evaluated and exports what it returns as the default.
export default defineUnlistedScript({
  main: (): ContentApp => {
    benchMark('app-evaluated');
    return { check, pageState, watchSwitchedOn };
  },
});
