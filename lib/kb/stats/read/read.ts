// readStatistic: which trade statistic a money figure on a page states, if any: reporter,
// partner, flow, scope and period (LABELING.md, trade-2025). Reads the figure's sentence, and
// the sentences before it for what the writer no longer repeats ("Its imports…", "the same
// month"). Pure: text in, reading out; the page's sentences are kept for the next figure.
import type { Flow, Scope } from '../types';
import type { Period } from '../period';
import { isFlowModifier, type CueMention } from './cues';
import { isChange, isCovered, isDenied, isForecast, isMeasureOrProduct, isSibling } from './guards';
import { pageFacts, sentenceFacts, sentenceIndexAt, type PageFacts, type SentenceFacts, type Span } from './page';
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
const RIGHT_GAP = /^\s*(?:\([^)]{0,60}\)\s*)?(?:(?:worth\s+)?(?:of|in)\s+)?(?:(?:annual|yearly|monthly|bilateral|total|overall|two-way|record|trade|goods|merchandise|services|global|new|the|[A-Z][\w.’'-]*)\s+){0,3}$/;
const MAX_RIGHT_GAP = 60;
const PARTICIPLE_AFTER_COMMA = /,\s+[a-z]+ing\b/;
const MAX_BRIDGE_WORDS = 16;
/** Between a flow word and its amount: no new clause. */
const HARD_BREAK = /[;:]|\s[—–]\s|\b(?:but|while|whereas|although|though|because|after|before|when|since)\b/i;
/** An amount converted in brackets or with "or about" ("5.2 trillion yen ($37 billion)"). */
const CONVERSION_GAP = /^\s*(?:\(\s*(?:about|around|roughly|nearly|some|approximately|or|~)?\s*|[,”"]?\s*or\s+(?:about|around|roughly|nearly|some)?\s*)$/;
const CLAUSE_BREAK = /;|:|\s[—–]\s|,\s+(?:but|while|whereas|although|though)\b/g;
/** A period right after an amount belongs to it ("$123.2 billion in February", "$44 billion a year earlier"). */
const BOUND_GAP = /^\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:(?:in|for|during|over|of|through|throughout|at|the|a|an|mark|level|record|high|low|to|with|from|worth|goods|respectively)\s+|[A-Z][\w.’'-]*\s+)*$/;
const MAX_BOUND_WORDS = 6;
/** Between a period and the flow it qualifies: "February exports", "the March trade deficit". */
/** A period owning the amount: "January's 129 mln", "1986's 9.5 billion". */
const OWNER_GAP = /^['’]s\s+$/;
const ATTRIBUTIVE_GAP = /^(?:['’]s)?(?:\s+(?:trade|goods|merchandise|services|total|overall))*\s+$/;
const CONTEXT_SENTENCES = 8;
const PAIR_SENTENCES = 3;
const DOMINANT_MENTIONS = 3;
/** How far back the page's economy is counted: the sentences a reader has in mind. */
const DOMINANT_SENTENCES = 12;
const CONTEXT_CHARS = 2500;
const FORECAST_REACH = 60;
const PARTY_REACH = 60;

const words = (s: string): number => (s.match(/\S+/g) ?? []).length;

function clauseStartAt(text: string, s: SentenceFacts, pos: number): number {
  const before = text.slice(s.start, pos);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before))) start = m.index + m[0].length;
  return s.start + start;
}

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
  if (words(bridge) > MAX_BRIDGE_WORDS || HARD_BREAK.test(bridge) || isDenied(text, cue.end, at.start)) return undefined;
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

/** The amount a period phrase follows closely, if any. */
function amountBefore(text: string, s: SentenceFacts, m: PeriodMention): Span | undefined {
  for (let i = s.amounts.length - 1; i >= 0; i--) {
    const a = s.amounts[i];
    if (a.end > m.start) continue;
    const gap = text.slice(a.end, m.start);
    return words(gap) <= MAX_BOUND_WORDS && BOUND_GAP.test(gap) ? a : undefined;
  }
  return undefined;
}

const isAnchored = (m: PeriodMention) => m.spec.t === 'shift' || m.spec.t === 'same';

/**
 * The period phrase nearest to `at` in sentence s that is no other amount's, or undefined. For a
 * statement before the figure (`anyOwner`), the period of its amount is the statement's.
 */
function freePeriod(text: string, s: SentenceFacts, at: Span, except?: PeriodMention, anyOwner = false): PeriodMention | undefined {
  let best: PeriodMention | undefined;
  let bestDistance = Infinity;
  for (const m of s.periods) {
    if (m === except || m.role !== 'period' || m.spec.t === 'shift') continue;
    const owner = anyOwner ? undefined : amountBefore(text, s, m);
    if (owner && owner.start !== at.start) continue;
    const distance = m.start >= at.end ? m.start - at.end : at.start - m.end;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

interface Context {
  reporter?: string;
  partner?: string;
  /** The reporter and partner come from an earlier flow of the figure's own sentence. */
  sameSentence?: boolean;
  period?: Period;
}

/** What the statements before position `before` established: reporter and partner, and period. */
function contextBefore(page: PageFacts, si: number, before: number, needParties: boolean, date: PageDate | undefined, reporter: string | undefined): Context {
  // The reporter decides fiscal years; a period is read once the reporter is known.
  const out: Context = {};
  let needPeriod = true;
  const { text } = page;
  for (let i = si; i >= 0 && i >= si - CONTEXT_SENTENCES; i--) {
    const t = sentenceFacts(page, i);
    if (before - t.end > CONTEXT_CHARS) break;
    for (let k = t.cues.length - 1; k >= 0; k--) {
      const c = t.cues[k];
      if (c.start >= before || c.blocked) continue;
      if (needParties) {
        const p = partiesOf(text, t, c, Math.min(t.end, c.end + PARTY_REACH), clauseStartAt(text, t, c.start));
        if (p.reporter) {
          out.reporter = p.reporter;
          out.partner = p.partner ?? 'WORLD';
          out.sameSentence = i === si;
          needParties = false;
        }
      }
      if (needPeriod) {
        const m = freePeriod(text, t, c, undefined, true);
        const period = m && !isAnchored(m) ? resolvePeriod(m.spec, date, reporter ?? out.reporter) : undefined;
        if (period) {
          out.period = period;
          needPeriod = false;
        }
      }
      if (!needParties && !needPeriod) return out;
    }
  }
  return out;
}

/**
 * The economy a page is about, when no statement names a reporter: named at least
 * DOMINANT_MENTIONS times in the sentences up to the figure's and twice as often as any other ("BANGKOK - Thailand's
 * economy…, the Bank of Thailand said. … January/March imports grew to 70.7 billion baht").
 */
function dominantPlace(page: PageFacts, si: number, partner: string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (let i = Math.max(0, si - DOMINANT_SENTENCES); i <= si; i++) for (const p of sentenceFacts(page, i).places) if (p.code !== partner) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= DOMINANT_MENTIONS && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

const POINTING_BACK = /\b(?:the|that|these|those|such|same)\s+(?:[a-z-]+\s+){0,2}$/i;

/** Does the flow point back to one named before ("the imports", "that surplus")? */
function pointsBack(text: string, s: SentenceFacts, cue: CueMention): boolean {
  const m = POINTING_BACK.exec(text.slice(Math.max(s.start, cue.start - 40), cue.start));
  return m !== null && m[0].trim().split(/\s+/).slice(1).every((w) => isFlowModifier(w.toLowerCase()));
}

/** The two economies last named before sentence si ("trade between the two countries"). */
function pairBefore(page: PageFacts, si: number): { reporter?: string; partner?: string } {
  for (let i = si - 1; i >= 0 && i >= si - PAIR_SENTENCES; i--) {
    const codes = [...new Set(sentenceFacts(page, i).places.map((p) => p.code))];
    if (codes.length >= 2) return { reporter: codes[codes.length - 2], partner: codes[codes.length - 1] };
  }
  return {};
}

/** Which statistic the money figure states, or undefined when it states none. */
export function readStatistic(text: string, figure: ReadableFigure, pageDate?: string): StatReading | undefined {
  if (figure.kind !== 'money' || figure.trade === false) return undefined;
  if (figure.measure && NOT_STATISTICS.has(figure.measure)) return undefined;
  const page = pageFacts(text);
  const si = sentenceIndexAt(page, figure.start);
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

  const date = parsePageDate(pageDate);
  const parties = partiesOf(text, s, cue, Math.min(s.end, at.end + PARTY_REACH), clauseStart);
  if (parties.region) return undefined;
  if (parties.pair) Object.assign(parties, pairBefore(page, si));
  const context = contextBefore(page, si, cue.start, !parties.reporter, date, parties.reporter);
  const reporter = parties.reporter ?? context.reporter ?? dominantPlace(page, si, parties.partner);
  if (!reporter) return undefined;
  // A partner carries over within a sentence ("exports to the US were …, against imports of …")
  // and to a flow that points back ("The imports, however, rose…" after "India's exports to
  // China…"); a bare "Exports rose…" in a sentence of its own is the economy's whole flow.
  const carry = !parties.reporter && (context.sameSentence || pointsBack(text, s, cue));
  let partner = parties.partner ?? (carry ? context.partner : undefined) ?? 'WORLD';
  if (partner === reporter) partner = 'WORLD';

  // The period: one written right after the amount, else the nearest in the sentence that is no
  // other amount's, else the one the statements before established, else the latest full year.
  let period: Period | undefined;
  let periodImplied = false;
  // "$123.2 billion in February" (bound to the amount), "the February deficit", "a 1985 deficit"
  // (attributive to the flow), else the nearest in the sentence that is no other amount's.
  const bound =
    s.periods.find((m) => m.start >= at.end && m.role === 'period' && amountBefore(text, s, m)?.start === at.start) ??
    s.periods.find((m) => m.end <= at.start && m.role !== 'other' && !isAnchored(m) && OWNER_GAP.test(text.slice(m.end, at.start))) ??
    s.periods.find((m) => m.end <= cue.start && m.role !== 'other' && !isAnchored(m) && ATTRIBUTIVE_GAP.test(text.slice(m.end, cue.start)));
  const free = freePeriod(text, s, at, bound);
  const main = free && !isAnchored(free) ? resolvePeriod(free.spec, date, reporter) : undefined;
  // What an amount with no period of its own shares: the sentence's first statement ("exports
  // were $X in 2024, while imports came to $Y"; "$X in November, compared with $Y a year earlier").
  const first = s.periods.find((m) => m.end <= at.start && m.role === 'period' && !isAnchored(m));
  const shared = () => (first && resolvePeriod(first.spec, date, reporter)) || context.period;
  if (bound) period = resolvePeriod(bound.spec, date, reporter, main ?? shared());
  else if (free) period = main ?? resolvePeriod(free.spec, date, reporter, shared());
  else period = shared();
  if (!period && !s.periods.some((m) => m.role === 'period')) {
    period = lastFullYear(date);
    periodImplied = true;
  }
  if (!period) return undefined;
  return {
    reporter,
    partner,
    flow: cue.flow,
    scope: cue.scope ?? 'goods',
    scopeWritten: cue.scope !== undefined,
    period: period.text,
    periodImplied,
    ...(parties.source ? { source: parties.source } : {}),
  };
}
