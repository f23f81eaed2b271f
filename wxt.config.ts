import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadKb } from './lib/kb';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Makes `wxt/browser` the webextension-polyfill, so the same promise-based API
  // runs in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT has no Preact module: Preact is wired in through its Vite preset.
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // A malformed knowledge-base entry must fail the build, naming file, entry and field.
    'build:before': () => {
      loadKb();
    },
  },
  manifest: {
    name: 'Footnote',
    description: 'Context next to the figures and officials in trade-policy news. Works offline; sends nothing.',
  },
});
