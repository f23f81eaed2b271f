import { latestTabId } from '../../harness/footnote';
import { badgeText, SETTLE_MS, sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { js, waitFor, markTexts, waitMarks, openCard, openPopupFor } from '../page';

export const spaCheck: Check = {
  name: 'spa',
  page: '/independent/spa.html',
  covers: 'pushState to a new article, popstate back, appended feed items; marks, popup and badge follow',
  async run(c) {
    const p = c.page;
    await waitMarks(p, ['25 percent', '$375 billion', 'Steven Mnuchin']);
    const tab = await c.b.tabIdOf(p).catch(() => latestTabId(c.b));
    const badge = () => badgeText(c.b, tab);
    const popupText = async () => {
      const pop = await openPopupFor(c.b, p);
      try {
        return await waitFor(
          'popup summary',
          async () => {
            const t = await js<string>(pop, 'document.body.innerText');
            return /\d/.test(t) && !/loading|Reading/i.test(t) ? t : null;
          },
          8000,
        );
      } finally {
        await pop.close();
      }
    };
    const b0 = await badge().catch((e) => `error ${e}`);
    const pop0 = await popupText().catch((e) => `error ${e}`);
    c.note(`article 1: badge ${JSON.stringify(b0)}; popup mentions $375 billion: ${pop0.includes('$375 billion')}`);
    c.expect(pop0.includes('$375 billion'), "popup lists the first article's figure");
    await p.bringToFront();
    await js(p, 'window.go("steel")');
    let after: string[] = [];
    try {
      after = await waitFor(
        'the new article marked, the old gone',
        async () => {
          const t = await markTexts(p);
          return t.includes('10 percent') && t.includes('$6.2 billion') && !t.includes('$375 billion') ? t : null;
        },
        10_000,
      );
    } catch (e) {
      after = await markTexts(p);
      c.expect(false, `${(e as Error).message}; marks now ${JSON.stringify(after)}`);
    }
    c.expect(after.length > 0, `after pushState: marks ${JSON.stringify(after)} (url ${await p.url()})`);
    const b1 = await badge().catch((e) => `error ${e}`);
    const pop1 = await popupText().catch((e) => `error ${e}`);
    c.expect(
      pop1.includes('$6.2 billion') && !pop1.includes('$375 billion'),
      `popup follows pushState (has $6.2 billion: ${pop1.includes('$6.2 billion')}, has old $375 billion: ${pop1.includes('$375 billion')})`,
    );
    c.expect(
      b0 === String(3) && b1 === String(after.length),
      `badge follows pushState: ${JSON.stringify(b0)} → ${JSON.stringify(b1)} (marks now ${after.length})`,
    );
    await p.bringToFront();
    await js(p, 'window.appendMore(); window.appendMore(); true');
    try {
      await waitMarks(p, ['20 percent'], '#feed-0', 10_000);
      await waitMarks(p, ['25 percent'], '#feed-1', 10_000);
      c.expect(true, 'appended feed items marked');
    } catch (e) {
      c.expect(false, `appended: ${(e as Error).message}; feed marks ${JSON.stringify(await markTexts(p, '#feed'))}`);
    }
    await sleep(SETTLE_MS);
    const b2 = await badge().catch((e) => `error ${e}`);
    const n2 = (await markTexts(p)).length;
    c.expect(b2 === String(n2), `badge counts appended items: ${JSON.stringify(b1)} → ${JSON.stringify(b2)} (marks now ${n2})`);
    await p.bringToFront();
    await js(p, 'history.back(); true');
    try {
      const back = await waitFor(
        'popstate back to article 1',
        async () => {
          const t = await markTexts(p, '#story');
          return t.includes('$375 billion') && !t.includes('$6.2 billion') ? t : null;
        },
        10_000,
      );
      c.expect(true, `popstate: marks ${JSON.stringify(back)}`);
    } catch (e) {
      c.expect(false, `popstate: ${(e as Error).message}; marks ${JSON.stringify(await markTexts(p, '#story'))}`);
    }
    const card = await openCard(p, '$375 billion', 'spa', '#story');
    c.expect(card.open, 'card opens after navigating back');
  },
};
