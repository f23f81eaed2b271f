/**
 * Entry point for e2e tests. Write each test once:
 *
 *   describe.each(browsers)('$name', (spec) => {
 *     const e2e = useBrowser(spec);
 *     it('…', async () => {
 *       const page = await e2e.browser.newPage();
 *       await page.goto(e2e.server.url('/article.html'));
 *       await e2e.browser.expectNoExtensionRequests();
 *     });
 *   });
 *
 * The harness itself (launchers, fixture server, network policing, page helpers) is in
 * scripts/harness/, shared with the scripts; this is its vitest side.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { FixtureServer, launchChromium, launchFirefox, selectedBrowsers, type BrowserName, type E2EBrowser, type LaunchOptions } from '../../scripts/harness';

export interface BrowserSpec {
  name: BrowserName;
  /** The unpacked build for this browser (from the globalSetup build). */
  extensionPath(): string;
  launch(opts: LaunchOptions): Promise<E2EBrowser>;
}

const ALL: BrowserSpec[] = [
  { name: 'chromium', extensionPath: () => inject('footnoteExtensions').chrome, launch: launchChromium },
  { name: 'firefox', extensionPath: () => inject('footnoteExtensions').firefox, launch: launchFirefox },
];

/** The browsers this run covers (both unless FOOTNOTE_E2E_BROWSERS narrows it; see scripts/harness/env.ts). */
export const browsers: BrowserSpec[] = selectedBrowsers().map((name) => ALL.find((b) => b.name === name)!);

export interface E2EContext {
  readonly browser: E2EBrowser;
  readonly server: FixtureServer;
}

/**
 * Starts a fixture server and the browser (with the built extension, proxied through that
 * server) before the suite's tests, and always closes both after them, even on failure.
 * `setup` runs on the server before launch (routes, runtime pages).
 */
export function useBrowser(
  spec: BrowserSpec,
  setup?: (server: FixtureServer) => void | Promise<void>,
  options: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): E2EContext {
  let server: FixtureServer | undefined;
  let browser: E2EBrowser | undefined;
  beforeAll(async () => {
    server = await FixtureServer.start();
    await setup?.(server);
    browser = await spec.launch({ server, extensionPath: spec.extensionPath(), locale: options.locale, colorScheme: options.colorScheme });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): E2EBrowser {
      if (!browser) throw new Error(`e2e: ${spec.name} is not running (did beforeAll fail?)`);
      return browser;
    },
    get server(): FixtureServer {
      if (!server) throw new Error('e2e: the fixture server is not running (did beforeAll fail?)');
      return server;
    },
  };
}
