// What pages that pass the loader's gate get (entrypoints/content-loader/): the check
// (check.ts: the reader's setting for the site, the page's text, the background's answer) and,
// where there is something to mark, the app (footnote.ts: the annotator, the marks, the popup's
// answers), which takes over the page. The cards come later (entrypoints/content-cards/).
// One module rather than two asked for one after the other: loading one costs tens of
// milliseconds whatever its size (BENCHMARKS.md, target 3). Injected by the background when the
// loader asks in Chromium; declared with the loader in Firefox, where evaluating it on every page
// must touch neither the page nor the extension API (lib/page/content-modules.ts).
import { check, watchSwitchedOn } from './check';
import { benchMark } from '../../lib/page/bench-timing';
import { provideContentModule } from '../../lib/page/content-modules';

export interface ContentApp {
  check: typeof check;
  watchSwitchedOn: typeof watchSwitchedOn;
}

// WXT runs main() as the script is evaluated; it returns nothing, because executeScript would
// try to send the result back to the background. What it provides is registered instead.
export default defineUnlistedScript(() => {
  benchMark('app-evaluated');
  const app: ContentApp = { check, watchSwitchedOn };
  provideContentModule('content-app', app);
});
