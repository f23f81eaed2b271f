// Property-based tests of the figure parser (lib/figures/parse/) on generated and mutated
// trade-news text: whatever the input, findFigures returns well-formed spans and never throws.
// 81,000 inputs here and 20,000 through the whole pipeline in annotate.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/figures/parse';
import { article, checkFigures, hostileSoup, hugeNumber, mutatedArticle, SEED } from './inputs';

const property = (arb: fc.Arbitrary<string>) => fc.property(arb, (text) => checkFigures(text, findFigures(text)));

describe('findFigures on generated and mutated text', () => {
  it('well-formed spans on 20,000 generated articles', () => {
    fc.assert(property(article), { numRuns: 20_000, seed: SEED });
  }, 60_000);

  it('well-formed spans on 50,000 mutated articles', () => {
    fc.assert(property(mutatedArticle), { numRuns: 50_000, seed: SEED + 1 });
  }, 60_000);

  it('well-formed spans on 10,000 strings of hostile characters', () => {
    fc.assert(property(hostileSoup), { numRuns: 10_000, seed: SEED + 2 });
  }, 60_000);

  it('a finite value for numbers hundreds of digits long (1,000 inputs)', () => {
    fc.assert(property(hugeNumber), { numRuns: 1_000, seed: SEED + 3 });
  });

  // Hand-picked neighbours of what the generators reach, kept as plain examples so they run
  // on every seed.
  it.each([
    ['a no-break space inside the amount', 'a 25 percent tariff on $50\u00a0billion of goods'],
    ['a narrow no-break space', 'a 25\u202fpercent tariff'],
    ['a zero-width space inside the amount', 'duties on $50\u200bbillion'],
    ['a soft hyphen inside the number', 'duties on $5\u00ad0 billion'],
    ['a right-to-left override around it', 'duties on \u202e$50 billion\u202c of goods'],
    ['a lone surrogate next to it', '\ud83d$50 billion\ude00'],
    // The shortest inputs found whose value overflows to Infinity (309 digits; 298 with "tn").
    ['a number too long for a double', `$${'9'.repeat(309)}`],
    ['a number that overflows only once scaled', `$1${'0'.repeat(297)}tn`],
    ['a percent too long for a double', `${'9'.repeat(309)} percent`],
    ['a range that runs backwards', 'tariffs of $60-50 billion'],
  ])('%s', (_why, text) => {
    expect(() => checkFigures(text, findFigures(text))).not.toThrow();
  });
});
