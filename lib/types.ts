// The shapes that flow through Footnote's one pipeline: text in, annotations out.
// Offsets are JavaScript string indices (UTF-16 code units) into the analysed text,
// `end` exclusive, so `text.slice(start, end)` is always the annotation's own text.
import type { LinkedStat, MirrorStat, StatCheck } from './kb/stats/read';
import type { TariffLink } from './kb/tariffs/link';

export type FigureKind = 'money' | 'percent';

/** A money amount or percentage as the figure parser finds it, before any judgement about topic. */
export interface FigureSpan {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  kind: FigureKind;
  /** In base units: 375e9 for "$375 billion", 25 for "25%", 0.04 for "4 cents". Lower bound of a range. */
  value: number;
  /** Upper bound, only for a range ("$50-60 billion", "5 to 25 percent"). */
  high?: number;
  /** ISO 4217 code for money (historical codes allowed: DEM, FRF, SUR, ...); null for percent. */
  currency: string | null;
  /** True when the currency was not written on the amount but inferred from a parallel amount. */
  currencyInferred?: boolean;
  /** "percentage points" rather than "percent". */
  points?: boolean;
}

/** Why the classifier thinks a figure is (or is not) about trade: the words that decided it. */
export interface TradeJudgement {
  trade: boolean;
  /** Short label for the card: "tariffs", "trade deficit", "exports", "industrial investment"... */
  measure?: string;
  /** The cue words in the text that decided it, for "Why is this marked?". */
  cue?: string;
}

export interface Figure extends FigureSpan {
  trade: boolean;
  measure?: string;
  cue?: string;
  /** Id of the knowledge-base figure this one refers to, when value and context agree. */
  kb?: string;
  /** The trade statistic the figure states (reporter, partner, flow, scope, period), when it states one. */
  stat?: LinkedStat;
  /** How it compares with the official series, when the knowledge base holds that series. */
  check?: StatCheck;
  /** Another economy's statistic with the US: the same trade as the US measures it (never a check). */
  mirror?: MirrorStat;
  /** The US tariff action this rate or value of goods covered belongs to. */
  tariff?: TariffLink;
}

export interface OfficialMention {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`: the name only, never the title. */
  text: string;
  /** Canonical full name ("Steven Mnuchin" for a bare "Mnuchin"). */
  name: string;
  /** Role as the knowledge base or the page gives it ("Treasury Secretary"). */
  role?: string;
  /** ISO 3166 alpha-2, or an organisation code (EU, EC, OAS, WTO). */
  country?: string;
  /** Id of the knowledge-base person, when the mention is one. */
  kb?: string;
}

export interface Annotations {
  figures: Figure[];
  officials: OfficialMention[];
  /** The page's date the annotations were read with (ISO YYYY-MM-DD), when one was known. */
  date?: string;
}

/** One marked annotation on a page, under the id its marks carry. */
export type Finding = { kind: 'figure'; id: string; figure: Figure } | { kind: 'official'; id: string; official: OfficialMention };
