/**
 * The extension as a reader meets it, in real Chromium and Firefox: marks on the seed article,
 * hover and keyboard cards, the popup's summary and click-to-scroll, the per-site switch (also
 * across a restart), content added after load, and text fields left alone. No test here may
 * see a network request from the extension or an error in the page's console.
 */
import { describe, expect, it } from 'vitest';
import {
  latestTabId,
  marksOnPage as footnoteMarks,
  screenshotPath,
  tagMark,
  textFileToHtml,
  type E2EBrowser,
  type E2EPage,
  seedFile,
} from '../../scripts/harness';
import { browsers, useBrowser } from './browsers';

/** What the page shows: each mark's kind and text, pieces of one annotation joined. */
async function marksOnPage(page: E2EPage) {
  return (await footnoteMarks(page)).map(({ kind, text }) => ({ kind, text }));
}

/** Text of the open card (in Footnote's shadow root), or null when no card is open. */
function openCardText(page: E2EPage) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-footnote-ui="card"]');
    const card = host?.shadowRoot?.querySelector('.fn-card');
    if (!card || !card.matches(':popover-open')) return null;
    return card.textContent;
  });
}

async function openSeed(b: E2EBrowser, path = '/seed.html') {
  const page = await b.newPage();
  await page.goto(b.server.url(path));
  await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length > 0, undefined, { timeout: 20_000 });
  return page;
}

