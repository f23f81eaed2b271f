/**
 * Hostile pages (issue 6): text that is hard to read or looks dangerous: invisible characters and
 * right-to-left runs, and text that looks like markup or script. What every hostile test also
 * requires (a clean console, no request from the extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { marksOnPage } from '../../../scripts/harness';
import { SETTLE_MS, sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { openCard, closeCard } from './card';
import { openPage, waitForMarks, tagMark, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

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
      const text = await page.evaluate(() => ({
        now: document.querySelector('article')!.textContent,
        before: (window as unknown as { __text: string }).__text,
      }));
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
});
