// readStatistic: which trade statistic a money figure on a page states, if any: reporter,
// partner, flow, scope and period (LABELING.md, trade-2025). Reads the figure's sentence, and
// the sentences before it for what the writer no longer repeats ("Its imports…", "the same
// month"). Pure: text in, reading out; the page's sentences are kept for the next figure.
import type { Flow, Scope } from '../types';
import type { Period } from '../period';
import {
  amountBefore,
  clauseStartAt,
  contextBefore,
  dominantPlace,
  freePeriod,
  isAnchored,
  pairBefore,
  pointsBack,
  yearWrittenUpTo,
  type Context,
} from './context';
import type { CueMention } from './cues';
import { isChange, isCovered, isDenied, isForecast, isMeasureOrProduct, isSibling } from './guards';
import { countWords } from '../../../text/char-tests';
import { pageFacts, sentenceFacts, sentenceIndexAt, type SentenceFacts, type Span } from './page';
import { partiesOf } from './parties';
import { lastFullYear, parsePageDate, resolvePeriod, type PageDate, type PeriodMention } from './periods';

export interface StatReading {
  reporter: string;
  partner: string;
  flow: Flow;
  /** As written, else `goods` (see scopeWritten). */
  scope: Scope;
  /** False when the text says neither goods nor services: the series the figure matches decides. */
  scopeWritten: boolean;
  period: string;
  /** No period is written anywhere near: the latest full year is assumed, for the data to confirm. */
  periodImplied: boolean;
  /** The office the text quotes, when it names one ("Statistics Canada"). */
  source?: string;
}

/** A figure as the pipeline gives it; `trade` and `measure` are used when present. */
export interface ReadableFigure extends Span {
  kind: string;
  trade?: boolean;
  measure?: string;
}

/**
 * The classifier's measures that are trade figures without a statistic (LABELING, trade-2025).
 * Not its tariff measures: it gives "goods covered by tariffs" to "imports fell to $351 billion
 * as the blanket tariffs kicked in", and the guards here judge coverage from the words.
 */
const NOT_STATISTICS = new Set([
  'tariffs collected',
  'sanctions',
  'quota',
  'subsidies',
  'farm aid',
  'industrial investment',
  'purchase commitment',
  'currency',
  'current account',
]);

