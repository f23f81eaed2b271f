import { SETTLE_MS, sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { js, waitMarks, openCard } from '../page';

export const shadowAndNamesCheck: Check = {
  name: 'shadow-and-names',
  page: '/independent/shadow.html',
  covers: "open/closed shadow roots, the page's own <footnote-mark>/<footnote-card> (undefined, styled by the page, one with a shadow root)",
  async run(c) {
    const p = c.page;
    await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin'], '#plain');
    await sleep(SETTLE_MS);
    const orig = await js<Record<string, string>>(p, 'window.__orig');
    const now = await js<Record<string, string>>(
      p,
      `({ ownMark: document.getElementById('own-mark').innerHTML, pc: document.getElementById('pc1').innerHTML, pcShadow: document.getElementById('pc1').shadowRoot.innerHTML, openShadow: window.__roots['box-open'].innerHTML, closedShadow: window.__roots['box-closed'].innerHTML })`,
    );
    for (const k of Object.keys(orig)) c.expect(now[k] === orig[k], `${k} unchanged${now[k] === orig[k] ? '' : `: ${JSON.stringify(now[k]).slice(0, 160)}`}`);
    const look = await js<Record<string, string>>(
      p,
      `(function () { var a = getComputedStyle(document.getElementById('pm1')), b = getComputedStyle(document.getElementById('pm2')), c = getComputedStyle(document.getElementById('pc1')); return { pm1: a.color + ' / ' + a.backgroundColor, pm2: b.color + ' / ' + b.backgroundColor, pc1: c.borderTopColor + ' ' + c.borderTopWidth }; })()`,
    );
    c.expect(
      look.pm1 === 'rgb(0, 128, 0) / rgb(255, 255, 0)' && look.pm2 === 'rgb(0, 128, 0) / rgb(255, 255, 0)' && look.pc1 === 'rgb(0, 0, 255) 3px',
      `page's own elements keep their look: ${JSON.stringify(look)}`,
    );
    const hostIsOurs = await js<boolean>(
      p,
      `(function () { var h = document.querySelector('[data-footnote-ui="card"]'); return !h || (h.id !== 'pc1' && h.tagName.toLowerCase() !== 'footnote-card'); })()`,
    );
    const card = await openCard(p, '$375 billion', 'sh', '#plain');
    c.expect(card.open && hostIsOurs, `our card opens in our own host (${await js(p, `(document.querySelector('[data-footnote-ui="card"]') || {}).tagName`)})`);
    c.note(`marks inside the open shadow root: ${await js(p, "window.__roots['box-open'].querySelectorAll('footnote-mark').length")}`);
  },
};
