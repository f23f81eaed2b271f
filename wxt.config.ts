import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadKb } from './lib/kb';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Makes `wxt/browser` the webextension-polyfill, so the same promise-based API
  // runs in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 in both browsers: one background model, one permission model.
  manifestVersion: 3,
  // WXT has no Preact module: Preact is wired in through its Vite preset.
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // A malformed knowledge-base entry must fail the build, naming file, entry and field.
    'build:before': () => {
      loadKb();
    },
  },
  manifest: ({ browser }) => ({
    name: 'Footnote',
    description: 'Context next to the figures and officials in trade-policy news. Works offline; sends nothing.',
    // Only what the job needs (see README, "Permissions"): settings storage. Content scripts
    // are declared for http(s) pages; the badge and popup need no permission of their own.
    permissions: ['storage'],
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
