// The keys Footnote gives trade partners: ISO 3166 alpha-2 where the partner has one (the code
// the labelled corpus and the officials use), `EU`, `WORLD`, and readable codes for the rest.
// Read from ../shared/data/census-trade/countries.json; shared by the generators.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartnerKind } from '../../lib/kb/stats/types';

export interface CountryRow {
  country_code: string;
  census_code: string;
  name: string;
  iso2: string | null;
  kind: string;
  is_aggregate: boolean;
  first_year: number;
  last_year: number;
}

export interface PartnerCode {
  key: string;
  name: string;
  kind: PartnerKind;
  /** The current Census code (its page is c<code>.html). */
  census: string;
  sourceCode: string;
}

/** Census's world totals: seasonally adjusted, and not. */
export const WORLD_SA = 'AGG_0004';
export const WORLD_NSA = 'AGG_0015';

/** Aggregates, with names of our own, and partners with no current ISO alpha-2 code. */
const SPECIAL: Record<string, { key: string; name?: string }> = {
  AGG_0003: { key: 'EU', name: 'European Union' },
  AGG_0004: { key: 'WORLD', name: 'World' },
  AGG_0015: { key: 'WORLD_NSA', name: 'World (not seasonally adjusted)' },
  AGG_0005: { key: 'NAFTA_MX', name: 'NAFTA: Mexico (imports for consumption)' },
  AGG_0006: { key: 'NAFTA_CA', name: 'NAFTA: Canada (imports for consumption)' },
  AGG_0007: { key: 'ADVANCED_TECHNOLOGY', name: 'Advanced technology products' },
  AGG_0009: { key: 'SOUTH_CENTRAL_AMERICA', name: 'South and Central America' },
  AGG_0010: { key: 'NORTH_AMERICA', name: 'North America' },
  AGG_0012: { key: 'EUROPE', name: 'Europe' },
  AGG_0013: { key: 'AFRICA', name: 'Africa' },
  AGG_0014: { key: 'PACIFIC_RIM', name: 'Pacific Rim' },
  AGG_0016: { key: 'ASIA', name: 'Asia' },
  AGG_0017: { key: 'CAFTA_DR', name: 'CAFTA-DR' },
  AGG_0018: { key: 'OCEANIA', name: 'Australia and Oceania' },
  AGG_0019: { key: 'SUB_SAHARAN_AFRICA', name: 'Sub-Saharan Africa' },
  AGG_0021: { key: 'USMCA_MX', name: 'USMCA: Mexico (imports for consumption)' },
  AGG_0022: { key: 'USMCA_CA', name: 'USMCA: Canada (imports for consumption)' },
  UNALLOC_8220: { key: 'UNIDENTIFIED', name: 'Unidentified countries' },
  UNALLOC_8500: { key: 'INTERNATIONAL_ORGANIZATIONS', name: 'International organizations' },
  // Former states: their withdrawn alpha-2 codes (the labelled corpus writes SU for the Soviet
  // Union), except Serbia and Montenegro, whose CS of 2003-2006 is Czechoslovakia's here: it gets
  // its ISO 3166-3 code.
  SUN: { key: 'SU' },
  YUG: { key: 'YU' },
  ANT: { key: 'AN' },
  CSK: { key: 'CS' },
  SCG: { key: 'CSXX' },
  // Kosovo: the user-assigned code the EU and the IMF use.
  XKX: { key: 'XK' },
  // Census reports these apart; ISO's PS covers both.
  XGZ: { key: 'GAZA_STRIP' },
  XWB: { key: 'WEST_BANK' },
};

const KINDS: PartnerKind[] = ['country', 'former', 'group', 'region', 'product', 'unallocated', 'world'];

export function readCountries(sharedDataDir: string): CountryRow[] {
  return JSON.parse(readFileSync(join(sharedDataDir, 'census-trade', 'countries.json'), 'utf8'));
}

/** Every source code's partner key, name and current Census code. Fails on a code with no key, or two codes with one key. */
export function partnerCodes(rows: CountryRow[]): Map<string, PartnerCode> {
  const byCode = new Map<string, CountryRow[]>();
  for (const r of rows) byCode.set(r.country_code, [...(byCode.get(r.country_code) ?? []), r]);
  const out = new Map<string, PartnerCode>();
  const keyOwner = new Map<string, string>();
  for (const [code, list] of [...byCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // A country Census has coded twice (Serbia, Sudan, Ethiopia): the latest code, and the ISO code any row gives.
    const latest = list.reduce((a, b) => (b.last_year > a.last_year ? b : a));
    const iso2 = list.find((r) => r.iso2)?.iso2;
    const special = SPECIAL[code];
    const key = iso2 ?? special?.key;
    if (!key) throw new Error(`countries.json: ${code} (${latest.name}) has no ISO alpha-2 code: give it a key in scripts/kb/partners.ts`);
    const before = keyOwner.get(key);
    if (before) throw new Error(`countries.json: ${code} and ${before} would both be partner ${key}`);
    keyOwner.set(key, code);
    const kind = KINDS.includes(latest.kind as PartnerKind) ? (latest.kind as PartnerKind) : 'group';
    out.set(code, { key, name: special?.name ?? latest.name, kind, census: latest.census_code, sourceCode: code });
  }
  return out;
}

/** ISO alpha-3 → alpha-2, for the tariff actions' country lists. */
export function alpha2ByAlpha3(rows: CountryRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of rows) if (r.iso2) map.set(r.country_code, r.iso2);
  return map;
}
