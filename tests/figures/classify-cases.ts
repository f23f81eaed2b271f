import { expect, it } from 'vitest';
import { analyseDocument, classifyFigure } from '../../lib/figures/classify';
import type { FigureSpan } from '../../lib/types';

// Each case marks its figures with [[...]]; `expect` gives, per marked figure in order, either
// 'F' (not trade) or the measure the card should show (trade). The sentences are written for
// these tests, in the manner of wire copy and trade-war reporting.

export function parse(marked: string): { text: string; figures: FigureSpan[] } {
  const figures: FigureSpan[] = [];
  let text = '';
  let rest = marked;
  for (;;) {
    const open = rest.indexOf('[[');
    if (open < 0) break;
    const close = rest.indexOf(']]', open);
    text += rest.slice(0, open);
    const fig = rest.slice(open + 2, close);
    const start = text.length;
    text += fig;
    const percent = /%|percent|per cent|pct|point/i.test(fig);
    figures.push({
      start,
      end: start + fig.length,
      text: fig,
      kind: percent ? 'percent' : 'money',
      value: Number((fig.match(/[\d.]+/) ?? ['1'])[0]),
      currency: percent ? null : /yuan/.test(fig) ? 'CNY' : /yen/.test(fig) ? 'JPY' : /pounds|stg/.test(fig) ? 'GBP' : 'USD',
    });
    rest = rest.slice(close + 2);
  }
  return { text: text + rest, figures };
}

export function judge(marked: string) {
  const { text, figures } = parse(marked);
  const ctx = analyseDocument(text);
  return figures.map((f) => classifyFigure(text, f, figures, ctx));
}

export type Case = [string, ...string[]];

export function check(cases: Case[]) {
  for (const [marked, ...want] of cases) {
    it(marked.replace(/\s+/g, ' ').slice(0, 90), () => {
      const got = judge(marked);
      expect(got.length).toBe(want.length);
      got.forEach((j, i) => {
        if (want[i] === 'F') expect(j.trade, `figure ${i + 1}: ${JSON.stringify(j)}`).toBe(false);
        else {
          expect(j.trade, `figure ${i + 1}: ${JSON.stringify(j)}`).toBe(true);
          if (want[i] !== 'T') expect(j.measure, `figure ${i + 1}: ${JSON.stringify(j)}`).toBe(want[i]);
        }
      });
    });
  }
}
