// Number, money and date wording for cards and the popup. Pure and locale-aware through Intl,
// in the reader's language (lib/i18n.ts), so the popup, the cards and the command-line tools
// print figures the same way. English keeps the wording of news copy ("$375 billion",
// "13 Feb 2017"); other languages get Intl's own ("375 Milliarden USD", "13. Feb. 2017").
import { t, uiLocale } from '../i18n';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥' };

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const isEnglish = (locale: string) => /^en\b/i.test(locale);

function trimNumber(x: number, locale: string, maxDigits = 1, minDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits }).format(x);
}

/**
 * "$375 billion", "€3.5 billion", "2 trillion CNY": how a reader would say the amount.
 * `digits` fixes the decimals of a scaled amount ("$297.0 billion" beside a page's "$295.4 billion").
 */
export function formatMoneyShort(value: number, currency: string | null, locale = uiLocale(), digits?: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const max = digits ?? 1;
  const min = digits ?? 0;
  if (!isEnglish(locale)) {
    const number =
      abs >= 1e6
        ? new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: max, minimumFractionDigits: min }).format(abs)
        : trimNumber(abs, locale, 2);
    return `${sign}${number} ${currency ?? ''}`.trim();
  }
  const scale = SCALES.find(([n]) => abs >= n);
  const number = scale ? `${trimNumber(abs / scale[0], locale, max, min)} ${scale[1]}` : trimNumber(abs, locale, 2);
  const symbol = currency ? SYMBOLS[currency] : undefined;
  if (symbol && (currency === 'USD' || currency === 'EUR' || currency === 'GBP')) return `${sign}${symbol}${number}`;
  return `${sign}${number} ${currency ?? ''}`.trim();
}

/** "375,000,000,000 USD": the value in base units, nothing rounded. */
export function formatMoneyFull(value: number, currency: string | null, locale = uiLocale()): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} ${currency ?? t('currency_unknown')}`;
}

export function formatPercent(value: number, points = false, locale = uiLocale()): string {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  if (points) return t('percentage_points', n);
  return isEnglish(locale) ? `${n}%` : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 }).format(value / 100);
}

/** Ratio as a rounded percentage a reader can hold in mind: "about 27%", "about 0.4%". */
export function formatShare(ratio: number, locale = uiLocale()): string {
  const pct = ratio * 100;
  const digits = pct >= 5 ? 0 : pct >= 1 ? 1 : 2;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** A bar's share of the largest, to the whole percent ("27%"). */
export function formatShareOfMax(fraction: number, locale = uiLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017", "Mar 2018", "13 Feb 2017" from the knowledge base's YYYY[-MM[-DD]] dates. */
export function formatKbDate(date: string, locale = uiLocale()): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  if (!isEnglish(locale)) {
    const when = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', ...(d ? { day: 'numeric' } : {}) }).format(when);
  }
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatTerm(from: string, to: string | undefined, locale = uiLocale()): string {
  return to ? `${formatKbDate(from, locale)} – ${formatKbDate(to, locale)}` : t('term_since', formatKbDate(from, locale));
}
