import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { loadKb } from './lib/kb';
import { CONTENT_MODULES, FIREFOX_DECLARED } from './lib/page/content-modules';

/** The content scripts' `wxt/browser`: the browser's own API, found on first use. */
const LAZY_BROWSER = fileURLToPath(new URL('./lib/browser/lazy-browser.ts', import.meta.url));

/** The content script every page gets: the unlisted script entrypoints/content-loader/. */
const CONTENT_LOADER = 'content-loader';
/** Its second stage, built on its own and wrapped into it (mergeContentLoader). */
const CONTENT_LOADER_REST = 'content-loader-rest';
/** All that runs in pages: the loader, and what is loaded into some of them later. */
const CONTENT_SCRIPTS: string[] = [CONTENT_LOADER, CONTENT_LOADER_REST, ...CONTENT_MODULES];
/** The pages Footnote runs on: the content script's matches, its host access, Firefox's imports. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

/** lib/i18n.ts's import of the English catalog, as an empty catalog (see the hook below). */
function withoutEnglishCatalog(): PluginOption {
  const EMPTY = '\0footnote:empty-catalog';
  return {
    name: 'footnote:without-english-catalog',
    enforce: 'pre',
    resolveId: (id, importer) => (importer?.endsWith('/lib/i18n.ts') && id.endsWith('/_locales/en/messages.json') ? EMPTY : null),
    load: (id) => (id === EMPTY ? 'export default {};' : null),
  };
}

/**
 * Wraps the loader's second stage (entrypoints/content-loader-rest/) into the content script every
 * page gets, as a function the first look calls when it hands the page over
 * (entrypoints/content-loader/index.ts): a function that is never called is only parsed, so on
 * the pages the first look stops (most pages) the loader costs its parse, not its evaluation.
 * Bundled together, the bundler's deferred modules measured 0.1-0.7 ms more a page across runs
 * (BENCHMARKS.md). The function comes first, so that the file's value stays the first look's (as
 * WXT writes it for executeScript). Fails the build if either file is missing.
 */
function mergeContentLoader(outDir: string): void {
  const first = join(outDir, `${CONTENT_LOADER}.js`);
  const rest = join(outDir, `${CONTENT_LOADER_REST}.js`);
  const restCode = readFileSync(rest, 'utf8');
  const firstCode = readFileSync(first, 'utf8');
  if (firstCode.includes('function footnoteStartLoader(')) throw new Error(`footnote: ${first} was merged already`);
  writeFileSync(first, `function footnoteStartLoader(footnoteLoaderWhy, footnoteLoaderText) {\n${restCode}\n}\n${firstCode}`);
  rmSync(rest);
}

/**
 * WXT's content-script context names its events after the extension's id, in static fields that
 * are computed as its classes are defined, that is, as the script is evaluated: a touch of the
 * extension API on every page the script is evaluated in (in Firefox, the app is: see
 * lib/browser/lazy-browser.ts). Made getters, the names are computed when first used, as the same
 * strings. Fails the build if WXT's code no longer has them, rather than quietly touching again
 * (tests/size-budget.test.ts would catch that too).
 */
