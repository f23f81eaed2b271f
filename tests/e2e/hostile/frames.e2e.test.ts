/**
 * Hostile pages (issue 6): iframes, same- and cross-origin: Footnote works in the top frame only.
 * What every hostile test also requires (a clean console, no request from the extension) is in
 * page.ts.
 */
import { describe, expect, it } from 'vitest';
import { marksOnPage, type PolicingOptions } from '../../../scripts/harness';
import { SETTLE_MS, sleep } from '../../../scripts/harness/hostile';
import { browsers, useBrowser } from '../browsers';
import { openPage, waitForMarks, expectClean } from './page';

describe.each(browsers)('hostile pages: $name', (spec) => {
  const e2e = useBrowser(spec);

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
          name,
          marks: 0,
          ui: 0,
          adoptedSheets: 0,
          text: note,
          html: false,
          errors: [],
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
});
