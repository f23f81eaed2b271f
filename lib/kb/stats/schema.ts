// The schema of the generated trade-statistics files (lib/kb/data/stats/). valibot gives
// path-carrying errors, which validate.ts turns into "file › entry › field: problem" messages,
// as lib/kb/validate.ts does for the hand-written knowledge base.
import * as v from 'valibot';

/** Months a partner year holds per flow, and the layout's length: months of both flows, then two annual values. */
export const MONTHS = 12;
export const PARTNER_YEAR_LENGTH = 2 * MONTHS + 2;
export const MONTHLY_YEAR_LENGTH = 2 * MONTHS;
export const BOP_YEAR_LENGTH = 3;

const TENTHS = 10;
/** Millions of dollars with at most one decimal, as the files store them. */
const oneDecimal = (n: number) => Math.abs(n * TENTHS - Math.round(n * TENTHS)) < 1e-6;

const Amount = v.pipe(
  v.number('must be a number (millions of US dollars)'),
  v.finite('must be a finite number'),
  v.check(oneDecimal, 'must be millions of dollars with at most one decimal'),
);
const MaybeAmount = v.nullable(Amount);
const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Url = v.pipe(v.string(), v.url('must be an absolute URL'), v.startsWith('https://', 'must be an https URL'));
const Year = v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(1900), v.maxValue(2100));
const CensusCode = v.pipe(v.string(), v.regex(/^\d{4}$/, 'must be a four-digit Census code'));

export const StatSource = v.strictObject({
  title: NonEmpty,
  publisher: NonEmpty,
  url: Url,
  partnerUrl: v.optional(v.pipe(Url, v.includes('{census}', 'must contain {census}'))),
  nsaUrl: v.optional(Url),
  caveat: NonEmpty,
});

export const StatPartner = v.strictObject({
  key: v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9_]*$/, 'must be an ISO alpha-2 code or an upper-case code')),
  name: NonEmpty,
  kind: v.picklist(['country', 'former', 'group', 'region', 'product', 'unallocated', 'world']),
  census: CensusCode,
  sourceCode: NonEmpty,
  from: Year,
  to: Year,
});

export const StatsMetaTop = v.strictObject({
  sources: v.strictObject({ 'census-partner': StatSource, 'census-world': StatSource, 'bop-world': StatSource }),
  partners: v.array(v.unknown(), 'must be a JSON array of partners'),
});

export const PartnerYear = v.pipe(
  v.array(MaybeAmount),
  v.length(PARTNER_YEAR_LENGTH, 'must hold 12 monthly exports, 12 monthly imports, annual exports and annual imports'),
);
export const MonthlyYear = v.pipe(v.array(MaybeAmount), v.length(MONTHLY_YEAR_LENGTH, 'must hold 12 monthly exports and 12 monthly imports'));
export const BopYear = v.pipe(v.array(Amount), v.length(BOP_YEAR_LENGTH, 'must hold annual exports, imports and balance'));

/** A record keyed by year, its values checked one by one (so errors name the year). */
export const YearRecord = v.record(v.pipe(v.string(), v.regex(/^\d{4}$/, 'must be a year')), v.unknown());

export const FileHead = v.object({
  unit: v.literal('millions of US dollars', 'must be "millions of US dollars"'),
  layout: NonEmpty,
});
