/**
 * The options page and the keyboard commands, in real Chromium and Firefox. Each setting is
 * changed on the options page while an article is open in another tab, and must take effect
 * there without a reload. Keyboard shortcuts cannot be pressed from outside the browser, so the
 * commands come in through the background's own handler (the `triggerCommand` message, which
 * runs what `commands.onCommand` runs: the active tab is asked to act and answers what it
 * announced). No test here may see a network request from the extension.
 */
import { describe, expect, it } from 'vitest';
import { screenshotPath, textToHtml, type E2EBrowser, type E2EPage } from '../../scripts/harness';
import { browsers, useBrowser } from './browsers';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const ARTICLE = `U.S. weighs new tariffs on Chinese goods

Treasury Secretary Steven Mnuchin said on Sunday that the $375 billion trade deficit with China was not sustainable.

The administration has proposed tariffs of 25 percent on $50 billion of Chinese imports, Mnuchin said.

Separately, the bakery chain said its quarterly sales rose 12 percent to $3 million.
`;
const TRADE = ['$375 billion', '25 percent', '$50 billion'];
const OTHER = ['12 percent', '$3 million'];
const OFFICIALS = ['Steven Mnuchin', 'Mnuchin'];
const DEFAULTS = {
  tradeFigures: true,
  allFigures: false,
  officials: true,
  hoverDelayMs: 250,
  highlightStyle: 'tint',
  theme: 'auto',
  disabledSites: [] as string[],
};

type Api = {
  storage: {
    sync: { get(k: string): Promise<Record<string, unknown>>; set(o: object): Promise<void> };
    local: { get(k: string): Promise<Record<string, unknown>>; set(o: object): Promise<void> };
  };
  runtime: { sendMessage(m: object): Promise<{ res?: unknown; err?: unknown } | undefined> };
};

/** The marks on the page, `kind:text`, pieces of one annotation joined, in page order. */
function marks(page: E2EPage): Promise<string[]> {
  return page.evaluate(() => {
    const byId = new Map<string, string>();
    for (const m of document.querySelectorAll('footnote-mark[data-footnote-id]')) {
      const id = m.getAttribute('data-footnote-id')!;
      byId.set(id, (byId.get(id) ?? `${m.getAttribute('data-footnote-kind')}:`) + m.textContent);
    }
    return [...byId.values()];
  });
}
const expectMarks = async (page: E2EPage, want: string[]) => {
  await page
    .waitForFunction(
      (w: string[]) => {
        const byId = new Map<string, string>();
        for (const m of document.querySelectorAll('footnote-mark[data-footnote-id]')) {
          const id = m.getAttribute('data-footnote-id')!;
          byId.set(id, (byId.get(id) ?? `${m.getAttribute('data-footnote-kind')}:`) + m.textContent);
        }
        return JSON.stringify([...byId.values()]) === JSON.stringify(w);
      },
      want,
      { timeout: 15_000 },
    )
    .catch(async () => {
      expect(await marks(page)).toEqual(want); // the mismatch, readable
    });
};
const fig = (t: string[]) => t.map((x) => `figure:${x}`);
const off = (t: string[]) => t.map((x) => `official:${x}`);
const DEFAULT_MARKS = ['official:Steven Mnuchin', 'figure:$375 billion', 'figure:25 percent', 'figure:$50 billion', 'official:Mnuchin'];

async function openArticle(b: E2EBrowser, path: string, { expectMarked = true } = {}): Promise<E2EPage> {
  const page = await b.newPage();
  await page.goto(b.server.url(path));
  if (expectMarked) await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length > 0, undefined, { timeout: 20_000 });
  return page;
}

async function openOptions(b: E2EBrowser): Promise<E2EPage> {
  const options = await b.openExtensionPage('options.html');
  await options.waitForSelector('input[name="officials"]', { timeout: 15_000 });
  return options;
}

