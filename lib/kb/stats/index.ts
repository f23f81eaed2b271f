// Footnote's knowledge of US trade statistics: lookup, periods and the check of a page's figure.
// period.ts and check.ts carry no data and can be imported on their own; this module brings the
// bundled data (lib/kb/data/stats/) with it.
export type * from './types';
export { lookupStat, statsIndex, bundledStats, STATS_FILES } from './bundled';
export { lookupStatIn } from './lookup';
export { buildStatsIndex, type StatsIndex } from './store';
export { parsePeriod, normalisePeriod, periodOfMonths, monthNumber, formatMonth, type Period, type PeriodKind } from './period';
export { checkStat, writtenRounding, REVISION_SHARE, BALANCE_REVISION_SHARE_OF_FLOWS, type CheckResult, type OfficialValue, type Verdict } from './check';
export { validateStats, type StatsSources } from './validate';
