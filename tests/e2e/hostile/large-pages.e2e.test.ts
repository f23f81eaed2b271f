/**
 * Hostile pages (issue 6, issue 16): a page of 20,000 paragraphs is read whole, the part the
 * reader looks at first, and stays responsive. What every hostile test also requires (a clean
 * console, no request from the extension) is in page.ts.
 */
import { describe, expect, it } from 'vitest';
import { sleep, tabHeapMB } from '../../../scripts/harness/hostile';
import type { E2EPage } from '../../../scripts/harness';
import { browsers, useBrowser } from '../browsers';
import { openCard } from './card';
import { openPage, expectClean, tagMark } from './page';

interface Probe {
  start: number;
  firstMarkAt: number;
  ticks: number;
  maxLate: number;
  lates: Array<number | string>;
  longTasks: string[];
  longTaskSupported: boolean;
}

const stopProbe = (page: E2EPage) => page.evaluate(() => (window as unknown as { __stopProbe(): Probe }).__stopProbe());
const longest = (probe: Probe) => Math.max(0, ...probe.longTasks.map((t) => Number(t.split(':')[1])));

/**
 * Responsive throughout: no 50 ms timer fired more than LATE_MS late, and (Chromium) no long task
 * or long animation frame over LATE_MS. This guards against freezing, not speed (timings belong
 * to `npm run bench`): without slicing the dense page froze for 3-10 s; with the read sliced too,
 * the worst was 71 ms in Chromium and 44 ms in Firefox (its frames, with the browser's layout of a
 * 20,000-paragraph page after each batch of marks, 50-95 ms). The bar is the independent check's
 * (docs/independent), with room for a loaded CI machine. The page's own stall is not counted:
 * Firefox's Reader View check, run after a page's first paint, held this page 106-243 ms with
 * no extension at all; the harness turns it off (scripts/harness/firefox.ts), and without it the
 * page alone, scrolled to its end or not, shows at most 5 ms on a quiet machine.
 */
const LATE_MS = 200;
function expectResponsive(probe: Probe) {
  expect(probe.ticks).toBeGreaterThan(20);
  if (probe.longTaskSupported) expect(longest(probe)).toBeLessThanOrEqual(LATE_MS);
  expect(Math.round(probe.maxLate)).toBeLessThanOrEqual(LATE_MS);
}

