import { describe, expect, it } from 'vitest';
import { bundledStats, STATS_FILES, validateStats } from '../../lib/kb/stats';
import { KbValidationError } from '../../lib/kb';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Validates a copy of the bundled statistics after `edit`, and returns the problems. */
function problemsAfter(edit: (d: { meta: any; goods: any; totals: any }) => void): string[] {
  const d = clone(bundledStats()) as any;
  edit(d);
  try {
    validateStats({
      meta: { file: STATS_FILES.meta, data: d.meta },
      goods: { file: STATS_FILES.goods, data: d.goods },
      totals: { file: STATS_FILES.totals, data: d.totals },
    });
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(KbValidationError);
    return (e as KbValidationError).problems;
  }
}

describe('the generated trade statistics', () => {
  it('are valid', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('name the file, the entry and the field of a malformed value', () => {
    expect(
      problemsAfter((d) => {
        d.goods.partners.CN['2024'][3] = 'x';
      }),
    ).toEqual(['lib/kb/data/stats/goods-by-partner.json › partner CN › 2024[3]: must be a number (millions of US dollars)']);
    expect(
      problemsAfter((d) => {
        d.goods.partners.CN['2024'][25] = 1.25;
      }),
    ).toEqual(['lib/kb/data/stats/goods-by-partner.json › partner CN › 2024[25]: must be millions of dollars with at most one decimal']);
    expect(
      problemsAfter((d) => {
        d.goods.partners.CN['2024'].pop();
      }),
    ).toEqual([
      'lib/kb/data/stats/goods-by-partner.json › partner CN › 2024: must hold 12 monthly exports, 12 monthly imports, annual exports and annual imports',
    ]);
    const cn = (bundledStats().meta.partners as { key: string }[]).findIndex((p) => p.key === 'CN');
    expect(
      problemsAfter((d) => {
        delete d.meta.partners[cn].name;
      }),
    ).toEqual([`lib/kb/data/stats/meta.json › entry ${cn} (CN) › name: Invalid key: Expected "name" but received undefined`]);
    expect(
      problemsAfter((d) => {
        d.totals['bop-goods']['2024'] = [1, 2];
      }),
    ).toEqual(['lib/kb/data/stats/us-totals.json › bop-goods › 2024: must hold annual exports, imports and balance']);
  });

  it('allow unpublished months only at the end of the latest year', () => {
    expect(
      problemsAfter((d) => {
        d.goods.partners.CN['2024'][11] = null;
      }),
    ).toEqual([
      'lib/kb/data/stats/goods-by-partner.json › partner CN › 2024[24]: an unfinished year has no annual values (null)',
      'lib/kb/data/stats/goods-by-partner.json › partner CN › 2024: only the latest year (2026) may be unfinished',
    ]);
    expect(
      problemsAfter((d) => {
        d.goods.partners.CN['2026'][2] = null;
      }),
    ).toEqual(['lib/kb/data/stats/goods-by-partner.json › partner CN › 2026[3]: a published month after an unpublished one (2)']);
  });

  it('know every partner they hold data for', () => {
    expect(
      problemsAfter((d) => {
        d.goods.partners.QQ = d.goods.partners.CN;
      }),
    ).toEqual(["lib/kb/data/stats/goods-by-partner.json › partner QQ: not among lib/kb/data/stats/meta.json's partners"]);
    expect(
      problemsAfter((d) => {
        d.meta.partners.push(clone(d.meta.partners[0]));
      })[0],
    ).toMatch(/› key: "AD" is already used$/);
  });
});
