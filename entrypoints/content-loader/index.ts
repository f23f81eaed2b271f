import '../../lib/page/bench-timing'; // first, so that its 'script' mark is the script's first moment
import { lookFirst, type LoaderStart } from './first-look';

// The content script every page gets (registered in wxt.config.ts's manifest), in two stages: the
// first look (first-look.ts), which is all that runs on most pages, then the loader (loader.ts),
// when the page may have something for Footnote. What pages with something to mark need is
// injected later (entrypoints/content-app/).
//
// The loader is built as a script of its own (entrypoints/content-loader-rest/) and wrapped into
// this file at build time as the function below (wxt.config.ts, mergeContentLoader), so that on
// a page the first look stops its code is parsed and nothing more. Bundled with this stage and
// imported, it measured 0.1-0.7 ms more on such pages across runs (BENCHMARKS.md), against a
// floor of about 1 ms.
//
// An unlisted script rather than a WXT content-script entrypoint: WXT wraps those in a
// ContentScriptContext, whose set-up on every page cost more than the rest of the loader (it is
// created by the app, on the pages that get marks).
declare global {
  /** The rest of the loader, run once (wxt.config.ts, mergeContentLoader). */
  function footnoteStartLoader(why: LoaderStart, bodyText?: string): void;
}

export default defineUnlistedScript(() => lookFirst((why, bodyText) => footnoteStartLoader(why, bodyText)));
