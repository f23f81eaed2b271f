/**
 * Hostile pages (issue 6): pages with shadow DOM, custom elements, and elements of their own under
 * Footnote's tag names (<footnote-mark>, <footnote-card>): theirs stay untouched, Footnote's work
 * or quietly stay away. What every hostile test also requires (a clean console, no request from
 * the extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { latestTabId, MARK, marksOnPage } from '../../../scripts/harness';
import { SETTLE_MS, sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { HOST, openCard, closeCard } from './card';
import { openPage, waitForMarks, tagMark, styleOf, popupSummary, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

  it("7. the page's own shadow DOM, custom elements and <footnote-mark>/<footnote-card>: untouched; ours work", async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/shadow.html');
    try {
      await waitForMarks(page, 5);
      await sleep(SETTLE_MS);
      const marks = await marksOnPage(page);
      expect(marks.map((m) => `${m.where}:${m.text}`)).toEqual([
        'lead:Steven Mnuchin',
        'lead:25 percent',
        'lead:$50 billion',
        'slotted:Wilbur Ross',
        'slotted:10 percent',
        'slotted:$200 billion',
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
      expect(
        await page.evaluate(
          (hostSel) => [document.querySelectorAll('footnote-card').length, /^footnote-card-[a-z0-9]+$/.test(document.querySelector(hostSel)!.localName)],
          HOST,
        ),
      ).toEqual([1, true]);

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

  it("7b. a page that registers custom elements under Footnote's tag names", async () => {
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
      const state = await page.evaluate(
        (hostSel) => ({
          host: document.querySelector(hostSel)!.localName,
          cards: (window as unknown as { __cards: string[] }).__cards,
          own: document.getElementById('note-1')!.textContent,
        }),
        HOST,
      );
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

  it("7c. the page's own <footnote-mark> and <footnote-card> keep the look the page gave them", async () => {
    // MARK_CSS (lib/page/mark-style.ts) selects only Footnote's marks (with the id or kind
    // attribute), and the card host has a name of its own: the page's elements keep their look.
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/shadow.html');
    try {
      await waitForMarks(page, 5);
      expect(await styleOf(page, '#own-card', ['display', 'border-top-width', 'padding-top'])).toEqual({
        display: 'block',
        'border-top-width': '2px',
        'padding-top': '8px',
      });
      expect(await styleOf(page, '#own-mark', ['display', 'padding-left', 'border-left-width', 'background-color', 'text-decoration-line'])).toEqual({
        display: 'block',
        'padding-left': '10px',
        'border-left-width': '4px',
        'background-color': 'rgb(255, 240, 240)',
        'text-decoration-line': 'none',
      });
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  });
});
