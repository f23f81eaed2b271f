// Generator of the trade-statistics KB (lib/kb/data/stats/) from the Census Bureau's US goods
// trade by partner and the US totals in ../shared/data/census-trade/ (SOURCES.md there):
//   meta.json              sources, caveats (in the project's words) and the partners
//   goods-by-partner.json  per partner and year: 12 monthly exports, 12 imports, annual exports, imports
//   us-totals.json         Census goods by month (SA and NSA) and year; BOP annual goods, services, both
// Millions of dollars, one decimal, one line per partner-year.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATS_FILES } from '../../../lib/kb/stats/files';
import { MONTHS } from '../../../lib/kb/stats/schema';
import type { GoodsByPartnerFile, StatPartner, StatsMeta, UsTotalsFile } from '../../../lib/kb/stats/types';
import { validateStats } from '../../../lib/kb/stats/validate';
import { jsonFile, oneDecimal } from '../json';
import { partnerCodes, readCountries, WORLD_NSA, WORLD_SA } from '../partners';
import type { GeneratedFile } from '../run';

interface PartnerRow {
  country_code: string;
  year: number;
  exports: (number | null)[];
  imports: (number | null)[];
  exports_year: number;
  imports_year: number;
}

interface NationalRow {
  period: string;
  frequency: 'monthly' | 'annual';
  basis: 'census' | 'bop';
  scope: 'goods' | 'services' | 'goods_services';
  adjustment: 'sa' | 'nsa';
  exports: number;
  imports: number;
  balance: number;
}

const CENSUS_BALANCE_PAGE = 'https://www.census.gov/foreign-trade/balance/';
const censusPage = (code: string) => `${CENSUS_BALANCE_PAGE}c${code}.html`;

