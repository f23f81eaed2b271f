import { join } from 'node:path';
import type { Check } from '../check';
import { OUT } from '../options';
import { probe, waitMarks, openCard, type Card } from '../page';

export const cssTargetedCheck: Check = {
  name: 'css-targeted',
  page: '/independent/css-targeted.html',
  covers: 'as css-attack, plus rules aimed at footnote-mark[data-footnote-id] and [data-footnote-ui] by name (informational)',
  informational: true,
  async run(c) {
    const p = c.page;
    await waitMarks(p, ['$375 billion']);
    await probe(p, 'tagMark', '$375 billion', 'm');
    const st = await probe<Record<string, unknown>>(p, 'markStyle', 'm');
    c.note(`mark: font ${st?.fontSize}, opacity ${st?.opacity}, size ${st?.width}×${st?.height}`);
    const card = await openCard(p, '$375 billion', 'ct').catch((e) => ({ open: false, err: String(e) }) as unknown as Card);
    c.note(`card: open ${card.open}, min font ${card.minFont}, opacity ${card.style?.opacity}, on top ${card.onTop}`);
    await p.screenshot(join(OUT, `css-targeted-${p.browserName}.png`));
  },
};
