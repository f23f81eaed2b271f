/**
 * The harness tested on itself with a throwaway "canary" extension that misbehaves on purpose:
 * proves that the network policing and error capture catch what they claim to catch (in both
 * browsers), and that the page adapter, extension pages, tab ids and restart() work.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type E2EBrowser, FixtureServer, freshTmpDir, screenshotPath } from '../../scripts/harness';
import { browsers } from './browsers';

const CANARY_GECKO_ID = 'canary@footnote.test';

const BG = `
const api = globalThis.browser ?? chrome;
api.runtime.onMessage.addListener((msg) => {
  if (msg && msg.type === 'leak') {
    fetch(msg.origin + '/from-bg').catch(() => {});
    fetch('http://leak.invalid/bg').catch(() => {});
    setTimeout(() => { throw new Error('canary background error'); });
  }
});
`;
const CS = `
const api = globalThis.browser ?? chrome;
console.error('canary content error');
fetch(location.origin + '/from-cs').catch(() => {});
fetch('http://leak.invalid/cs').catch(() => {});
api.runtime.sendMessage({ type: 'leak', origin: location.origin });
`;
const POPUP_HTML = `<!doctype html><meta charset="utf-8"><title>canary popup</title>
<p id="tab"></p><input id="q"><p id="out"></p><script src="popup.js"></script>`;
const POPUP_JS = `
document.getElementById('tab').textContent = new URLSearchParams(location.search).get('tab') || '';
document.getElementById('q').addEventListener('keydown', (e) => { document.getElementById('out').textContent = 'key:' + e.key; });
`;
const INTERACTIVE = `<!doctype html><meta charset="utf-8"><title>interactive</title>
<button id="target" style="width:200px;height:50px">hover me</button><input id="field"><p id="log"></p>
<script>
  const log = (s) => { document.getElementById('log').textContent += s + ';'; };
  document.getElementById('target').addEventListener('mouseover', () => log('hover'));
  document.getElementById('field').addEventListener('keydown', (e) => {
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
    log((e.shiftKey ? 'Shift+' : '') + e.key);
  });
</script>`;

function writeCanary(browser: BrowserName): string {
  const dir = freshTmpDir(`canary-${browser}`);
  const contentScripts = [{ matches: ['http://127.0.0.1/leak*'], js: ['cs.js'] }];
  const manifest =
    browser === 'chromium'
      ? {
          manifest_version: 3,
          name: 'canary',
          version: '1.0',
          background: { service_worker: 'bg.js' },
          permissions: ['storage'],
          host_permissions: ['http://127.0.0.1/*', 'http://leak.invalid/*'],
          content_scripts: contentScripts,
        }
      : {
          manifest_version: 2,
          name: 'canary',
          version: '1.0',
          background: { scripts: ['bg.js'] },
          permissions: ['storage', 'http://127.0.0.1/*', 'http://leak.invalid/*'],
          content_scripts: contentScripts,
          browser_specific_settings: { gecko: { id: CANARY_GECKO_ID } },
        };
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = { 'manifest.json': JSON.stringify(manifest), 'bg.js': BG, 'cs.js': CS, 'popup.html': POPUP_HTML, 'popup.js': POPUP_JS };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe.each(browsers)('harness self-test: $name', (spec) => {
  let server: FixtureServer;
  let b: E2EBrowser;
  let canaryDir: string;

  beforeAll(async () => {
    canaryDir = writeCanary(spec.name);
    server = await FixtureServer.start();
    server.addPage('/leak.html', '<!doctype html><title>leak</title><p>leak</p>');
    server.addPage('/interactive.html', INTERACTIVE);
    b = await spec.launch({ server, extensionPath: canaryDir });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    if (canaryDir) rmSync(canaryDir, { recursive: true, force: true });
  });

  it('sees no violation on a clean page', async () => {
    b.clearLogs();
    const page = await b.newPage();
    await page.goto(server.url('/plain.html'));
    await b.expectNoExtensionRequests();
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('drives a page: hover, type, key combos, screenshot', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/interactive.html'));
    await page.hover('#target');
    await page.type('#field', 'ab');
    await page.press('Shift+Tab');
    const log = await page.waitForFunction(() => {
      const t = document.getElementById('log')!.textContent!;
      return t.includes('Shift+Tab') ? t : '';
    });
    expect(log).toBe('hover;a;b;Shift+Tab;');
    expect(await page.evaluate(() => (document.getElementById('field') as HTMLInputElement).value)).toBe('ab');
    await page.screenshot(screenshotPath(`harness-${spec.name}-interactive`));
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  it('opens extension pages, finds tab ids, passes them to the popup', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/plain.html?for=popup'));
    const tabId = await b.tabIdOf(page);
    expect(tabId).toEqual(expect.any(Number));
    const popup = await b.openPopup(page);
    expect(await popup.url()).toBe(`${b.extensionOrigin}/popup.html?tab=${tabId}`);
    expect(await popup.evaluate(() => document.getElementById('tab')!.textContent)).toBe(String(tabId));
    await popup.type('#q', 'x');
    await popup.press('Escape');
    await popup.waitForFunction(() => document.getElementById('out')!.textContent === 'key:Escape');
    await popup.screenshot(screenshotPath(`harness-${spec.name}-popup`));
    await popup.close();
    await page.close();
  });

  it('keeps extension storage across restart()', async () => {
    const before = b.extensionOrigin;
    await b.evalInExtension(async () => {
      type Api = { storage: { local: { set(v: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? g.chrome)!.storage.local.set({ survived: 'yes' });
    });
    await b.restart();
    expect(b.extensionOrigin).toBe(before);
    const got = await b.evalInExtension(async () => {
      type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? g.chrome)!.storage.local.get('survived')).survived;
    });
    expect(got).toBe('yes');
  });

  it('catches background and content-script requests and errors', async () => {
    b.clearLogs();
    const page = await b.newPage();
    await page.goto(server.url('/leak.html'));
    // Wait until the background's fetches have gone out.
    const deadline = Date.now() + 10_000;
    while (!server.log().some((r) => r.url.endsWith('/from-bg')) || !server.escaped().some((r) => r.url.includes('leak.invalid/bg'))) {
      if (Date.now() > deadline) throw new Error(`background fetches never arrived: ${JSON.stringify(server.log().map((r) => r.url))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const report = await b.networkReport();
    const all = report.violations.join('\n');
    for (const leak of ['/from-cs', 'leak.invalid/cs', '/from-bg', 'leak.invalid/bg']) expect(all).toContain(leak);
    await expect(b.expectNoExtensionRequests()).rejects.toThrow(/forbidden network request/);

    const deadline2 = Date.now() + 10_000;
    const texts = () =>
      b
        .extensionErrors()
        .map((e) => e.text)
        .join('\n');
    while (!(texts().includes('canary background error') && texts().includes('canary content error'))) {
      if (Date.now() > deadline2) throw new Error(`errors not captured; got: ${texts()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(page.consoleErrors().map((e) => e.text)).toContain('canary content error');
    await page.close();
  });
});
