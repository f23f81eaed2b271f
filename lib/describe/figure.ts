// What a figure's card says: the amount normalised, what it measures, the sourced fact it
// refers to (and whether the page's number agrees with it), and how it relates to the other
// figures on the page and to reference totals. Plain data; components/ only lays it out.
import { measureLabel, t, uiLocale } from '../i18n';
import type { Figure } from '../types';
import type { TariffLink } from '../kb/tariffs/link';
import type { Fact, KnowledgeBase } from '../kb/schema';
import { sentenceAround } from '../text/sentence';
import { withinTolerance } from '../kb/link';
import { whyFigure, type WhyMarked } from './why';
import { describeStatistic, type StatisticCardData } from './statistic';
import { comparable, periodOf, sameMeasure, sameParties } from './like';
import { parsePeriod } from '../kb/stats/period';
import { formatKbDate, formatMoneyFull, formatMoneyShort, formatPercent, formatShare } from './format';

export interface FactSummary {
  id: string;
  measure: string;
  value: string;
  date: string;
  reportedBy: string;
  summary: string;
  sources: string[];
}

export type CheckVerdict = 'exact' | 'rounded' | 'differs';

export interface FigureCheck {
  verdict: CheckVerdict;
  /** "Agrees with the source, rounded" / "Differs from the source by $3.8 billion (1%)". */
  text: string;
}

export interface FigureCardData {
  kind: 'figure';
  text: string;
  /** "$375 billion", "25%", "$50–60 billion". */
  amount: string;
  /** "375,000,000,000 USD" (money) or the percentage spelled out. */
  normalised: string;
  /** A trade figure, or another figure (marked when the reader chose "all figures"). */
  trade: boolean;
  measure?: string;
  cue?: string;
  currencyInferred: boolean;
  /** The trade statistic it states, with its official value and verdict when the KB has the series. */
  statistic?: StatisticCardData;
  /** The US tariff action a rate or value of goods covered belongs to (components/TariffAction.tsx). */
  tariff?: TariffLink;
  fact?: FactSummary;
  check?: FigureCheck;
  /** Sentences relating this figure to others on the page and to reference totals. */
  relations: string[];
  /** "Why is this marked?" */
  why: WhyMarked;
}

export interface PageContext {
  text: string;
  figures: Figure[];
  kb: KnowledgeBase;
}

function amountOf(f: Figure): string {
  if (f.kind === 'percent') {
    return f.high !== undefined ? `${formatPercent(f.value, f.points)}–${formatPercent(f.high, f.points)}` : formatPercent(f.value, f.points);
  }
  const low = formatMoneyShort(f.value, f.currency);
  return f.high !== undefined ? `${low} – ${formatMoneyShort(f.high, f.currency)}` : low;
}

function normalisedOf(f: Figure): string {
  if (f.kind === 'percent') {
    const n = new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 3 }).format(f.value);
    return f.points ? t('percentage_points', n) : t('percent_spelled', n);
  }
  const low = formatMoneyFull(f.value, f.currency);
  return f.high !== undefined ? `${low} to ${formatMoneyFull(f.high, f.currency)}` : low;
}

/**
 * The unit of the last digit the writer gave: "$375 billion" is precise to 1e9,
 * "$375.2 billion" to 1e8. A difference within half of it is rounding, not a disagreement.
 */
export function writtenPrecision(f: Figure): number {
  const number = f.text.match(/\d[\d,]*(?:\.(\d+))?/);
  if (!number) return Math.abs(f.value) * 0.05; // spelled-out numbers: "five billion"
  const decimals = number[1]?.length ?? 0;
  const mantissa = Number(number[0].replace(/,/g, ''));
  if (!mantissa) return 0;
  const scale = Math.abs(f.value) / mantissa; // 1e9 for "billion"
  return scale * 10 ** -decimals;
}

export function checkAgainstFact(f: Figure, fact: Fact): FigureCheck {
  const diff = f.value - fact.value;
  const source = fact.kind === 'money' ? formatMoneyShort(fact.value, fact.currency ?? null) : formatPercent(fact.value);
  if (diff === 0) return { verdict: 'exact', text: t('check_exact', source) };
  if (Math.abs(diff) <= writtenPrecision(f) / 2 + 1e-6 * Math.abs(fact.value)) {
    return { verdict: 'rounded', text: t('check_rounded', source) };
  }
  const by = fact.kind === 'money' ? formatMoneyShort(Math.abs(diff), fact.currency ?? null) : formatPercent(Math.abs(diff));
  const rel = formatShare(Math.abs(diff) / Math.abs(fact.value));
  return { verdict: 'differs', text: t('check_differs', source, by, rel) };
}

