/**
 * Hostile pages (issue 6): a page of 20,000 paragraphs stays responsive, and the work stops at the
 * documented cap. What every hostile test also requires (a clean console, no request from the
 * extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CHARS } from '../../../lib/page/extract';
import { sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { openPage, waitForMarks, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

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
      const probe = await page.evaluate(() =>
        (
          window as unknown as {
            __stopProbe(): {
              start: number;
              firstMarkAt: number;
              ticks: number;
              maxLate: number;
              lates: number[];
              longTasks: string[];
              longTaskSupported: boolean;
            };
          }
        ).__stopProbe(),
      );
      console.log(
        `[hostile] ${spec.name} large page: ${last} mark pieces, first at ${Math.round(probe.firstMarkAt)} ms (probe from ${Math.round(probe.start)} ms); ${probe.ticks} ticks, max timer lateness ${Math.round(probe.maxLate)} ms, late ticks ${JSON.stringify(probe.lates)}, long tasks ${probe.longTaskSupported ? JSON.stringify(probe.longTasks) : 'n/a'}`,
      );
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
});
