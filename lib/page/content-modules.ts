// The parts of the content script that only some pages need (entrypoints/content-app/, and
// content-cards/) reach a page in the way that is fastest in its browser, measured on the seed
// article:
//   - Chromium: the background injects them (scripting.executeScript) when the content script
//     asks. An import() cost 45–63 ms whatever the module's size (about 33 ms without
//     use_dynamic_url); injection about 15 ms plus a few per 10 KB. And nothing has to be
//     web-accessible, so no page can probe a URL to learn that Footnote is installed. Declaring
//     the app as a content script is no option there: Chromium compiles a content script again
//     on every page (about 0.03 ms per KB, measured), the app included.
//   - Firefox: the app is declared with the loader (FIREFOX_DECLARED), because there every
//     way of loading it later was slow: injection took about 85 ms from the request to the
//     script's first line, import() 25–60 ms by size. Firefox compiles a declared content script
//     once and keeps it, so on each page it is only evaluated; evaluating the app touches
//     neither the page nor the extension API (lib/browser/lazy-browser.ts), and defines what the
//     loader may call. The cards, needed only after the first marks are painted, are imported.
//     Firefox's extension URLs are random per install, so a page cannot probe them.
//
// Either way the script runs in the content script's own world (the page's scripts cannot see
// it), and cannot hand functions back through executeScript, whose results are
// structured-cloned. So each module registers what it exports here, under its name, on that
// world's global object; the loader and the app, which asked for it, are waiting there. The same
// file serves every way: a classic script that is also a valid module.

/** The modules that may be injected: `/<name>.js` in the built extension. */
export const CONTENT_MODULES = ['content-app', 'content-cards'] as const;
export type ContentModuleName = (typeof CONTENT_MODULES)[number];
/** Firefox: the modules declared as content scripts, before the loader, so there when it runs. */
export const FIREFOX_DECLARED: readonly ContentModuleName[] = ['content-app'];

export function isContentModule(name: unknown): name is ContentModuleName {
  return (CONTENT_MODULES as readonly unknown[]).includes(name);
}

interface Slot {
  exports?: unknown;
  waiting?: Array<(exports: unknown) => void>;
}

// One registry per world, shared by the separately bundled scripts (each has its own copy of
// this file), hence a property of the global object rather than a module variable.
const REGISTRY = '__footnoteContentModules';

function slot(name: ContentModuleName): Slot {
  const g = globalThis as unknown as Record<string, Partial<Record<ContentModuleName, Slot>>>;
  const registry = (g[REGISTRY] ??= {});
  return (registry[name] ??= {});
}

/** Called by an injected module when it is evaluated: hands its exports to whoever asked. */
export function provideContentModule(name: ContentModuleName, exports: unknown): void {
  const s = slot(name);
  s.exports = exports;
  const waiting = s.waiting ?? [];
  s.waiting = undefined;
  for (const resolve of waiting) resolve(exports);
}

/**
 * The way to load a module into this page (see above): `getURL` is runtime.getURL, `askBackground`
 * sends the background the injectModule message.
 */
export function moduleInjector(getURL: (path: `/${ContentModuleName}.js`) => string, askBackground: (name: ContentModuleName) => Promise<unknown>) {
  return (name: ContentModuleName): Promise<unknown> => {
    const url = getURL(`/${name}.js`);
    return url.startsWith('moz-extension:') ? import(/* @vite-ignore */ url) : askBackground(name);
  };
}

/** Whether module `name` is in this world already (in Firefox, the app is from the start). */
export function hasContentModule(name: ContentModuleName): boolean {
  return slot(name).exports !== undefined;
}

const loading = new Map<ContentModuleName, Promise<unknown>>();

/**
 * The exports of module `name`, loading it with `inject` (moduleInjector) the first time. The
 * promise is settled by the module itself as it is evaluated, so the background's answer is
 * awaited only for its error.
 */
export function loadContentModule<T>(name: ContentModuleName, inject: (name: ContentModuleName) => Promise<unknown>): Promise<T> {
  let p = loading.get(name);
  if (!p) {
    const s = slot(name);
    p =
      s.exports !== undefined
        ? Promise.resolve(s.exports)
        : new Promise<unknown>((resolve, reject) => {
            (s.waiting ??= []).push(resolve);
            inject(name).then(
              // Injected and evaluated, yet not provided: a build without the registration.
              () => (s.exports === undefined ? reject(new Error(`${name} was injected but did not register`)) : resolve(s.exports)),
              reject,
            );
          });
    // A failed injection (say, the extension was reloaded) may be asked for again later.
    p.catch(() => loading.delete(name));
    loading.set(name, p);
  }
  return p as Promise<T>;
}

// What the loader is doing, for the popup. The loader has no message listener (it does not touch
// the extension API on pages that fail its gate: see entrypoints/content-loader/loader.ts), so
// the popup, when no content script answers it, reads this with executeScript instead
// (readLoaderState).
/** idle: gating, or the gate found nothing; loading: the app is on its way; started: the app runs. */
export type LoaderState = 'idle' | 'loading' | 'started';
const LOADER_STATE = '__footnoteLoaderState';

export function publishLoaderState(state: LoaderState): void {
  (globalThis as unknown as Record<string, LoaderState>)[LOADER_STATE] = state;
}

/**
 * Run by the popup in the content script's world of a tab (scripting.executeScript's `func`):
 * what the loader there is doing, or null if no loader ran there (yet). Self-contained, as such a
 * function must be: it is sent as source, without this module around it.
 */
export function readLoaderState(): { state: LoaderState; host: string } | null {
  const state = (globalThis as unknown as Record<string, LoaderState | undefined>)['__footnoteLoaderState'];
  return state ? { state, host: location.hostname } : null;
}
