// What the writer no longer repeats: the sentences before a figure, and its own sentence's
// other amounts, say whose flow it is and when ("Its imports…", "the same month", "$44 billion a
// year earlier"). Here are the period a phrase belongs to, the statements before a position, and
// the economy a page is about when nobody names one.
import type { Period } from '../period';
import { isFlowModifier, type CueMention } from './cues';
import { countWords } from '../../../text/char-tests';
import { sentenceFacts, type PageFacts, type SentenceFacts, type Span } from './page';
import { partiesOf, type Parties } from './parties';
import { resolvePeriod, type PageDate, type PeriodMention } from './periods';

/** A period right after an amount belongs to it ("$123.2 billion in February", "$44 billion a year earlier"). */
const BOUND_GAP =
  /^\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:(?:in|for|during|over|of|through|throughout|at|the|a|an|mark|level|record|high|low|to|with|from|worth|goods|respectively)\s+|[A-Z][\w.’'-]*\s+)*$/;
const MAX_BOUND_WORDS = 6;
const CLAUSE_BREAK = /;|:|\s[—–]\s|,\s+(?:but|while|whereas|although|though)\b/g;
const CONTEXT_SENTENCES = 8;
const CONTEXT_CHARS = 2500;
const PARTY_REACH = 60;
const PAIR_SENTENCES = 3;
const DOMINANT_MENTIONS = 3;
/** How far back the page's economy is counted: the sentences a reader has in mind. */
const DOMINANT_SENTENCES = 12;
const SPACES = /\s+/;
const POINTING_BACK = /\b(?:the|that|these|those|such|same)\s+(?:[a-z-]+\s+){0,2}$/i;

/** Four digits of a year, or "FY": how every period that resolves without the page's date is written. */
const YEAR_WRITTEN = /(?:19|20)\d\d|fy/i;

/** Whether each sentence of a page writes a year, as asked. */
const yearsWritten = new WeakMap<PageFacts, boolean[]>();

/**
 * Whether the sentences a figure's period can come from (its own and those its context is read
 * from) write a year ("in 2024", "fiscal 2025", "FY25"). Without the page's date no other period
 * resolves: "March", "last year", "a year earlier" need the date or another period.
 */
export function yearWrittenUpTo(page: PageFacts, si: number): boolean {
  page.cutThrough(si);
  let known = yearsWritten.get(page);
  if (!known) yearsWritten.set(page, (known = []));
  const { starts, text } = page;
  for (let i = si; i >= 0 && i >= si - CONTEXT_SENTENCES; i--) {
    // Each sentence asked once, from three characters before it: a year cut by a sentence cut
    // mid-word is still seen.
    known[i] ??= YEAR_WRITTEN.test(text.slice(Math.max(0, starts[i] - 3), i + 1 < starts.length ? starts[i + 1] : text.length));
    if (known[i]) return true;
  }
  return false;
}

/** Where the clause holding `pos` starts: after a semicolon, a dash, ", but", ", while"… */
export function clauseStartAt(text: string, s: SentenceFacts, pos: number): number {
  const before = text.slice(s.start, pos);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before))) start = m.index + m[0].length;
  return s.start + start;
}

/** The amount a period phrase follows closely, if any. */
export function amountBefore(text: string, s: SentenceFacts, m: PeriodMention): Span | undefined {
  for (let i = s.amounts.length - 1; i >= 0; i--) {
    const a = s.amounts[i];
    if (a.end > m.start) continue;
    const gap = text.slice(a.end, m.start);
    return countWords(gap) <= MAX_BOUND_WORDS && BOUND_GAP.test(gap) ? a : undefined;
  }
  return undefined;
}

/** "A year earlier", "the same month": a period only against another. */
export const isAnchored = (m: PeriodMention) => m.spec.t === 'shift' || m.spec.t === 'same' || m.spec.t === 'window';

/**
 * The period phrase nearest to `at` in sentence s that is no other amount's, or undefined. For a
 * statement before the figure (`anyOwner`), the period of its amount is the statement's.
 */
