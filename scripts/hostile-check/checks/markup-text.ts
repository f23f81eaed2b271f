import { SETTLE_MS, sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { js, waitFor, waitMarks, openCard, mouseAway, openPopupFor } from '../page';

export const markupTextCheck: Check = {
  name: 'markup-text',
  page: '/independent/markup.html',
  covers: 'text that looks like <img onerror>, <script>, <iframe>, <svg onload> next to figures and a name (also in the title)',
  async run(c) {
    const p = c.page;
    const have = await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin']);
    await sleep(SETTLE_MS);
    c.note(`marks: ${JSON.stringify(have)}`);
    c.expect(
      have.every((t) => !/[<>]/.test(t)),
      'no mark text holds markup characters',
    );
    const story = await js<{ same: boolean; bad: number }>(
      p,
      `({ same: document.getElementById('story').textContent === window.__origText, bad: document.getElementById('story').querySelectorAll('img, script, iframe, svg').length })`,
    );
    c.expect(story.same && story.bad === 0, `page text unchanged, ${story.bad} elements made from it`);
    for (const [t, tag] of [
      ['$375 billion', 'x1'],
      ['Steven Mnuchin', 'x2'],
      ['25 percent', 'x3'],
    ] as const) {
      const card = await openCard(p, t, tag);
      c.expect(card.dangerous === 0, `card for ${t}: ${card.dangerous} img/script/iframe/on* elements (tags: ${card.tags})`);
      await mouseAway(p);
    }
    const pop = await openPopupFor(c.b, p);
    try {
      const r = await waitFor(
        'popup',
        async () => {
          const x = await js<{ text: string; bad: number; pwned: unknown }>(
            pop,
            `({ text: document.body.innerText, bad: document.querySelectorAll('img[src="x"], [onerror], [onload], iframe, main script').length, pwned: window.__pwned === undefined ? null : window.__pwned })`,
          );
          return /\$375 billion/.test(x.text) ? x : null;
        },
        8000,
      );
      c.expect(r.bad === 0 && r.pwned === null, `popup: ${r.bad} elements made from page text, __pwned ${r.pwned}`);
      c.note(`popup text: ${JSON.stringify(r.text.replace(/\s+/g, ' ').slice(0, 200))}`);
    } finally {
      await pop.close();
    }
    await p.bringToFront();
    c.expect((await js(p, 'window.__pwned === undefined')) === true, `page __pwned: ${await js(p, 'String(window.__pwned)')}`);
  },
};
