// The parts of the content script that only some pages need (entrypoints/content-app.ts, and
// content-cards.ts) are injected into the page by the background, with scripting.executeScript,
// when the content script asks for them; they are not import()ed.
//
// Why: in Chromium a content script's import() of a module cost 45–63 ms whatever its size
// (about 33 ms without use_dynamic_url), most of the wait between a page and its first highlight;
// injection took about half that (BENCHMARKS.md, target 3). And nothing of the extension has to
// be web-accessible any more, so no page can probe a URL to learn that Footnote is installed.
//
// An injected script runs as a classic script in the content script's own world (the page's
// scripts cannot see it) and cannot hand functions back through executeScript, whose results are
// structured-cloned. So each module registers what it exports here, under its name, on that
// world's global object; the loader and the app, which asked for it, are waiting there.

/** The modules that may be injected: `/<name>.js` in the built extension. */
export const CONTENT_MODULES = ['content-app', 'content-cards'] as const;
export type ContentModuleName = (typeof CONTENT_MODULES)[number];

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

const loading = new Map<ContentModuleName, Promise<unknown>>();

/**
 * The exports of module `name`, asking for it with `inject` (a message to the background, which
 * calls executeScript) the first time. The promise is settled by the module itself as it is
 * evaluated, so the background's answer is awaited only for its error.
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
