// Validation of the generated trade-statistics files. The generator runs it before writing (so
// `npm run kb:build` fails on a malformed entry) and the tests run it on the committed files.
// Problems read "file › entry › field: problem", the style of lib/kb/validate.ts.
import * as v from 'valibot';
import { KbValidationError } from '../validate';
import { BopYear, FileHead, MONTHS, MonthlyYear, PartnerYear, StatPartner, StatsMetaTop, YearRecord } from './schema';
import type { StatsData } from './types';

export interface StatsSources {
  meta: { file: string; data: unknown };
  goods: { file: string; data: unknown };
  totals: { file: string; data: unknown };
}

/** A valibot issue's path as "a.b[3]", after `prefix`; "(entry)" when the issue is about the entry itself. */
export function fieldPath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  return keys.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), prefix) || '(entry)';
}

/** Checks `data` against `schema`, adding one problem per issue under `where` ("file › entry"). */
export function collectIssues<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  where: string,
  problems: string[],
  prefix = '',
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  for (const issue of result.issues) problems.push(`${where} › ${fieldPath(issue, prefix)}: ${issue.message}`);
  return undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Months not yet published are null, at the end of each flow's twelve, and only then are the annual values null. */
function checkUnfinishedYear(values: (number | null)[], withAnnual: boolean, where: string, problems: string[]): boolean {
  let unfinished = false;
  for (const start of [0, MONTHS]) {
    const months = values.slice(start, start + MONTHS);
    const firstNull = months.indexOf(null);
    if (firstNull < 0) continue;
    unfinished = true;
    const later = months.findIndex((x, i) => i > firstNull && x !== null);
    if (later >= 0) problems.push(`${where}[${start + later}]: a published month after an unpublished one (${start + firstNull})`);
  }
  if (withAnnual) {
    const annual = values.slice(2 * MONTHS);
    if (unfinished && annual.some((x) => x !== null)) problems.push(`${where}[${2 * MONTHS}]: an unfinished year has no annual values (null)`);
    if (!unfinished && annual.some((x) => x === null)) problems.push(`${where}[${2 * MONTHS}]: a finished year needs its annual values`);
  }
  return unfinished;
}

/** Years of one series: each checked with `schema`; an unfinished year must be the file's last. */
function checkYears(
  schema: v.GenericSchema,
  data: unknown,
  where: string,
  problems: string[],
  opts: { months: boolean; annual: boolean; lastYear: number },
): void {
  if (collectIssues(YearRecord, data, where, problems) === undefined) return;
  for (const [year, values] of Object.entries(data as Record<string, unknown>)) {
    const ok = collectIssues(schema, values, where, problems, year);
    if (!ok || !opts.months) continue;
    const unfinished = checkUnfinishedYear(ok as (number | null)[], opts.annual, `${where} › ${year}`, problems);
    if (unfinished && Number(year) !== opts.lastYear) problems.push(`${where} › ${year}: only the latest year (${opts.lastYear}) may be unfinished`);
  }
}

function latestYear(records: unknown[]): number {
  let max = 0;
  for (const r of records) if (isRecord(r)) for (const y of Object.keys(r)) if (/^\d{4}$/.test(y)) max = Math.max(max, Number(y));
  return max;
}

export function validateStats(sources: StatsSources): StatsData {
  const problems: string[] = [];
  const { meta, goods, totals } = sources;

  // meta.json: the sources, then the partners as a list of entries named by their key.
  const metaTop = collectIssues(StatsMetaTop, meta.data, meta.file, problems);
  const keys = new Set<string>();
  if (metaTop) {
    metaTop.partners.forEach((p, i) => {
      const key = isRecord(p) && typeof p.key === 'string' ? p.key : undefined;
      const where = `${meta.file} › ${key ? `entry ${i} (${key})` : `entry ${i}`}`;
      const ok = collectIssues(StatPartner, p, where, problems);
      if (key && keys.has(key)) problems.push(`${where} › key: "${key}" is already used`);
      if (key) keys.add(key);
      if (ok && ok.from > ok.to) problems.push(`${where} › to: ${ok.to} is before from ${ok.from}`);
    });
    if (!keys.has('WORLD')) problems.push(`${meta.file} › partners: needs the WORLD entry`);
  }

  // goods-by-partner.json: partners keyed by their key, each a record of years.
  if (collectIssues(FileHead, goods.data, goods.file, problems) && isRecord(goods.data)) {
    const partners = goods.data.partners;
    if (!isRecord(partners)) problems.push(`${goods.file} › partners: must be an object keyed by partner`);
    else {
      const lastYear = latestYear(Object.values(partners));
      for (const [key, years] of Object.entries(partners)) {
        const where = `${goods.file} › partner ${key}`;
        if (metaTop && !keys.has(key)) problems.push(`${where}: not among ${meta.file}'s partners`);
        checkYears(PartnerYear, years, where, problems, { months: true, annual: true, lastYear });
      }
    }
  }

  // us-totals.json: one record of years per series.
  if (collectIssues(FileHead, totals.data, totals.file, problems) && isRecord(totals.data)) {
    const t = totals.data;
    const lastYear = latestYear([t['census-goods-sa'], t['census-goods-nsa']]);
    const series: [string, v.GenericSchema, boolean, boolean][] = [
      ['census-goods-sa', MonthlyYear, true, false],
      ['census-goods-nsa', PartnerYear, true, true],
      ['bop-goods', BopYear, false, false],
      ['bop-services', BopYear, false, false],
      ['bop-goods+services', BopYear, false, false],
    ];
    for (const [name, schema, months, annual] of series) {
      if (!(name in t)) problems.push(`${totals.file} › ${name}: missing`);
      else checkYears(schema, t[name], `${totals.file} › ${name}`, problems, { months, annual, lastYear });
    }
  }

  if (problems.length) throw new KbValidationError(problems);
  return { meta: meta.data, goods: goods.data, totals: totals.data } as StatsData;
}
