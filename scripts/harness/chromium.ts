/**
 * Chromium (Debian's /usr/bin/chromium) with the built MV3 extension, through playwright-core.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Request, type Worker } from 'playwright-core';
import { BROWSER_EXECUTABLES, freshTmpDir, missingBrowserMessage, missingLanguageMessage, mkdirp, TIMEOUTS } from './env';
import { isExtensionUrl, isScriptedType } from './network';
import type { FixtureServer } from './server';
import { poll, SessionBase } from './session';
import type { Clip, E2EBrowser, E2EPage, ErrorEntry, LaunchOptions } from './types';

class ChromiumPage implements E2EPage {
  readonly browserName = 'chromium' as const;
  readonly errors: ErrorEntry[] = [];
  readonly footnoteLog: string[] = [];
  constructor(readonly raw: Page) {}

  async goto(url: string): Promise<void> {
    await this.raw.goto(url, { waitUntil: 'load', timeout: TIMEOUTS.navigation });
  }
  async url(): Promise<string> {
    return this.raw.url();
  }
  title(): Promise<string> {
    return this.raw.title();
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
    await this.raw.waitForSelector(selector, { state: 'attached', timeout: opts.timeout ?? TIMEOUTS.action });
  }
  hover(selector: string): Promise<void> {
    return this.raw.hover(selector, { timeout: TIMEOUTS.action });
  }
  click(selector: string): Promise<void> {
    return this.raw.click(selector, { timeout: TIMEOUTS.action });
  }
  focus(selector: string): Promise<void> {
    return this.raw.focus(selector, { timeout: TIMEOUTS.action });
  }
  press(key: string): Promise<void> {
    return this.raw.keyboard.press(key);
  }
  async type(selector: string, text: string): Promise<void> {
    await this.raw.focus(selector, { timeout: TIMEOUTS.action });
    await this.raw.keyboard.type(text);
  }
  async screenshot(path: string, opts: { fullPage?: boolean; clip?: Clip } = {}): Promise<void> {
    mkdirp(dirname(path));
    await this.raw.screenshot({ path, fullPage: opts.fullPage ?? false, ...(opts.clip ? { clip: opts.clip } : {}) });
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

/**
 * The flags every Chromium of ours is launched with (the e2e harness, the benchmarks' checks):
 * `extension` loaded, or none at all (null), and every request, loopback included, through the
 * fixture server at `proxyUrl` (the egress trap).
 */
