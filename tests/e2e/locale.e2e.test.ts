/**
 * Footnote in the reader's language (issue 7, item 6): with the browser's UI in German, the
 * manifest, the cards and the popup come from public/_locales/de through browser.i18n, and
 * amounts and dates are formatted by Intl in German. Needs Debian's chromium-l10n and
 * firefox-esr-l10n-de (.ci/run installs them; the harness says so when they are missing).
 */
import { describe, expect, it } from 'vitest';
import { latestTabId, screenshotPath, textFileToHtml, seedFile } from '../../scripts/harness';
import { browsers, useBrowser } from './browsers';

describe.each(browsers)('in German: $name', (spec) => {
  const e2e = useBrowser(spec, (server) => void server.addPage('/seed.html', textFileToHtml(seedFile())), { locale: 'de' });

  it('shows the cards and the popup in German, with German number formats', async () => {
    const b = e2e.browser;
    b.clearLogs();
    expect(
      await b.evalInExtension(() => {
        type Api = { i18n: { getUILanguage(): string } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        return (g.browser ?? g.chrome)!.i18n.getUILanguage();
      }),
    ).toMatch(/^de/);
    const page = await b.newPage();
    await page.goto(b.server.url('/seed.html'));
    await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length > 0, undefined, { timeout: 20_000 });
    await page.evaluate(() => {
      const mark = [...document.querySelectorAll('footnote-mark[tabindex]')].find((m) => m.textContent === '$375 billion');
      mark?.setAttribute('data-test', 'deficit');
    });
    await page.focus('[data-test="deficit"]');
    const card = await page.waitForFunction(() => {
      const c = document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card');
      return c?.matches(':popover-open') ? c.textContent : null;
    });
    expect(card).toContain('Handelszahl · Handelsdefizit');
    expect(card).toContain('375.000.000.000 USD');
    expect(card).toContain('Stimmt gerundet mit dem Wert der Quelle (375,2 Milliarden USD) überein.');
    expect(card).toContain('Zitat kopieren');
    await page.screenshot(screenshotPath(`card-de-${spec.name}`));

    const popup = await b.openExtensionPage(`popup.html?tab=${await latestTabId(b)}`);
    await popup.waitForFunction(() => document.querySelectorAll('.item').length > 0, undefined, { timeout: 20_000 });
    const popupText = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
    }));
    expect(popupText.lang).toMatch(/^de/);
    expect(popupText.headings).toEqual(['Amtsträger 2', 'Geldbeträge', 'Handelszahlen 5']);
    const options = await b.openExtensionPage('options.html');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent || null, undefined, { timeout: 20_000 });
    expect(
      await options.evaluate(() => ({
        h1: document.querySelector('h1')!.textContent,
        title: document.title,
        legend: document.querySelector('legend')!.textContent,
      })),
    ).toEqual({
      h1: 'Footnote-Einstellungen',
      title: 'Footnote-Einstellungen',
      legend: 'Was markiert wird',
    });
    await options.close();
    expect(page.consoleErrors()).toEqual([]);
    await b.expectNoExtensionRequests();
    await popup.close();
    await page.close();
  });
});
