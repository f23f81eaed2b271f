/**
 * Hostile pages (issue 6): pages that fight extensions, on purpose or by accident, in real
 * Chromium and Firefox with the built extension. Each test checks both sides: the page still
 * works, and Footnote still does its job where it should (and stays out where it should not).
 * Every test also requires no error in the page's console (Footnote's content script logs
 * there too), none from extension code, and no network request from the extension.
 *
 * Fixture pages: tests/fixtures/pages/hostile/. The fixture server has one port and answers to
 * both 127.0.0.1 and localhost, which gives the frames test a second origin.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CHARS } from '../../lib/page/extract';
import {
  CARD_HOST, ChromiumSession, latestTabId, MARK, marksOnPage, screenshotPath, STRICT_CSP, tagMark as tagMarkOnPage,
  type E2EBrowser, type E2EPage, type PolicingOptions,
} from '../../scripts/harness';
import { browsers, useBrowser } from './browsers';

/** Footnote's card host (harness/footnote.ts). */
const HOST = CARD_HOST;
/** Longer than the annotator's settle time (400 ms) plus a pass. */
const SETTLE_MS = 1500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openPage(b: E2EBrowser, path: string): Promise<E2EPage> {
  const page = await b.newPage();
  await page.goto(b.server.url(path));
  return page;
}

/** Waits for at least `n` of Footnote's marks (by distinct annotation) on the page. */
function waitForMarks(page: E2EPage, n = 1, timeout = 20_000) {
  return page.waitForFunction(
    ([sel, n]) => {
      const ids = new Set<string>();
      const marks = document.getElementsByTagName('footnote-mark');
      for (let i = 0; i < marks.length; i++) {
        if (marks[i].matches(sel)) ids.add(marks[i].getAttribute('data-footnote-id')!);
      }
      return ids.size >= n;
    },
    [MARK, n] as [string, number],
    { timeout },
  );
}

/** Tags the mark reading `text` (harness tagMark), failing the test when there is none. */
async function tagMark(page: E2EPage, text: string, tag: string): Promise<void> {
  expect(await tagMarkOnPage(page, text, tag), `a mark reading ${JSON.stringify(text)}`).toBe(true);
}

interface CardState {
  open: boolean;
  text: string;
  rect: { left: number; top: number; width: number; height: number };
  style: Record<string, string>;
  hostStyle: Record<string, string>;
  elements: string[];
}

/** The open card, read from the page (the shadow root is open); null when no card is open. */
function cardState(page: E2EPage): Promise<CardState | null> {
  return page.evaluate((hostSel) => {
    const host = document.querySelector(hostSel);
    const card = host && host.shadowRoot ? host.shadowRoot.querySelector('.fn-card') : null;
    if (!host || !card || !card.matches(':popover-open')) return null;
    const cs = getComputedStyle(card);
    const hs = getComputedStyle(host);
    const r = card.getBoundingClientRect();
    const pick = (s: CSSStyleDeclaration, names: string[]) => {
      const o: Record<string, string> = {};
      for (let i = 0; i < names.length; i++) o[names[i]] = s.getPropertyValue(names[i]);
      return o;
    };
    const tags: string[] = [];
    const all = card.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) tags.push(all[i].localName);
    return {
      open: true,
      text: card.textContent ?? '',
      rect: { left: r.left, top: r.top, width: r.width, height: r.height },
      style: pick(cs, ['background-color', 'color', 'font-size', 'display', 'visibility', 'opacity', 'position', 'border-radius', 'z-index']),
      hostStyle: pick(hs, ['display', 'visibility', 'opacity']),
      elements: tags,
    };
  }, HOST);
}

/** Opens the card of the mark tagged `tag` (hover or keyboard focus) and returns its state. */
async function openCard(page: E2EPage, tag: string, how: 'hover' | 'focus'): Promise<CardState> {
  const selector = `[data-test="${tag}"]`;
  if (how === 'hover') await page.hover(selector);
  else await page.focus(selector);
  return page.waitForFunction(
    (hostSel) => {
      const host = document.querySelector(hostSel);
      const card = host && host.shadowRoot ? host.shadowRoot.querySelector('.fn-card') : null;
      return card && card.matches(':popover-open') && (card.textContent ?? '').length > 20;
    },
    HOST,
  ).then(async () => (await cardState(page))!);
}

async function closeCard(page: E2EPage): Promise<void> {
  await page.press('Escape');
  await page.waitForFunction((hostSel) => {
    const host = document.querySelector(hostSel);
    return !host?.shadowRoot?.querySelector('.fn-card:popover-open');
  }, HOST);
}

/** Style of an element on the page (main document or a shadow root reached by `path`). */
function styleOf(page: E2EPage, selector: string, names: string[]) {
  return page.evaluate(
    ([selector, names]) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const s = getComputedStyle(el);
      const o: Record<string, string> = {};
      for (let i = 0; i < names.length; i++) o[names[i]] = s.getPropertyValue(names[i]);
      return o;
    },
    [selector, names] as [string, string[]],
  );
}

/** Alpha of a computed CSS colour ("rgb(…)" is 1, "rgba(…, a)" or "rgb(… / a)" is a). */
function alpha(color: string): number {
  if (color === 'transparent') return 0;
  const m = /rgba?\(([^)]*)\)/.exec(color);
  if (!m) return 1;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  return parts.length === 4 ? Number(parts[3]) : 1;
}

/** The toolbar badge text of a tab, as the background set it. */
function badgeText(b: E2EBrowser, tabId: number): Promise<string> {
  return b.evalInExtension(async (tabId: number) => {
    type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId });
  }, tabId);
}