export function chromiumArgs(proxyUrl: string, extension: string | null): string[] {
  return [
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--proxy-server=${proxyUrl}`,
    '--proxy-bypass-list=<-loopback>',
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  ];
}

export class ChromiumSession extends SessionBase implements E2EBrowser {
  readonly name = 'chromium' as const;
  extensionId = '';
  private context!: BrowserContext;
  private readonly pages = new WeakMap<Page, ChromiumPage>();
  private readonly logFiles: string[] = [];
  private readonly logDir = freshTmpDir('chromium-logs');
  private logErrorsCleared = 0;
  /** The UI language asked for (LaunchOptions.locale). */
  locale: string | undefined;
  colorScheme: 'light' | 'dark' | undefined;

  private constructor(
    server: FixtureServer,
    profileDir: string,
    readonly extensionPath: string,
  ) {
    super(server, profileDir);
  }

  static async launch(opts: LaunchOptions): Promise<ChromiumSession> {
    const missing = missingBrowserMessage('chromium');
    if (missing) throw new Error(missing);
    if (!existsSync(join(opts.extensionPath, 'manifest.json'))) {
      throw new Error(`e2e: no manifest.json in ${opts.extensionPath}; did the Chrome build run?`);
    }
    if (opts.locale) {
      const pak = missingLanguageMessage('chromium', opts.locale);
      if (pak) throw new Error(pak);
    }
    const session = new ChromiumSession(opts.server, freshTmpDir('chromium-profile'), opts.extensionPath);
    session.locale = opts.locale;
    session.colorScheme = opts.colorScheme;
    await session.start();
    return session;
  }

  get extensionOrigin(): string {
    return `chrome-extension://${this.extensionId}`;
  }

  get raw(): BrowserContext {
    return this.context;
  }

  private async start(): Promise<void> {
    const ext = this.extensionPath;
    const logFile = join(this.logDir, `chrome-${this.logFiles.length}.log`);
    this.logFiles.push(logFile);
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: BROWSER_EXECUTABLES.chromium,
      headless: true,
      timeout: TIMEOUTS.launch,
      // Chromium on Linux takes its UI language from LANGUAGE (--lang is for Windows and macOS).
      ...(this.colorScheme ? { colorScheme: this.colorScheme } : {}),
      ...(this.locale ? { env: { ...process.env, LANGUAGE: this.locale, LC_ALL: '', LANG: `${this.locale}.UTF-8` }, locale: this.locale } : {}),
      args: [
        ...chromiumArgs(this.server.proxyUrl, ext),
        // Console output of every context (service worker from its first line on) to a file:
        // the only place an uncaught error thrown while the worker starts is visible.
        '--enable-logging',
        `--log-file=${logFile}`,
        '--v=0',
      ],
    });
    try {
      this.wire();
      let [worker] = this.context.serviceWorkers().filter((w) => isExtensionUrl(w.url()));
      if (!worker) {
        worker = await this.context.waitForEvent('serviceworker', {
          predicate: (w) => isExtensionUrl(w.url()),
          timeout: TIMEOUTS.launch,
        });
      }
      this.extensionId = new URL(worker.url()).host;
    } catch (e) {
      await this.context.close().catch(() => {});
      const reason = e instanceof Error ? e.message : String(e);
      throw new Error(`e2e: the extension's service worker never started in Chromium (${ext}): ${reason}`, { cause: e });
    }
  }

  /** The extension's service worker, if running (MV3 workers stop when idle). */
  serviceWorker(): Worker | undefined {
    return this.context.serviceWorkers().find((w) => w.url().startsWith(this.extensionOrigin));
  }

  private wire(): void {
    const ctx = this.context;
    ctx.on('page', (p) => this.wrap(p));
    for (const p of ctx.pages()) this.wrap(p);
    ctx.on('request', (r) => this.onRequest(r));
    ctx.on('console', (m) => this.onConsole(m));
  }

  private wrap(p: Page): ChromiumPage {
    let w = this.pages.get(p);
    if (w) return w;
    w = new ChromiumPage(p);
    this.pages.set(p, w);
    const wrapper = w;
    p.on('pageerror', (err) => {
      const entry: ErrorEntry = { kind: 'uncaught', text: `${err.name}: ${err.message}`, url: stackUrl(err.stack), pageUrl: p.url() };
      this.recordError(entry, wrapper.errors);
    });
    return w;
  }

  private onRequest(r: Request): void {
    let initiatorUrl: string | undefined;
    const worker = r.serviceWorker();
    if (worker) initiatorUrl = worker.url();
    else {
      try {
        initiatorUrl = r.frame().url();
      } catch {
        /* no frame */
      }
    }
    const isNavigation = safe(() => r.isNavigationRequest(), false);
    const fromExtension = !isNavigation && (!!worker || isExtensionUrl(initiatorUrl));
    this.requestLog.push({
      browser: 'chromium',
      time: Date.now(),
      method: r.method(),
      url: r.url(),
      initiator: fromExtension ? 'extension' : initiatorUrl === undefined ? 'unknown' : 'page',
      initiatorUrl,
      resourceType: r.resourceType(),
      scripted: isScriptedType(r.resourceType()),
      isNavigation,
    });
  }

  private onConsole(m: ConsoleMessage): void {
    const page = m.page();
    if (page && m.text().startsWith('[Footnote]')) this.wrap(page).footnoteLog.push(`${m.type()} ${m.text()}`);
    if (m.type() !== 'error') return;
    const entry: ErrorEntry = {
      kind: 'console',
      text: m.text(),
      url: m.location().url || undefined,
      pageUrl: page?.url() ?? m.worker()?.url(),
    };
    this.recordError(entry, page ? this.wrap(page).errors : undefined);
  }

  /** Uncaught errors of extension code from Chromium's log (incl. service-worker start-up). */
  private parseLogErrors(): ErrorEntry[] {
    const out: ErrorEntry[] = [];
    for (const file of this.logFiles) {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // not written yet
      }
      for (const line of text.split('\n')) {
        // [pid:tid:date:INFO:CONSOLE:12] "Uncaught Error: boom", source: chrome-extension://id/background.js (12)
        const m = /:CONSOLE(?::\d+)?\] "(Uncaught[^]*)", source: (\S*) \(\d+\)$/.exec(line);
        if (m && m[2].startsWith(this.extensionOrigin)) out.push({ kind: 'uncaught', text: m[1], url: m[2] });
      }
    }
    return out;
  }

  protected browserErrors(): ErrorEntry[] {
    return this.parseLogErrors().slice(this.logErrorsCleared);
  }

  protected override clearBrowserErrors(): void {
    this.logErrorsCleared = this.parseLogErrors().length;
  }

  async newPage(): Promise<E2EPage> {
    return this.wrap(await this.context.newPage());
  }

  async openExtensionPage(path: string): Promise<E2EPage> {
    const page = await this.newPage();
    await page.goto(`${this.extensionOrigin}/${path.replace(/^\//, '')}`);
    return page;
  }

  async restart(): Promise<void> {
    await this.context.close();
    await this.start();
  }

  async close(opts: { keepProfile?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.race([this.context?.close().catch(() => {}), new Promise((r) => setTimeout(r, 15_000))]);
    if (!opts.keepProfile) this.removeProfile();
    rmSync(this.logDir, { recursive: true, force: true });
  }
}

function stackUrl(stack: string | undefined): string | undefined {
  const m = stack && /((?:chrome|moz)-extension:\/\/[^\s)]+?|https?:\/\/[^\s)]+?)(?::\d+){1,2}\)?$/m.exec(stack);
  return m ? m[1] : undefined;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export function launchChromium(opts: LaunchOptions): Promise<ChromiumSession> {
  return ChromiumSession.launch(opts);
}