/** The sources and their caveats, in the project's own words. */
function sources(worldSa: string, worldNsa: string): StatsMeta['sources'] {
  return {
    'census-partner': {
      title: 'U.S. Trade in Goods by Country',
      publisher: 'U.S. Census Bureau',
      url: CENSUS_BALANCE_PAGE,
      partnerUrl: `${CENSUS_BALANCE_PAGE}c{census}.html`,
      caveat:
        'Goods only, as recorded by US customs (Census basis), not seasonally adjusted. These are the ' +
        'current figures, after the revisions Census makes each year; the first release, which news ' +
        'reports quote, can differ from them, usually by well under one percent and sometimes by a few.',
    },
    'census-world': {
      title: 'U.S. Trade in Goods by Country',
      publisher: 'U.S. Census Bureau',
      url: censusPage(worldSa),
      nsaUrl: censusPage(worldNsa),
      caveat:
        'US goods trade with the whole world on the Census basis. Monthly figures are seasonally adjusted, ' +
        'as in the monthly release, unless shown as not adjusted. These are current, revised figures; the ' +
        "release quoted at the time, and the monthly release's balance-of-payments basis, can differ slightly.",
    },
    'bop-world': {
      title: 'U.S. International Trade in Goods and Services',
      publisher: 'U.S. Bureau of Economic Analysis and U.S. Census Bureau',
      url: 'https://www.bea.gov/data/intl-trade-investment/international-trade-goods-and-services',
      caveat:
        'Annual totals on the balance-of-payments basis, the basis of the headline US trade deficit; ' +
        'only whole years are kept here. Goods on this basis differ a little from the Census-basis goods ' +
        'figures by country. These are current, revised figures, which can differ from the first release.',
    },
  };
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const amount = (v: number | null): number | null => (v === null ? null : oneDecimal(v));
const complete = (months: (number | null)[]) => months.length === MONTHS && months.every((v) => v !== null);

function monthsOf(row: { exports: (number | null)[]; imports: (number | null)[] }, where: string): (number | null)[] {
  if (row.exports.length !== MONTHS || row.imports.length !== MONTHS) throw new Error(`${where}: expected 12 monthly exports and imports`);
  return [...row.exports.map(amount), ...row.imports.map(amount)];
}

export function generate(sharedDataDir: string): GeneratedFile[] {
  const dir = join(sharedDataDir, 'census-trade');
  const codes = partnerCodes(readCountries(sharedDataDir));

  // By partner: one row per partner and year, in files by year.
  const years = new Map<string, Map<number, (number | null)[]>>();
  const yearFiles = readdirSync(join(dir, 'by-partner'))
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort();
  for (const file of yearFiles) {
    for (const row of readJson<PartnerRow[]>(join(dir, 'by-partner', file))) {
      const where = `census-trade/by-partner/${file} › ${row.country_code}`;
      if (`${row.year}.json` !== file) throw new Error(`${where}: year ${row.year} in the file of another year`);
      const code = codes.get(row.country_code);
      if (!code) throw new Error(`${where}: not in countries.json`);
      const finished = complete(row.exports) && complete(row.imports);
      const values = [...monthsOf(row, where), finished ? amount(row.exports_year) : null, finished ? amount(row.imports_year) : null];
      const byYear = years.get(code.key) ?? new Map();
      if (byYear.has(row.year)) throw new Error(`${where}: a second row for ${code.key} in ${row.year}`);
      byYear.set(row.year, values);
      years.set(code.key, byYear);
    }
  }
  const partnerKeys = [...years.keys()].sort();
  const goods: GoodsByPartnerFile = {
    unit: 'millions of US dollars',
    layout: 'partners › year: 12 monthly exports, 12 monthly imports, annual exports, annual imports; null where not yet published',
    partners: Object.fromEntries(partnerKeys.map((k) => [k, Object.fromEntries(years.get(k)!)])),
  };

  // US totals with the world.
  const national = readJson<NationalRow[]>(join(dir, 'national.json'));
  const sa: Record<string, (number | null)[]> = {};
  const nsa: Record<string, (number | null)[]> = {};
  const censusAnnual = new Map<string, NationalRow>();
  const bop: Record<'goods' | 'services' | 'goods_services', Record<string, number[]>> = { goods: {}, services: {}, goods_services: {} };
  const monthSlot = (rec: Record<string, (number | null)[]>, length: number, period: string) => {
    const year = period.slice(0, 4);
    rec[year] ??= new Array(length).fill(null);
    return { values: rec[year], month: Number(period.slice(5, 7)) - 1 };
  };
  for (const r of national) {
    const where = `census-trade/national.json › ${r.period} ${r.basis} ${r.scope} ${r.adjustment}`;
    if (r.frequency === 'monthly' && r.basis === 'census' && r.scope === 'goods') {
      const { values, month } = monthSlot(r.adjustment === 'sa' ? sa : nsa, r.adjustment === 'sa' ? 2 * MONTHS : 2 * MONTHS + 2, r.period);
      if (!(month >= 0 && month < MONTHS)) throw new Error(`${where}: not a month`);
      values[month] = amount(r.exports);
      values[MONTHS + month] = amount(r.imports);
    } else if (r.frequency === 'annual' && r.basis === 'census' && r.scope === 'goods') censusAnnual.set(r.period, r);
    else if (r.frequency === 'annual' && r.basis === 'bop') bop[r.scope][r.period] = [r.exports, r.imports, r.balance].map(oneDecimal);
    else throw new Error(`${where}: a series the generator does not know`);
  }
  for (const [year, values] of Object.entries(nsa)) {
    const a = censusAnnual.get(year);
    const finished = complete(values.slice(0, MONTHS)) && complete(values.slice(MONTHS, 2 * MONTHS));
    if (finished && !a) throw new Error(`census-trade/national.json › ${year}: no Census annual goods total`);
    values[2 * MONTHS] = finished ? oneDecimal(a!.exports) : null;
    values[2 * MONTHS + 1] = finished ? oneDecimal(a!.imports) : null;
  }
  const totals: UsTotalsFile = {
    unit: 'millions of US dollars',
    layout:
      'census-goods-sa › year: 12 monthly exports, 12 monthly imports; census-goods-nsa › year: the same, then annual exports and imports; ' +
      'bop-* › year: exports, imports, balance; null where not yet published',
    'census-goods-sa': sa,
    'census-goods-nsa': nsa,
    'bop-goods': bop.goods,
    'bop-services': bop.services,
    'bop-goods+services': bop.goods_services,
  };

  // Partners: those with data, and the world.
  const allYears = (rec: Record<string, unknown>) => Object.keys(rec).map(Number);
  const world = codes.get(WORLD_SA)!;
  const worldNsa = codes.get(WORLD_NSA)!;
  const byKey = new Map([...codes.values()].map((c) => [c.key, c]));
  const worldYears = allYears(nsa);
  const partners: StatPartner[] = [
    ...partnerKeys.map((key) => {
      const c = byKey.get(key)!;
      const ys = [...years.get(key)!.keys()];
      return { key, name: c.name, kind: c.kind, census: c.census, sourceCode: c.sourceCode, from: Math.min(...ys), to: Math.max(...ys) };
    }),
    {
      key: 'WORLD',
      name: world.name,
      kind: 'world' as const,
      census: world.census,
      sourceCode: world.sourceCode,
      from: Math.min(...worldYears),
      to: Math.max(...worldYears),
    },
  ];
  const meta: StatsMeta = { sources: sources(world.census, worldNsa.census), partners };

  validateStats({
    meta: { file: STATS_FILES.meta, data: meta },
    goods: { file: STATS_FILES.goods, data: goods },
    totals: { file: STATS_FILES.totals, data: totals },
  });
  return [
    { path: STATS_FILES.meta, content: jsonFile(meta, 2) },
    { path: STATS_FILES.goods, content: jsonFile(goods, 3) },
    { path: STATS_FILES.totals, content: jsonFile(totals, 2) },
  ];
}
