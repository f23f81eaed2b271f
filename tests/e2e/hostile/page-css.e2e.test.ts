/**
 * Hostile pages (issue 6): page CSS that attacks Footnote's UI: the card stays readable, on top
 * and 14px, the marks keep their look. What every hostile test also requires (a clean console, no
 * request from the extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { screenshotPath } from '../../../scripts/harness';
import { browsers, useBrowser } from '../browsers';
import { HOST, openCard, closeCard, type CardState } from './card';
import { openPage, waitForMarks, tagMark, styleOf, alpha, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

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
});
