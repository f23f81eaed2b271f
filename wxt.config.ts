import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadKb } from './lib/kb';

/** The unlisted script entrypoints/content-app.ts: the lazily imported part of the content script. */
const CONTENT_APP = 'content-app';

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
    // The content script that every page gets is only a loader; the rest (pipeline, knowledge
    // base, cards) is entrypoints/content-app.ts, which it imports with import() on pages that
    // have something to annotate. WXT builds unlisted scripts as classic IIFE scripts; this one
    // is built as an ES module instead, so that import() hands over its exports.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === CONTENT_APP)) return;
      if (config.build?.lib) config.build.lib.formats = ['es'];
      // Vite leaves whitespace in ES library builds (for the consumer's bundler); this module is
      // shipped as it is, so minify it fully, like the scripts WXT builds.
      const output = config.build?.rollupOptions?.output;
      if (output && !Array.isArray(output)) Object.assign(output, { minify: true });
      // The IIFE footer ("content-app;", the return value for scripting.executeScript) is not
      // valid at the end of a module that declares no such name.
      const isFooter = (p: unknown) => typeof p === 'object' && p !== null && 'name' in p && p.name === 'wxt:iife-footer';
      const drop = (list: unknown[]): unknown[] => list.filter((p) => !isFooter(p)).map((p) => (Array.isArray(p) ? drop(p) : p));
      config.plugins = drop(config.plugins ?? []) as typeof config.plugins;
    },
  },
  manifest: ({ browser }) => ({
    name: 'Footnote',
    description: 'Context next to the figures and officials in trade-policy news. Works offline; sends nothing.',
    // Only what the job needs (see README, "Permissions"): settings storage. Content scripts
    // are declared for http(s) pages; the badge and popup need no permission of their own.
    permissions: ['storage'],
    // The lazily imported part of the content script (see the hook above). A content script's
    // import() fetches on the page's behalf, so the module must be web-accessible to the pages
    // the content script runs on. In Chrome only under a per-session URL, so that a page cannot
    // probe a fixed URL to learn that Footnote is installed; Firefox's extension URLs are
    // per-install already.
    web_accessible_resources: [
      {
        resources: [`${CONTENT_APP}.js`],
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
