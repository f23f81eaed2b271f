// What the tariff-action section of a figure's card says: the action, its law and documents, its
// dates, the countries and goods it covers, and whether it applied on the article's date. Plain
// data from a TariffLink alone (no knowledge base at hand); components/TariffAction.tsx lays it out.
import { t } from '../i18n';
import { EU_MEMBERS } from '../kb/tariffs/coverage';
import type { TariffActionRef, TariffLink } from '../kb/tariffs/link';
import { formatKbDate, formatMoneyShort, formatPercent } from './format';
import { countryName } from './official';

export type TariffState = 'in-force' | 'ended' | 'not-yet' | 'unknown';

export interface TariffCardData {
  /** "Tariff action · IEEPA". */
  kicker: string;
  title: string;
  /** "145% = 125% + 20%", "25%", "Goods covered: $50 billion". */
  figure: string;
  state: TariffState;
  /** "In force on the article's date", "Ended 14 May 2025", … */
  status: string;
  /** Law, documents, dates, countries, goods: one line each. */
  lines: string[];
  /** The other actions whose rates stack with this one, or whose goods add to its own. */
  parts: string[];
  sources: string[];
}

/** Countries a reader can take in: the EU's members as one, at most six names. */
const MAX_COUNTRIES = 6;

function countryList(codes: string[]): string {
  let list = codes;
  if (EU_MEMBERS.every((m) => list.includes(m))) list = ['EU', ...list.filter((c) => !(EU_MEMBERS as readonly string[]).includes(c))];
  const names = list.slice(0, MAX_COUNTRIES).map((c) => countryName(c) ?? c);
  const rest = list.length - names.length;
  return rest > 0 ? t('tariff_countries_more', names.join(', '), rest) : names.join(', ');
}

function countriesLine(a: TariffActionRef): string {
  if (a.countries === 'all') return a.except.length ? t('tariff_countries_all_except', countryList(a.except)) : t('tariff_countries_all');
  return t('tariff_countries', countryList(a.countries));
}

function datesLine(a: TariffActionRef): string {
  const effective = t('tariff_effective', formatKbDate(a.effective));
  return a.announced && a.announced !== a.effective ? `${t('tariff_announced', formatKbDate(a.announced))} · ${effective}` : effective;
}

function documentsLine(a: TariffActionRef): string | undefined {
  const docs = [
    ...(a.executiveOrders.length ? [t('tariff_executive_orders', a.executiveOrders.join(', '))] : []),
    ...(a.federalRegister.length ? [t('tariff_federal_register', a.federalRegister.join(', '))] : []),
  ];
  return docs.length ? docs.join(' · ') : undefined;
}

/** Whether the action applied on the article's date (or today's, for a page without one). */
function statusOf(link: TariffLink): { state: TariffState; status: string } {
  const onPage = link.dateFrom === 'today' ? 'today' : 'page';
  if (link.allInForce === true) return { state: 'in-force', status: t(`tariff_in_force_${onPage}`) };
  if (link.allInForce === 'unknown') return { state: 'unknown', status: t('tariff_in_force_unknown') };
  const ended = [link, ...link.with].map((a) => a.ended).filter((d): d is string => !!d && d <= link.pageDate);
  if (ended.length) return { state: 'ended', status: t('tariff_ended', formatKbDate(ended.sort()[0])) };
  const start = [link, ...link.with]
    .map((a) => a.effective)
    .sort()
    .pop()!;
  return { state: 'not-yet', status: t(`tariff_not_yet_${onPage}`, formatKbDate(start)) };
}

function figureLine(link: TariffLink): string {
  if (link.kind === 'covered') return t('tariff_goods_covered', formatMoneyShort(link.value, 'USD'));
  const rates = [link, ...link.with].map((a) => a.rate).filter((r): r is number => r !== undefined);
  return rates.length > 1 ? `${formatPercent(link.value)} = ${rates.map((r) => formatPercent(r)).join(' + ')}` : formatPercent(link.value);
}

export function describeTariff(link: TariffLink): TariffCardData {
  const products = link.products.length ? [t('tariff_products', link.products.join(', '))] : [];
  const documents = documentsLine(link);
  const parts = link.with.map((a) =>
    a.rate !== undefined
      ? t('tariff_part_rate', formatPercent(a.rate), a.title, a.authorityName, formatKbDate(a.effective))
      : t('tariff_part', a.title, formatKbDate(a.effective)),
  );
  return {
    kicker: t('tariff_kicker', link.authorityName),
    title: link.title,
    figure: figureLine(link),
    ...statusOf(link),
    lines: [t('tariff_authority', link.legalReference), ...(documents ? [documents] : []), datesLine(link), countriesLine(link), ...products],
    parts,
    sources: [...new Set([link, ...link.with].flatMap((a) => a.sources))],
  };
}
