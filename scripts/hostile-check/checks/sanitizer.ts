import { sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { js, markTexts } from '../page';

export const sanitizerCheck: Check = {
  name: 'sanitizer',
  page: '/independent/sanitizer.html',
  covers: 'page MutationObserver replaces any element it did not write (our marks) with text and normalize()s: no endless loop, text intact',
  async run(c) {
    const p = c.page;
    await sleep(5000);
    const a = await js<{ strips: number; times: number[] }>(p, '({ strips: window.__strips, times: window.__stripTimes.slice(-5) })');
    await sleep(4000);
    const b2 = await js<{ strips: number; times: number[]; same: boolean }>(
      p,
      "({ strips: window.__strips, times: window.__stripTimes.slice(-5), same: document.getElementById('story').textContent === window.__orig })",
    );
    c.expect(
      b2.strips === a.strips,
      `marks stripped by the page: ${a.strips} after 5 s, ${b2.strips} after 9 s (last strip times ${JSON.stringify(b2.times)} ms)`,
    );
    c.expect(b2.same, 'page text intact');
    c.note(`marks now: ${JSON.stringify(await markTexts(p))}`);
  },
};
