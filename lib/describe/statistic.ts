// What a card says about a trade statistic a figure states (lib/kb/stats/read/link.ts): what it
// measures in words, and, when the knowledge base holds the series, the official value, whether
// the page agrees with it, the source and the series by year for a chart. A statistic without a
// series (another country's, or a US series the data lacks) is described, never checked: a US
// mirror figure measures something else. Pure: components/ lays it out.
import { t, uiLocale, type MessageKey } from '../i18n';
import type { Figure } from '../types';
import type { LinkedStat, StatCheck } from '../kb/stats/read';
import { monthOfYear, parsePeriod, yearOfMonth, type Period } from '../kb/stats/period';
import { formatMoneyShort, formatShare } from './format';
import { statChart, type StatChartData } from './stat-chart';

export type { StatChartData } from './stat-chart';

export interface StatCheckData {
  verdict: StatCheck['verdict'];
  /** "Official figure: $297.0 billion (U.S. Census Bureau)". */
  official: string;
  /** "Agrees with the official figure (U.S. Census Bureau).", "Close to …", "Differs …". */
  text: string;
  /** The series' title, publisher and page, and its release and revision caveat. */
  source: string;
  publisher: string;
  url: string;
  caveat: string;
  chart: StatChartData;
}

export interface StatisticCardData {
  /** "US goods trade deficit with China, 2024". */
  statement: string;
  check?: StatCheckData;
  /** Without a check: what the page states, and that there is no series to check it against. */
  unchecked?: string[];
}

const isEnglish = () => /^en\b/i.test(uiLocale());

/** English names that read with "the": "the United States", "the European Union". */
const WITH_ARTICLE = /^(?:United |European |Netherlands$|Philippines$|Czech Republic|Dominican Republic|Bahamas|Gambia|Central African|Pacific Rim)/;

/** A place in the reader's language: the series' own name in English, Intl's otherwise. */
export function placeName(code: string, seriesName?: string): string {
  const plain = seriesName?.replace(/\s*\(.*\)$/, '');
  let name = isEnglish() && plain ? plain : undefined;
  if (!name && /^[A-Z]{2}$/.test(code)) {
    try {
      const intl = new Intl.DisplayNames(uiLocale(), { type: 'region' }).of(code);
      if (intl && intl !== code) name = intl;
    } catch {
      // not a region Intl knows: fall through to the series' name
    }
  }
  name ??= plain ?? code;
  return isEnglish() && WITH_ARTICLE.test(name) ? `the ${name}` : name;
}

const monthName = (m: number) =>
  new Intl.DateTimeFormat(uiLocale(), { timeZone: 'UTC', month: 'long' }).format(new Date(Date.UTC(yearOfMonth(m), monthOfYear(m) - 1, 1)));
const monthAndYear = (m: number) =>
  new Intl.DateTimeFormat(uiLocale(), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(yearOfMonth(m), monthOfYear(m) - 1, 1)));

/** "2024", "March 2025", "Q2 2025", "first half of 2025", "January–May 2025". */
export function periodLabel(period: string | Period): string {
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  if (!p) return String(period);
  const year = yearOfMonth(p.first);
  switch (p.kind) {
    case 'year':
      return String(year);
    case 'month':
      return monthAndYear(p.first);
    case 'quarter':
      return t('stat_quarter', (monthOfYear(p.first) - 1) / 3 + 1, year);
    case 'half':
      return t(monthOfYear(p.first) === 1 ? 'stat_half_1' : 'stat_half_2', year);
    case 'span':
      return yearOfMonth(p.last) === year ? `${monthName(p.first)}–${monthName(p.last)} ${year}` : `${monthAndYear(p.first)} – ${monthAndYear(p.last)}`;
  }
}

const SCOPE: Record<LinkedStat['scope'], MessageKey> = {
  goods: 'stat_scope_goods',
  services: 'stat_scope_services',
  'goods+services': 'stat_scope_goods_services',
};

