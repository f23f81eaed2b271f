import { sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { probe, js, waitFor, openCard } from '../page';

export const bigPageCheck: Check = {
  name: 'big-page',
  page: '/independent/big.html',
  covers: '12,000 paragraphs (~1.4 M characters) with a 20 ms setInterval ticker in the page; all of it read',
  async run(c) {
    const p = c.page;
    const t0 = Date.now();
    await waitFor('a first mark', () => probe(p, 'anyMark', '#rows'), 30_000, 250);
    const firstMs = Date.now() - t0;
    // Let the painting run its course, scrolling like a reader down to the end, then read the ticker.
    for (let i = 0; i <= 8; i++) {
      await js(p, `window.scrollTo(0, ${i} * document.body.scrollHeight / 8); true`);
      await sleep(750);
    }
    const tick = await js<{ maxGap: number; ticks: number; gaps: string[]; firstMarkAt: number; elapsed: number }>(p, 'window.__ticker()');
    const stats = await js<{ marks: number; lastRow: number; chars: number }>(
      p,
      `(function () { var ms = document.querySelectorAll('footnote-mark[data-footnote-id]'); var last = ms[ms.length - 1]; var row = last ? last.closest('p') : null; var n = row ? Number(row.id.slice(1)) : -1; var chars = 0; var rows = document.getElementById('rows').children; for (var i = 0; i <= n; i++) chars += rows[i].textContent.length; return { marks: ms.length, lastRow: n, chars: chars }; })()`,
    );
    c.expect(
      tick.maxGap <= 220,
      `page ticker (20 ms) longest gap ${tick.maxGap} ms over ${tick.elapsed} ms (${tick.ticks} ticks); gaps >120 ms: ${JSON.stringify(tick.gaps)}; first mark at ${tick.firstMarkAt} ms`,
    );
    c.note(
      `first mark seen by the runner ${firstMs} ms after load; ${stats.marks} mark pieces, last marked row ${stats.lastRow} of 12000 (~${stats.chars} characters of row text)`,
    );
    // No cap: the whole page is read, the part the reader scrolls to first (README, huge pages).
    const lastRowMarked = await waitFor('a mark in the last row', () => probe(p, 'anyMark', '#r11999'), 10_000, 250).then(
      () => true,
      () => false,
    );
    c.expect(lastRowMarked, `whole page read: the last row is marked once scrolled to (rows marked up to ${stats.lastRow} after the scroll)`);
    const rt0 = Date.now();
    await js(p, '1');
    c.note(`evaluate round trip afterwards ${Date.now() - rt0} ms`);
    await js(p, 'window.scrollTo(0, 0); true');
    const card = await openCard(p, '5 percent', 'big', '#r0');
    c.expect(card.open, 'card opens on the big page');
  },
};
