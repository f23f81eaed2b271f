// Where the generated trade-statistics files live, relative to the repository (for messages and
// for the generator, which must not import the data it is about to make).
export const STATS_FILES = {
  meta: 'lib/kb/data/stats/meta.json',
  goods: 'lib/kb/data/stats/goods-by-partner.json',
  totals: 'lib/kb/data/stats/us-totals.json',
} as const;
