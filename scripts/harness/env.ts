/**
 * Where things are: the repo, the build output, the browsers. No side effects at import time.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT_DIR = join(REPO_ROOT, '.output');
export const SCREENSHOT_DIR = join(OUTPUT_DIR, 'screenshots');
/** The README's pictures, rewritten by the end-to-end tests on every run so they stay current. */
export const README_SCREENSHOT_DIR = join(REPO_ROOT, 'docs/screenshots');
export const FIXTURE_PAGES_DIR = join(REPO_ROOT, 'tests/fixtures/pages');

export type BrowserName = 'chromium' | 'firefox';

/** Debian's browsers; overridable for other machines (FOOTNOTE_CHROMIUM / FOOTNOTE_FIREFOX). */
const DEBIAN_EXECUTABLES: Record<BrowserName, string> = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };
export const BROWSER_EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.FOOTNOTE_CHROMIUM || DEBIAN_EXECUTABLES.chromium,
  firefox: process.env.FOOTNOTE_FIREFOX || DEBIAN_EXECUTABLES.firefox,
};

const INSTALL_HINT = 'apt-get install -y chromium firefox-esr chromium-l10n firefox-esr-l10n-de';

/** The one-line reason a browser can't run, or null. Never a silent skip: callers throw it. */
export function missingBrowserMessage(name: BrowserName): string | null {
  const path = BROWSER_EXECUTABLES[name];
  if (existsSync(path)) return null;
  const where = process.env.CI ? 'CI machine' : 'this machine';
  return `e2e: ${name} not found at ${path} on ${where}; install it with \`${INSTALL_HINT}\` (or point FOOTNOTE_${name.toUpperCase()} at a binary).`;
}

/**
 * The browser's translations for a UI language (the German-locale tests): Debian ships them
 * apart from the browsers, as chromium-l10n and firefox-esr-l10n-<lang>.
 */
export function missingLanguageMessage(name: BrowserName, locale: string): string | null {
  const lang = locale.split(/[-_]/)[0];
  // Debian's locations; a browser from elsewhere (FOOTNOTE_CHROMIUM / FOOTNOTE_FIREFOX) is trusted.
  if (BROWSER_EXECUTABLES[name] !== DEBIAN_EXECUTABLES[name]) return null;
  const path =
    name === 'chromium' ? `/usr/lib/chromium/locales/${lang}.pak` : `/usr/lib/firefox-esr/browser/extensions/langpack-${lang}@firefox-esr.mozilla.org.xpi`;
  if (existsSync(path)) return null;
  const pkg = name === 'chromium' ? 'chromium-l10n' : `firefox-esr-l10n-${lang}`;
  return `e2e: ${name} has no '${lang}' translation (${path}); install it with \`apt-get install -y ${pkg}\`.`;
}

export const ALL_BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/**
 * Both browsers, unless FOOTNOTE_E2E_BROWSERS=chromium (or firefox) narrows a local run
 * explicitly. A missing browser is never skipped: the run fails with the install command.
 */
export function selectedBrowsers(): BrowserName[] {
  const only = process.env.FOOTNOTE_E2E_BROWSERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!only?.length) return ALL_BROWSERS;
  const unknown = only.filter((n) => !ALL_BROWSERS.includes(n as BrowserName));
  if (unknown.length) throw new Error(`FOOTNOTE_E2E_BROWSERS: unknown browser(s) ${unknown.join(', ')} (use chromium, firefox)`);
  return ALL_BROWSERS.filter((b) => only.includes(b));
}

/** Throws one clear message naming every missing browser. */
export function assertBrowsersInstalled(names: BrowserName[] = selectedBrowsers()): void {
  const missing = names.map(missingBrowserMessage).filter((m): m is string => m !== null);
  if (missing.length > 0) throw new Error(missing.join('\n'));
}

/** A fresh directory under the OS temp dir (profiles, patched extension copies, logs). */
export function freshTmpDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `footnote-e2e-${prefix}-`));
}

export function mkdirp(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Where a README picture goes (docs/screenshots/NAME.png). */
export function readmeScreenshotPath(name: string): string {
  return join(mkdirp(README_SCREENSHOT_DIR), `${name}.png`);
}

export function screenshotPath(name: string): string {
  return join(mkdirp(SCREENSHOT_DIR), name.endsWith('.png') ? name : `${name}.png`);
}

/** Hook/test budgets shared by the config and the launchers. */
export const TIMEOUTS = {
  test: 60_000,
  hook: 120_000,
  launch: 60_000,
  navigation: 30_000,
  action: 10_000,
} as const;
