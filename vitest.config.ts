import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

// Unit tests: the pure pipeline, the DOM layer under happy-dom, the components.
// End-to-end tests in real browsers have their own config (vitest.e2e.config.ts).
export default defineConfig({
  // WxtVitest() ignores wxt.config.ts's vite() block, so Preact is wired in again here.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', '**/*.e2e.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
