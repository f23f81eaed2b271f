import { SETTLE_MS, sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { cardIsUsable } from '../common-checks';
import { probe, js, markTexts, waitMarks, openCard } from '../page';

export const patchedGlobalsCheck: Check = {
  name: 'patched-globals',
  page: '/independent/patched.html',
  covers:
    'Array.prototype.map/push, Node.prototype.appendChild (refuses footnote-*)/insertBefore, setTimeout, queueMicrotask, requestIdleCallback, CSSStyleSheet.replaceSync (empties), MutationObserver, JSON.stringify, window.chrome/browser, String.normalize',
  async run(c) {
    const p = c.page;
    const calls0 = await js<Record<string, number>>(p, 'Object.assign({}, window.__calls)');
    let marks: string[] = [];
    try {
      marks = await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin'], undefined, 10_000);
    } catch {
      marks = await markTexts(p);
    }
    await sleep(SETTLE_MS);
    const ok = await js<boolean>(p, 'window.__pageOk()');
    c.expect(ok, 'the page still works (its map, appendChild, setInterval)');
    if (marks.length) {
      await probe(p, 'tagMark', '$375 billion', 'pm');
      const st = await probe<Record<string, unknown>>(p, 'markStyle', 'pm');
      c.expect(!!st?.styled, `marks styled (bg ${st?.bg}, decoration ${st?.deco})`);
      const card = await openCard(p, '$375 billion', 'pc');
      await cardIsUsable(c, card, 'card');
    } else {
      c.note('no marks: Footnote gave up');
    }
    const calls1 = await js<Record<string, number>>(p, 'Object.assign({}, window.__calls)');
    c.note(
      `marks ${JSON.stringify(marks)}; page's patched functions called while Footnote worked: ${JSON.stringify(Object.fromEntries(Object.keys(calls1).map((k) => [k, calls1[k] - (calls0[k] ?? 0)])))}`,
    );
  },
};
