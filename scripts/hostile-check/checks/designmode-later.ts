import { caretAtEnd, SETTLE_MS, sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { probe, js, markTexts, waitMarks } from '../page';

export const designmodeLaterCheck: Check = {
  name: 'designmode-later',
  page: '/independent/designmode.html',
  covers: 'document.designMode switched on after the page was marked; typing',
  async run(c) {
    const p = c.page;
    await waitMarks(p, ['$375 billion', '25 percent', 'Wilbur Ross']);
    const origText = await js<string>(p, 'document.getElementById("story").textContent');
    await js(p, 'window.startEditing()');
    // The caret at the end of the first paragraph (what a click there does), then keys.
    await caretAtEnd(p, '#p1');
    const typed = ' QQ 30 percent';
    for (const ch of typed) await p.press(ch === ' ' ? (p.browserName === 'firefox' ? ' ' : 'Space') : ch);
    await sleep(SETTLE_MS);
    const after = (await js<string>(p, 'document.getElementById("story").textContent')).replace(/\u00a0/g, ' ');
    c.expect(!(await probe(p, 'anyMark', '#story')), `designMode on + typing: marks gone (left: ${JSON.stringify(await markTexts(p))})`);
    c.expect(
      after.includes('talks. QQ 30 percent') && after.replace(typed, '') === origText,
      `typed text landed intact at the caret (${JSON.stringify(after.slice(Math.max(0, after.indexOf('QQ') - 20), after.indexOf('QQ') + 20))})`,
    );
    const html = (await probe<string>(p, 'html', '#story')).replace(/&nbsp;/g, ' ');
    const orig = await js<string>(p, 'window.__orig');
    c.expect(html.replace(typed, '') === orig, "markup exactly the page's plus the typed text");
  },
};