export function freePeriod(text: string, s: SentenceFacts, at: Span, except?: PeriodMention, anyOwner = false): PeriodMention | undefined {
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

export interface Context {
  reporter?: string;
  partner?: string;
  /** The reporter and partner come from an earlier flow of the figure's own sentence. */
  sameSentence?: boolean;
  /** The nearest balance before is no economy's trade balance ("South Korea's current account surplus… It widened…"). */
  followsBlocked?: boolean;
  period?: Period;
}

// A statement's parties and period phrase depend on its cue alone, and every figure of a page
// reads back through the same statements: each is read once, kept with its cue (the page's).
const partiesOfStatement = new WeakMap<CueMention, Parties>();
const periodOfStatement = new WeakMap<CueMention, { m: PeriodMention | undefined }>();

/** The parties of the statement at cue c of sentence t. */
function statementParties(text: string, t: SentenceFacts, c: CueMention): Parties {
  let p = partiesOfStatement.get(c);
  if (!p) partiesOfStatement.set(c, (p = partiesOf(text, t, c, Math.min(t.end, c.end + PARTY_REACH), clauseStartAt(text, t, c.start))));
  return p;
}

/** The period phrase of the statement at cue c of sentence t. */
function statementPeriod(text: string, t: SentenceFacts, c: CueMention): PeriodMention | undefined {
  let known = periodOfStatement.get(c);
  if (!known) periodOfStatement.set(c, (known = { m: freePeriod(text, t, c, undefined, true) }));
  return known.m;
}

/** What the statements before position `before` established: reporter and partner, and period. */
export function contextBefore(
  page: PageFacts,
  si: number,
  before: number,
  needParties: boolean,
  date: PageDate | undefined,
  reporter: string | undefined,
): Context {
  // The reporter decides fiscal years; a period is read once the reporter is known.
  const out: Context = {};
  let needPeriod = true;
  let nearest = true;
  const { text } = page;
  for (let i = si; i >= 0 && i >= si - CONTEXT_SENTENCES; i--) {
    const t = sentenceFacts(page, i);
    if (before - t.end > CONTEXT_CHARS) break;
    for (let k = t.cues.length - 1; k >= 0; k--) {
      const c = t.cues[k];
      if (c.start >= before) continue;
      if (nearest) out.followsBlocked = c.blocked && c.flow === 'balance';
      nearest = false;
      if (c.blocked) continue;
      if (needParties) {
        const p = statementParties(text, t, c);
        if (p.reporter) {
          out.reporter = p.reporter;
          out.partner = p.partner ?? 'WORLD';
          out.sameSentence = i === si;
          needParties = false;
        }
      }
      if (needPeriod) {
        const m = statementPeriod(text, t, c);
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
 * DOMINANT_MENTIONS times in the sentences up to the figure's, and twice as often as any other
 * ("BANGKOK - Thailand's economy…, the Bank of Thailand said. … January/March imports grew to
 * 70.7 billion baht").
 */
export function dominantPlace(page: PageFacts, si: number, partner: string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (let i = Math.max(0, si - DOMINANT_SENTENCES); i <= si; i++) {
    for (const p of sentenceFacts(page, i).places) if (p.code !== partner) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= DOMINANT_MENTIONS && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** Does the flow point back to one named before ("the imports", "that surplus")? */
export function pointsBack(text: string, s: SentenceFacts, cue: CueMention): boolean {
  const m = POINTING_BACK.exec(text.slice(Math.max(s.start, cue.start - 40), cue.start));
  return (
    m !== null &&
    m[0]
      .trim()
      .split(SPACES)
      .slice(1)
      .every((w) => isFlowModifier(w.toLowerCase()))
  );
}

/** The two economies last named before sentence si ("trade between the two countries"). */
export function pairBefore(page: PageFacts, si: number): { reporter?: string; partner?: string } {
  for (let i = si - 1; i >= 0 && i >= si - PAIR_SENTENCES; i--) {
    const codes = [...new Set(sentenceFacts(page, i).places.map((p) => p.code))];
    if (codes.length >= 2) return { reporter: codes[codes.length - 2], partner: codes[codes.length - 1] };
  }
  return {};
}
