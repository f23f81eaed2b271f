/**
 * The browser harness: the built extension in real Chromium and Firefox, behind a fixture server
 * that polices the network. Dev tooling, used by the end-to-end tests (tests/e2e/, which add the
 * vitest side: the build before a run and useBrowser in tests/e2e/browsers.ts) and by the scripts
 * that measure or check the extension in browsers (bench, bench:check, hostile:check).
 */
export * from './axe';
export * from './contrast';
export * from './env';
export * from './footnote';
export * from './network';
export * from './pages';
export * from './server';
export * from './types';
export { ChromiumSession, launchChromium } from './chromium';
export { FALLBACK_GECKO_ID, FirefoxSession, launchFirefox, prepareFirefoxExtension } from './firefox';
