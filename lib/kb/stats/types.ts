// The types of Footnote's trade-statistics knowledge base: the compact data files that
// scripts/kb/generators/stats.ts writes under lib/kb/data/stats/, and the lookup's questions and
// answers. Amounts in the files are millions of US dollars with one decimal; answers are dollars.

export type Flow = 'balance' | 'exports' | 'imports' | 'total';
export type Scope = 'goods' | 'services' | 'goods+services';
/** Census basis (customs records) or balance-of-payments basis (adjusted to ownership changes). */
export type Basis = 'census' | 'bop';
/** Seasonally adjusted or not. */
export type Adjustment = 'sa' | 'nsa';

/** The series families the data files hold, each with its source and caveat in meta.json. */
export type SourceId = 'census-partner' | 'census-world' | 'bop-world';

export interface StatSource {
  /** The publication's name ("U.S. Trade in Goods by Country"). */
  title: string;
  publisher: string;
  url: string;
  /** A page per partner, with `{census}` standing for the partner's Census code. */
  partnerUrl?: string;
  /** The page of the not seasonally adjusted figures, where `url` is that of the adjusted ones. */
  nsaUrl?: string;
  /** Release and revision caveat, in the project's own words. */
  caveat: string;
}

export type PartnerKind = 'country' | 'former' | 'group' | 'region' | 'product' | 'unallocated' | 'world';

export interface StatPartner {
  /** ISO 3166 alpha-2 for countries, `EU`, `WORLD`, or a readable upper-case code for other aggregates. */
  key: string;
  name: string;
  kind: PartnerKind;
  /** The Census Bureau's country or aggregate code (its page is c<code>.html). */
  census: string;
  /** The code in the source data: ISO alpha-3, or AGG_/UNALLOC_ plus the Census code. */
  sourceCode: string;
  /** First and last year with data. */
  from: number;
  to: number;
}

export interface StatsMeta {
  sources: Record<SourceId, StatSource>;
  partners: StatPartner[];
}

/**
 * One year of one partner: 12 monthly exports, 12 monthly imports, then annual exports and annual
 * imports as published (which can differ from the sum of the rounded months by a few tenths).
 * `null` where not published: months not yet out, and the annual values of an unfinished year.
 */
export type PartnerYear = (number | null)[];

export interface GoodsByPartnerFile {
  unit: 'millions of US dollars';
  layout: string;
  partners: Record<string, Record<string, PartnerYear>>;
}

/** US totals with the world. */
export interface UsTotalsFile {
  unit: 'millions of US dollars';
  layout: string;
  /** Census basis goods, seasonally adjusted: 12 monthly exports, 12 monthly imports. */
  'census-goods-sa': Record<string, (number | null)[]>;
  /** Census basis goods, not seasonally adjusted: as a partner year (months, then annual). */
  'census-goods-nsa': Record<string, (number | null)[]>;
  /** Balance-of-payments basis, annual only: exports, imports, balance (as published). */
  'bop-goods': Record<string, number[]>;
  'bop-services': Record<string, number[]>;
  'bop-goods+services': Record<string, number[]>;
}

export interface StatsData {
  meta: StatsMeta;
  goods: GoodsByPartnerFile;
  totals: UsTotalsFile;
}

/** A question as the labelled corpus's `stat` field asks it (LABELING.md). */
export interface StatQuery {
  reporter: string;
  /** ISO alpha-2, `EU`, `WORLD`, or an aggregate's code. */
  partner: string;
  flow: Flow;
  /** Default `goods`. */
  scope?: Scope;
  /** `2024`, `2025-03`, `2025-Q2`, `2025-H1` or `2025-01..2025-05`. */
  period: string;
  /** Totals with the world only. Default: balance of payments for whole years, Census basis otherwise. */
  basis?: Basis;
  /** Census-basis totals with the world only. Default: seasonally adjusted (the monthly headline). */
  adjustment?: Adjustment;
}

export interface StatPoint {
  period: string;
  /** US dollars. */
  value: number;
}

export interface StatResult {
  reporter: 'US';
  partner: string;
  partnerName: string;
  flow: Flow;
  scope: Scope;
  /** The canonical period. */
  period: string;
  /** US dollars; for `balance` exports − imports, so a US deficit is negative. */
  value: number;
  /** The period's exports and imports, US dollars (what a balance is the difference of). */
  exports: number;
  imports: number;
  basis: Basis;
  adjustment: Adjustment;
  /** The publication's name and its publisher. */
  source: string;
  publisher: string;
  /** The page with this partner's series (or the publication's page). */
  url: string;
  caveat: string;
  /** Annual values of the same measure, oldest first, for a chart. Shared: do not modify. */
  series: readonly StatPoint[];
}
