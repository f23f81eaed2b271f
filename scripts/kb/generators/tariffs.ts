// Generator of lib/kb/data/tariff-actions.json: the facts of ../shared/data/tariff-actions.json
// (dates, authorities, countries as ISO alpha-2, status, document numbers, links) with the
// project's own labels, summaries and rate lines from scripts/kb/curated/tariff-actions.json,
// plus the actions that file adds. Computes when each rate line stopped applying.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoverageUnion } from '../../../lib/kb/tariffs/coverage';
import { TARIFF_FILE } from '../../../lib/kb/tariffs/files';
import type { TariffAction, TariffFile, TariffLine, TariffSource } from '../../../lib/kb/tariffs/schema';
import { validateTariffs } from '../../../lib/kb/tariffs/validate';
import { jsonFile } from '../json';
import { alpha2ByAlpha3, readCountries } from '../partners';
import type { GeneratedFile } from '../run';

export const CURATED_FILE = fileURLToPath(new URL('../curated/tariff-actions.json', import.meta.url));

interface SharedAction {
  action_id: string;
  date: string;
  announced_date?: string;
  authority: TariffAction['authority'];
  authority_note?: string;
  kind: TariffAction['kind'];
  countries: 'all' | string[];
  legal_status: TariffAction['status'];
  rate_note?: string;
  links?: { eo_numbers?: number[] };
  federal_register_documents?: string[];
  court_case?: { name: string; docket: string; court: string };
  sources: { publisher: string; url: string; kind: 'primary' | 'secondary' }[];
}

interface CuratedLine {
  measure: string;
  authority?: TariffAction['authority'];
  rates: number[];
  products?: string[];
  countries?: string[];
  except?: string[];
}

interface CuratedWords {
  label: string;
  summary: string;
  note?: string;
  rateSource?: string;
  except?: string[];
  ends?: string[];
  covered?: number;
  coveredSource?: string;
  lines: CuratedLine[];
}

interface AddedAction extends CuratedWords {
  id: string;
  effective: string;
  announced?: string;
  authority: TariffAction['authority'];
  authorityNote?: string;
  kind: TariffAction['kind'];
  countries: 'all' | string[];
  status: TariffAction['status'];
  executiveOrders?: number[];
  federalRegister?: string[];
  court?: TariffAction['court'];
  sources: TariffSource[];
}

export interface CuratedTariffs {
  about: string;
  actions: Record<string, CuratedWords>;
  added: AddedAction[];
}

/** The percentages a rate note states ("From 25 percent to 35 percent" → 25, 35). */
export function statedRates(note: string | undefined): number[] {
  return [...(note ?? '').matchAll(/(\d+(?:\.\d+)?)\s*(?:percent|%)/g)].map((m) => Number(m[1]));
}

const nonEmpty = <T>(xs: T[] | undefined): T[] | undefined => (xs && xs.length ? xs : undefined);

/** One action in the output's key order; lines take the action's countries unless they name their own. */
function action(facts: Omit<AddedAction, keyof CuratedWords>, words: CuratedWords, curated: boolean): TariffAction {
  const lines: TariffLine[] = words.lines.map((l) => ({
    measure: l.measure,
    authority: l.authority,
    rates: l.rates,
    products: l.products,
    countries: l.countries ?? facts.countries,
    except: l.countries ? l.except : (l.except ?? words.except),
    from: facts.effective,
  }));
  return {
    id: facts.id,
    label: words.label,
    summary: words.summary,
    authority: facts.authority,
    authorityNote: facts.authorityNote,
    kind: facts.kind,
    announced: facts.announced,
    effective: facts.effective,
    status: facts.status,
    countries: facts.countries,
    except: words.except,
    lines,
    ends: words.ends,
    covered: words.covered,
    coveredSource: words.coveredSource,
    executiveOrders: nonEmpty(facts.executiveOrders),
    federalRegister: nonEmpty(facts.federalRegister),
    court: facts.court,
    note: words.note,
    rateSource: words.rateSource,
    curated: curated ? true : undefined,
    sources: facts.sources.map((s) => ({ publisher: s.publisher, url: s.url, kind: s.kind })),
  };
}

/** Each line ends when later lines on its measure cover all its countries, or an action ends the measure. */
function settleUntil(actions: TariffAction[]): void {
  actions.forEach((a, i) => {
    for (const line of a.lines) {
      const later = new CoverageUnion();
      for (const b of actions.slice(i + 1)) {
        if (b.effective <= line.from) continue;
        if (b.ends?.includes(line.measure)) {
          line.until = b.effective;
          break;
        }
        for (const l of b.lines) if (l.measure === line.measure) later.add(l);
        if (later.coversAll(line)) {
          line.until = b.effective;
          break;
        }
      }
    }
  });
}

export function buildTariffs(shared: { last_reviewed: string; actions: SharedAction[] }, curated: CuratedTariffs, alpha2: Map<string, string>): TariffFile {
  const toAlpha2 = (codes: 'all' | string[], id: string): 'all' | string[] =>
    codes === 'all'
      ? 'all'
      : codes.map((c) => {
          const a2 = alpha2.get(c);
          if (!a2) throw new Error(`tariff-actions.json › ${id} › countries: ${c} has no ISO alpha-2 code in countries.json`);
          return a2;
        });
  const actions: TariffAction[] = shared.actions.map((a) => {
    const words = curated.actions[a.action_id];
    if (!words) throw new Error(`tariff-actions.json › ${a.action_id}: no wording of our own yet: add it to scripts/kb/curated/tariff-actions.json`);
    const stated = statedRates(a.rate_note);
    for (const l of words.lines)
      for (const r of l.rates)
        if (!stated.includes(r) && !words.rateSource)
          throw new Error(
            `scripts/kb/curated/tariff-actions.json › ${a.action_id} › ${l.measure}: ${r}% is not in the shared rate note ("${a.rate_note ?? ''}"): say where it comes from in rateSource`,
          );
    return action(
      {
        id: a.action_id,
        effective: a.date,
        announced: a.announced_date,
        authority: a.authority,
        authorityNote: a.authority_note,
        kind: a.kind,
        countries: toAlpha2(a.countries, a.action_id),
        status: a.legal_status,
        executiveOrders: a.links?.eo_numbers,
        federalRegister: a.federal_register_documents,
        court: a.court_case && { name: a.court_case.name, docket: a.court_case.docket, court: a.court_case.court },
        sources: a.sources,
      },
      words,
      false,
    );
  });
  const known = new Set(shared.actions.map((a) => a.action_id));
  for (const id of Object.keys(curated.actions))
    if (!known.has(id))
      throw new Error(`scripts/kb/curated/tariff-actions.json › ${id}: no such action in the shared list (move it to "added" with its sources)`);
  for (const a of curated.added) actions.push(action(a, a, true));
  actions.sort((a, b) => (a.effective !== b.effective ? (a.effective < b.effective ? -1 : 1) : a.id < b.id ? -1 : 1));
  settleUntil(actions);
  return { reviewed: shared.last_reviewed, actions };
}

export function generate(sharedDataDir: string): GeneratedFile[] {
  const shared = JSON.parse(readFileSync(join(sharedDataDir, 'tariff-actions.json'), 'utf8'));
  const curated: CuratedTariffs = JSON.parse(readFileSync(CURATED_FILE, 'utf8'));
  const file = buildTariffs(shared, curated, alpha2ByAlpha3(readCountries(sharedDataDir)));
  validateTariffs(TARIFF_FILE, file);
  return [{ path: TARIFF_FILE, content: jsonFile(file, 3) }];
}