/** A flow word after the amount that the amount measures: "a $295 billion trade deficit", "$X in exports". */
const RIGHT_GAP =
  /^\s*(?:\([^)]{0,60}\)\s*)?(?:(?:worth\s+)?(?:of|in)\s+)?(?:(?:annual|yearly|monthly|bilateral|total|overall|two-way|record|trade|goods|merchandise|services|global|new|the|[A-Z][\w.’'-]*)\s+){0,3}$/;
const MAX_RIGHT_GAP = 60;
const MAX_BRIDGE_WORDS = 16;
/** Between a flow word and its amount: no new clause. */
const HARD_BREAK = /[;:]|\s[—–]\s|\b(?:but|while|whereas|although|though|because|after|before|when|since)\b/i;
const PARTICIPLE_AFTER_COMMA = /,\s+[a-z]+ing\b/;
/** An amount converted in brackets or with "or about" ("5.2 trillion yen ($37 billion)"). */
const CONVERSION_GAP = /^\s*(?:\(\s*(?:about|around|roughly|nearly|some|approximately|or|~)?\s*|[,”"]?\s*or\s+(?:about|around|roughly|nearly|some)?\s*)$/;
/** A period owning the amount: "January's 129 mln", "1986's 9.5 billion". */
const OWNER_GAP = /^['’]s\s+$/;
/** Between a period and the flow it qualifies: "February exports", "the March trade deficit". */
const ATTRIBUTIVE_GAP = /^(?:['’]s)?(?:\s+(?:trade|goods|merchandise|services|total|overall))*\s+$/;
const FORECAST_REACH = 60;
const PARTY_REACH = 60;

/** The amount a converted figure restates, or the figure itself. */
function anchorOf(text: string, s: SentenceFacts, figure: Span): Span {
  for (let i = s.amounts.length - 1; i >= 0; i--) {
    const a = s.amounts[i];
    if (a.end > figure.start) continue;
    return CONVERSION_GAP.test(text.slice(a.end, figure.start)) ? a : figure;
  }
  return figure;
}

/** The flow word the amount measures: attached after it, else the nearest before it in its clause. */
function governingCue(text: string, s: SentenceFacts, at: Span, sibling: boolean): CueMention | undefined {
  for (const c of s.cues) {
    if (c.start < at.end) continue;
    if (c.start - at.end <= MAX_RIGHT_GAP && RIGHT_GAP.test(text.slice(at.end, c.start))) return c;
    break;
  }
  let cue: CueMention | undefined;
  for (const c of s.cues) if (c.end <= at.start) cue = c;
  if (!cue) return undefined;
  const bridge = text.slice(cue.end, at.start);
  if (countWords(bridge) > MAX_BRIDGE_WORDS || HARD_BREAK.test(bridge) || isDenied(text, cue.end, at.start)) return undefined;
  // Amounts in between are changes ("increased $3.1 billion to $24.9 billion") or, for an amount
  // compared with the one before it, that one ("to $140.5 billion from $123.2 billion").
  let amounts = 0;
  for (const a of s.amounts) if (a.start >= cue.end && a.end <= at.start && !isChange(text, a.start, a.end, s.start)) amounts++;
  if (amounts > (sibling ? 1 : 0)) return undefined;
  // "The deficit narrowed as imports slowed, falling to $61.6 billion": the participle's subject
  // is the sentence's first flow, not the nearest one; too uncertain to read.
  if (PARTICIPLE_AFTER_COMMA.test(bridge) && s.cues[0] !== cue && s.cues[0].flow !== cue.flow) return undefined;
  return cue;
}

/**
 * What an amount with no period of its own shares: the period of the sentence's first statement,
 * else the statements' before. Read only when needed. (A function, not a closure in periodOf:
 * under tsx a named closure has its name set each time it is made, once per figure read.)
 */
function sharedPeriod(first: PeriodMention | undefined, date: PageDate | undefined, reporter: string, context: Context): Period | undefined {
  return (first && resolvePeriod(first.spec, date, reporter)) || context.period;
}

/**
 * The period: one written right after the amount or owning it ("$123.2 billion in February",
 * "January's $129 million", "the February deficit"), else the nearest in the sentence that is no
 * other amount's, else the sentence's first or the statements before, else — when no period is
 * written at all — the latest full year, for the data to confirm.
 */
function periodOf(
  text: string,
  s: SentenceFacts,
  at: Span,
  cue: CueMention,
  date: PageDate | undefined,
  reporter: string,
  context: Context,
): { period: Period; implied: boolean } | undefined {
  const bound =
    s.periods.find((m) => m.start >= at.end && m.role === 'period' && amountBefore(text, s, m)?.start === at.start) ??
    s.periods.find((m) => m.end <= at.start && m.role !== 'other' && !isAnchored(m) && OWNER_GAP.test(text.slice(m.end, at.start))) ??
    s.periods.find((m) => m.end <= cue.start && m.role !== 'other' && !isAnchored(m) && ATTRIBUTIVE_GAP.test(text.slice(m.end, cue.start)));
  const free = freePeriod(text, s, at, bound);
  const main = free && !isAnchored(free) ? resolvePeriod(free.spec, date, reporter) : undefined;
  // What an amount with no period of its own shares: the sentence's first statement ("exports
  // were $X in 2024, while imports came to $Y"; "$X in November, compared with $Y a year earlier").
  const first = s.periods.find((m) => m.end <= at.start && m.role === 'period' && !isAnchored(m));
  let period: Period | undefined;
  if (bound) period = resolvePeriod(bound.spec, date, reporter, main ?? sharedPeriod(first, date, reporter, context));
  else if (free) period = main ?? resolvePeriod(free.spec, date, reporter, sharedPeriod(first, date, reporter, context));
  else period = sharedPeriod(first, date, reporter, context);
  if (period) return { period, implied: false };
  if (s.periods.some((m) => m.role === 'period')) return undefined;
  const year = lastFullYear(date);
  return year && { period: year, implied: true };
}

/** Which statistic the money figure states, or undefined when it states none. */
export function readStatistic(text: string, figure: ReadableFigure, pageDate?: string): StatReading | undefined {
  if (figure.kind !== 'money' || figure.trade === false) return undefined;
  if (figure.measure && NOT_STATISTICS.has(figure.measure)) return undefined;
  const date = parsePageDate(pageDate);
  const page = pageFacts(text);
  const si = sentenceIndexAt(page, figure.start);
  // A statistic is read only with its period; on an undated page none can be found without a
  // year written near: such a figure is turned away before its sentences are read.
  if (!date && !yearWrittenUpTo(page, si)) return undefined;
  const s = sentenceFacts(page, si);
  if (s.cues.length === 0) return undefined;
  const at = anchorOf(text, s, figure);
  const clauseStart = clauseStartAt(text, s, at.start);
  if (isChange(text, at.start, at.end, s.start)) return undefined;
  const sibling = isSibling(text, at.start, s.start);
  if (!sibling && isCovered(text, at.start, clauseStart)) return undefined;
  if (isMeasureOrProduct(text, at.end, s.end)) return undefined;
  const cue = governingCue(text, s, at, sibling);
  if (!cue || cue.blocked) return undefined;
  if (!sibling && isForecast(text, Math.max(clauseStart, Math.min(cue.start, at.start) - FORECAST_REACH), at.start)) return undefined;

  const parties = partiesOf(text, s, cue, Math.min(s.end, at.end + PARTY_REACH), clauseStart);
  if (parties.region) return undefined;
  if (parties.pair) Object.assign(parties, pairBefore(page, si));
  const context = contextBefore(page, si, cue.start, !parties.reporter, date, parties.reporter);
  // A bare balance right after one that is no trade balance continues it: "South Korea's current
  // account surplus was $4.65 billion. It … compared with a deficit of $334 million".
  const written = parties.reporterBy === 'flow' || parties.reporterBy === 'subject';
  if (cue.flow === 'balance' && !written && !parties.partner && context.followsBlocked) return undefined;
  const reporter = parties.reporter ?? context.reporter ?? dominantPlace(page, si, parties.partner);
  if (!reporter) return undefined;
  // A partner carries over within a sentence ("exports to the US were …, against imports of …")
  // and to a flow that points back ("The imports, however, rose…" after "India's exports to
  // China…"); a bare "Exports rose…" in a sentence of its own is the economy's whole flow.
  const carry = !parties.reporter && (context.sameSentence || pointsBack(text, s, cue));
  let partner = parties.partner ?? (carry ? context.partner : undefined) ?? 'WORLD';
  if (partner === reporter) partner = 'WORLD';

  const found = periodOf(text, s, at, cue, date, reporter, context);
  if (!found) return undefined;
  return {
    reporter,
    partner,
    flow: cue.flow,
    scope: cue.scope ?? 'goods',
    scopeWritten: cue.scope !== undefined,
    period: found.period.text,
    periodImplied: found.implied,
    ...(parties.source ? { source: parties.source } : {}),
  };
}
