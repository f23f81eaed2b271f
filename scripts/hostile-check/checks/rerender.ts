import { sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { probe, js, markTexts, waitMarks, openCard, nextFrames } from '../page';

export const rerenderCheck: Check = {
  name: 'rerender',
  page: '/independent/rerender.html',
  covers: 'page script re-renders the article 5 times: nodeValue in place, remove+insertBefore its own text nodes, replace nodes',
  async run(c) {
    const p = c.page;
    await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin']);
    const amounts = ['$419 billion', '$566 billion', '$200 billion', '$375 billion', '$250 billion'];
    const modes = ['nodeValue', 'move', 'replace', 'nodeValue', 'move'];
    for (let i = 0; i < modes.length; i++) {
      await sleep(600); // let painting finish, so the page writes over marked text
      const expected = await js<string>(p, `window.rerender(${JSON.stringify(modes[i])})`);
      await js(p, nextFrames);
      const shown = await probe<string>(p, 'text', '#app');
      c.expect(shown === expected, `${modes[i]}: next frame shows exactly the page's text${shown === expected ? '' : ` (got ${JSON.stringify(shown)})`}`);
      let back: string[] | null = null;
      try {
        back = await waitMarks(p, [amounts[i]], '#app', 8000);
      } catch {
        /* reported below */
      }
      c.expect(!!back, `${modes[i]}: marks back on the new text (${JSON.stringify(back ?? (await markTexts(p, '#app')))})`);
      const prev = i === 0 ? '$375 billion' : amounts[i - 1];
      const nowMarks = await markTexts(p, '#app');
      c.expect(!nowMarks.includes(prev), `${modes[i]}: the old figure's mark (${prev}) is gone`);
      const settled = await probe<string>(p, 'text', '#app');
      c.expect(settled === expected, `${modes[i]}: after marking, text still exactly the page's`);
    }
    const errs = await js<string[]>(p, 'window.__errors');
    c.expect(errs.length === 0, `page framework errors: ${JSON.stringify(errs)}`);
    const card = await openCard(p, amounts[amounts.length - 1], 'rr', '#app');
    c.expect(card.open && (card.text ?? '').length > 10, `card on the re-rendered mark: ${JSON.stringify(card.text?.slice(0, 70))}`);
  },
};
