// The schema of the generated tariff-actions file (lib/kb/data/tariff-actions.json), written by
// scripts/kb/generators/tariffs.ts. Checked by validate.ts, with "file › entry › field" messages.
import * as v from 'valibot';

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));
const Url = v.pipe(v.string(), v.url('must be an absolute URL'), v.startsWith('https://', 'must be an https URL'));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Country = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'));
const Countries = v.union(
  [v.literal('all'), v.pipe(v.array(Country), v.minLength(1, 'needs at least one country'))],
  'must be "all" or a list of ISO alpha-2 codes',
);

export const Authority = v.picklist(['section_232', 'section_301', 'ieepa', 'court', 'other']);

/** A rate an action sets on one measure (one duty over time), for some countries and products. */
export const TariffLine = v.strictObject({
  measure: Id,
  /** When the line's legal basis differs from its action's (a surcharge started by an order ending others). */
  authority: v.optional(Authority),
  /** Percent. Empty: the action sets rates not kept here; several: one of them applies, by country or product. */
  rates: v.array(v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(0))),
  /** Absent: all goods (with the action's exceptions). Present: the kinds of goods, in lower case. */
  products: v.optional(v.pipe(v.array(NonEmpty), v.minLength(1, 'needs at least one product'))),
  countries: Countries,
  except: v.optional(v.array(Country)),
  from: Day,
  /** The day a later action replaced or ended it, for every country it covered. */
  until: v.optional(Day),
});

export const TariffSource = v.strictObject({
  publisher: NonEmpty,
  url: Url,
  kind: v.picklist(['primary', 'secondary']),
});

export const TariffAction = v.strictObject({
  id: Id,
  label: NonEmpty,
  summary: NonEmpty,
  authority: Authority,
  authorityNote: v.optional(NonEmpty),
  kind: v.picklist(['imposed', 'increased', 'reduced', 'paused', 'terminated', 'struck_down', 'replaced']),
  announced: v.optional(Day),
  effective: Day,
  /** Legal status as of the file's `reviewed` date. */
  status: v.picklist(['in_effect', 'in_effect_under_challenge', 'terminated', 'decided', 'stayed']),
  countries: Countries,
  except: v.optional(v.array(Country)),
  lines: v.array(TariffLine),
  ends: v.optional(v.pipe(v.array(Id), v.minLength(1))),
  /** US dollars of a year's imports the action's duties cover, as its documents estimate them ("$34 billion"). */
  covered: v.optional(v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(0))),
  /** Where `covered` comes from, when not from the shared list's rate note. */
  coveredSource: v.optional(NonEmpty),
  executiveOrders: v.optional(v.array(v.pipe(v.number(), v.integer()))),
  federalRegister: v.optional(v.array(v.pipe(v.string(), v.regex(/^\d{4}-\d{5}$/, 'must be a Federal Register document number')))),
  court: v.optional(v.strictObject({ name: NonEmpty, docket: NonEmpty, court: NonEmpty })),
  note: v.optional(NonEmpty),
  rateSource: v.optional(NonEmpty),
  /** Added by Footnote from primary sources, not in the shared list. */
  curated: v.optional(v.literal(true)),
  sources: v.pipe(v.array(TariffSource), v.minLength(1, 'needs at least one source')),
});

export const TariffFileTop = v.strictObject({
  reviewed: Day,
  actions: v.array(v.unknown(), 'must be a JSON array of actions'),
});

export type TariffLine = v.InferOutput<typeof TariffLine>;
export type TariffAction = v.InferOutput<typeof TariffAction>;
export type TariffSource = v.InferOutput<typeof TariffSource>;
export interface TariffFile {
  reviewed: string;
  actions: TariffAction[];
}
