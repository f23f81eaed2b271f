import { sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { js, markTexts, openCard } from '../page';

export const customElementsCheck: Check = {
  name: 'custom-elements',
  page: '/independent/elements.html',
  covers: 'page registers customElements footnote-mark and footnote-card before Footnote runs',
  async run(c) {
    const p = c.page;
    await sleep(4000);
    const marks = await markTexts(p);
    const seen = await js<{ now: { mark: number; card: number }; atLoad: { mark: number; card: number }; same: boolean; pageMark: string | null }>(
      p,
      `({ now: window.__seen, atLoad: window.__seenAtLoad, same: document.getElementById('story').innerHTML === window.__orig, pageMark: document.getElementById('pm1').getAttribute('data-page-owned') })`,
    );
    c.note(`marks: ${JSON.stringify(marks)}; page element callbacks at load ${JSON.stringify(seen.atLoad)}, now ${JSON.stringify(seen.now)}`);
    if (marks.length === 0) {
      c.expect(seen.same, 'gave up quietly: no marks, page markup untouched');
    } else {
      const card = await openCard(p, marks[0], 'ce');
      c.expect(card.open, `marks present and card opens (${JSON.stringify(card.text?.slice(0, 60))})`);
    }
    c.expect(seen.pageMark === 'yes', "page's own footnote-mark still upgraded by the page");
  },
};