/** Marks (by distinct annotation) inside `selector`. */
const marksIn = (page: E2EPage, selector: string) =>
  page.evaluate(
    (sel) => new Set(Array.from(document.querySelectorAll(`${sel} footnote-mark[data-footnote-id]`), (m) => m.getAttribute('data-footnote-id'))).size,
    selector,
  );

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

  it('5. the story at the end of a 20,000-paragraph page is marked within about a second of scrolling to it, and its card opens', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/large-story.html');
    try {
      // The reader goes straight to the end, as soon as the page has loaded.
      const scrolledAt = await page.evaluate(() => {
        document.getElementById('story')!.scrollIntoView();
        return performance.now();
      });
      await page.waitForFunction(() => document.querySelectorAll('#story footnote-mark').length > 0, undefined, { timeout: 20_000 });
      const firstMarkAt = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.firstMarkAt);
      // All the story's marks: three figures, and Steven Mnuchin twice ("Mnuchin" by surname).
      await page.waitForFunction(
        () => new Set(Array.from(document.querySelectorAll('#story footnote-mark'), (m) => m.getAttribute('data-footnote-id'))).size >= 5,
        undefined,
        {
          timeout: 10_000,
        },
      );
      const afterScroll = Math.round(firstMarkAt - scrolledAt);
      // Its card opens, on hover and on focus.
      await tagMark(page, '$200 billion', 'story-figure');
      const card = await openCard(page, 'story-figure', 'hover');
      expect(card.text).toContain('$200 billion');
      await tagMark(page, 'Mnuchin', 'story-official');
      const official = await openCard(page, 'story-official', 'focus');
      expect(official.text).toContain('Steven Mnuchin');
      // Let the rest of the page be read in idle time, then read the probe.
      await sleep(3000);
      const probe = await stopProbe(page);
      const unmarked = await page.evaluate(() => document.querySelectorAll('#archive > p footnote-mark').length);
      let heap = '';
      if (spec.name === 'chromium') {
        const withStory = await tabHeapMB(b, page);
        // The control: the same 20,000 paragraphs with no story, which the gate stops.
        const control = await openPage(b, '/hostile/large-story.html?story=0');
        await sleep(3000);
        const without = await tabHeapMB(b, control);
        await control.close();
        heap = `; heap ${withStory.toFixed(1)} MB, control ${without.toFixed(1)} MB: added ${(withStory - without).toFixed(1)} MB`;
      }
      console.log(
        `[hostile] ${spec.name} story page: first mark ${afterScroll} ms after scrolling to the end (${Math.round(firstMarkAt - probe.start)} ms into the probe, scrolled at ${Math.round(scrolledAt - probe.start)}); ${probe.ticks} ticks, max timer lateness ${Math.round(probe.maxLate)} ms, late ticks ${JSON.stringify(probe.lates)}, longest task ${probe.longTaskSupported ? `${longest(probe)} ms ${JSON.stringify(probe.longTasks)}` : 'n/a'}${heap}`,
      );
      expect(afterScroll).toBeLessThanOrEqual(1500);
      expect(unmarked).toBe(0); // the notes have nothing to mark
      // The page's own button still answers.
      await page.click('#ping');
      expect(await page.evaluate(() => document.getElementById('pong')!.textContent)).toBe('1');
      expectResponsive(probe);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('5b. a page of 20,000 paragraphs dense with figures stays responsive, and is marked to its end where the reader scrolls', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await openPage(b, '/hostile/large.html');
    try {
      await page.waitForFunction(() => document.querySelector('#archive footnote-mark') !== null, undefined, { timeout: 45_000 });
      // The reader was at the top: that is where the marks began.
      expect(await page.evaluate(() => document.querySelector('#archive footnote-mark')!.closest('p')!.id)).toBe('p0');
      // The marks near the top are being painted; the reader jumps to the last paragraph, far
      // past the 500,000 characters one pass used to read.
      const scrolledAt = await page.evaluate(() => {
        const last = document.getElementById('p19999')!;
        const w = window as unknown as { __lastMarkedAt: number };
        new MutationObserver((_, observer) => {
          if (!last.querySelector('footnote-mark')) return;
          w.__lastMarkedAt = performance.now();
          observer.disconnect();
        }).observe(last, { childList: true, subtree: true });
        last.scrollIntoView({ block: 'end' });
        return performance.now();
      });
      const markedAt = await page.waitForFunction(() => (window as unknown as { __lastMarkedAt?: number }).__lastMarkedAt, undefined, { timeout: 30_000 });
      const lastParagraph = await marksIn(page, '#p19999');
      await sleep(1000);
      const probe = await stopProbe(page);
      const totalChars = await page.evaluate(() => document.getElementById('archive')!.textContent!.length);
      console.log(
        `[hostile] ${spec.name} dense page: ${totalChars} characters; last paragraph marked ${Math.round(markedAt! - scrolledAt)} ms after scrolling to it; ${probe.ticks} ticks, max timer lateness ${Math.round(probe.maxLate)} ms, late ticks ${JSON.stringify(probe.lates)}, longest task ${probe.longTaskSupported ? `${longest(probe)} ms` : 'n/a'}`,
      );
      expect(totalChars).toBeGreaterThan(2_000_000);
      expect(lastParagraph).toBe(3); // an official and two figures
      await page.click('#ping');
      expect(await page.evaluate(() => document.getElementById('pong')!.textContent)).toBe('1');
      expectResponsive(probe);
      await expectClean(b, page);
    } finally {
      await page.close();
    }
  }, 120_000);
});
