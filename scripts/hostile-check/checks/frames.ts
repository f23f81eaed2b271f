import { sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { js, waitFor, waitMarks, openCard } from '../page';

export const framesCheck: Check = {
  name: 'frames',
  page: '/independent/frames.html',
  covers: 'same-origin iframe, cross-origin iframe (localhost vs 127.0.0.1), srcdoc iframe',
  async run(c) {
    const p = c.page;
    await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin'], '#top1');
    await sleep(3000);
    await js(p, 'for (var i = 0; i < frames.length; i++) frames[i].postMessage("report", "*"); true');
    const reports = await waitFor(
      'frame reports',
      async () => {
        const r = await js<Record<string, { origin: string; marks: number; hosts: number; text: string; errors: string[] }>>(p, 'window.__reports');
        return r.same && r.cross ? r : null;
      },
      8000,
    );
    const inline = await js<{ marks: number; hosts: number }>(
      p,
      '(function () { var d = document.getElementById("inline").contentDocument; return { marks: d.querySelectorAll("footnote-mark").length, hosts: d.querySelectorAll("[data-footnote-ui]").length }; })()',
    );
    for (const [k, r] of Object.entries(reports)) {
      c.expect(
        r.marks === 0 && r.hosts === 0 && r.text === 'unchanged' && r.errors.length === 0,
        `${k} frame (${r.origin}): ${r.marks} marks, ${r.hosts} Footnote hosts, markup ${r.text}, errors ${JSON.stringify(r.errors)}`,
      );
    }
    c.expect(inline.marks === 0 && inline.hosts === 0, `srcdoc frame: ${inline.marks} marks, ${inline.hosts} hosts`);
    const card = await openCard(p, '$375 billion', 'fr', '#top1');
    c.expect(card.open, 'top frame card opens');
  },
};
