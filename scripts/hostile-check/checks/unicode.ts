import { SETTLE_MS, sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { probe, js, markTexts, waitMarks, openCard } from '../page';

export const unicodeCheck: Check = {
  name: 'unicode',
  page: '/independent/unicode.html',
  covers: 'nbsp, soft hyphen, zero-width space/joiner, word joiner, RTL paragraph, bidi override/marks',
  async run(c) {
    const p = c.page;
    const want = [
      '$375\u00a0billion',
      '25\u00a0percent',
      '$375 bil\u00adlion',
      '25 per\u00adcent',
      '$375\u200b billion',
      '2\u200d5 percent',
      '10\u2060percent',
      'Steven\u00a0Mnuchin',
    ];
    let have: string[] = [];
    try {
      have = await waitMarks(p, ['$375\u00a0billion', '25\u00a0percent'], undefined, 15_000);
      await sleep(SETTLE_MS);
      have = await markTexts(p);
    } catch (e) {
      have = await markTexts(p);
    }
    for (const w of want) c.expect(have.includes(w), `mark ${JSON.stringify(w)}`);
    const rtl = await markTexts(p, '#rtl');
    const bidi = await markTexts(p, '#bidi');
    c.expect(rtl.length >= 1, `RTL paragraph marks: ${JSON.stringify(rtl)}`);
    c.expect(bidi.length >= 1, `bidi-controls paragraph marks: ${JSON.stringify(bidi)}`);
    c.expect((await probe(p, 'text', '#story')) === (await js(p, 'window.__orig')), 'page text unchanged character for character');
    const card = await openCard(p, '$375 bil\u00adlion', 'uni', '#shy');
    c.expect(card.open, `card on the soft-hyphen figure: ${JSON.stringify(card.text?.slice(0, 60))}`);
  },
};
