/**
 * Hostile pages (issue 6): a page with a strict Content Security Policy (no inline style or
 * script, nothing from elsewhere): Footnote's marks and cards still appear, styled. What every
 * hostile test also requires (a clean console, no request from the extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { marksOnPage, screenshotPath, STRICT_CSP } from '../../../scripts/harness';
import { browsers, useBrowser } from '../browsers';
import { openCard, closeCard } from './card';
import { openPage, waitForMarks, tagMark, styleOf, alpha, expectClean } from './page';

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
});
