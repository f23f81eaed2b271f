/**
 * Hostile pages (issue 6): editable content (form fields, contenteditable, designMode, text made
 * editable after it was marked) is never marked or changed, and typing is never interrupted. What
 * every hostile test also requires (a clean console, no request from the extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { latestTabId, marksOnPage } from '../../../scripts/harness';
import { caretAtEnd, SETTLE_MS, sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { openPage, waitForMarks, popupSummary, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

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
        return {
          same: story.innerHTML === (window as unknown as { __html: { story: string } }).__html.story,
          marks: story.querySelectorAll('footnote-mark').length,
        };
      });
      expect(made).toEqual({ same: true, marks: 0 });
      const typed = ' Also $25 billion, said Treasury Secretary Steven Mnuchin.';
      await page.focus('#story');
      await caretAtEnd(page, '#story p:last-child');
      await page.type('#story', typed.slice(0, 20));
      await sleep(SETTLE_MS); // a pause longer than the settle time: Footnote gets a pass
      await caretAtEnd(page, '#story p:last-child');
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
      await caretAtEnd(page, '#other');
      await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length === 0);
      expect(await page.evaluate(() => document.getElementById('other')!.innerHTML === (window as unknown as { __html: { other: string } }).__html.other)).toBe(
        true,
      );
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
});