/** The popup's summary of a tab: its section headings ("Officials 2") and status line. */
async function popupSummary(b: E2EBrowser, page: E2EPage, tabId: number, until: (s: { headings: string[]; state: string }) => boolean) {
  const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
  try {
    let last = { headings: [] as string[], state: '' };
    const deadline = Date.now() + 10_000;
    for (;;) {
      // Give this popup time to get its answer (as a reader would) before opening it again.
      const patience = Date.now() + 1500;
      do {
        last = await popup.evaluate(() => ({
          headings: [...document.querySelectorAll('h2')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
          state: document.querySelector('.state')?.textContent ?? '',
        }));
        if (until(last)) return last;
        await sleep(100);
      } while (Date.now() < patience);
      if (Date.now() > deadline) return last;
      // The popup reads the page once: reopen it for a fresh summary.
      await popup.goto(`${b.extensionOrigin}/popup.html?tab=${tabId}&t=${Date.now()}`);
    }
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}

/**
 * Reloads the extension as an update would. Chromium: runtime.reload() in its service worker
 * (woken by opening an extension page if it was asleep). Firefox: runtime.reload() from an
 * extension page (the harness has no handle on the event page); the browser closes that page
 * as the extension goes away.
 */
async function reloadExtension(b: E2EBrowser): Promise<void> {
  type Api = { runtime: { reload(): void } };
  if (b instanceof ChromiumSession) {
    // Chromium disables a reloaded unpacked extension unless developer mode is on
    // ("unsupportedDeveloperExtension"), as it is for a developer who loads one.
    const settings = await b.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(() =>
      (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
    );
    await settings.close();
    let worker = b.serviceWorker();
    if (!worker) {
      const wake = await b.openExtensionPage('manifest.json');
      await wake.close();
      worker = b.serviceWorker();
    }
    if (!worker) throw new Error('e2e: no service worker to reload the extension from');
    await worker.evaluate(() => {
      setTimeout(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.reload(), 50);
    });
  } else {
    const ext = await b.openExtensionPage('manifest.json');
    await ext.evaluate(() => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      setTimeout(() => (g.browser ?? g.chrome)!.runtime.reload(), 50);
    });
    await sleep(1000);
    await ext.close().catch(() => {});
  }
  await sleep(2000);
}

/** No page console error, no extension error, no extension request. */
async function expectClean(b: E2EBrowser, page: E2EPage, policing: PolicingOptions = {}): Promise<void> {
  expect(page.consoleErrors()).toEqual([]);
  expect(b.extensionErrors()).toEqual([]);
  await b.expectNoExtensionRequests(policing);
}

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec, (server) => {
    server.route('/hostile/csp.html', { file: 'hostile/csp.html', headers: { 'Content-Security-Policy': STRICT_CSP } });
  });

  it('1. strict CSP: marks and cards appear, styled', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/csp.html');
    try {
      await waitForMarks(page, 3);
      const marks = await marksOnPage(page);
      expect(marks.map((m) => `${m.kind}:${m.text}`)).toEqual(['figure:25 percent', 'figure:$50 billion', 'official:Steven Mnuchin']);

      // Marks are styled: the figure tinted and underlined, the official underlined (dotted).
      await tagMark(page, '$50 billion', 'fig');
      await tagMark(page, 'Steven Mnuchin', 'who');
      const fig = (await styleOf(page, '[data-test="fig"]', ['background-color', 'text-decoration-line', 'text-decoration-style', 'display']))!;
      expect(alpha(fig['background-color'])).toBeGreaterThan(0);
      expect(fig['text-decoration-line']).toContain('underline');
      expect(fig['text-decoration-style']).toBe('solid');
      expect(fig.display).toBe('inline');
      const who = (await styleOf(page, '[data-test="who"]', ['text-decoration-line', 'text-decoration-style']))!;
      expect(who['text-decoration-line']).toContain('underline');
      expect(who['text-decoration-style']).toBe('dotted');

      // The card is styled: an opaque background, 14px text, rounded, fixed in the top layer.
      const card = await openCard(page, 'fig', 'hover');
      expect(card.text).toContain('50,000,000,000');
      expect(alpha(card.style['background-color'])).toBe(1);
      expect(card.style['font-size']).toBe('14px');
      expect(card.style['border-radius']).toBe('8px');
      expect(card.style.position).toBe('fixed');
      expect(card.style.color).not.toBe(card.style['background-color']);
      await page.screenshot(screenshotPath(`hostile-csp-${spec.name}`));
      await closeCard(page);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('2. editable content is never marked or changed, and typing is never interrupted', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/editable.html');
    try {
      await waitForMarks(page, 3);
      await sleep(SETTLE_MS);
      const where = new Set((await marksOnPage(page)).map((m) => m.where));
      // Marked: the article, and the region explicitly made read-only (contenteditable="false").
      expect([...where].sort()).toEqual(['lead', 'not-editable']);
      const EDITORS = ['#rich', '#rich-empty-attr', '#plain', '#nested'];
      const original = await page.evaluate((sels) => {
        const o: Record<string, string> = {};
        for (const s of sels) o[s] = document.querySelector(s)!.innerHTML;
        o.area = (document.querySelector('#area') as HTMLTextAreaElement).value;
        o.field = (document.querySelector('#field') as HTMLInputElement).value;
        o.search = (document.querySelector('#search') as HTMLInputElement).value;
        return o;
      }, EDITORS);
      expect(original.area).toBe('A 10 percent duty on $20 billion of imports is a tax on farmers.');
      expect(original.field).toBe('Treasury Secretary Steven Mnuchin and the $375 billion gap');
      expect(original['#rich']).toBe('Draft: Treasury Secretary Steven Mnuchin wants a 15 percent tariff on $30 billion of goods.');
      expect(original['#nested']).toBe('<p>Quote: <b>$60 billion</b> of exports and a <i>20 percent</i> duty.</p>');

      // Type trade text at the end of each field, slowly enough for Footnote to get a pass in
      // between keys if it wanted one; every key must arrive and focus must stay.
      const typed = ' Also $25 billion, said Treasury Secretary Steven Mnuchin.';
      for (const sel of ['#area', '#field', ...EDITORS]) {
        await page.evaluate((sel) => {
          const el = document.querySelector(sel) as HTMLElement;
          el.focus();
          if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
            el.setSelectionRange(el.value.length, el.value.length);
          } else {
            const r = document.createRange();
            r.selectNodeContents(el);
            r.collapse(false);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(r);
          }
        }, sel);
        await page.type(sel, typed.slice(0, 20));
        await sleep(500); // a mutation burst, then a pause longer than the settle time
        await page.type(sel, typed.slice(20));
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.id)).toBe(sel.slice(1));
      }
      await sleep(SETTLE_MS);
      const after = await page.evaluate((sels) => {
        const o: Record<string, string> = {};
        // A typed leading space may become a no-break space in contenteditable.
        for (const s of sels) o[s] = document.querySelector(s)!.textContent!.replace(/\u00a0/g, ' ');
        o.area = (document.querySelector('#area') as HTMLTextAreaElement).value;
        o.field = (document.querySelector('#field') as HTMLInputElement).value;
        o.search = (document.querySelector('#search') as HTMLInputElement).value;
        o.marksInEditors = String(document.querySelectorAll(sels.map((s) => `${s} footnote-mark`).join(',')).length);
        return o;
      }, EDITORS);
      expect(after.area).toBe(original.area + typed);
      expect(after.field).toBe(original.field + typed);
      expect(after.search).toBe(original.search);
      expect(after['#rich']).toBe(original['#rich'] + typed);
      expect(after['#rich-empty-attr']).toBe('Note: tariffs of 10 percent on $200 billion of goods.' + typed);
      expect(after['#plain']).toBe('Plain: a 5 percent levy on $3 billion of steel.' + typed);
      expect(after['#nested']).toBe('Quote: $60 billion of exports and a 20 percent duty.' + typed);
      expect(after.marksInEditors).toBe('0');
      // The article's marks are still there, untouched by all this.
      expect((await marksOnPage(page)).filter((m) => m.where === 'lead').length).toBeGreaterThanOrEqual(3);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('2b. a document in designMode is not marked, and typing in it works', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/design-mode.html');
    try {
      const tab = await latestTabId(b);
      // Footnote did run (the popup gets an answer from it) and found nothing it may mark.
      const summary = await popupSummary(b, page, tab, (s) => /No trade figures/.test(s.state));
      expect(summary.state).toMatch(/No trade figures or officials found/);
      expect(await page.evaluate(() => document.querySelectorAll('footnote-mark').length)).toBe(0);
      await page.evaluate(() => {
        const p = document.getElementById('second')!;
        const r = document.createRange();
        r.selectNodeContents(p);
        r.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      });
      await page.press('End');
      for (const key of ' $9 billion') await page.press(key);
      await sleep(SETTLE_MS);
      expect(await page.evaluate(() => document.getElementById('second')!.textContent!.replace(/\u00a0/g, ' '))).toBe(
        'Exports to China fell 7 percent to $120 billion last year. $9 billion',
      );
      expect(await page.evaluate(() => document.querySelectorAll('footnote-mark').length)).toBe(0);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('2c. text made editable after it was marked (contenteditable, then designMode): marks go, typing works', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/editable-later.html');
    /** Puts the caret at the end of `sel`'s text (as a click there would). */
    const caretAtEnd = (sel: string) =>
      page.evaluate((sel) => {
        const el = document.querySelector(sel)!;
        const r = document.createRange();
        r.selectNodeContents(el);
        r.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      }, sel);
    try {
      await waitForMarks(page, 5);
      await sleep(SETTLE_MS);
      expect((await marksOnPage(page)).map((m) => m.where)).toEqual(['story', 'story', 'story', 'story', 'other', 'other']);

      // An ancestor of marked text becomes editable: by the next frame its marks are gone and
      // its markup is the page's own again, to the character.
      const made = await page.evaluate(async () => {
        const story = document.getElementById('story')!;
        story.setAttribute('contenteditable', 'true');
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        return { same: story.innerHTML === (window as unknown as { __html: { story: string } }).__html.story, marks: story.querySelectorAll('footnote-mark').length };
      });
      expect(made).toEqual({ same: true, marks: 0 });
      const typed = ' Also $25 billion, said Treasury Secretary Steven Mnuchin.';
      await page.focus('#story');
      await caretAtEnd('#story p:last-child');
      await page.type('#story', typed.slice(0, 20));
      await sleep(SETTLE_MS); // a pause longer than the settle time: Footnote gets a pass
      await caretAtEnd('#story p:last-child');
      await page.type('#story', typed.slice(20));
      await sleep(SETTLE_MS);
      const story = await page.evaluate(() => ({
        text: document.querySelector('#story p:last-child')!.textContent!.replace(/\u00a0/g, ' '),
        marks: document.querySelectorAll('#story footnote-mark').length,
        focused: document.activeElement?.id,
      }));
      expect(story).toEqual({ text: 'Beijing answered with duties on $60 billion of American products.' + typed, marks: 0, focused: 'story' });
      // Text that stayed read-only keeps its marks.
      expect((await marksOnPage(page)).map((m) => `${m.where}:${m.text}`)).toEqual(['other:Wilbur Ross', 'other:$120 billion']);

      // The whole document goes into designMode: at the first sign of editing (the caret), every
      // mark goes, and none comes back while typing.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.designMode = 'on';
      });
      await caretAtEnd('#other');
      await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length === 0);
      expect(await page.evaluate(() => document.getElementById('other')!.innerHTML === (window as unknown as { __html: { other: string } }).__html.other)).toBe(true);
      for (const key of ' $9 billion') await page.press(key);
      await sleep(SETTLE_MS);
      expect(await page.evaluate(() => document.getElementById('other')!.textContent!.replace(/\u00a0/g, ' '))).toBe(
        'Commerce Secretary Wilbur Ross said exports of $120 billion were at stake. $9 billion',
      );
      expect(await page.evaluate(() => document.querySelectorAll('footnote-mark').length)).toBe(0);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('3. a page that re-renders its article: no errors, marks come back on the new nodes', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/rerender.html');
    try {
      await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, undefined, { timeout: 15_000 });
      // Marks on the last render's nodes, for its text.
      await page.waitForFunction(() => {
        const marks = [...document.querySelectorAll('footnote-mark')];
        const byId: Record<string, string> = {};
        for (const m of marks) byId[m.getAttribute('data-footnote-id')!] = (byId[m.getAttribute('data-footnote-id')!] ?? '') + m.textContent;
        return marks.length > 0 && marks.every((m) => m.closest('p')?.getAttribute('data-render') === '3') && Object.values(byId).includes('$120 billion');
      }, undefined, { timeout: 15_000 });
      await sleep(SETTLE_MS);
      const marks = await marksOnPage(page);
      const texts = marks.map((m) => m.text);
      expect(texts).toContain('25 percent');
      expect(texts).toContain('$120 billion');
      expect(texts).toContain('Steven Mnuchin');
      expect(texts).toContain('Wilbur Ross');
      expect(texts).not.toContain('$200 billion'); // gone from the page in the last render
      // The page reads exactly what it rendered: marks change no text.
      const text = await page.evaluate(() => [...document.querySelectorAll('#app p')].map((p) => p.textContent));
      expect(text).toEqual(await page.evaluate(() => (window as unknown as { __expected: string[] }).__expected));
      await tagMark(page, '$120 billion', 'fig');
      const card = await openCard(page, 'fig', 'hover');
      expect(card.text).toContain('120,000,000,000');
      await closeCard(page);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('3b. a framework that keeps its text nodes (nodeValue, removeChild, insertBefore): no errors, exactly its text, marks on the new text', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/framework.html');
    /** Marks (pieces joined by id) include every text in `want` and none in `gone`. */
    const waitMarked = (want: string[], gone: string[]) =>
      page.waitForFunction(
        ([want, gone]) => {
          const byId: Record<string, string> = {};
          for (const m of document.querySelectorAll('footnote-mark[data-footnote-id]')) {
            const id = m.getAttribute('data-footnote-id')!;
            byId[id] = (byId[id] ?? '') + m.textContent;
          }
          const texts = Object.values(byId);
          return want.every((t) => texts.includes(t)) && !gone.some((t) => texts.includes(t));
        },
        [want, gone] as [string[], string[]],
      );
    try {
      // The first render marked, including a node whose text starts with its figure.
      await waitMarked(['$50 billion', 'Steven Mnuchin', '$60 billion'], []);
      const steps = [
        { want: ['$200 billion', '$60 billion'], gone: ['$50 billion'] }, // nodeValue
        { want: ['$120 billion', 'Wilbur Ross', '$200 billion', '$60 billion'], gone: [] }, // insertBefore
        { want: ['$120 billion', 'Wilbur Ross', '10 percent', '15 percent'], gone: ['$200 billion', '$60 billion', 'Steven Mnuchin', '25 percent'] }, // removeChild
      ];
      for (const step of steps) {
        // Right after the commit, at the next frame (mutation records arrive in a microtask,
        // before it): the page shows exactly what the framework wrote, no stale text beside it.
        const now = await page.evaluate(async () => {
          const w = window as unknown as { __step(): boolean; __expected: string[]; __errors: string[] };
          w.__step();
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          return { text: [...document.querySelectorAll('#app p')].map((p) => p.textContent), expected: w.__expected, errors: w.__errors };
        });
        expect(now.errors).toEqual([]);
        expect(now.text).toEqual(now.expected);
        await waitMarked(step.want, step.gone);
      }
      await sleep(SETTLE_MS);
      const end = await page.evaluate(() => {
        const w = window as unknown as { __expected: string[]; __errors: string[] };
        return { text: [...document.querySelectorAll('#app p')].map((p) => p.textContent), expected: w.__expected, errors: w.__errors };
      });
      expect(end.errors).toEqual([]);
      expect(end.text).toEqual(end.expected);
      expect((await marksOnPage(page)).map((m) => `${m.where}:${m.text}`)).toEqual(['p0:Wilbur Ross', 'p0:$120 billion', 'p0:10 percent', 'p1:15 percent']);
      await tagMark(page, '$120 billion', 'fig');
      const card = await openCard(page, 'fig', 'hover');
      expect(card.text).toContain('120,000,000,000');
      await closeCard(page);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('3c. a page that swaps every element it did not write for its text: Footnote tries, then leaves it alone (no endless loop)', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/reconciler.html');
    const state = () => page.evaluate(() => {
      const r = (window as unknown as { __reconciler: { swaps: number; text: string } }).__reconciler;
      return { swaps: r.swaps, same: document.getElementById('body')!.textContent === r.text, marks: document.querySelectorAll('footnote-mark').length };
    });
    try {
      // Footnote marked the page at least once, and the page took the marks out.
      await page.waitForFunction(() => (window as unknown as { __reconciler: { swaps: number } }).__reconciler.swaps > 0, undefined, { timeout: 20_000 });
      // Each pass waits for the page to settle (400 ms): a few tries, then it stops.
      await sleep(3000);
      const before = await state();
      await sleep(3000);
      const after = await state();
      expect(after.swaps).toBe(before.swaps);
      expect(after).toMatchObject({ same: true, marks: 0 });
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('4. in-page navigation (pushState, popstate): the new article is annotated, summary and badge follow', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/spa.html');
    try {
      const tab = await latestTabId(b);
      await waitForMarks(page, 3);
      expect((await marksOnPage(page)).map((m) => m.text)).toEqual(['Wilbur Ross', '25 percent', '$29 billion']);
      expect(await badgeText(b, tab)).toBe('3');

      // pushState to the next story: its text is marked, the old story's marks are gone.
      await page.click('#next');
      expect(await page.url()).toMatch(/\?story=2$/);
      await page.waitForFunction(() => {
        const t = [...document.querySelectorAll('footnote-mark')].map((m) => m.textContent);
        return t.includes('$50 billion') && t.includes('Steven Mnuchin') && !t.includes('Wilbur Ross');
      });
      await sleep(SETTLE_MS);
      expect((await marksOnPage(page)).map((m) => m.text)).toEqual(['25 percent', '$50 billion', 'Steven Mnuchin']);
      const summary = await popupSummary(b, page, tab, (s) => s.headings.join() === 'Officials 1,Money figures,Trade figures 2');
      expect(summary.headings, `popup said: ${summary.state}`).toEqual(['Officials 1', 'Money figures', 'Trade figures 2']);
      expect(await badgeText(b, tab)).toBe('3');

      // Back to the first story (popstate).
      await page.evaluate(() => history.back());
      await page.waitForFunction(() => {
        const t = [...document.querySelectorAll('footnote-mark')].map((m) => m.textContent);
        return t.includes('Wilbur Ross') && !t.includes('$50 billion');
      });
      await sleep(SETTLE_MS);
      expect(await badgeText(b, tab)).toBe('3');
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('4b. infinite scroll: appended paragraphs are annotated, earlier marks keep their ids, summary and badge follow', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/spa.html?story=2');
    try {
      const tab = await latestTabId(b);
      await waitForMarks(page, 3);
      await sleep(SETTLE_MS);
      const before = await marksOnPage(page);
      expect(before.map((m) => m.text)).toEqual(['25 percent', '$50 billion', 'Steven Mnuchin']);
      expect(await badgeText(b, tab)).toBe('3');

      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForFunction(() => (window as unknown as { __loaded?: number }).__loaded === 3);
      await page.waitForFunction(() => [...document.querySelectorAll('footnote-mark')].some((m) => m.textContent === '$200 billion'));
      await sleep(SETTLE_MS);
      const after = await marksOnPage(page);
      expect(after.map((m) => m.text)).toEqual(['25 percent', '$50 billion', 'Steven Mnuchin', '$12 billion', 'Robert Lighthizer', '10 percent', '$200 billion']);
      // The popup's scroll-to links point at mark ids: earlier marks keep theirs.
      expect(after.slice(0, 3).map((m) => m.id)).toEqual(before.map((m) => m.id));
      const summary = await popupSummary(b, page, tab, (s) => s.headings.join() === 'Officials 2,Money figures,Trade figures 5');
      expect(summary.headings, `popup said: ${summary.state}`).toEqual(['Officials 2', 'Money figures', 'Trade figures 5']);
      expect(await badgeText(b, tab)).toBe('7');
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('5. a page of 20,000 paragraphs stays responsive; the work stops at the documented cap', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/large.html');
    try {
      await waitForMarks(page, 1, 45_000);
      // Footnote may work in slices: wait until the number of marks has not changed for 2 s.
      let last = -1;
      let stableSince = Date.now();
      const deadline = Date.now() + 60_000;
      for (;;) {
        const n = await page.evaluate(() => document.getElementsByTagName('footnote-mark').length);
        if (n !== last) [last, stableSince] = [n, Date.now()];
        else if (Date.now() - stableSince >= 2000) break;
        if (Date.now() > deadline) throw new Error(`marks still changing after 60 s (${n})`);
        await sleep(250);
      }
      const probe = await page.evaluate(() => (window as unknown as { __stopProbe(): { start: number; firstMarkAt: number; ticks: number; maxLate: number; lates: number[]; longTasks: string[]; longTaskSupported: boolean } }).__stopProbe());
      console.log(`[hostile] ${spec.name} large page: ${last} mark pieces, first at ${Math.round(probe.firstMarkAt)} ms (probe from ${Math.round(probe.start)} ms); ${probe.ticks} ticks, max timer lateness ${Math.round(probe.maxLate)} ms, late ticks ${JSON.stringify(probe.lates)}, long tasks ${probe.longTaskSupported ? JSON.stringify(probe.longTasks) : 'n/a'}`);
      const cap = await page.evaluate(() => {
        const ps = document.querySelectorAll('#archive p');
        let chars = (document.querySelector('h1')!.textContent ?? '').length + 20; // headline, button, output
        let lastMarked = -1;
        let charsToLastMarked = 0;
        for (let i = 0; i < ps.length; i++) {
          chars += (ps[i].textContent ?? '').length + 1;
          if (ps[i].querySelector('footnote-mark')) {
            lastMarked = i;
            charsToLastMarked = chars;
          }
        }
        return { paragraphs: ps.length, lastMarked, charsToLastMarked, totalChars: chars, firstMarked: !!ps[0].querySelector('footnote-mark') };
      });
      // The cap (lib/page/extract.ts DEFAULT_MAX_CHARS, 500,000 characters): the text read is a
      // prefix of the page, marks stop within it, and reach close to it.
      expect(cap.paragraphs).toBe(20_000);
      expect(cap.totalChars).toBeGreaterThan(5 * DEFAULT_MAX_CHARS);
      expect(cap.firstMarked).toBe(true);
      expect(cap.charsToLastMarked).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
      expect(cap.charsToLastMarked).toBeGreaterThan(DEFAULT_MAX_CHARS - 1000);
      // The page's own button still answers.
      await page.click('#ping');
      expect(await page.evaluate(() => document.getElementById('pong')!.textContent)).toBe('1');
      // Responsive throughout: no 50 ms timer fired more than LATE_MS late, and (Chromium) no
      // long task or long animation frame over LATE_MS. This guards against freezing, not speed
      // (timings belong to `npm run bench`): without slicing this page froze for 3-10 s. With the
      // painting sliced but the text read in one go, timers were up to 220 ms late (400 ms under
      // load); with the read sliced too, and handed from the check to the first pass, the worst
      // was 71 ms in Chromium and 44 ms in Firefox (its frames, with the browser's layout of a
      // 20,000-paragraph page after each batch of marks, 50-95 ms). The bar is the independent
      // check's (docs/independent), with room for a loaded CI machine.
      const LATE_MS = 200;
      expect(probe.ticks).toBeGreaterThan(20);
      expect(probe.start).toBeLessThan(probe.firstMarkAt); // Footnote's work was measured
      if (probe.longTaskSupported) expect(Math.max(0, ...probe.longTasks.map((t) => Number(t.split(':')[1])))).toBeLessThanOrEqual(LATE_MS);
      expect(Math.round(probe.maxLate)).toBeLessThanOrEqual(LATE_MS);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('6. iframes, same- and cross-origin: top frame only, no marks or errors inside frames', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const port = b.server.port;
    const crossUrl = `http://localhost:${port}/hostile/frame-inner.html?frame=cross`;
    // The cross-origin frame is the page's own request to the fixture server under its other
    // name; the server logs it as 127.0.0.1.
    const policing: PolicingOptions = { allow: (r) => r.url === crossUrl || r.url === `http://127.0.0.1:${port}/hostile/frame-inner.html?frame=cross` };
    const page = await openPage(b, '/hostile/frames.html');
    try {
      await waitForMarks(page, 3);
      await page.waitForFunction(() => {
        const late = document.getElementById('late') as HTMLIFrameElement | null;
        return late?.contentDocument?.readyState === 'complete' && late.contentDocument.getElementById('note') !== null;
      });
      await sleep(SETTLE_MS);
      await page.evaluate(() => (window as unknown as { __askFrames(): void }).__askFrames());
      const reports = await page.waitForFunction(() => {
        const r = (window as unknown as { __frameReports: Record<string, unknown> }).__frameReports;
        return r.same && r.cross && r.late ? r : null;
      });
      type Report = { marks: number; ui: number; adoptedSheets: number; text: string; html: boolean; errors: string[]; origin: string };
      const note = 'Embedded note: U.S. Trade Representative Robert Lighthizer said a 10 percent tariff on $200 billion of goods was next.';
      for (const name of ['same', 'cross', 'late']) {
        const r = (reports as Record<string, Report>)[name];
        expect({ name, marks: r.marks, ui: r.ui, adoptedSheets: r.adoptedSheets, text: r.text, html: r.html, errors: r.errors }).toEqual({
          name, marks: 0, ui: 0, adoptedSheets: 0, text: note, html: false, errors: [],
        });
      }
      expect((reports as Record<string, Report>).cross.origin).toBe(`http://localhost:${port}`);
      expect((reports as Record<string, Report>).same.origin).toBe(`http://127.0.0.1:${port}`);
      // Frames the page fills itself (srcdoc, about:blank): readable from here.
      const inline = await page.evaluate(() =>
        ['srcdoc', 'blank'].map((id) => {
          const doc = (document.getElementById(id) as HTMLIFrameElement).contentDocument!;
          return { id, marks: doc.querySelectorAll('footnote-mark').length, text: doc.body.textContent, sheets: doc.adoptedStyleSheets.length };
        }),
      );
      expect(inline).toEqual([
        { id: 'srcdoc', marks: 0, text: 'Inline embed: a 10 percent duty on $200 billion of goods, said Commerce Secretary Wilbur Ross.', sheets: 0 },
        { id: 'blank', marks: 0, text: 'Widget: exports of $120 billion and a 15 percent levy, said U.S. Trade Representative Robert Lighthizer.', sheets: 0 },
      ]);
      // The top frame's own marks are all in its article.
      expect((await marksOnPage(page)).map((m) => m.text)).toEqual(['Steven Mnuchin', '25 percent', '$50 billion']);
      await expectClean(b, page, policing);
    } finally {
      await page.close();
    }
  });

  it('7. the page\'s own shadow DOM, custom elements and <footnote-mark>/<footnote-card>: untouched; ours work', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/shadow.html');
    try {
      await waitForMarks(page, 5);
      await sleep(SETTLE_MS);
      const marks = await marksOnPage(page);
      expect(marks.map((m) => `${m.where}:${m.text}`)).toEqual([
        'lead:Steven Mnuchin', 'lead:25 percent', 'lead:$50 billion', 'slotted:Wilbur Ross', 'slotted:10 percent', 'slotted:$200 billion',
      ]);
      // The page's own elements, light and shadow, read exactly as before.
      const snap = await page.evaluate(() => {
        const w = window as unknown as { __snapshot(): unknown; __before: unknown };
        return { now: w.__snapshot(), before: w.__before };
      });
      expect(snap.now).toEqual(snap.before);
      // Our marks keep their own look against the page's footnote-mark rule.
      await tagMark(page, '$200 billion', 'slot-fig');
      const ours = (await styleOf(page, '[data-test="slot-fig"]', ['display', 'padding-left', 'border-left-width', 'margin-top']))!;
      expect(ours).toEqual({ display: 'inline', 'padding-left': '0px', 'border-left-width': '0px', 'margin-top': '0px' });
      // Cards open from a mark in slotted content, and from one in the light DOM.
      let card = await openCard(page, 'slot-fig', 'hover');
      expect(card.text).toContain('200,000,000,000');
      await closeCard(page);
      await tagMark(page, 'Steven Mnuchin', 'who');
      card = await openCard(page, 'who', 'focus');
      expect(card.text).toContain('Secretary of the Treasury');
      await closeCard(page);
      // The page's <footnote-card> and ours, under a name of its own.
      expect(await page.evaluate((hostSel) => [document.querySelectorAll('footnote-card').length, /^footnote-card-[a-z0-9]+$/.test(document.querySelector(hostSel)!.localName)], HOST)).toEqual([1, true]);

      // Switched off on this site: our marks go, the page's own <footnote-mark> stays. Then on again.
      const tab = await latestTabId(b);
      const ownBefore = await page.evaluate(() => document.getElementById('own-mark')!.outerHTML);
      const popup = await b.openExtensionPage(`popup.html?tab=${tab}`);
      try {
        await popup.waitForFunction(() => document.querySelector('.switch input') !== null);
        await popup.click('.switch input');
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, MARK);
        expect(await page.evaluate(() => document.getElementById('own-mark')?.outerHTML)).toBe(ownBefore);
        await popup.click('.switch input');
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, MARK);
      } finally {
        await popup.close();
        await page.bringToFront();
      }
      expect(await page.evaluate(() => document.getElementById('own-mark')?.outerHTML)).toBe(ownBefore);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('7b. a page that registers custom elements under Footnote\'s tag names', async () => {
    // The page's <footnote-mark> component shows a note number in a shadow root instead of its
    // text: a mark of ours upgraded to it would hide the marked words. Footnote gives up on
    // marks there, quietly, and the page reads as it did.
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/shadow.html?define=1');
    try {
      const tab = await latestTabId(b);
      const summary = await popupSummary(b, page, tab, (s) => s.state !== '' && !/Reading/.test(s.state));
      await sleep(SETTLE_MS);
      const snap = await page.evaluate(() => {
        const w = window as unknown as { __snapshot(): unknown; __before: unknown; __upgraded: string[] };
        return { now: w.__snapshot(), before: w.__before, upgraded: w.__upgraded };
      });
      console.log(`[hostile] ${spec.name}: page custom-element callbacks: ${JSON.stringify(snap.upgraded)}; popup: ${summary.state || summary.headings}`);
      // The page's text renders as before (innerText is what is shown), its elements untouched.
      expect(snap.now).toEqual(snap.before);
      // No element of ours was run through the page's components.
      expect(snap.upgraded).toEqual(['mark:own-mark', 'card:own-card']);
      expect(await page.evaluate(() => document.querySelectorAll('footnote-mark[data-footnote-id], [data-footnote-ui="card"]').length)).toBe(0);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('7d. a page that defines its own <footnote-card> element with a shadow root: our cards still open', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/own-card.html');
    try {
      await waitForMarks(page, 3);
      await tagMark(page, '$50 billion', 'fig');
      const card = await openCard(page, 'fig', 'hover');
      expect(card.text).toContain('50,000,000,000');
      await closeCard(page);
      const state = await page.evaluate((hostSel) => ({
        host: document.querySelector(hostSel)!.localName,
        cards: (window as unknown as { __cards: string[] }).__cards,
        own: document.getElementById('note-1')!.textContent,
      }), HOST);
      // Our host's name is ours alone (footnote-card- and a random suffix), and the page's
      // component ran only for its own element.
      expect(state.host).toMatch(/^footnote-card-[a-z0-9]{6,}$/);
      expect(state.cards).toEqual(['note-1']);
      expect(state.own).toBe('Figures from the Office of the U.S. Trade Representative.');
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('7c. the page\'s own <footnote-mark> and <footnote-card> keep the look the page gave them', async () => {
    // MARK_CSS (lib/page/mark-style.ts) selects only Footnote's marks (with the id or kind
    // attribute), and the card host has a name of its own: the page's elements keep their look.
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/shadow.html');
    try {
      await waitForMarks(page, 5);
      expect(await styleOf(page, '#own-card', ['display', 'border-top-width', 'padding-top'])).toEqual({ display: 'block', 'border-top-width': '2px', 'padding-top': '8px' });
      expect(await styleOf(page, '#own-mark', ['display', 'padding-left', 'border-left-width', 'background-color', 'text-decoration-line'])).toEqual({
        display: 'block', 'padding-left': '10px', 'border-left-width': '4px', 'background-color': 'rgb(255, 240, 240)', 'text-decoration-line': 'none',
      });
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('8. no-break, zero-width and soft-hyphen characters and right-to-left runs', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/unicode.html');
    try {
      await waitForMarks(page, 3);
      await sleep(SETTLE_MS);
      const marks = await marksOnPage(page);
      console.log(`[hostile] ${spec.name} unicode marks: ${JSON.stringify(marks.map((m) => `${m.where}:${m.text}`))}`);
      const at = (where: string) => marks.filter((m) => m.where === where).map((m) => m.text);
      // Figures with no-break spaces inside are marked, the spaces kept.
      expect(at('nbsp')).toEqual(expect.arrayContaining(['25\u00a0percent', '$50\u00a0billion']));
      expect(at('narrow')).toEqual(expect.arrayContaining(['€2.8\u202fbillion']));
      // Soft hyphens and zero-width characters inside a figure or a name are read through: the
      // whole figure or name is marked, the invisible characters kept inside the mark.
      expect(at('shy')).toEqual(expect.arrayContaining(['10 per\u00adcent', '$200 bil\u00adlion', 'Robert Light\u00adhizer']));
      expect(at('zw')).toEqual(expect.arrayContaining(['$3\u200b billion']));
      // Nothing in the page's text changed.
      const text = await page.evaluate(() => ({ now: document.querySelector('article')!.textContent, before: (window as unknown as { __text: string }).__text }));
      expect(text.now).toBe(text.before);
      await tagMark(page, '$50\u00a0billion', 'nbsp-fig');
      let card = await openCard(page, 'nbsp-fig', 'hover');
      expect(card.text).toContain('50,000,000,000');
      await closeCard(page);
      await tagMark(page, '$200 bil\u00adlion', 'shy-fig');
      card = await openCard(page, 'shy-fig', 'focus');
      expect(card.text).toContain('200,000,000,000');
      await closeCard(page);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('9. text that looks like markup or script stays text, in the page and in the card', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/markup-text.html');
    try {
      await waitForMarks(page, 3);
      await sleep(SETTLE_MS);
      const texts = (await marksOnPage(page)).map((m) => m.text);
      expect(texts).toEqual(expect.arrayContaining(['Steven Mnuchin', '$50 billion', 'Wilbur Ross', '$120 billion']));
      // The official's card quotes the sentence that names him: markup and all, as text.
      await tagMark(page, 'Steven Mnuchin', 'who');
      let card = await openCard(page, 'who', 'hover');
      expect(card.text).toContain('<img src=x onerror="window.__pwned=\'img\'">');
      expect(card.elements.filter((t) => !['div', 'span', 'button', 'p', 'ul', 'li', 'blockquote', 'section', 'strong', 'a'].includes(t))).toEqual([]);
      await closeCard(page);
      await tagMark(page, 'Wilbur Ross', 'ross');
      card = await openCard(page, 'ross', 'focus');
      expect(card.text).toContain("<script>window.__pwned='script'</script>");
      expect(card.elements).not.toContain('script');
      expect(card.elements).not.toContain('b');
      await closeCard(page);
      await tagMark(page, '$50 billion', 'fig');
      card = await openCard(page, 'fig', 'hover');
      expect(card.elements).not.toContain('img');
      await closeCard(page);
      await sleep(300);
      const page_ = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned: unknown }).__pwned,
        elements: document.querySelectorAll('article img, article script, article svg, article b').length,
        text: document.querySelector('article')!.textContent === (window as unknown as { __text: string }).__text,
        labels: [...document.querySelectorAll('footnote-mark[aria-label]')].map((m) => m.getAttribute('aria-label')!),
        inShadow: (() => {
          const root = document.querySelector('[data-footnote-ui="card"]')!.shadowRoot!;
          return root.querySelectorAll('img, script, svg, iframe, object, embed, [onerror], [onload], [onmouseover]').length;
        })(),
      }));
      expect(page_).toEqual({ pwned: null, elements: 0, text: true, labels: expect.any(Array), inShadow: 0 });
      for (const label of page_.labels) expect(label).not.toMatch(/[<>]/);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('10. page CSS that attacks the UI: the card stays readable, on top and 14px', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/css-attack.html');
    try {
      await waitForMarks(page, 3);
      await tagMark(page, '$50 billion', 'fig');
      // The veil catches the pointer, as it would a reader's: open the card from the keyboard.
      const card = await openCard(page, 'fig', 'focus');
      expect(card.text).toContain('50,000,000,000');
      expect(card.style['font-size']).toBe('14px');
      expect(alpha(card.style['background-color'])).toBe(1);
      expect(card.style.color).not.toBe(card.style['background-color']);
      expect(card.style.visibility).toBe('visible');
      expect(card.style.opacity).toBe('1');
      expect(card.style.display).not.toBe('none');
      expect(card.hostStyle.display).not.toBe('none');
      expect(card.hostStyle.opacity).toBe('1');
      // Inside the window, and big enough to read.
      const viewport = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      expect(card.rect.width).toBeGreaterThan(150);
      expect(card.rect.height).toBeGreaterThan(60);
      expect(card.rect.left).toBeGreaterThanOrEqual(0);
      expect(card.rect.top).toBeGreaterThanOrEqual(0);
      expect(card.rect.left + card.rect.width).toBeLessThanOrEqual(viewport.w);
      expect(card.rect.top + card.rect.height).toBeLessThanOrEqual(viewport.h);
      // On top of the z-index 2147483647 veil: what the page hit-tests at the card's centre and
      // near its corners is Footnote's card (its host, seen from the page).
      const hits = await page.evaluate(
        ([hostSel, r]) => {
          const host = document.querySelector(hostSel);
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 6, r.top + 6],
            [r.left + r.width - 6, r.top + r.height - 6],
          ];
          return points.map(([x, y]) => {
            const el = document.elementFromPoint(x, y);
            return el === host ? 'card' : el ? el.id || el.localName : 'nothing';
          });
        },
        [HOST, card.rect] as [string, CardState['rect']],
      );
      expect(hits).toEqual(['card', 'card', 'card']);
      // The veil is really there and on top of the article.
      const lead = await page.evaluate(() => {
        const r = document.getElementById('lead')!.getBoundingClientRect();
        return document.elementFromPoint(r.left + 5, r.top + 5)?.id;
      });
      expect(lead).toBe('veil');
      // Marks stay inline text at the page's own (40px) size, and keep their look against the
      // page's `* { all: unset !important }`: the figure tinted, underlined, solid.
      const look = (await styleOf(page, '[data-test="fig"]', ['display', 'font-size', 'background-color', 'text-decoration-line', 'text-decoration-style']))!;
      expect({ display: look.display, 'font-size': look['font-size'] }).toEqual({ display: 'inline', 'font-size': '40px' });
      expect(alpha(look['background-color'])).toBeGreaterThan(0);
      expect(look['text-decoration-line']).toContain('underline');
      expect(look['text-decoration-style']).toBe('solid');
      await tagMark(page, 'Steven Mnuchin', 'who');
      const who = (await styleOf(page, '[data-test="who"]', ['text-decoration-line', 'text-decoration-style']))!;
      expect(who).toEqual({ 'text-decoration-line': 'underline', 'text-decoration-style': 'dotted' });
      await page.screenshot(screenshotPath(`hostile-css-${spec.name}`));
      await closeCard(page);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });

  it('11. a page that patched DOM prototypes and globals before Footnote ran', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/patched.html');
    try {
      await waitForMarks(page, 3);
      await sleep(SETTLE_MS);
      const texts = (await marksOnPage(page)).map((m) => m.text);
      expect(texts).toEqual(expect.arrayContaining(['Steven Mnuchin', '25 percent', '$50 billion']));
      await tagMark(page, '$50 billion', 'fig');
      const card = await openCard(page, 'fig', 'focus');
      expect(card.text).toContain('50,000,000,000');
      await closeCard(page);
      // The page's own code still works.
      await page.click('#lead');
      await page.waitForFunction(() => document.getElementById('log')!.textContent === 'readyclicked');
      const state = await page.evaluate(() => {
        const w = window as unknown as { __hits: Record<string, number>; __pageCalls: Record<string, number>; __pageReady: boolean };
        return { hits: w.__hits, pageCalls: w.__pageCalls, ready: w.__pageReady };
      });
      console.log(`[hostile] ${spec.name} patched page: ${JSON.stringify(state)}`);
      expect(state.ready).toBe(true);
      // Footnote runs in its own world (Chrome's isolated world, Firefox's Xray view): none of
      // the page's throwing patches was ever called...
      expect(state.hits).toMatchObject({
        map: 0, insertBefore: 0, splitText: 0, createElementNS: 0, MutationObserver: 0, attachShadow: 0, replaceSync: 0, showPopover: 0, requestIdleCallback: 0,
      });
      // ...and the counting ones saw only the page's own calls.
      expect(state.hits.appendChild).toBe(state.pageCalls.appendChild);
      expect(state.hits.setTimeout).toBe(state.pageCalls.setTimeout);
      expect(state.hits.addEventListener).toBe(state.pageCalls.addEventListener);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });
  // Last in the suite: it reloads the extension under the tests that would follow.
  it('12. the extension is reloaded while a page is open: the old page is left as it was, new pages get the new version, settings survive', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/reload.html');
    try {
      await waitForMarks(page, 5);
      // A setting the reader chose, through the options page, must survive the update.
      const options = await b.openExtensionPage('options.html');
      await options.waitForFunction(() => Boolean(document.querySelector('input[name="theme"][value="dark"]')), undefined, { timeout: 10_000 });
      await options.evaluate(() => (document.querySelector('input[name="theme"][value="dark"]') as HTMLElement).click());
      await options.waitForFunction(() => /Saved/.test(document.querySelector('.status')?.textContent ?? ''));
      await options.close();
      await reloadExtension(b);
      const after = await b.openExtensionPage('options.html');
      expect(await after.waitForFunction(() => (document.querySelector('input[name="theme"][value="dark"]') as HTMLInputElement | null)?.checked || null, undefined, { timeout: 10_000 })).toBe(true);
      await after.evaluate(() => (document.querySelector('input[name="theme"][value="auto"]') as HTMLElement).click());
      await after.close();
      await page.bringToFront();
      // The reader comes back to the page.
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      if (spec.name === 'chromium') {
        // Chromium leaves the old content script running, orphaned. It notices, takes its marks
        // and card host off, and leaves the page's markup exactly as the page wrote it.
        const old = await page.waitForFunction(() => {
          const html = document.getElementById('story')!.innerHTML;
          const ui = document.querySelectorAll('[data-footnote-ui="card"]').length;
          return html === (window as unknown as { __html: string }).__html && ui === 0 ? { marks: document.querySelectorAll('footnote-mark').length, ui } : null;
        }, undefined, { timeout: 10_000 });
        expect(old).toEqual({ marks: 0, ui: 0 });
      } else {
        // Firefox stops the old content script dead (no clean-up of its own can run) and injects
        // the new version into the open tab: it takes over, removing what the old one left, so
        // the page has one card host and one set of marks, and the same text.
        const now = await page.waitForFunction(() => {
          const ui = document.querySelectorAll('[data-footnote-ui="card"]').length;
          const ids = new Set([...document.querySelectorAll('footnote-mark[data-footnote-id]')].map((m) => m.getAttribute('data-footnote-id')));
          return ui === 1 && ids.size === 5 ? { ui, marks: ids.size } : null;
        }, undefined, { timeout: 10_000 });
        expect(now).toEqual({ ui: 1, marks: 5 });
        await sleep(SETTLE_MS);
        expect(await page.evaluate(() => document.querySelectorAll('[data-footnote-ui="card"]').length)).toBe(1);
        await tagMark(page, '$50 billion', 'old-fig');
        const card = await openCard(page, 'old-fig', 'hover');
        expect(card.text).toContain('50,000,000,000');
        await closeCard(page);
      }
      expect(await page.evaluate(() => document.getElementById('story')!.textContent)).toBe(
        await page.evaluate(() => {
          const div = document.createElement('div');
          div.innerHTML = (window as unknown as { __html: string }).__html;
          return div.textContent;
        }),
      );
      // The page still works.
      await page.click('#count');
      expect(await page.evaluate(() => document.getElementById('count')!.textContent)).toBe('1');
      expect(page.consoleErrors()).toEqual([]);

      // A page opened now is annotated by the new version, cards and all.
      const fresh = await openPage(b, '/hostile/reload.html?after=1');
      try {
        await waitForMarks(fresh, 5);
        await tagMark(fresh, '$50 billion', 'fig');
        const card = await openCard(fresh, 'fig', 'hover');
        expect(card.text).toContain('50,000,000,000');
        await closeCard(fresh);
        expect(fresh.consoleErrors()).toEqual([]);
      } finally {
        await fresh.close();
      }
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });
});
