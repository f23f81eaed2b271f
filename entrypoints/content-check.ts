// Step 1 of the content script on pages that pass the gate (entrypoints/content/check.ts),
// imported by the loader with import(). Built as an ES module (wxt.config.ts).
import { check, pageState, watchSwitchedOn } from './content/check';

export interface ContentCheck {
  check: typeof check;
  pageState: typeof pageState;
  watchSwitchedOn: typeof watchSwitchedOn;
}

// WXT runs main() when the module is evaluated and exports what it returns as the default.
export default defineUnlistedScript({ main: (): ContentCheck => ({ check, pageState, watchSwitchedOn }) });
