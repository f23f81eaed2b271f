/**
 * What a reader can do with a card (issue 7, items 1 and 2), in real Chromium and Firefox: pin
 * it (click, or Enter on a focused mark), keep it through hover and focus elsewhere, copy a
 * citation, ask why it is marked, close it with Escape and get focus back, and say "Not right?",
 * which hides the mark now and on the next visit, and is kept only in the extension's storage.
 * Keys are real key presses (the clipboard needs a user gesture).
 */
import { describe, expect, it } from 'vitest';
import { tagMark, screenshotPath, textFileToHtml, type E2EBrowser, type E2EPage, seedFile } from '../../scripts/harness';
import { browsers, useBrowser } from './browsers';

async function openSeed(b: E2EBrowser, path: string) {
  const page = await b.newPage();
  await page.goto(b.server.url(path));
  await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length > 0, undefined, { timeout: 20_000 });
  return page;
}

/** The open card: its text, whether it is pinned, and what has focus inside Footnote's shadow root. */
function cardState(page: E2EPage) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-footnote-ui="card"]')?.shadowRoot;
    const card = root?.querySelector('.fn-card');
    if (!card || !card.matches(':popover-open')) return null;
    return {
      text: card.textContent ?? '',
      pinned: root!.querySelector('.fn-pin')?.getAttribute('aria-pressed') === 'true',
      focused: (root!.activeElement as HTMLElement | null)?.className ?? null,
      status: root!.querySelector('.fn-status')?.textContent ?? '',
    };
  });
}

/** Focuses a control inside the card, for the next real key press. */
function focusInCard(page: E2EPage, selector: string) {
  return page.evaluate((selector) => {
    const el = document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector<HTMLElement>(selector)!;
    el.focus();
    return (el.getRootNode() as ShadowRoot).activeElement === el;
  }, selector);
}

const marked = (page: E2EPage, text: string) =>
  page.evaluate((text) => [...document.querySelectorAll('footnote-mark')].filter((m) => m.textContent === text).length, text);

describe.each(browsers)('card actions: $name', (spec) => {
  const e2e = useBrowser(spec, (server) => {
    server.addPage('/seed.html', textFileToHtml(seedFile()));
    server.addPage('/seed-wrong.html', textFileToHtml(seedFile()));
  });

  it('pins from the keyboard, keeps the card through hover elsewhere, copies a citation, explains itself, and Escape returns focus', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openSeed(b, '/seed.html');
    expect(await tagMark(page, '$375 billion', 'deficit')).toBe(true);
    expect(await tagMark(page, 'Steven Mnuchin', 'other')).toBe(true);
    await page.focus('[data-test="deficit"]');
    await page.waitForFunction(() => Boolean(document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open')));
    await page.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-pin')?.getAttribute('aria-pressed') === 'true',
    );
    let card = (await cardState(page))!;
    expect(card.text).toContain('375,000,000,000 USD');
    expect(card.focused).toContain('fn-card-inner'); // pinned from the keyboard: focus moved in

    // The pointer passing over another mark does not replace or close a pinned card.
    await page.hover('[data-test="other"]');
    await new Promise((r) => setTimeout(r, 900));
    card = (await cardState(page))!;
    expect(card.text).toContain('375,000,000,000 USD');
    expect(card.pinned).toBe(true);

    // Copy citation, with a real key press on the button.
    expect(await focusInCard(page, '.fn-copy')).toBe(true);
    await page.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('.fn-status')?.textContent === 'Citation copied.',
    );

    // Why is this marked?
    expect(await focusInCard(page, '.fn-why-toggle')).toBe(true);
    await page.press('Enter');
    const why = await page.waitForFunction(
      () => document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('.fn-why')?.textContent ?? null,
    );
    expect(why).toMatch(/Marked as a trade figure \(.+\) because of the words "[^"]+" next to "\$375 billion"/);
    expect(why).toContain('$375 billion trade deficit');
    await page.screenshot(screenshotPath(`card-pinned-why-${spec.name}`));

    // Escape closes the pinned card and gives focus back to its mark.
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('deficit');
    expect(page.consoleErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await b.expectNoExtensionRequests();
    await page.close();
  });

  it('"Not right?" hides the mark now and on the next visit, and keeps the correction locally', async () => {
    const b = e2e.browser;
    b.clearLogs();
    let page = await openSeed(b, '/seed-wrong.html');
    expect(await tagMark(page, '$300 billion', 'wrong')).toBe(true);
    const before = await page.evaluate(() => document.body.innerText);
    await page.click('[data-test="wrong"]'); // a click pins
    await page.waitForFunction(
      () => document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-pin')?.getAttribute('aria-pressed') === 'true',
    );
    expect(await focusInCard(page, '.fn-wrong-toggle')).toBe(true);
    await page.press('Enter');
    await page.evaluate(() => {
      const area = document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector<HTMLTextAreaElement>('.fn-wrong textarea')!;
      area.value = 'not the figure I meant';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await focusInCard(page, '.fn-wrong-submit')).toBe(true);
    await page.press('Enter');
    await page.waitForFunction(() => !document.querySelector('footnote-mark[data-test="wrong"]'));
    expect(await marked(page, '$300 billion')).toBe(0);
    expect(await marked(page, '$375 billion')).toBe(1);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before); // the text is untouched

    const stored = await b.evalInExtension(async () => {
      type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? g.chrome)!.storage.local.get('corrections')).corrections;
    });
    expect(stored).toEqual([
      expect.objectContaining({
        kind: 'figure',
        text: '$300 billion',
        note: 'not the figure I meant',
        url: b.server.url('/seed-wrong.html'),
        at: expect.any(String),
      }),
    ]);
    await page.close();

    // The next visit: still hidden there, and only there.
    page = await openSeed(b, '/seed-wrong.html');
    expect(await marked(page, '$300 billion')).toBe(0);
    expect(await marked(page, '$375 billion')).toBe(1);
    await page.close();
    page = await openSeed(b, '/seed.html');
    expect(await marked(page, '$300 billion')).toBe(1);
    expect(page.consoleErrors()).toEqual([]);
    await b.expectNoExtensionRequests();
    await page.close();
  });
});
