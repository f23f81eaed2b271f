import { startLoader } from '../content-loader/loader';
import type { LoaderStart } from '../content-loader/first-look';

// The rest of the content script every page gets: the loader (entrypoints/content-loader/loader.ts),
// never a file of its own in the extension. wxt.config.ts (mergeContentLoader) wraps this script
// into content-loader.js as `function footnoteStartLoader(footnoteLoaderWhy, footnoteLoaderText) { … }`,
// which the first look calls when the page may have something for Footnote; the two are that
// function's parameters, which is why they are free names here.
declare const footnoteLoaderWhy: LoaderStart;
declare const footnoteLoaderText: string | undefined;

export default defineUnlistedScript(() => startLoader(footnoteLoaderWhy, footnoteLoaderText));