describe.each(browsers)('extension: $name', (spec) => {
  const e2e = useBrowser(spec, (server) => {
    server.addPage('/seed.html', textFileToHtml(seedFile()));
    server.addPage('/seed-2.html', textFileToHtml(seedFile()));
  });

  it("marks the seed article's five trade figures and its officials, and not the journalist", async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openSeed(b);
    const marks = await marksOnPage(page);
    expect(marks.filter((m) => m.kind === 'figure').map((m) => m.text)).toEqual([
      '$375 billion',
      '$100 billion',
      '$300 billion',
      '$50 billion',
      '$100 billion',
    ]);
    const officials = marks.filter((m) => m.kind === 'official').map((m) => m.text);
    expect(officials).toContain('Steven Mnuchin');
    expect(officials.filter((t) => /Mnuchin/.test(t)).length).toBeGreaterThanOrEqual(3);
    expect(officials.filter((t) => /Trump/.test(t)).length).toBeGreaterThanOrEqual(3);
    expect(officials.every((t) => /Mnuchin|Trump/.test(t))).toBe(true);
    expect(officials.join(' ')).not.toMatch(/Bartiromo/);
    // Marks change no text: the page reads exactly as before.
    expect(await page.evaluate(() => document.body.innerText)).toContain('the $375 billion trade deficit with China');
    expect(page.consoleErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await b.expectNoExtensionRequests();
    await page.close();
  });

  it('opens a figure card on hover, with the 2017 deficit and its source; Escape closes it', async () => {
    const b = e2e.browser;
    const page = await openSeed(b);
    expect(await tagMark(page, '$375 billion', 'deficit')).toBe(true);
    await page.hover('[data-test="deficit"]');
    const text = await page.waitForFunction(() => {
      const card = document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card');
      return card?.matches(':popover-open') ? card.textContent : null;
    });
    expect(text).toContain('US goods trade deficit with China, 2017');
    expect(text).toContain('375,000,000,000 USD');
    expect(text).toContain('census.gov');
    const link = await page.evaluate(() => {
      const a = document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('a')!;
      return { href: a.href, target: a.target, rel: a.rel };
    });
    expect(link).toEqual({ href: expect.stringMatching(/^https:\/\//), target: '_blank', rel: 'noopener noreferrer' });
    await page.screenshot(screenshotPath(`card-figure-${spec.name}`));
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open'));
    await b.expectNoExtensionRequests();
    await page.close();
  });

  it('opens an official card on keyboard focus, with role and dates in office', async () => {
    const b = e2e.browser;
    const page = await openSeed(b);
    expect(await tagMark(page, 'Steven Mnuchin', 'mnuchin')).toBe(true);
    await page.focus('[data-test="mnuchin"]');
    const text = await page.waitForFunction(() => {
      const card = document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card');
      return card?.matches(':popover-open') ? card.textContent : null;
    });
    expect(text).toContain('Secretary of the Treasury');
    expect(text).toContain('United States');
    expect(text).toContain('13 Feb 2017 – 20 Jan 2021');
    // Focus stays on the mark: the card never takes it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('mnuchin');
    expect(await page.evaluate(() => document.querySelector('[data-test="mnuchin"]')!.getAttribute('aria-expanded'))).toBe('true');
    await page.screenshot(screenshotPath(`card-official-${spec.name}`));
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open'));
    // Tab moves on to the next mark and opens its card.
    await page.press('Tab');
    expect(await openCardText(page)).not.toBeNull();
    await page.close();
  });

  it('leaves text fields alone, and typing in them is untouched', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await b.newPage();
    await page.goto(b.server.url('/editable.html'));
    await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length > 0, undefined, { timeout: 20_000 });
    expect(await marksOnPage(page)).toEqual([{ kind: 'figure', text: '25 percent' }]);
    expect(await page.evaluate(() => document.querySelector('#rich footnote-mark, form footnote-mark'))).toBeNull();
    await page.type('#letter', ' Also $20 billion more.');
    await page.type('#rich', ' A 15 percent rise.');
    await new Promise((r) => setTimeout(r, 800)); // longer than the settle time of a new pass
    // Where the caret starts differs by browser; what matters is that every key arrived intact.
    const letter = await page.evaluate(() => (document.querySelector('#letter') as HTMLTextAreaElement).value);
    expect([
      'Tariffs on $50 billion of goods hurt farmers. Also $20 billion more.',
      ' Also $20 billion more.Tariffs on $50 billion of goods hurt farmers.',
    ]).toContain(letter);
    // A typed leading space becomes a no-break space in contenteditable.
    const rich = await page.evaluate(() => document.querySelector('#rich')!.textContent!.replace(/\u00a0/g, ' '));
    expect(['Draft: the 10 percent duty on aluminum. A 15 percent rise.', ' A 15 percent rise.Draft: the 10 percent duty on aluminum.']).toContain(rich);
    expect(await page.evaluate(() => document.querySelectorAll('#rich footnote-mark').length)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rich');
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  it('annotates content added after load', async () => {
    const b = e2e.browser;
    const page = await openSeed(b);
    const before = (await marksOnPage(page)).length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Beijing said it would put a 25 percent tariff on $60 billion of American goods.';
      document.querySelector('article')!.appendChild(p);
    });
    await page.waitForFunction(
      (n) => new Set([...document.querySelectorAll('footnote-mark')].map((m) => m.getAttribute('data-footnote-id'))).size >= n + 2,
      before,
    );
    const texts = (await marksOnPage(page)).map((m) => m.text);
    expect(texts).toContain('25 percent');
    expect(texts).toContain('$60 billion');
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  it("the popup lists the page's officials and figures, and scrolls to one when clicked", async () => {
    const b = e2e.browser;
    const page = await openSeed(b, '/seed-2.html');
    const tab = await latestTabId(b);
    const popup = await b.openExtensionPage(`popup.html?tab=${tab}`);
    await popup.waitForFunction(() => document.querySelectorAll('.item').length > 0, undefined, { timeout: 20_000 });
    const summary = await popup.evaluate(() => ({
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
      items: [...document.querySelectorAll('section')].map((s) => [...s.querySelectorAll('.item-main')].map((i) => i.textContent)),
      bars: [...document.querySelectorAll('svg.bars g.bar')].map((g) => [g.textContent, Number(g.querySelector('rect')!.getAttribute('width'))]),
      tableRows: [...document.querySelectorAll('.chart-table tbody tr')].map((r) => r.querySelector('th')!.textContent),
      relations: [...document.querySelectorAll('.relations li')].map((l) => l.textContent),
    }));
    expect(summary.headings).toEqual(['Officials 2', 'Money figures', 'Trade figures 5']);
    expect(summary.items[0]).toEqual(['Steven Mnuchin', 'Donald Trump']);
    expect(summary.items[2]).toEqual(['$375 billion', '$100 billion', '$300 billion', '$50 billion', '$100 billion']);
    // The chart: a bar per money figure on one scale, the same in the table, and the relations.
    expect(summary.bars.map(([t]) => t)).toContain('$375 billion');
    expect(summary.bars).toHaveLength(5);
    const width = (t: string) => summary.bars.find(([x]) => x === t)![1] as number;
    expect(width('$100 billion') / width('$375 billion')).toBeCloseTo(100 / 375, 1);
    expect(summary.tableRows.sort()).toEqual(['$100 billion', '$100 billion', '$300 billion', '$375 billion', '$50 billion']);
    expect(summary.relations).toContain('$100 billion is about 27% of the $375 billion trade deficit.');
    expect(summary.relations.join(' ')).not.toMatch(/investment/);
    await popup.screenshot(screenshotPath(`popup-${spec.name}`));
    // The toolbar badge counts the page's marks.
    const marks = new Set(await page.evaluate(() => [...document.querySelectorAll('footnote-mark')].map((m) => m.getAttribute('data-footnote-id')))).size;
    const badge = await b.evalInExtension(async (tabId: number) => {
      type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId });
    }, tab);
    expect(badge).toBe(String(marks));
    await popup.evaluate(() => (document.querySelectorAll('section')[2].querySelectorAll('.item')[3] as HTMLElement).click());
    await page.waitForFunction(() => {
      const flashed = document.querySelector('footnote-mark[data-footnote-active]');
      return flashed?.textContent === '$50 billion';
    });
    await popup.close();
    await page.close();
    await b.expectNoExtensionRequests();
  });

  it('the popup says so on a page Footnote cannot run on, and when nothing was found', async () => {
    const b = e2e.browser;
    const blank = await b.newPage(); // about:blank: no content script
    let popup = await b.openExtensionPage(`popup.html?tab=${await latestTabId(b)}`);
    await popup.waitForFunction(() => document.querySelector('.state')?.textContent?.includes('can’t read this page'), undefined, { timeout: 20_000 });
    await popup.close();
    await blank.close();
    const plain = await b.newPage();
    await plain.goto(b.server.url('/plain.html'));
    popup = await b.openExtensionPage(`popup.html?tab=${await latestTabId(b)}`);
    await popup.waitForFunction(() => document.querySelector('.state')?.textContent?.includes('No trade figures or officials'), undefined, { timeout: 20_000 });
    await popup.close();
    await plain.close();
  });

  it('the per-site switch takes effect at once and survives a restart', async () => {
    const b = e2e.browser;
    let page = await openSeed(b);
    let popup = await b.openExtensionPage(`popup.html?tab=${await latestTabId(b)}`);
    await popup
      .waitForFunction(() => document.querySelector('.switch input') ?? document.querySelector('.state')?.textContent?.includes('can’t'))
      .catch(() => {});
    expect(await popup.evaluate(() => document.body.textContent)).toContain('Off on this site');
    await popup.click('.switch input');
    await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length === 0);
    await popup.close();
    await page.close();

    await b.restart();
    page = await b.newPage();
    await page.goto(b.server.url('/seed.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('footnote-mark').length)).toBe(0);
    popup = await b.openExtensionPage(`popup.html?tab=${await latestTabId(b)}`);
    await popup.waitForFunction(() => document.querySelector('.state')?.textContent?.includes('off on'));
    // And back on, at once.
    await popup.click('.switch input');
    await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length > 0);
    await popup.close();
    await page.close();
    await b.expectNoExtensionRequests();
  });
});
