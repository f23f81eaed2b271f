/**
 * What both launchers share: the request and error logs, network policing, and the helpers
 * that are written once on top of the per-browser primitives.
 */
import { rmSync } from 'node:fs';
import type { BrowserName } from './env';
import { TIMEOUTS } from './env';
import { analyseNetwork, formatNetworkReport, isExtensionUrl, type BrowserRequest, type NetworkReport, type PolicingOptions } from './network';
import type { FixtureServer } from './server';
import type { E2EBrowser, E2EPage, ErrorEntry } from './types';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value or `timeout` ms pass. Probe errors are retried. */
export async function poll<R>(probe: () => Promise<R>, what: string, timeout: number = TIMEOUTS.action, every = 100): Promise<R> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`e2e: timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    await sleep(every);
  }
}

/**
 * The browser's own favicon request, blocked by a page's strict CSP, is reported as a page
 * error ("…blocked the loading of a resource (img-src) at …/favicon.ico…"): not the page's or
 * the extension's doing.
 */
export function isBrowserNoise(text: string): boolean {
  return /\/favicon\.ico\b/.test(text) && /Content[- ]Security[- ]Policy|Refused to load/i.test(text);
}

/** Splits 'Shift+Tab' into modifiers and key. */
export function splitCombo(combo: string): { modifiers: string[]; key: string } {
  const parts = combo === '+' ? ['+'] : combo.split('+').filter(Boolean);
  const key = parts.pop() ?? combo;
  return { modifiers: parts, key };
}

export abstract class SessionBase implements Partial<E2EBrowser> {
  abstract readonly name: BrowserName;
  abstract readonly extensionId: string;
  abstract readonly extensionOrigin: string;
  abstract newPage(): Promise<E2EPage>;
  abstract openExtensionPage(path: string): Promise<E2EPage>;
  protected abstract browserErrors(): ErrorEntry[];

  protected readonly requestLog: BrowserRequest[] = [];
  protected readonly errorLog: ErrorEntry[] = [];
  protected closed = false;

  constructor(
    readonly server: FixtureServer,
    readonly profileDir: string,
  ) {}

  requests(): BrowserRequest[] {
    return [...this.requestLog];
  }

  extensionErrors(): ErrorEntry[] {
    const all = [...this.errorLog, ...this.browserErrors()];
    const fromExtension = all.filter((e) => isExtensionUrl(e.url) || isExtensionUrl(e.pageUrl) || e.text.includes(this.extensionOrigin));
    const seen = new Set<string>();
    return fromExtension.filter((e) => {
      const key = `${e.kind}|${e.text}|${e.url ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  clearLogs(): void {
    this.requestLog.length = 0;
    this.errorLog.length = 0;
    this.server.clearLog();
    this.clearBrowserErrors();
  }

  protected clearBrowserErrors(): void {}

  /** Records an error for the session and, when it happened in a page, for that page. */
  protected recordError(entry: ErrorEntry, pageErrors?: ErrorEntry[]): void {
    if (isBrowserNoise(entry.text)) return;
    pageErrors?.push(entry);
    this.errorLog.push(entry);
  }

  async networkReport(opts: PolicingOptions & { settleMs?: number } = {}): Promise<NetworkReport> {
    // Let in-flight requests reach both the driver's event stream and the server.
    await sleep(opts.settleMs ?? 500);
    return analyseNetwork({
      browser: this.name,
      fixtureOrigin: this.server.origin,
      events: this.requestLog,
      served: this.server.log(),
      options: opts,
    });
  }

  async expectNoExtensionRequests(opts: PolicingOptions & { settleMs?: number } = {}): Promise<void> {
    const report = await this.networkReport(opts);
    if (report.violations.length > 0) throw new Error(formatNetworkReport(this.name, report));
  }

  async evalInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const page = await this.openExtensionPage('manifest.json');
    try {
      return await page.evaluate(fn, arg as A);
    } finally {
      await page.close().catch(() => {});
    }
  }

  async tabIdOf(page: E2EPage): Promise<number> {
    const url = await page.url();
    const found = await this.evalInExtension(async (u: string) => {
      type Tab = { id?: number; url?: string };
      type Api = { tabs: { query(q: object): Promise<Tab[]> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
      return { ids: tabs.filter((t) => t.url === u).map((t) => t.id as number), urlsVisible: tabs.some((t) => !!t.url) };
    }, url);
    if (found.ids.length === 1) return found.ids[0];
    if (found.ids.length > 1) throw new Error(`e2e: ${found.ids.length} tabs show ${url}; give each page a distinct URL (e.g. ?n=1) before tabIdOf()`);
    throw new Error(
      found.urlsVisible
        ? `e2e: no tab shows ${url}`
        : `e2e: the extension can't see tab URLs (it needs a host permission for ${this.server.origin} or the "tabs" permission), so tabIdOf() can't find ${url}`,
    );
  }

  async openPopup(forPage?: E2EPage, path = 'popup.html'): Promise<E2EPage> {
    if (!forPage) return this.openExtensionPage(path);
    const tab = await this.tabIdOf(forPage);
    const sep = path.includes('?') ? '&' : '?';
    return this.openExtensionPage(`${path}${sep}tab=${tab}`);
  }

  protected removeProfile(): void {
    try {
      rmSync(this.profileDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* a leftover temp dir is not worth failing a run */
    }
  }
}
