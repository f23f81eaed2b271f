/**
 * Firefox ESR (/usr/bin/firefox-esr) with the built extension, through puppeteer-core over
 * WebDriver BiDi. The extension is installed as a temporary add-on (webExtension.install); its
 * moz-extension:// UUID is fixed up front with the `extensions.webextensions.uuids` pref, keyed
 * by the gecko id, so extension pages can be opened by URL and survive restarts.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type ConsoleMessage, type HTTPRequest, type KeyInput, type Page } from 'puppeteer-core';
import { BROWSER_EXECUTABLES, freshTmpDir, missingBrowserMessage, missingLanguageMessage, mkdirp, TIMEOUTS } from './env';
import { isExtensionUrl } from './network';
import type { FixtureServer } from './server';
import { poll, SessionBase, sleep, splitCombo } from './session';
import type { Clip, E2EBrowser, E2EPage, ErrorEntry, LaunchOptions } from './types';

/** Used only while the build has no browser_specific_settings.gecko.id (patched into a copy). */
export const FALLBACK_GECKO_ID = 'footnote-e2e@footnote.test';

export interface PreparedFirefoxExtension {
  path: string;
  geckoId: string;
  /** True when the build had no gecko id and the harness installed a patched copy. */
  patched: boolean;
}

/** Reads the gecko id from the built manifest; without one, installs a copy that has one. */
export function prepareFirefoxExtension(extensionPath: string): PreparedFirefoxExtension {
  const manifestPath = join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`e2e: no manifest.json in ${extensionPath}; did the Firefox build run?`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const id: unknown = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (typeof id === 'string' && id) return { path: resolve(extensionPath), geckoId: id, patched: false };
  // A temporary add-on without an id gets a random one per browser session, so its UUID can't
  // be pinned and its storage doesn't survive a restart: give the test copy a fixed id.
  const copy = freshTmpDir('firefox-ext');
  cpSync(extensionPath, copy, { recursive: true });
  manifest.browser_specific_settings = {
    ...manifest.browser_specific_settings,
    gecko: { ...manifest.browser_specific_settings?.gecko, id: FALLBACK_GECKO_ID },
  };
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return { path: copy, geckoId: FALLBACK_GECKO_ID, patched: true };
}

class FirefoxPage implements E2EPage {
  readonly browserName = 'firefox' as const;
  readonly errors: ErrorEntry[] = [];
  readonly footnoteLog: string[] = [];
  /** Set while the tab shows an extension page (puppeteer's frame URL goes stale there). */
  extensionPage = false;
  constructor(readonly raw: Page) {}

  async goto(url: string): Promise<void> {
    if (isExtensionUrl(url)) {
      // Firefox's BiDi navigation tracking loses the tab when it switches to the extension
      // process: goto() never resolves and the cached URL stays about:blank. Start the
      // navigation, then poll the document itself.
      this.extensionPage = true;
      this.raw.goto(url, { timeout: TIMEOUTS.navigation }).catch(() => {});
      await poll(() => this.raw.evaluate((u) => location.href === u && document.readyState === 'complete', url), `${url} to load`, TIMEOUTS.navigation);
      return;
    }
    this.extensionPage = false;
    await this.raw.goto(url, { waitUntil: 'load', timeout: TIMEOUTS.navigation });
  }
  async url(): Promise<string> {
    try {
      return await this.raw.evaluate(() => location.href);
    } catch {
      return this.raw.url();
    }
  }
  title(): Promise<string> {
    return this.raw.evaluate(() => document.title);
  }
  evaluateScript(source: string): Promise<unknown> {
    return this.raw.evaluate(source);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the driver types its own page-function shape
    return this.raw.evaluate(fn as any, arg) as Promise<R>;
  }
  waitForFunction<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, opts: { timeout?: number } = {}): Promise<R> {
    return poll(() => this.evaluate(fn, arg), `page function ${fn.toString().slice(0, 80)}`, opts.timeout ?? TIMEOUTS.action);
  }
  async waitForSelector(selector: string, opts: { timeout?: number } = {}): Promise<void> {
    await poll(() => this.raw.evaluate((s) => document.querySelector(s) !== null, selector), `selector ${selector}`, opts.timeout ?? TIMEOUTS.action);
  }
  hover(selector: string): Promise<void> {
    return this.raw.hover(selector);
  }
  click(selector: string): Promise<void> {
    return this.raw.click(selector);
  }
  focus(selector: string): Promise<void> {
    return this.raw.focus(selector);
  }
  async press(combo: string): Promise<void> {
    const { modifiers, key } = splitCombo(combo);
    for (const m of modifiers) await this.raw.keyboard.down(m as KeyInput);
    try {
      await this.raw.keyboard.press(key as KeyInput);
    } finally {
      for (const m of modifiers.reverse()) await this.raw.keyboard.up(m as KeyInput);
    }
  }
  async type(selector: string, text: string): Promise<void> {
    await this.raw.focus(selector);
    await this.raw.keyboard.type(text);
  }
  async screenshot(path: string, opts: { fullPage?: boolean; clip?: Clip } = {}): Promise<void> {
    mkdirp(dirname(path));
    await this.raw.screenshot({ path: path as `${string}.png`, fullPage: opts.fullPage ?? false, ...(opts.clip ? { clip: opts.clip } : {}) });
  }
  consoleErrors(): ErrorEntry[] {
    return [...this.errors];
  }
  async bringToFront(): Promise<void> {
    await this.raw.bringToFront();
  }
  async close(): Promise<void> {
    if (!this.raw.isClosed()) await this.raw.close();
  }
}

