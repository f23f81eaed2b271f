import '../../lib/page/bench-timing'; // first, so that its 'script' mark is the script's first moment
import { lookFirst } from './first-look';

// The content script every page gets (registered in wxt.config.ts's manifest), in two stages: the
// first look (first-look.ts), which is all that runs on most pages, then the loader (loader.ts),
// when the page may have something for Footnote. The loader is imported, not fetched: the
// bundler inlines it, and defers its modules' evaluation to the import, so on a page the first
// look stops its code is parsed and nothing more (0.06 ms against 0.3-0.6 ms evaluated, measured:
// BENCHMARKS.md). What pages with something to mark need is injected later (entrypoints/content-app/).
// An unlisted script rather than a WXT content-script entrypoint: WXT wraps those in a
// ContentScriptContext, whose set-up on every page cost more than the rest of the loader (it is
// created by the app, on the pages that get marks).
export default defineUnlistedScript(() =>
  lookFirst((why) => {
    void import('./loader').then(({ startLoader }) => startLoader(why));
  }),
);