/** Deficit or surplus: the official sign when there is one, else the words the page used. */
function balanceKind(check: StatCheck | undefined, measure: string | undefined): 'deficit' | 'surplus' | 'balance' {
  if (check && check.official !== 0) return check.official < 0 ? 'deficit' : 'surplus';
  if (measure && /deficit/i.test(measure)) return 'deficit';
  if (measure && /surplus/i.test(measure)) return 'surplus';
  return 'balance';
}

function flowKey(stat: LinkedStat, check: StatCheck | undefined, measure: string | undefined): MessageKey {
  const world = stat.partner === 'WORLD' ? '_world' : '';
  if (stat.flow !== 'balance') return `stat_${stat.flow}${world}` as MessageKey;
  const kind = balanceKind(check, measure);
  return `stat_balance${kind === 'balance' ? '' : `_${kind}`}${world}` as MessageKey;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "US goods trade deficit with China": the measure without its period. */
export function statMeasure(stat: LinkedStat, check?: StatCheck, measure?: string): string {
  const reporter = stat.reporter === 'US' ? t('stat_reporter_us') : t('stat_reporter', placeName(stat.reporter));
  const partner = placeName(stat.partner, check?.partnerName);
  return capitalised(t(flowKey(stat, check, measure), reporter, t(SCOPE[stat.scope]), partner));
}

/** "US goods trade deficit with China, 2024". */
export function statStatement(stat: LinkedStat, check?: StatCheck, measure?: string): string {
  return t('stat_when', statMeasure(stat, check, measure), periodLabel(stat.period));
}

/** Decimals of the page's number, so that the official value is shown to the same precision. */
function writtenDecimals(text: string): number {
  const m = text.match(/\d[\d,]*(?:\.(\d+))?/);
  return Math.min(2, Math.max(1, m?.[1]?.length ?? 0));
}

function verdictText(check: StatCheck, official: string, digits: number): string {
  switch (check.verdict) {
    case 'agrees':
      return t('stat_agrees', check.publisher);
    case 'close':
      return t('stat_close', official);
    case 'differs': {
      const by = formatMoneyShort(Math.abs(check.difference), 'USD', uiLocale(), digits);
      return t('stat_differs', by, formatShare(Math.abs(check.difference) / Math.abs(check.official || 1)));
    }
  }
}

/** The statistic section of a figure's card, or undefined for a figure that states none. */
export function describeStatistic(f: Figure): StatisticCardData | undefined {
  const stat = f.stat;
  if (!stat) return undefined;
  const check = f.check;
  const statement = statStatement(stat, check, f.measure);
  if (!check) {
    const amount = formatMoneyShort(stat.value, stat.currency);
    const lines = [stat.source ? t('stat_states_source', amount, stat.source) : t('stat_states', amount), t('stat_no_series')];
    const mirror = f.mirror;
    if (mirror) {
      // The US side of the same trade: said as another measurement, never as a verdict.
      const us: LinkedStat = {
        reporter: 'US',
        partner: mirror.partner,
        flow: mirror.flow,
        scope: 'goods',
        period: mirror.period,
        value: mirror.value,
        currency: 'USD',
      };
      lines.push(t('stat_mirror', formatMoneyShort(Math.abs(mirror.value), 'USD'), statStatement(us, undefined, undefined), mirror.publisher));
    }
    return { statement, unchecked: lines };
  }
  const digits = writtenDecimals(f.text);
  const official = formatMoneyShort(Math.abs(check.official), 'USD', uiLocale(), digits);
  return {
    statement,
    check: {
      verdict: check.verdict,
      official: t('stat_official', official, check.publisher),
      text: verdictText(check, official, digits),
      source: check.source,
      publisher: check.publisher,
      url: check.url,
      caveat: check.caveat,
      chart: statChart(stat, check, statMeasure(stat, check, f.measure), periodLabel(stat.period), digits),
    },
  };
}
