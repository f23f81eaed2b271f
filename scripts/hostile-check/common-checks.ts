// Findings several checks make: a card a reader can use, and a page under a Content Security
// Policy marked, its marks styled, its cards working.
import type { Ctx } from './check';
import { openCard, mouseAway, probe, waitMarks, type Card } from './page';

export async function cardIsUsable(c: Ctx, card: Card, label: string) {
  c.expect(card.open, `${label}: card open`);
  c.expect((card.minFont ?? 0) >= 11, `${label}: smallest card text ${card.minFont}px (${card.minFontEl}) ≥ 11px`);
  c.expect((card.rect?.width ?? 0) >= 200 && (card.rect?.height ?? 0) >= 40, `${label}: card ${card.rect?.width}×${card.rect?.height}px`);
  c.expect(
    card.style?.opacity === '1' && card.style?.visibility === 'visible',
    `${label}: opacity ${card.style?.opacity}, visibility ${card.style?.visibility}`,
  );
  c.expect(card.onTop === '3/3', `${label}: card on top at ${card.onTop} points (hit: ${card.hits})`);
  c.expect(card.style?.bg !== 'rgba(0, 0, 0, 0)', `${label}: card styled (background ${card.style?.bg}, color ${card.style?.color})`);
}

export async function cspCheck(c: Ctx, first: string, second: string) {
  const have = await waitMarks(c.page, [first, second, 'Steven Mnuchin']);
  c.expect(true, `marks: ${have.join(' | ')}`);
  await probe(c.page, 'tagMark', first, 's1');
  const st = await probe<Record<string, unknown>>(c.page, 'markStyle', 's1');
  c.expect(!!st?.styled, `mark styled under CSP (bg ${st?.bg}, decoration ${st?.deco}, border ${st?.borderBottom})`);
  const card = await openCard(c.page, first, 'c1');
  await cardIsUsable(c, card, 'card');
  c.expect(!!card.text && card.text.length > 20, `card has content: ${JSON.stringify(card.text?.slice(0, 90))}`);
  await mouseAway(c.page);
  const card2 = await openCard(c.page, 'Steven Mnuchin', 'c2');
  c.expect(card2.open && /Treasury|Secretary|Mnuchin/.test(card2.text ?? ''), `official's card: ${JSON.stringify(card2.text?.slice(0, 80))}`);
}
