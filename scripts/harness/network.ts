/**
 * Network policing: "the extension made no network request".
 *
 * Two sources, combined:
 * - browser events (Chromium: every request of the context, service worker and extension pages
 *   included; Firefox: WebDriver BiDi requests of each tab), which say who asked;
 * - the fixture server, which is also every browser's proxy (see server.ts), which says what
 *   actually went out, including what the browser events miss (Firefox extension background
 *   and content-script requests).
 */
import type { BrowserName } from './env';
import type { ServedRequest } from './server';

export type Initiator = 'page' | 'extension' | 'unknown';

export interface BrowserRequest {
  browser: BrowserName;
  time: number;
  method: string;
  url: string;
  /** Who asked: a web page (frame), or an extension context (service worker, extension page). */
  initiator: Initiator;
  /** URL of the frame or worker that asked, when known. */
  initiatorUrl?: string;
  /** e.g. document, script, image, fetch, xhr (Chromium); BiDi initiator type in Firefox. */
  resourceType?: string;
  /** True for requests issued by page script (fetch/xhr/websocket/beacon/eventsource). */
  scripted: boolean;
  isNavigation: boolean;
}

export interface PolicingOptions {
  /** Allow script-initiated requests from pages to the fixture origin (fixture pages that fetch). */
  allowPageScriptRequests?: boolean;
  /** Extra predicate for requests a test expects; return true to accept. */
  allow?: (r: { url: string; method: string; initiatorUrl?: string }) => boolean;
}

export interface NetworkReport {
  violations: string[];
  /** Browser-internal traffic that the proxy refused (not the extension's). */
  ignoredBrowserTraffic: string[];
}

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:'];
const NETWORK_SCHEMES = ['http:', 'https:', 'ws:', 'wss:'];
const SCRIPTED_TYPES = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon']);

/**
 * Hosts the browsers themselves call even with background networking off; the proxy refuses
 * them. A refused request to one of these is ignored only when no browser event attributes a
 * request to that host (extension and page requests are reported by the driver, so they are
 * never hidden by this list). Keep it to what was observed.
 * - Chromium 156: component updater on-demand check (update.googleapis.com/service/update2),
 *   Google account probe (CONNECT accounts.google.com:443), and their usual siblings;
 *   autofill field-type lookups (content-autofill.googleapis.com) once a page has a form.
 * - Firefox ESR: none once Remote Settings is pointed at its dummy (see firefox.ts).
 */
const BROWSER_INTERNAL_HOSTS: Record<BrowserName, RegExp[]> = {
  chromium: [
    /^update\.googleapis\.com$/,
    /^accounts\.google\.com$/,
    /^clients\d*\.google\.com$/,
    /^clientservices\.googleapis\.com$/,
    /^optimizationguide-pa\.googleapis\.com$/,
    /^content-autofill\.googleapis\.com$/,
    /^(redirector|edgedl\.me)\.gvt1\.com$/,
  ],
  firefox: [],
};

export function isExtensionUrl(url: string | undefined): boolean {
  if (!url) return false;
  return EXTENSION_SCHEMES.some((s) => url.startsWith(s));
}

export function isNetworkUrl(url: string): boolean {
  return NETWORK_SCHEMES.some((s) => url.startsWith(s));
}

export function isScriptedType(type: string | undefined): boolean {
  return !!type && SCRIPTED_TYPES.has(type);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function describeReq(r: BrowserRequest): string {
  const who = r.initiatorUrl ? ` from ${r.initiatorUrl}` : '';
  return `${r.method} ${r.url} (${r.initiator}${r.resourceType ? `, ${r.resourceType}` : ''}${who})`;
}

export function analyseNetwork(input: {
  browser: BrowserName;
  fixtureOrigin: string;
  events: BrowserRequest[];
  served: ServedRequest[];
  options?: PolicingOptions;
}): NetworkReport {
  const { browser, fixtureOrigin, events, served, options = {} } = input;
  const allow = options.allow ?? (() => false);
  const violations: string[] = [];
  const ignoredBrowserTraffic: string[] = [];

  // 1. What the browser events attribute.
  for (const r of events) {
    if (!isNetworkUrl(r.url) || allow(r)) continue;
    if (r.initiator === 'extension' || isExtensionUrl(r.initiatorUrl)) {
      violations.push(`extension request: ${describeReq(r)}`);
    } else if (originOf(r.url) !== fixtureOrigin) {
      violations.push(`request to a host other than the fixture server: ${describeReq(r)}`);
    } else if (r.scripted && !options.allowPageScriptRequests) {
      // Fixture pages don't fetch; in Chromium a content script's fetch shows up as the page's.
      violations.push(`script-initiated request from the page (content script?): ${describeReq(r)}`);
    }
  }

  // 2. What actually tried to leave (the proxy refused it).
  for (const s of served) {
    if (s.kind === 'fixture') continue;
    const line = `${s.method} ${s.url} (refused by the egress trap)`;
    if (allow({ url: s.url, method: s.method })) continue;
    const host = hostOf(s.url);
    const attributed = events.some((r) => hostOf(r.url) === host);
    if (!attributed && BROWSER_INTERNAL_HOSTS[browser].some((re) => re.test(host))) {
      ignoredBrowserTraffic.push(line);
    } else {
      violations.push(`request left for another host: ${line}`);
    }
  }

  // 3. Fixture-server hits that no page asked for (Firefox extension background / content
  //    scripts, invisible to BiDi). Matched as a multiset on method + URL.
  const asked = new Map<string, number>();
  for (const r of events) {
    if (r.initiator !== 'page' || originOf(r.url) !== fixtureOrigin) continue;
    const key = `${r.method} ${r.url}`;
    asked.set(key, (asked.get(key) ?? 0) + 1);
  }
  for (const s of served) {
    if (s.kind !== 'fixture') continue;
    if (new URL(s.url).pathname === '/favicon.ico') continue; // the browser's own
    const key = `${s.method} ${s.url}`;
    const n = asked.get(key) ?? 0;
    if (n > 0) {
      asked.set(key, n - 1);
      continue;
    }
    if (allow({ url: s.url, method: s.method })) continue;
    const origin = s.headers.origin ? `, Origin: ${s.headers.origin}` : '';
    violations.push(`request reached the fixture server that no page made (extension background or content script?): ${s.method} ${s.url}${origin}`);
  }

  return { violations: [...new Set(violations)], ignoredBrowserTraffic };
}

export function formatNetworkReport(browser: BrowserName, report: NetworkReport): string {
  const lines = [`${browser}: ${report.violations.length} forbidden network request(s):`, ...report.violations.map((v) => `  - ${v}`)];
  if (report.ignoredBrowserTraffic.length) {
    lines.push(`  (ignored browser-internal traffic: ${report.ignoredBrowserTraffic.join('; ')})`);
  }
  return lines.join('\n');
}