export class FirefoxSession extends SessionBase implements E2EBrowser {
  readonly name = 'firefox' as const;
  readonly extensionId: string;
  /** moz-extension UUID, fixed for the session (kept across restart()). */
  readonly uuid = randomUUID();
  private browser!: Browser;
  private readonly pages = new WeakMap<Page, FirefoxPage>();
  private readonly stderrErrors: ErrorEntry[] = [];
  private readonly prepared: PreparedFirefoxExtension;
  /** The UI language asked for (LaunchOptions.locale): Debian's language pack must be installed. */
  locale: string | undefined;
  colorScheme: 'light' | 'dark' | undefined;

  private constructor(server: FixtureServer, profileDir: string, prepared: PreparedFirefoxExtension) {
    super(server, profileDir);
    this.prepared = prepared;
    this.extensionId = prepared.geckoId;
  }

  static async launch(opts: LaunchOptions): Promise<FirefoxSession> {
    const missing = missingBrowserMessage('firefox');
    if (missing) throw new Error(missing);
    if (opts.locale) {
      const pack = missingLanguageMessage('firefox', opts.locale);
      if (pack) throw new Error(pack);
    }
    const session = new FirefoxSession(opts.server, freshTmpDir('firefox-profile'), prepareFirefoxExtension(opts.extensionPath));
    session.locale = opts.locale;
    session.colorScheme = opts.colorScheme;
    await session.start();
    return session;
  }

  get extensionOrigin(): string {
    return `moz-extension://${this.uuid}`;
  }

  get raw(): Browser {
    return this.browser;
  }

  /** Where the installed extension came from (a patched copy while the build has no gecko id). */
  get installedExtension(): PreparedFirefoxExtension {
    return this.prepared;
  }