function summariseFact(fact: Fact): FactSummary {
  return {
    id: fact.id,
    measure: fact.measure,
    value: fact.kind === 'money' ? formatMoneyShort(fact.value, fact.currency ?? null) : formatPercent(fact.value),
    date: formatKbDate(fact.date),
    reportedBy: fact.reportedBy,
    summary: fact.summary,
    sources: fact.sources,
  };
}

const TOTAL_MEASURE = /deficit|surplus|imports|exports|trade balance|two-way trade/i;

/** The partner as a reference label would name it ("China"), for telling a reference's measure. */
function partnerOf(f: Figure): string | undefined {
  if (f.check) return f.check.partnerName.replace(/\s*\(.*\)$/, '');
  try {
    return f.stat && /^[A-Z]{2}$/.test(f.stat.partner) ? new Intl.DisplayNames('en', { type: 'region' }).of(f.stat.partner) : undefined;
  } catch {
    return undefined;
  }
}

function relationsOf(f: Figure, page: PageContext, fact: Fact | undefined): string[] {
  if (f.kind !== 'money' || f.high !== undefined || f.value <= 0) return [];
  const out: string[] = [];
  const s = sentenceAround(page.text, f.start);
  const sentence = page.text.slice(s.start, s.end).toLowerCase();
  const period = periodOf(f, fact);

  // Reference totals: those the linked fact names, and those whose cue words are in this sentence.
  const wanted = new Set(fact?.related ?? []);
  for (const ref of page.kb.references) {
    if (ref.currency !== f.currency || ref.value <= f.value) continue;
    if (withinTolerance(f.value, ref.value, 0.02)) continue; // the figure is this total
    if (!wanted.has(ref.id) && !ref.cues.some((c) => sentence.includes(c.toLowerCase()))) continue;
    const refAmount = formatMoneyShort(ref.value, ref.currency);
    if (comparable(period, parsePeriod(String(ref.year)))) {
      out.push(t('relation_reference', amountOf(f), formatShare(f.value / ref.value), ref.label, refAmount));
    } else if (f.stat && period?.kind === 'year' && sameMeasure(f.stat, partnerOf(f), ref.label)) {
      // Another year of the same measure: only as a comparison over time, never as a share.
      const label = ref.label.replace(new RegExp(`\\b${ref.year}\\s+`), '');
      out.push(t('relation_over_time', ref.year, label, refAmount));
    }
  }

  // Totals on the same page: deficits, surpluses, imports, exports larger than this figure.
  const seen = new Set<number>();
  for (const other of page.figures) {
    if (other === f || !other.trade || other.kind !== 'money' || other.currency !== f.currency) continue;
    if (other.high !== undefined || other.value <= f.value || seen.has(other.value)) continue;
    if (!other.measure || !TOTAL_MEASURE.test(other.measure)) continue;
    if (!sameParties(f.stat, other.stat)) continue;
    if (!comparable(period, periodOf(other, other.kb ? page.kb.facts.find((x) => x.id === other.kb) : undefined))) continue;
    seen.add(other.value);
    out.push(t('relation_page', amountOf(f), formatShare(f.value / other.value), other.text, measureLabel(other.measure)));
    if (seen.size >= 2) break;
  }

  const repeats = page.figures.filter((o) => o !== f && o.kind === f.kind && o.currency === f.currency && o.value === f.value).length;
  if (repeats) out.push(repeats === 1 ? t('relation_repeats_once') : t('relation_repeats_n', repeats));
  return out;
}

export function describeFigure(f: Figure, page: PageContext): FigureCardData {
  const fact = f.kb ? page.kb.facts.find((x) => x.id === f.kb) : undefined;
  return {
    kind: 'figure',
    text: f.text,
    amount: amountOf(f),
    normalised: normalisedOf(f),
    trade: f.trade,
    measure: f.measure,
    cue: f.cue,
    currencyInferred: Boolean(f.currencyInferred),
    statistic: describeStatistic(f),
    ...(f.tariff ? { tariff: f.tariff } : {}),
    fact: fact && summariseFact(fact),
    check: fact ? checkAgainstFact(f, fact) : undefined,
    relations: relationsOf(f, page, fact),
    why: whyFigure(f, page.text),
  };
}
