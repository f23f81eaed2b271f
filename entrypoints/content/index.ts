import '../../lib/bench-marks'; // first, so that its 'script' mark is the script's first moment
import { startLoader } from './loader';

// The content script every page gets: the gate and the loader (loader.ts); what pages with
// something to annotate need is imported from entrypoints/content-app.ts when they do.
// Top frame only: frames are mostly ads, embeds and comment widgets, and scanning them all is
// how extensions like this one slow pages down (Hypothesis enters only frames that opt in).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // WXT announces a starting content script with a DOM event and, for old versions of itself, a
  // window.postMessage that every page's message listeners also receive: the event is enough.
  noScriptStartedPostMessage: true,
  main: (ctx) => startLoader(ctx),
});