/** Clicks an element of the options page by selector (in the page: the tab need not be in front). */
const clickIn = (page: E2EPage, selector: string) => page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);

async function storedSettings(b: E2EBrowser) {
  return b.evalInExtension(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (g.browser ?? g.chrome)!.storage.sync.get('settings')).settings;
  });
}
async function putSettings(b: E2EBrowser, settings: object) {
  await b.evalInExtension(async (s: object) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    await (g.browser ?? g.chrome)!.storage.sync.set({ settings: s });
  }, settings);
}

/** The open card's text, or null. */
const cardText = (page: E2EPage) =>
  page.evaluate(() => {
    const card = document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card');
    return card?.matches(':popover-open') ? card.textContent : null;
  });

describe.each(browsers)('options page and keyboard commands: $name', (spec) => {
  const e2e = useBrowser(spec, (server) => {
    server.addPage(
      '/bakery.html',
      textToHtml(
        'Bakery results\n\nTrade talks with Canada resume next week.\n\nSeparately, the bakery chain said its quarterly sales rose 12 percent to $3 million.\n',
      ),
    );
    for (const name of ['marking', 'looks', 'sites', 'corrections', 'reset', 'migrated', 'commands']) server.addPage(`/${name}.html`, textToHtml(ARTICLE));
  });

  it('what to mark: each choice takes effect on an open tab at once', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openArticle(b, '/marking.html');
    await expectMarks(page, DEFAULT_MARKS);
    const options = await openOptions(b);
    expect(await options.evaluate(() => [...document.querySelectorAll('legend')].map((l) => l.textContent))).toContain('What to mark');

    await clickIn(options, 'input[name="officials"]');
    await expectMarks(page, fig(TRADE));
    await clickIn(options, 'input[name="allFigures"]');
    await expectMarks(page, fig([...TRADE, ...OTHER]));
    await clickIn(options, 'input[name="tradeFigures"]'); // all figures still marks the trade ones
    await expectMarks(page, fig([...TRADE, ...OTHER]));
    await clickIn(options, 'input[name="allFigures"]');
    await expectMarks(page, []);
    await options.waitForFunction(() => /Nothing is marked/.test(document.querySelector('.warning')?.textContent ?? ''));
    await clickIn(options, 'input[name="officials"]');
    await expectMarks(page, off(OFFICIALS));
    await clickIn(options, 'input[name="tradeFigures"]');
    await expectMarks(page, DEFAULT_MARKS);
    expect(await storedSettings(b)).toEqual(DEFAULTS);
    await options.bringToFront();
    await options.screenshot(screenshotPath(`options-${spec.name}`), { fullPage: true });
    expect(page.consoleErrors()).toEqual([]);
    expect(options.consoleErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await options.close();
    await page.close();
    await b.expectNoExtensionRequests();
  });

  it('a trade page whose figures are not about trade: marked at once when the reader asks for every figure, and unmarked again', async () => {
    const b = e2e.browser;
    const page = await openArticle(b, '/bakery.html', { expectMarked: false });
    await sleep(1500);
    expect(await marks(page)).toEqual([]);
    const options = await openOptions(b);
    await clickIn(options, 'input[name="allFigures"]');
    await expectMarks(page, fig(OTHER));
    await clickIn(options, 'input[name="allFigures"]');
    await expectMarks(page, []);
    expect(page.consoleErrors()).toEqual([]);
    await options.close();
    await page.close();
    await putSettings(b, DEFAULTS);
  });

  it('hover delay, highlight style and theme apply to an open tab at once', async () => {
    const b = e2e.browser;
    const page = await openArticle(b, '/looks.html');
    const options = await openOptions(b);
    const tagged = await page.evaluate(() => {
      const m = [...document.querySelectorAll('footnote-mark[data-footnote-kind="figure"]')].find((x) => x.textContent === '$375 billion');
      m?.setAttribute('data-test', 'deficit');
      return !!m;
    });
    expect(tagged).toBe(true);
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector('[data-test="deficit"]')!).backgroundColor);

    // Highlight style: underline only takes the tint off marks at rest.
    expect(await background()).not.toBe('rgba(0, 0, 0, 0)');
    await clickIn(options, 'input[name="highlightStyle"][value="underline"]');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-test="deficit"]')!).backgroundColor === 'rgba(0, 0, 0, 0)');
    await clickIn(options, 'input[name="highlightStyle"][value="tint"]');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-test="deficit"]')!).backgroundColor !== 'rgba(0, 0, 0, 0)');

    // Theme: dark, then light, whatever the system says; the options page follows too.
    const cardBackground = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('.fn-card')!).backgroundColor);
    await clickIn(options, 'input[name="theme"][value="dark"]');
    await page.waitForFunction(() => document.querySelector('[data-footnote-ui="card"]')?.getAttribute('data-theme') === 'dark');
    await page.bringToFront(); // focus and hover reach the tab in front
    await page.focus('[data-test="deficit"]');
    await page.waitForFunction(() => !!document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open'));
    expect(await cardBackground()).toBe('rgb(30, 34, 42)');
    expect(await options.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor])).toEqual([
      'dark',
      'rgb(22, 25, 31)',
    ]);
    await clickIn(options, 'input[name="theme"][value="light"]');
    await page.waitForFunction(() => document.querySelector('[data-footnote-ui="card"]')?.getAttribute('data-theme') === 'light');
    expect(await cardBackground()).toBe('rgb(255, 255, 255)');
    await page.press('Escape');

    // Hover delay: one second now; the default (a quarter second) would have opened it long before.
    await options.evaluate(() => {
      const select = document.querySelector('select[name="hoverDelayMs"]') as HTMLSelectElement;
      select.value = '1000';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.waitForFunction(() => /Saved/.test(document.querySelector('.status')?.textContent ?? ''));
    expect((await storedSettings(b)) as object).toMatchObject({ hoverDelayMs: 1000 });
    await sleep(1000); // storage's change event reaches the tab (no sign of it on the page to wait for)
    await page.hover('h1');
    await page.waitForFunction(() => !document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open'));
    await page.hover('[data-test="deficit"]');
    const hoveredAt = Date.now();
    await sleep(500);
    const early = await cardText(page);
    await page.waitForFunction(() => !!document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open'), undefined, {
      timeout: 5000,
    });
    expect(early, 'the card opened before the hover delay of 1 s').toBeNull();
    expect(Date.now() - hoveredAt).toBeGreaterThanOrEqual(900);
    expect(page.consoleErrors()).toEqual([]);
    await options.close();
    await page.close();
    await putSettings(b, DEFAULTS);
    await b.expectNoExtensionRequests();
  });

  it('the sites switched off: listed, and removing one turns Footnote back on in its open tab', async () => {
    const b = e2e.browser;
    await putSettings(b, { ...DEFAULTS, disabledSites: ['other.example', '127.0.0.1'] });
    const page = await openArticle(b, '/sites.html', { expectMarked: false });
    await sleep(1500);
    expect(await marks(page)).toEqual([]);
    const options = await openOptions(b);
    expect(await options.evaluate(() => [...document.querySelectorAll('.sites .site')].map((s) => s.textContent))).toEqual(['other.example', '127.0.0.1']);
    await clickIn(options, 'button[aria-label="Turn Footnote back on for 127.0.0.1"]');
    await expectMarks(page, DEFAULT_MARKS);
    await options.waitForFunction(() => [...document.querySelectorAll('.sites .site')].map((s) => s.textContent).join() === 'other.example');
    expect(((await storedSettings(b)) as { disabledSites: string[] }).disabledSites).toEqual(['other.example']);
    await options.close();
    await page.close();
    await putSettings(b, DEFAULTS);
  });

  it('corrections: hidden on their page, listed, exported as JSON, cleared', async () => {
    const b = e2e.browser;
    const url = b.server.url('/corrections.html');
    const stored = [
      { url, host: '127.0.0.1', kind: 'figure', text: '$50 billion', note: 'It was $34 billion at first', at: '2026-11-28T10:00:00.000Z' },
      { url: 'https://news.example/a', host: 'news.example', kind: 'official', text: 'Mnuchin', note: '', at: '2026-11-28T11:00:00.000Z' },
    ];
    await b.evalInExtension(async (s: object[]) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? g.chrome)!.storage.local.set({ corrections: s });
    }, stored);
    const page = await openArticle(b, '/corrections.html');
    await expectMarks(
      page,
      DEFAULT_MARKS.filter((m) => m !== 'figure:$50 billion'),
    );

    const options = await openOptions(b);
    await options.waitForFunction(() => document.querySelectorAll('.corrections tbody tr').length === 2);
    expect(
      await options.evaluate(() => [...document.querySelectorAll('.corrections tbody tr')].map((r) => [...r.querySelectorAll('td')].map((d) => d.textContent))),
    ).toEqual([
      ['$50 billion', 'figure', 'It was $34 billion at first', '127.0.0.1', '2026-11-28'],
      ['Mnuchin', 'official', '—', 'news.example', '2026-11-28'],
    ]);
    // Export: catch the download link the button builds, and read the file it points at.
    const exported = await options.evaluate(async () => {
      const seen: Array<{ href: string; download: string }> = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        seen.push({ href: this.href, download: this.download });
      };
      try {
        (document.querySelector('#export') as HTMLButtonElement).click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      const file = seen[0];
      const blob = await (await fetch(file.href)).blob();
      return { download: file.download, type: blob.type, text: await blob.text() };
    });
    expect(exported.download).toMatch(/^footnote-corrections-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.type).toBe('application/json');
    expect(JSON.parse(exported.text)).toEqual(stored);

    // Clear asks first; then the list is empty, and the corrected mark is back on its page.
    await clickIn(options, '#clear');
    await options.waitForSelector('#clear-confirm');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('clear-confirm');
    await clickIn(options, '#clear-confirm');
    await options.waitForFunction(
      () => document.querySelectorAll('.corrections tbody tr').length === 0 && (document.querySelector('#export') as HTMLButtonElement).disabled,
    );
    const left = await b.evalInExtension(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? g.chrome)!.storage.local.get('corrections')).corrections;
    });
    expect(left).toEqual([]);
    await expectMarks(page, DEFAULT_MARKS);
    expect(options.consoleErrors()).toEqual([]);
    await options.close();
    await page.close();
    await b.expectNoExtensionRequests();
  });

  it('reset puts the preferences back and keeps the sites switched off; the open tab follows', async () => {
    const b = e2e.browser;
    await putSettings(b, {
      ...DEFAULTS,
      officials: false,
      allFigures: true,
      hoverDelayMs: 1000,
      highlightStyle: 'underline',
      theme: 'dark',
      disabledSites: ['other.example'],
    });
    const page = await openArticle(b, '/reset.html');
    await expectMarks(page, fig([...TRADE, ...OTHER]));
    const options = await openOptions(b);
    expect(await options.evaluate(() => (document.querySelector('input[name="officials"]') as HTMLInputElement).checked)).toBe(false);
    await clickIn(options, '#reset');
    await expectMarks(page, DEFAULT_MARKS);
    expect(await storedSettings(b)).toEqual({ ...DEFAULTS, disabledSites: ['other.example'] });
    await options.waitForFunction(
      () => (document.querySelector('input[name="officials"]') as HTMLInputElement).checked && document.documentElement.dataset.theme === 'auto',
    );
    expect(await options.evaluate(() => document.querySelector('.status')?.textContent)).toMatch(/reset/);
    await options.close();
    await page.close();
    await putSettings(b, DEFAULTS);
  });

  it('an update from version 1: the sites a reader switched off stay off, and show on the options page', async () => {
    const b = e2e.browser;
    // What Footnote 0.1 left in storage: only its list, under its own key.
    await b.evalInExtension(async () => {
      type Sync = { remove(k: string[]): Promise<void>; set(o: object): Promise<void> };
      const g = globalThis as unknown as { browser?: { storage: { sync: Sync } }; chrome?: { storage: { sync: Sync } } };
      const sync = (g.browser ?? g.chrome)!.storage.sync;
      await sync.remove(['settings', 'settings$']);
      await sync.set({ disabledSites: ['127.0.0.1', 'old.example'] });
    });
    const page = await openArticle(b, '/migrated.html', { expectMarked: false });
    await sleep(1500);
    expect(await marks(page)).toEqual([]);
    expect(await storedSettings(b)).toEqual({ ...DEFAULTS, disabledSites: ['127.0.0.1', 'old.example'] });
    const options = await openOptions(b);
    expect(await options.evaluate(() => [...document.querySelectorAll('.sites .site')].map((s) => s.textContent))).toEqual(['127.0.0.1', 'old.example']);
    expect(page.consoleErrors()).toEqual([]);
    await options.close();
    await page.close();
    await putSettings(b, DEFAULTS);
  });

  it('keyboard commands: next and previous mark focus it, open its card and announce it; toggle hides and shows the marks', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openArticle(b, '/commands.html');
    await expectMarks(page, DEFAULT_MARKS);
    // An extension page to send from; then the article is the active tab again.
    const ext = await b.openExtensionPage('manifest.json');
    await page.bringToFront();
    const command = (name: string) =>
      ext.evaluate(async (n: string) => {
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const reply = await (g.browser ?? g.chrome)!.runtime.sendMessage({ id: 1, type: 'triggerCommand', data: n, timestamp: Date.now() });
        return reply?.res ?? reply?.err ?? null;
      }, name);
    const focused = () => page.evaluate(() => document.activeElement?.closest('footnote-mark')?.textContent ?? document.activeElement?.tagName ?? null);
    const liveText = () =>
      page.waitForFunction(() => document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('[aria-live]')?.textContent || null);

    expect(await command('next-mark')).toBe('Mark 1 of 5: Steven Mnuchin');
    expect(await focused()).toBe('Steven Mnuchin');
    expect(await cardText(page)).toContain('Secretary of the Treasury');
    expect(await liveText()).toBe('Mark 1 of 5: Steven Mnuchin');
    expect(await page.evaluate(() => document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!.querySelector('[aria-live]')!.getAttribute('role'))).toBe(
      'status',
    );

    expect(await command('next-mark')).toBe('Mark 2 of 5: $375 billion');
    expect(await focused()).toBe('$375 billion');
    expect(await cardText(page)).toContain('US goods trade deficit with China, 2017');
    await page.waitForFunction(
      () => document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('[aria-live]')?.textContent === 'Mark 2 of 5: $375 billion',
    );

    expect(await command('previous-mark')).toBe('Mark 1 of 5: Steven Mnuchin');
    expect(await command('previous-mark')).toBe('Mark 5 of 5: Mnuchin'); // wraps round
    expect(await focused()).toBe('Mnuchin');
    expect(await cardText(page)).toContain('Secretary of the Treasury');

    expect(await command('toggle-marks')).toBe('Marks hidden');
    await expectMarks(page, []);
    expect(await cardText(page)).toBeNull();
    await page.waitForFunction(
      () => document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('[aria-live]')?.textContent === 'Marks hidden',
    );
    expect(await command('next-mark')).toBe('No marks on this page');
    expect(await command('toggle-marks')).toBe('Marks shown: 5 marks');
    await expectMarks(page, DEFAULT_MARKS);
    expect(await command('next-mark')).toBe('Mark 1 of 5: Steven Mnuchin');
    expect(page.consoleErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await ext.close();
    await page.close();
    await b.expectNoExtensionRequests();
  });
});
