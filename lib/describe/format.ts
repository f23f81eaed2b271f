// Number, money and date wording for cards. Pure and locale-aware through Intl, so the
// popup, the cards and the command-line tools print figures the same way.

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥' };

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function trimNumber(x: number, locale: string, maxDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(x);
}

/** "$375 billion", "€3.5 billion", "2 trillion CNY": how a reader would say the amount. */
export function formatMoneyShort(value: number, currency: string | null, locale = 'en-US'): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const scale = SCALES.find(([n]) => abs >= n);
  const number = scale ? `${trimNumber(abs / scale[0], locale)} ${scale[1]}` : trimNumber(abs, locale, 2);
  const symbol = currency ? SYMBOLS[currency] : undefined;
  if (symbol && (currency === 'USD' || currency === 'EUR' || currency === 'GBP')) return `${sign}${symbol}${number}`;
  return `${sign}${number} ${currency ?? ''}`.trim();
}

/** "375,000,000,000 USD": the value in base units, nothing rounded. */
export function formatMoneyFull(value: number, currency: string | null, locale = 'en-US'): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} ${currency ?? '(currency unknown)'}`;
}

export function formatPercent(value: number, points = false, locale = 'en-US'): string {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  return points ? `${n} percentage points` : `${n}%`;
}

/** Ratio as a rounded percentage a reader can hold in mind: "about 27%", "about 0.4%". */
export function formatShare(ratio: number, locale = 'en-US'): string {
  const pct = ratio * 100;
  const digits = pct >= 5 ? 0 : pct >= 1 ? 1 : 2;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(pct)}%`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017", "Mar 2018", "13 Feb 2017" from the knowledge base's YYYY[-MM[-DD]] dates. */
export function formatKbDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatTerm(from: string, to: string | undefined): string {
  return to ? `${formatKbDate(from)} – ${formatKbDate(to)}` : `since ${formatKbDate(from)}`;
}