  private prefs(): Record<string, unknown> {
    const proxy = new URL(this.server.proxyUrl);
    return {
      'extensions.webextensions.uuids': JSON.stringify({ [this.prepared.geckoId]: this.uuid }),
      // Temporary add-ons are removed at shutdown; keep their storage and UUID for restart().
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Every request, loopback included, goes through the fixture server (egress trap).
      'network.proxy.type': 1,
      'network.proxy.http': proxy.hostname,
      'network.proxy.http_port': Number(proxy.port),
      'network.proxy.ssl': proxy.hostname,
      'network.proxy.ssl_port': Number(proxy.port),
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'media.peerconnection.ice.proxy_only': true,
      // Remote Settings polls firefox.settings.services.mozilla.com unless pointed at its
      // dummy (honoured only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in release builds).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'app.normandy.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.usage.uploadEnabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'captivedetect.canonicalURL': '',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Firefox's own check whether a page suits Reader View, run on every page just after its
      // first paint: on a page of 20,000 paragraphs it held the main thread 106-243 ms with no
      // extension at all, which the hostile tests' timer probe then blamed on Footnote.
      'reader.parse-on-load.enabled': false,
      // 0 dark, 1 light: what prefers-color-scheme tells web and extension pages.
      ...(this.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': this.colorScheme === 'dark' ? 0 : 1 } : {}),
      ...(this.locale ? { 'intl.locale.requested': this.locale, 'intl.accept_languages': this.locale } : {}),
    };
  }

  private async start(): Promise<void> {
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: BROWSER_EXECUTABLES.firefox,
      headless: true,
      userDataDir: this.profileDir,
      // Lets BiDi navigate tabs to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: this.prefs(),
      timeout: TIMEOUTS.launch,
      protocolTimeout: TIMEOUTS.launch,
    });
    try {
      this.watchStderr();
      this.wire();
      const id = await this.browser.installExtension(this.prepared.path);
      if (id !== this.prepared.geckoId) {
        throw new Error(`installExtension returned ${id}, expected the manifest's gecko id ${this.prepared.geckoId}`);
      }
    } catch (e) {
      await this.shutdown();
      const reason = e instanceof Error ? e.message : String(e);
      throw new Error(`e2e: Firefox could not install ${this.prepared.path}: ${reason}`, { cause: e });
    }
  }

  /** Uncaught errors of extension code (background included) are only visible on stderr. */
  private watchStderr(): void {
    const stderr = this.browser.process()?.stderr;
    if (!stderr) return;
    let buf = '';
    stderr.setEncoding('utf8');
    stderr.on('data', (chunk: string) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) {
        // JavaScript error: moz-extension://uuid/background.js, line 2: Error: boom
        const m = /^JavaScript error: (moz-extension:\/\/[^,]+), line \d+: (.*)$/.exec(line.trim());
        if (m) this.stderrErrors.push({ kind: 'uncaught', text: m[2], url: m[1] });
      }
    });
  }

  private wire(): void {
    this.browser.on('targetcreated', (t) => {
      if (t.type() !== 'page') return;
      t.page()
        .then((p) => p && this.wrap(p))
        .catch(() => {});
    });
    this.browser
      .pages()
      .then((ps) => ps.forEach((p) => this.wrap(p)))
      .catch(() => {});
  }

  private wrap(p: Page): FirefoxPage {
    let w = this.pages.get(p);
    if (w) return w;
    w = new FirefoxPage(p);
    this.pages.set(p, w);
    const wrapper = w;
    p.on('request', (r) => this.onRequest(r, wrapper));
    p.on('console', (m) => this.onConsole(m, wrapper));
    p.on('pageerror', (err) => {
      const e = err as Error;
      const entry: ErrorEntry = { kind: 'uncaught', text: `${e.name ?? 'Error'}: ${e.message ?? String(err)}`, url: stackUrl(e.stack), pageUrl: p.url() };
      this.recordError(entry, wrapper.errors);
    });
    return w;
  }

  private onRequest(r: HTTPRequest, page: FirefoxPage): void {
    const isNavigation = r.isNavigationRequest();
    const initiatorUrl = page.extensionPage ? this.extensionOrigin + '/' : (r.frame()?.url() ?? undefined);
    const initiatorType = r.initiator()?.type;
    this.requestLog.push({
      browser: 'firefox',
      time: Date.now(),
      method: r.method(),
      url: r.url(),
      initiator: page.extensionPage && !isNavigation ? 'extension' : 'page',
      initiatorUrl,
      resourceType: initiatorType,
      scripted: !isNavigation && initiatorType === 'script',
      isNavigation,
    });
  }

  private onConsole(m: ConsoleMessage, page: FirefoxPage): void {
    if (m.text().startsWith('[Footnote]')) page.footnoteLog.push(`${m.type()} ${m.text()}`);
    if (m.type() !== 'error') return;
    const entry: ErrorEntry = { kind: 'console', text: m.text(), url: m.location()?.url || undefined, pageUrl: page.raw.url() };
    this.recordError(entry, page.errors);
  }

  protected browserErrors(): ErrorEntry[] {
    return [...this.stderrErrors];
  }

  protected override clearBrowserErrors(): void {
    this.stderrErrors.length = 0;
  }

  async newPage(): Promise<E2EPage> {
    return this.wrap(await this.browser.newPage());
  }

  async openExtensionPage(path: string): Promise<E2EPage> {
    const page = await this.newPage();
    await page.goto(`${this.extensionOrigin}/${path.replace(/^\//, '')}`);
    return page;
  }

  async restart(): Promise<void> {
    await this.shutdown();
    await this.start();
  }

  /** Closes the browser, killing it if it doesn't go within 15 s. */
  private async shutdown(): Promise<void> {
    const browser = this.browser;
    if (!browser) return;
    const proc = browser.process();
    const closed = browser.close().then(
      () => true,
      () => false,
    );
    const ok = await Promise.race([closed, sleep(15_000).then(() => false)]);
    if (!ok && proc && proc.exitCode === null) proc.kill('SIGKILL');
  }

  async close(opts: { keepProfile?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.shutdown().catch(() => {});
    if (!opts.keepProfile) this.removeProfile();
    if (this.prepared.patched) rmSync(this.prepared.path, { recursive: true, force: true });
  }
}

function stackUrl(stack: string | undefined): string | undefined {
  // Firefox stacks: "fn@moz-extension://uuid/content.js:2:9"
  const m = stack && /@?((?:moz|chrome)-extension:\/\/[^\s)]+?|https?:\/\/[^\s)]+?)(?::\d+){1,2}\)?$/m.exec(stack);
  return m ? m[1] : undefined;
}

export function launchFirefox(opts: LaunchOptions): Promise<FirefoxSession> {
  return FirefoxSession.launch(opts);
}
