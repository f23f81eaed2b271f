import '../lib/page/bench-timing'; // first, so that its 'script' mark is the script's first moment
import { startLoader } from './content/loader';

// The content script every page gets (registered in wxt.config.ts's manifest): the gate and the
// loader (content/loader.ts); what pages with something to mark need is injected
// (content-app.ts) when they do. An unlisted script rather than a WXT content-script entrypoint:
// WXT wraps those in a ContentScriptContext, whose set-up on every page cost more than the rest
// of the loader (it is created by content-app.ts, on the pages that get marks).
export default defineUnlistedScript(() => startLoader());
