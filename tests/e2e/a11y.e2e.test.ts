/**
 * Accessibility (issue 7, item 7), in real Chromium and Firefox, in light and dark: axe-core
 * (WCAG 2.2 A and AA, contrast included) finds nothing on a figure card, an official card, a
 * pinned card with its panels open, the marks, the popup and the options page; keyboard focus is visible on the
 * card's controls. Screenshots of each state go to .output/screenshots (README's pictures).
 */
import { describe, expect, it } from 'vitest';
import {
  latestTabId,
  axeViolations,
  contrastFailures,
  readmeScreenshotPath,
  screenshotPath,
  textFileToHtml,
  type E2EPage,
  seedFile,
} from '../../scripts/harness';
import { browsers, useBrowser } from './browsers';

const HOST = '[data-footnote-ui="card"]';
const CARD = { fromShadowDom: [HOST, '.fn-card'] };

async function openCardFor(page: E2EPage, text: string) {
  await page.evaluate((text) => {
    (document.activeElement as HTMLElement | null)?.blur?.(); // focusing the focused mark again would open nothing
    document.querySelectorAll('[data-test]').forEach((m) => m.removeAttribute('data-test'));
    const mark = [...document.querySelectorAll('footnote-mark[tabindex]')].find((m) => m.textContent === text);
    mark?.setAttribute('data-test', 'target');
  }, text);
  await page.focus('[data-test="target"]');
  await page.waitForFunction(() => Boolean(document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open')));
}

/** The area around the open card and its mark (or, on the popup, the popup), for the README. */
function clipAround(page: E2EPage, what: 'card' | 'popup') {
  return page.evaluate((what) => {
    const rects =
      what === 'popup'
        ? [document.querySelector('.popup')!.getBoundingClientRect()]
        : [
            document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('.fn-card')!.getBoundingClientRect(),
            document.querySelector('[data-test="target"]')!.getBoundingClientRect(),
          ];
    const pad = what === 'popup' ? 0 : 16;
    const x = Math.max(0, Math.min(...rects.map((r) => r.left)) - pad);
    const y = Math.max(0, Math.min(...rects.map((r) => r.top)) - pad);
    const right = Math.min(innerWidth, Math.max(...rects.map((r) => r.right)) + pad);
    const bottom = Math.min(innerHeight, Math.max(...rects.map((r) => r.bottom)) + pad);
    return { x, y, width: right - x, height: bottom - y };
  }, what);
}
/** The README's pictures come from one browser and theme each, so they do not churn. */
const readmeShot = (browser: string, scheme: string, wanted: string) => browser === 'chromium' && scheme === wanted;

/** The outline of whatever has focus inside Footnote's shadow root. */
const focusOutline = (page: E2EPage) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.activeElement as HTMLElement | null;
    if (!el) return null;
    const s = getComputedStyle(el);
    return { what: el.className, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });

for (const scheme of ['light', 'dark'] as const) {
  describe.each(browsers)(`accessibility, ${scheme}: $name`, (spec) => {
    const e2e = useBrowser(spec, (server) => void server.addPage('/seed.html', textFileToHtml(seedFile())), { colorScheme: scheme });

    it('cards and marks pass axe, and keyboard focus on the card is visible', async () => {
      const b = e2e.browser;
      const page = await b.newPage();
      await page.goto(b.server.url('/seed.html'));
      await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length > 0, undefined, { timeout: 20_000 });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');

      await openCardFor(page, '$375 billion');
      expect(await axeViolations(page, CARD)).toEqual([]);
      expect(await contrastFailures(page, HOST)).toEqual([]);
      await page.screenshot(screenshotPath(`a11y-card-figure-${scheme}-${spec.name}`));
      if (readmeShot(spec.name, scheme, 'light')) await page.screenshot(readmeScreenshotPath('card-figure'), { clip: await clipAround(page, 'card') });
      if (readmeShot(spec.name, scheme, 'dark')) await page.screenshot(readmeScreenshotPath('card-figure-dark'), { clip: await clipAround(page, 'card') });

      await openCardFor(page, 'Steven Mnuchin');
      expect(await axeViolations(page, CARD)).toEqual([]);
      expect(await contrastFailures(page, HOST)).toEqual([]);
      if (readmeShot(spec.name, scheme, 'light')) await page.screenshot(readmeScreenshotPath('card-official'), { clip: await clipAround(page, 'card') });

      // Pinned from the keyboard, with both panels open: form controls, disclosure buttons.
      await openCardFor(page, '$375 billion');
      await page.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-pin')?.getAttribute('aria-pressed') === 'true',
      );
      await page.press('Tab'); // from the card itself to its first button
      const outline = await focusOutline(page);
      expect(outline?.what).toContain('fn-pin');
      expect(outline?.style).not.toBe('none');
      expect(outline?.width).toBeGreaterThanOrEqual(2);
      await page.evaluate(() => (document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('.fn-why-toggle') as HTMLElement).click());
      expect(await axeViolations(page, CARD)).toEqual([]);
      if (readmeShot(spec.name, scheme, 'light')) await page.screenshot(readmeScreenshotPath('card-pinned-why'), { clip: await clipAround(page, 'card') });
      await page.evaluate(() => (document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('.fn-wrong-toggle') as HTMLElement).click());
      expect(await axeViolations(page, CARD)).toEqual([]);
      expect(await contrastFailures(page, HOST)).toEqual([]);
      await page.screenshot(screenshotPath(`a11y-card-pinned-${scheme}-${spec.name}`));
      await page.press('Escape');

      // The contrast check sees inside the card's shadow root: a line planted there with too little
      // contrast is caught (then removed), so an empty list above means something.
      await openCardFor(page, '$375 billion');
      await page.evaluate(() => {
        const body = document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('.fn-body')!;
        body.insertAdjacentHTML('beforeend', '<p id="planted" style="color:#c8c8c8 !important;background:#fff !important">faint text</p>');
      });
      expect((await contrastFailures(page, HOST)).map((f) => f.text)).toEqual(['faint text']);
      await page.evaluate(() => document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('#planted')!.remove());
      await page.press('Escape');

      // The marks themselves: names, roles, states.
      expect(await axeViolations(page, 'footnote-mark')).toEqual([]);
      await page.close();
    });

    it('the popup passes axe', async () => {
      const b = e2e.browser;
      const page = await b.newPage();
      await page.goto(b.server.url('/seed.html'));
      await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length > 0, undefined, { timeout: 20_000 });
      const popup = await b.openExtensionPage(`popup.html?tab=${await latestTabId(b)}`);
      await popup.waitForFunction(() => document.querySelectorAll('.item').length > 0, undefined, { timeout: 20_000 });
      expect(await axeViolations(popup)).toEqual([]);
      expect(await contrastFailures(popup)).toEqual([]);
      await popup.screenshot(screenshotPath(`a11y-popup-${scheme}-${spec.name}`));
      if (readmeShot(spec.name, scheme, 'light')) await popup.screenshot(readmeScreenshotPath('popup'), { clip: await clipAround(popup, 'popup') });
      // ...and with the chart shown as a table.
      await popup.evaluate(() => (document.querySelector('.chart-head button') as HTMLElement).click());
      expect(await axeViolations(popup)).toEqual([]);
      expect(await contrastFailures(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('the options page passes axe, with a correction listed and the clear confirmation open', async () => {
      const b = e2e.browser;
      await b.evalInExtension(async () => {
        type Api = { storage: { local: { set(v: object): Promise<void> } } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        await (g.browser ?? g.chrome)!.storage.local.set({
          corrections: [
            {
              url: 'https://news.example/a',
              host: 'news.example',
              kind: 'figure',
              text: '$300 billion',
              note: 'not a trade figure',
              at: '2026-11-28T12:00:00.000Z',
            },
          ],
        });
      });
      const options = await b.openExtensionPage('options.html');
      await options.waitForFunction(() => document.querySelectorAll('table.corrections tbody tr').length === 1, undefined, { timeout: 20_000 });
      expect(await axeViolations(options)).toEqual([]);
      expect(await contrastFailures(options)).toEqual([]);
      if (readmeShot(spec.name, scheme, 'light')) await options.screenshot(readmeScreenshotPath('options'), { fullPage: true });
      await options.evaluate(() => (document.getElementById('clear') as HTMLElement).click());
      await options.waitForFunction(() => Boolean(document.getElementById('clear-confirm')));
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  });
}
