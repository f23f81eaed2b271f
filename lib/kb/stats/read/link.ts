// linkStatistic: the statistic a figure states, with the official value when the knowledge base
// holds the series (US goods by partner and US totals) and the check of the page's figure
// against it. Where the text does not say goods or goods and services, the series the figure
// matches decides: a US monthly "trade deficit" is the goods-and-services headline, which the
// data has only by year, so when the goods series does not match, the figure is taken as the
// headline and left unchecked.
import { lookupStat } from '../bundled';
import { checkStat, type Verdict } from '../check';
import type { Flow, Scope, StatPoint, StatResult } from '../types';
import { readStatistic, type ReadableFigure } from './read';

export interface LinkableFigure extends ReadableFigure {
  text: string;
  value: number;
  currency: string | null;
}

export interface LinkedStat {
  reporter: string;
  partner: string;
  flow: Flow;
  scope: Scope;
  period: string;
  /** The page's value as written, in its currency. */
  value: number;
  currency: string | null;
  /** The office the page quotes for it, when it names one. */
  source?: string;
}

export interface StatCheck {
  verdict: Verdict;
  /** The official value (for a balance, negative for a US deficit), US dollars. */
  official: number;
  /** |page value| − |official value|. */
  difference: number;
  /** The official series the value comes from: title, publisher, page and caveat. */
  source: string;
  publisher: string;
  url: string;
  caveat: string;
  /** The partner as the series names it ("China", "European Union"). */
  partnerName: string;
  /** The same measure by year, oldest first, for the card's chart. */
  series: readonly StatPoint[];
}

/**
 * The US side of another economy's statistic with the US ("China's exports to the US"): the same
 * trade as the US measures it. A different measurement (another customs office, goods valued at
 * the other border, shipments through third countries counted otherwise), shown beside the
 * figure, never as a check of it.
 */
export interface MirrorStat {
  /** The US statistic: reporter US, the other economy as partner, the flow seen from the US. */
  partner: string;
  partnerName: string;
  flow: Flow;
  period: string;
  /** US dollars; for a balance, the US balance (negative for a US deficit). */
  value: number;
  source: string;
  publisher: string;
  url: string;
}

export interface StatLink {
  stat: LinkedStat;
  check?: StatCheck;
  mirror?: MirrorStat;
}

/** The flow as the US reports the same trade: the other's exports are US imports, and so on. */
const MIRRORED: Record<Flow, Flow> = { exports: 'imports', imports: 'exports', balance: 'balance', total: 'total' };

/** The US statistic mirroring another economy's statistic with the US, when the KB holds it. */
function mirrorOf(stat: LinkedStat): MirrorStat | undefined {
  if (stat.reporter === 'US' || stat.partner !== 'US' || stat.scope !== 'goods') return undefined;
  const result = lookupStat({ reporter: 'US', partner: stat.reporter, flow: MIRRORED[stat.flow], scope: 'goods', period: stat.period });
  if (!result) return undefined;
  return {
    partner: result.partner,
    partnerName: result.partnerName,
    flow: result.flow,
    period: result.period,
    value: result.value,
    source: result.source,
    publisher: result.publisher,
    url: result.url,
  };
}

/**
 * Whether statistics of other reporters than the US are linked (without a check: the KB has no
 * series for them). Measured on the labelled 2025 articles, see scripts/kb/score-stats.ts.
 */
export const LINK_OTHER_REPORTERS = true;

const MATCHES = new Set<Verdict>(['agrees', 'close']);
/**
 * A page's figure this far from the official value is taken as a misreading (another partner,
 * period or flow than the reader found), not as the writer's mistake: revisions move such
 * figures by a few percent, goods against goods and services by a quarter or more.
 */
export const MISREAD_SHARE = 0.25;

function checked(result: StatResult, figure: LinkableFigure): StatCheck {
  const c = checkStat(figure.value, figure.text, result);
  return {
    verdict: c.verdict,
    official: c.official,
    difference: c.difference,
    source: result.source,
    publisher: result.publisher,
    url: result.url,
    caveat: result.caveat,
    partnerName: result.partnerName,
    series: result.series,
  };
}

/** The statistic the figure states and, when the KB holds its series, how it compares. */
export function linkStatistic(text: string, figure: LinkableFigure, pageDate?: string): StatLink | undefined {
  const r = readStatistic(text, figure, pageDate);
  if (!r) return undefined;
  const stat: LinkedStat = {
    reporter: r.reporter,
    partner: r.partner,
    flow: r.flow,
    scope: r.scope,
    period: r.period,
    value: figure.value,
    currency: figure.currency,
    ...(r.source ? { source: r.source } : {}),
  };
  const checkable = r.reporter === 'US' && figure.currency === 'USD';
  // A period nobody wrote is kept only when the official series confirms it.
  if (!checkable) {
    if (r.periodImplied || !LINK_OTHER_REPORTERS) return undefined;
    const mirror = mirrorOf(stat);
    return mirror ? { stat, mirror } : { stat };
  }

  const scopes: Scope[] = r.scopeWritten ? [r.scope] : r.partner === 'WORLD' ? ['goods', 'goods+services'] : ['goods'];
  let fallback: StatCheck | undefined;
  for (const scope of scopes) {
    const result = lookupStat({ reporter: 'US', partner: r.partner, flow: r.flow, scope, period: r.period });
    if (!result) continue;
    const check = checked(result, figure);
    if (MATCHES.has(check.verdict)) return { stat: { ...stat, scope }, check };
    if (scope === scopes[scopes.length - 1]) fallback = check;
  }
  if (r.periodImplied) return undefined;
  if (fallback && Math.abs(fallback.difference) > MISREAD_SHARE * Math.abs(fallback.official)) return undefined;
  // No series matches: the US headline with the world is goods and services.
  const scope = scopes[scopes.length - 1];
  return fallback ? { stat: { ...stat, scope }, check: fallback } : { stat: { ...stat, scope } };
}
