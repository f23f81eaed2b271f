/**
 * The browser-neutral surface every e2e test is written against, once, for both browsers.
 * `raw` is the escape hatch (playwright Page/BrowserContext, puppeteer Page/Browser) for the
 * rare test that needs more; prefer adding a method here over reaching for it.
 */
import type { BrowserName } from './env';
import type { BrowserRequest, NetworkReport, PolicingOptions } from './network';
import type { FixtureServer } from './server';

export interface ErrorEntry {
  /** console.error call, uncaught exception/rejection, or a line of the browser's own log. */
  kind: 'console' | 'uncaught' | 'browser-log';
  text: string;
  /** Script URL where known (chrome-extension://…/content-scripts/content-loader.js, …). */
  url?: string;
  /** The page it happened in, when it happened in a page. */
  pageUrl?: string;
}

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface E2EPage {
  readonly browserName: BrowserName;
  /** Navigates and waits for `load`. Works for http(s) and extension URLs. */
  goto(url: string): Promise<void>;
  /** The document's current URL (asks the page; the driver's cached URL can be stale). */
  url(): Promise<string>;
  title(): Promise<string>;
  /** Runs `fn` in the page (main world) and returns its JSON-serialisable result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates a script's source in the page's main world (not subject to the page's CSP). */
  evaluateScript(source: string): Promise<unknown>;
  /** Polls `fn` in the page until it returns a truthy value; returns it. */
  waitForFunction<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, opts?: { timeout?: number }): Promise<R>;
  waitForSelector(selector: string, opts?: { timeout?: number }): Promise<void>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Keyboard press on the focused element: 'Tab', 'Escape', 'Enter', 'Shift+Tab'… */
  press(key: string): Promise<void>;
  /** Focuses `selector` and types `text` key by key. */
  type(selector: string, text: string): Promise<void>;
  /** PNG to `path` (folders created); `clip` in CSS pixels of the viewport. */
  screenshot(path: string, opts?: { fullPage?: boolean; clip?: Clip }): Promise<void>;
  /** console.error calls and uncaught errors seen in this page (its own and its content scripts'). */
  consoleErrors(): ErrorEntry[];
  /** Footnote's own console lines in this page, any level ("[Footnote] …"): why a page went unmarked. */
  readonly footnoteLog: string[];
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  readonly raw: unknown;
}

export interface LaunchOptions {
  /** The fixture server; the browser uses it as its proxy for every request. */
  server: FixtureServer;
  /** Absolute path of the unpacked build (see tests/e2e/global-setup.ts / inject('footnoteExtensions')). */
  extensionPath: string;
  /**
   * The browser's UI language ('de'): what browser.i18n picks the extension's catalog by. Needs
   * Debian's chromium-l10n and firefox-esr-l10n-<lang> (env.ts checks).
   */
  locale?: string;
  /** What `prefers-color-scheme` says to pages, extension pages and Footnote's cards. */
  colorScheme?: 'light' | 'dark';
}

export interface E2EBrowser {
  readonly name: BrowserName;
  /** Chromium: the 32-letter id. Firefox: the gecko id (e.g. footnote@…). */
  readonly extensionId: string;
  /** chrome-extension://ID or moz-extension://UUID (no trailing slash). */
  readonly extensionOrigin: string;
  readonly server: FixtureServer;
  /** The profile directory, kept across restart(). */
  readonly profileDir: string;

  newPage(): Promise<E2EPage>;
  /** Opens `path` (e.g. 'popup.html?tab=12') of the extension in a new tab, loaded. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /**
   * Opens popup.html in a tab. With `forPage`, appends `?tab=<that page's tab id>` so the popup
   * knows which tab to summarise (the popup's contract: `tab` query param, else active tab).
   */
  openPopup(forPage?: E2EPage, path?: string): Promise<E2EPage>;
  /** The browser tab id of `page` (tabs.query from an extension context, matched by URL). */
  tabIdOf(page: E2EPage): Promise<number>;
  /**
   * Runs `fn` in an extension context (a throwaway tab on the extension's manifest.json, which
   * has the extension APIs as `chrome`/`browser`), e.g. to read storage.
   */
  evalInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;

  /** Errors attributed to extension code in any context (background, content scripts, pages). */
  extensionErrors(): ErrorEntry[];
  /** Every request the browser reported, oldest first. */
  requests(): BrowserRequest[];
  /** Forget recorded requests, served requests and errors (e.g. after setup steps). */
  clearLogs(): void;
  /** Waits for traffic to settle, then analyses the network log. */
  networkReport(opts?: PolicingOptions & { settleMs?: number }): Promise<NetworkReport>;
  /** Throws (with the offending requests listed) if the extension made any network request. */
  expectNoExtensionRequests(opts?: PolicingOptions & { settleMs?: number }): Promise<void>;

  /** Closes the browser and relaunches it on the same profile directory. */
  restart(): Promise<void>;
  /** Closes the browser; idempotent; never throws. Deletes the profile unless `keepProfile`. */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
  readonly raw: unknown;
}
