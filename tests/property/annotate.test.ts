// Property-based tests of the whole pipeline (lib/pipeline.ts): figures, trade classification,
// knowledge-base linking and officials, on generated and mutated trade-news text. Whatever the
// input: no throw, well-formed figure and official spans, and the figures are the parser's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../lib/pipeline';
import { findFigures } from '../../lib/figures/parse';
import { article, checkFigures, checkSpans, mutatedArticle, SEED } from './inputs';

function checkAnnotations(text: string): void {
  const { figures, officials } = annotate(text);
  checkFigures(text, figures, 'figures');
  checkSpans(text, officials, 'officials');
  figures.forEach((f, i) => {
    if (typeof f.trade !== 'boolean') throw new Error(`figures[${i}]: trade is ${f.trade}`);
  });
  officials.forEach((o, i) => {
    if (typeof o.name !== 'string' || !o.name.trim()) throw new Error(`officials[${i}] ${JSON.stringify(o.text)}: no canonical name`);
  });
  // The pipeline judges the parser's figures; it neither drops nor moves any.
  const spans = findFigures(text).map((f) => `${f.start}:${f.end}`);
  const judged = figures.map((f) => `${f.start}:${f.end}`);
  if (spans.join() !== judged.join()) throw new Error(`annotate's figures ${judged} differ from findFigures' ${spans}`);
}

describe('annotate on generated and mutated text', () => {
  it('well-formed figures and officials on 5,000 generated articles', () => {
    fc.assert(fc.property(article, checkAnnotations), { numRuns: 5_000, seed: SEED + 10 });
  }, 90_000);

  it('well-formed figures and officials on 15,000 mutated articles', () => {
    fc.assert(fc.property(mutatedArticle, checkAnnotations), { numRuns: 15_000, seed: SEED + 11 });
  }, 90_000);

  it.each([
    ['an empty text', ''],
    ['only separators', '\n\n\u2029 \u00a0'],
    ['a title with invisible characters inside the name', 'Treasury Secretary Steven\u200b Mnu\u00adchin said $50\u00a0billion.'],
    ['a name in a right-to-left run', 'Treasury Secretary \u202eSteven Mnuchin\u202c said so.'],
    ['a name made of a lone surrogate', 'Secretary \ud83d Mnuchin'],
    ['markup as text', 'Secretary Steven Mnuchin <img src=x onerror=alert(1)> $50 billion'],
  ])('%s', (_why, text) => {
    expect(() => checkAnnotations(text)).not.toThrow();
  });
});
