import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadKb } from './lib/kb';

/** WXT's own `wxt/browser` (before @wxt-dev/webextension-polyfill aliases it to the polyfill). */
const WXT_PLAIN_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

/** The content script every page gets: the unlisted script entrypoints/content-loader.ts. */
const CONTENT_LOADER = 'content-loader';
/** The lazily imported parts of the content script (unlisted scripts, built as ES modules). */
const CONTENT_MODULES = ['content-app', 'content-cards'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Makes `wxt/browser` the webextension-polyfill, so the same promise-based API
  // runs in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 in both browsers: one background model, one permission model.
  manifestVersion: 3,
  // WXT has no Preact module: Preact is wired in through its Vite preset.
  vite: () => ({
    plugins: [preact()],
    // Benchmark build (FOOTNOTE_BENCH=1, scripts/bench-build.ts): the content script records
    // performance marks (lib/bench-marks.ts). A literal, so a normal build drops that code.
    define: { 'import.meta.env.FOOTNOTE_BENCH': JSON.stringify(process.env.FOOTNOTE_BENCH === '1') },
  }),
  hooks: {
    // A malformed knowledge-base entry must fail the build, naming file, entry and field.
    'build:before': () => {
      loadKb();
    },
    // The content script every page gets is a small loader (entrypoints/content-loader.ts); the
    // rest is imported with import() only on pages that need it: content-app.ts (the check, and
    // footnote.ts where there is something to mark) on pages that pass its gate,
    // content-cards.ts (the cards in Preact, the knowledge base) once marks are painted.
    // WXT builds unlisted scripts as classic IIFE scripts; those two are built as ES modules
    // instead, so that import() hands over their exports.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The loader uses no promise-based extension API of its own: it gets WXT's plain `browser`
      // (the browser's own `browser` or `chrome`) instead of webextension-polyfill, whose set-up
      // on every page cost more than the rest of the loader.
      if (entrypoints.some((e) => e.name === CONTENT_LOADER)) {
        config.resolve ??= {};
        const plain = { find: /^wxt\/browser$/, replacement: WXT_PLAIN_BROWSER };
        const alias = config.resolve.alias;
        config.resolve.alias = Array.isArray(alias)
          ? [plain, ...alias]
          : [plain, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
      }
      if (!entrypoints.some((e) => CONTENT_MODULES.includes(e.name))) return;
      if (config.build?.lib) config.build.lib.formats = ['es'];
      // Vite leaves whitespace in ES library builds (for the consumer's bundler); these modules
      // are shipped as they are, so minify them fully, like the scripts WXT builds.
      const output = config.build?.rollupOptions?.output;
      if (output && !Array.isArray(output)) Object.assign(output, { minify: true });
      // The IIFE footer ("content_app;", the return value for scripting.executeScript) is not
      // valid at the end of a module that declares no such name.
      const isFooter = (p: unknown) => typeof p === 'object' && p !== null && 'name' in p && p.name === 'wxt:iife-footer';
      const drop = (list: unknown[]): unknown[] => list.filter((p) => !isFooter(p)).map((p) => (Array.isArray(p) ? drop(p) : p));
      config.plugins = drop(config.plugins ?? []) as typeof config.plugins;
    },
  },
  manifest: ({ browser }) => ({
    // In the reader's language, from public/_locales (English when theirs is not there).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Only what the job needs (see README, "Permissions"): settings storage. Content scripts
    // are declared for http(s) pages; the badge and popup need no permission of their own.
    permissions: ['storage'],
    // Keyboard commands (README, "Keyboard"), handled in entrypoints/background.ts. Alt+Shift with
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
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: [`${CONTENT_LOADER}.js`],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    // The lazily imported part of the content script (see the hook above). A content script's
    // import() fetches on the page's behalf, so the module must be web-accessible to the pages
    // the content script runs on. In Chrome only under a per-session URL, so that a page cannot
    // probe a fixed URL to learn that Footnote is installed; Firefox's extension URLs are
    // per-install already.
    web_accessible_resources: [
      {
        resources: CONTENT_MODULES.map((name) => `${name}.js`),
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
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
