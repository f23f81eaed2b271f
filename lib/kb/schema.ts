// The knowledge base's schema: one place that says what an entry must hold.
// valibot gives readable, path-carrying errors, which validate.ts turns into
// "file › entry › field: problem" messages that fail the build.
import * as v from 'valibot';

const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'));
const Url = v.pipe(v.string(), v.url('must be an absolute URL'), v.startsWith('https://', 'must be an https URL'));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Sources = v.pipe(v.array(Url), v.minLength(1, 'needs at least one source URL'));

/** A term in an office. `to` is absent while the term is running. */
export const Term = v.strictObject({
  role: NonEmpty,
  /** The role as a title that can stand before the name ("Treasury Secretary"). */
  title: v.optional(NonEmpty),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2,3}$/, 'must be an ISO 3166 alpha-2 code or an organisation code')),
  from: IsoDate,
  to: v.optional(IsoDate),
  note: v.optional(NonEmpty),
});

export const Person = v.strictObject({
  id: Id,
  name: NonEmpty,
  /** Every written form that names this person alone (surnames go in `surnames`). */
  aliases: v.array(NonEmpty),
  /** Bare surnames: linked only once the page has named the person in full, or after a title. */
  surnames: v.array(NonEmpty),
  /** False for people the KB knows so a card can say who they are, who must never be marked as officials. */
  official: v.boolean(),
  /**
   * The news of their time names them by surname alone ("Trump", "Putin", "Xi"), often without
   * ever writing the name in full: on a page dated on or after their first term's start, a bare
   * surname links to them even where the page does not name them first. For the few heads of
   * state and government of whom that is true; a surname shared with another such person fails
   * the build.
   */
  knownAlone: v.optional(v.boolean()),
  /** Terms in office, most recent last. Non-officials give their occupation as a term. */
  terms: v.pipe(v.array(Term), v.minLength(1, 'needs at least one term')),
  summary: NonEmpty,
  sources: Sources,
});

export const Currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'));

/** A sourced statistic that a figure on a page may refer to. */
export const Fact = v.strictObject({
  id: Id,
  /** What the number measures, for the card ("US goods trade deficit with China"). */
  measure: NonEmpty,
  kind: v.picklist(['money', 'percent']),
  value: v.pipe(v.number(), v.finite('must be a finite number')),
  currency: v.optional(Currency),
  /** When the number was true (a year, or the day of the announcement). */
  date: IsoDate,
  /** Who reported or announced it. */
  reportedBy: NonEmpty,
  summary: NonEmpty,
  /** Words that must appear near a page figure for it to be linked to this fact (any one of them). */
  cues: v.pipe(v.array(NonEmpty), v.minLength(1, 'needs at least one cue word')),
  /** Words of which at least one must appear somewhere on the page (the story the fact belongs to). */
  pageCues: v.optional(v.array(NonEmpty)),
  /** A page figure links when it is within this relative distance of `value` (0.02 = 2%). */
  tolerance: v.pipe(v.number(), v.minValue(0), v.maxValue(0.5)),
  /** Optional ids of related people or reference totals. */
  related: v.optional(v.array(Id)),
  sources: Sources,
});

/** A total that cards compare page figures against ("2017 US goods imports from China"). */
export const Reference = v.strictObject({
  id: Id,
  label: NonEmpty,
  value: v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(0)),
  currency: Currency,
  year: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100)),
  /** Words near a page figure that make this reference relevant to it. */
  cues: v.pipe(v.array(NonEmpty), v.minLength(1, 'needs at least one cue word')),
  sources: Sources,
});

export type Term = v.InferOutput<typeof Term>;
export type Person = v.InferOutput<typeof Person>;
export type Fact = v.InferOutput<typeof Fact>;
export type Reference = v.InferOutput<typeof Reference>;

export interface KnowledgeBase {
  people: Person[];
  facts: Fact[];
  references: Reference[];
}
