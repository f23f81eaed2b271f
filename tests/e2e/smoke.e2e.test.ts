/**
 * Smoke: the built extension loads in Chromium and Firefox, fixture pages load next to it,
 * the extension logs no errors and nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChromiumSession, FirefoxSession, screenshotPath, STRICT_CSP, textToHtml } from '../../scripts/harness';
import { browsers, useBrowser } from './browsers';

const SAMPLE_TEXT = `Talks resume in Beijing

Treasury Secretary Steven Mnuchin said the $375 billion deficit with China was the first item.

Tariffs of 25 percent on $50 billion of goods remain on the table.`;

describe.each(browsers)('smoke: $name', (spec) => {
  const e2e = useBrowser(spec, (server) => {
    server.route('/csp/article.html', { file: 'article.html', headers: { 'Content-Security-Policy': STRICT_CSP } });
    server.addPage('/runtime/talks.html', textToHtml(SAMPLE_TEXT));
  });

  it('loads the built extension', async () => {
    const b = e2e.browser;
    if (b instanceof ChromiumSession) {
      expect(b.extensionId).toMatch(/^[a-p]{32}$/);
      expect(b.serviceWorker()?.url()).toMatch(new RegExp(`^chrome-extension://${b.extensionId}/`));
    } else if (b instanceof FirefoxSession) {
      // start() already checked that installExtension returned this id.
      const manifest = JSON.parse(readFileSync(join(spec.extensionPath(), 'manifest.json'), 'utf8'));
      const built = manifest.browser_specific_settings?.gecko?.id;
      expect(b.extensionId).toBe(built ?? b.installedExtension.geckoId);
    }
    const manifest = await b.evalInExtension(() => {
      type Api = { runtime: { getManifest(): { name: string; version: string } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)!.runtime.getManifest();
    });
    expect(manifest.name).toBe('Footnote');
    expect(b.extensionErrors()).toEqual([]);
  });

  it('loads a fixture page with no extension errors and no network request', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await b.newPage();
    await page.goto(e2e.server.url('/article.html'));
    expect(await page.title()).toBe('Tariffs on steel: what the new duties mean');
    expect(await page.evaluate(() => document.querySelectorAll('article p').length)).toBe(5);
    await page.screenshot(screenshotPath(`smoke-${spec.name}-article`), { fullPage: true });
    expect(page.consoleErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await b.expectNoExtensionRequests();
    // The page itself did come from the fixture server.
    expect(e2e.server.log().some((r) => r.url.endsWith('/article.html') && r.status === 200)).toBe(true);
    await page.close();
  });

  it('loads a page under a strict CSP and a page registered at run time', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await b.newPage();
    await page.goto(e2e.server.url('/csp/article.html'));
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toContain('Tariffs on steel');
    const served = e2e.server.log().find((r) => r.url.endsWith('/csp/article.html'));
    expect(served?.status).toBe(200);

    await page.goto(e2e.server.url('/runtime/talks.html'));
    expect(await page.title()).toBe('Talks resume in Beijing');
    expect(await page.evaluate(() => [...document.querySelectorAll('p')].map((p) => p.textContent))).toEqual([
      'Treasury Secretary Steven Mnuchin said the $375 billion deficit with China was the first item.',
      'Tariffs of 25 percent on $50 billion of goods remain on the table.',
    ]);
    expect(page.consoleErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await b.expectNoExtensionRequests();
    await page.close();
  });
});
