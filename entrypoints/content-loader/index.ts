import '../../lib/page/bench-timing'; // first, so that its 'script' mark is the script's first moment
import { startLoader } from './loader';

// The content script every page gets (registered in wxt.config.ts's manifest): the gate and the
// loader (loader.ts); what pages with something to mark need is injected (entrypoints/content-app/)
// when they do. An unlisted script rather than a WXT content-script entrypoint: WXT wraps those
// in a ContentScriptContext, whose set-up on every page cost more than the rest of the loader (it
// is created by the app, on the pages that get marks).
export default defineUnlistedScript(() => startLoader());