function wxtEventNamesOnFirstUse(): PluginOption {
  const FILES = /wxt\/dist\/utils\/(?:content-script-context|internal\/custom-events)\.mjs$/;
  const FIELD = /static (\w+) = (getUniqueEventName\("[^"]+"\));/g;
  return {
    name: 'footnote:wxt-event-names-on-first-use',
    enforce: 'pre',
    transform(code, id) {
      if (!FILES.test(id)) return null;
      const out = code.replace(FIELD, 'static get $1() { return $2; }');
      if (out === code) throw new Error(`footnote: no static event name left to defer in ${id}; see wxtEventNamesOnFirstUse in wxt.config.ts`);
      return { code: out, map: null };
    },
  };
}

/**
 * The trade statistics (lib/kb/data/stats/, 1.2 MB) as their JSON text, a string the background
 * parses on its first lookup (lib/kb/stats/bundled.ts): parsed as the script is evaluated, they
 * were paid for at every start of the service worker.
 */
function statsAsText(): PluginOption {
  const FILE = /[\\/]lib[\\/]kb[\\/]data[\\/]stats[\\/](?:goods-by-partner|us-totals)\.json$/;
  const PREFIX = '\0footnote:stats-text:';
  return {
    name: 'footnote:stats-as-text',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!importer || !/\.json$/.test(id)) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      // Without its .json ending, so that Vite's JSON plugin leaves the module alone.
      return resolved && FILE.test(resolved.id) ? PREFIX + resolved.id.replace(/\.json$/, '') : null;
    },
    // Compacted: the files are laid out for diffs, a line a year.
    load: (id) =>
      id.startsWith(PREFIX) ? `export default ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(`${id.slice(PREFIX.length)}.json`, 'utf8'))))};` : null,
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Makes `wxt/browser` the webextension-polyfill, so the same promise-based API
  // runs in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 in both browsers: one background model, one permission model.
  manifestVersion: 3,
  // WXT has no Preact module: Preact is wired in through its Vite preset.
  vite: () => ({
    plugins: [preact(), statsAsText()],
    build: {
      // FN_SOURCEMAP=1 npx wxt build: with source maps, to see what each bundle is made of.
      sourcemap: Boolean(process.env.FN_SOURCEMAP),
      // Every script ASCII, non-ASCII characters escaped (currency signs, the knowledge base's
      // names): a script with one character outside Latin-1 is held and parsed as two-byte text
      // by V8, which measured slower to compile (the content script every page gets) and twice
      // the memory for the background's megabytes of knowledge base.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
    // Benchmark build (FOOTNOTE_BENCH=1, scripts/bench-build.ts): the content script records
    // performance marks (lib/page/bench-timing.ts). A literal, so a normal build drops that code.
    define: { 'import.meta.env.FOOTNOTE_BENCH': JSON.stringify(process.env.FOOTNOTE_BENCH === '1') },
    // JSON as `JSON.parse("…")`, not as an object literal: the background's knowledge base is
    // megabytes of it, and JSON.parse reads it several times faster than a script's parser does
    // (BENCHMARKS.md, the background's cold start).
    json: { stringify: true },
  }),
  hooks: {
    // A malformed knowledge-base entry must fail the build, naming file, entry and field.
    'build:before': () => {
      loadKb();
    },
    'build:done': (wxt) => mergeContentLoader(wxt.config.outDir),
    // The content script every page gets is a small loader (entrypoints/content-loader/); the
    // rest reaches only the pages that need it (lib/page/content-modules.ts: injected by the
    // background in Chromium; in Firefox the app is declared with the loader and the cards are
    // imported): content-app (the check, and the app where there is something to mark) for
    // pages that pass its gate, content-cards (the cards in Preact, the knowledge base) once
    // marks are painted. All three are unlisted scripts, which WXT builds as classic scripts, as a
    // content script and executeScript need them (and which are valid modules too, as import()
    // needs them).
    'vite:build:extendConfig': (entrypoints, config) => {
      // The content scripts get the browser's own `browser` (or `chrome`: promise-based in both
      // under Manifest V3), looked up on first use (lib/browser/lazy-browser.ts), instead of
      // webextension-polyfill: its set-up on every page cost more than the rest of the loader,
      // and its 10 KB in the app stood between the page and its first highlight. What they call
      // (runtime messages, storage, i18n) is the same in both browsers; the background and the
      // extension's pages keep the polyfill. WXT storage imports @wxt-dev/browser itself.
      if (entrypoints.some((e) => CONTENT_SCRIPTS.includes(e.name))) {
        // Nor a second copy of the English messages (lib/i18n.ts's fallback for Node): in the
        // browser, browser.i18n has them, and falls back to them by itself. 12 KB less to inject.
        config.plugins = [...(config.plugins ?? []), withoutEnglishCatalog(), wxtEventNamesOnFirstUse()];
        config.resolve ??= {};
        const plain = { find: /^(?:wxt\/browser|@wxt-dev\/browser)$/, replacement: LAZY_BROWSER };
        const alias = config.resolve.alias;
        config.resolve.alias = Array.isArray(alias)
          ? [plain, ...alias]
          : [plain, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
      }
    },
  },
  manifest: ({ browser }) => ({
    // In the reader's language, from public/_locales (English when theirs is not there).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Only what the job needs (see README, "Permissions"): settings storage, and injecting the
    // parts of the content script that only some pages need (lib/page/content-modules.ts), which
    // needs host access to the same http(s) pages the content script runs on (in Chrome the same
    // install warning as that content script; no new one). The badge and popup need no permission.
    permissions: ['storage', 'scripting'],
    host_permissions: WEB_PAGES,
    // Keyboard commands (README, "Keyboard"), handled in entrypoints/background/. Alt+Shift with
    // a letter or punctuation is not taken by Chrome (Alt+Shift+A, B, I, T are) or Firefox on
    // Windows and Linux; on macOS Option+Shift types characters, so Control+Shift there.
    // Readers can change them: chrome://extensions/shortcuts, or about:addons → Manage Shortcuts.
    commands: {
      'toggle-marks': { suggested_key: { default: 'Alt+Shift+O', mac: 'MacCtrl+Shift+O' }, description: '__MSG_cmd_toggle__' },
      'next-mark': { suggested_key: { default: 'Alt+Shift+Period', mac: 'MacCtrl+Shift+Period' }, description: '__MSG_cmd_next__' },
      'previous-mark': { suggested_key: { default: 'Alt+Shift+Comma', mac: 'MacCtrl+Shift+Comma' }, description: '__MSG_cmd_previous__' },
    },
    // Top frame only: frames are mostly ads, embeds and comment widgets, and scanning them all is
    // how extensions like this one slow pages down (Hypothesis enters only frames that opt in).
    // In Firefox the app comes with the loader, ahead of it (lib/page/content-modules.ts).
    content_scripts: [
      {
        matches: WEB_PAGES,
        js: [...(browser === 'firefox' ? FIREFOX_DECLARED : []), CONTENT_LOADER].map((name) => `${name}.js`),
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    // Firefox only: there the content script imports the cards rather than having the background
    // inject them (lib/page/content-modules.ts), and a content script's import() fetches on the
    // page's behalf. Firefox's extension URLs are random per install, so a page cannot probe them
    // to learn that Footnote is installed.
    ...(browser === 'firefox'
      ? {
          web_accessible_resources: [
            { resources: CONTENT_MODULES.filter((name) => !FIREFOX_DECLARED.includes(name)).map((name) => `${name}.js`), matches: WEB_PAGES },
          ],
          browser_specific_settings: {
            gecko: {
              id: 'footnote@footnote.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
