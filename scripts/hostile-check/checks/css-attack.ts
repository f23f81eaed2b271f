import { join } from 'node:path';
import type { Check } from '../check';
import { cardIsUsable } from '../common-checks';
import { OUT } from '../options';
import { probe, waitMarks, openCard, mouseAway } from '../page';

export const cssAttackCheck: Check = {
  name: 'css-attack',
  page: '/independent/css-attack.html',
  covers: '* { all: unset !important }, html { font-size: 4px }, full-screen z-index 2147483647 overlay, [popover] hidden by the page',
  async run(c) {
    const p = c.page;
    await waitMarks(p, ['$375 billion', 'Steven Mnuchin']);
    await probe(p, 'tagMark', '$375 billion', 'm');
    const st = await probe<Record<string, unknown>>(p, 'markStyle', 'm');
    c.expect(!!st?.styled, `mark still styled (bg ${st?.bg}, decoration ${st?.deco}, font ${st?.fontSize})`);
    const card = await openCard(p, '$375 billion', 'ca');
    await cardIsUsable(c, card, 'figure card');
    await p.screenshot(join(OUT, `css-attack-${p.browserName}.png`));
    await mouseAway(p);
    const card2 = await openCard(p, 'Steven Mnuchin', 'cb');
    await cardIsUsable(c, card2, 'official card');
  },
};
