// The committed knowledge-base files are exactly what the generators (scripts/kb/generators/) make
// from ../shared/data. CI always has ../shared beside the checkout, so there a missing folder is a
// failure; a clone on its own skips this file, saying why.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KbValidationError } from '../../lib/kb';
import { TARIFF_FILE, validateTariffs } from '../../lib/kb/tariffs';
import { buildTariffs, CURATED_FILE, type CuratedTariffs } from '../../scripts/kb/generators/tariffs';
import { alpha2ByAlpha3, readCountries } from '../../scripts/kb/partners';
import { loadGenerators, ROOT, runGenerators, sharedDataDir, type GeneratedFile } from '../../scripts/kb/run';

const dataDir = sharedDataDir();
const inCi = ['true', '1'].includes(process.env.CI ?? '');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

if (!existsSync(dataDir)) {
  const why = `no shared data at ${dataDir} (../shared/data beside the checkout, or set FOOTNOTE_SHARED)`;
  describe('the generated knowledge-base files', () => {
    if (inCi)
      it('need ../shared/data, which CI always has', () => {
        throw new Error(why);
      });
    else {
      console.warn(`tests/kb/generated.test.ts skipped: ${why}`);
      it.skip(`are compared with the generators only where ../shared/data exists (skipped: ${why})`, () => {});
    }
  });
} else {
  const shared = JSON.parse(readFileSync(join(dataDir, 'tariff-actions.json'), 'utf8'));
  const curated: CuratedTariffs = JSON.parse(readFileSync(CURATED_FILE, 'utf8'));
  const alpha2 = alpha2ByAlpha3(readCountries(dataDir));

  describe('the generated knowledge-base files', () => {
    let files: GeneratedFile[];
    beforeAll(async () => {
      files = runGenerators(await loadGenerators(), dataDir);
    }, 120_000);

    it('are exactly what the generators make from ../shared/data', () => {
      expect(files.map((f) => f.path)).toEqual(
        expect.arrayContaining(['lib/kb/data/stats/goods-by-partner.json', 'lib/kb/data/stats/meta.json', 'lib/kb/data/stats/us-totals.json', TARIFF_FILE]),
      );
      for (const f of files) {
        const path = join(ROOT, f.path);
        expect(existsSync(path), `${f.path} is committed`).toBe(true);
        // A boolean, not the texts: a megabyte diff helps nobody; `npm run kb:check` names the file.
        expect(readFileSync(path, 'utf8') === f.content, `${f.path} as generated (run npm run kb:build)`).toBe(true);
      }
    });

    it('copy no label, description or note of the shared tariff list', () => {
      const generated = JSON.parse(files.find((f) => f.path === TARIFF_FILE)!.content);
      const ours = generated.actions.flatMap((a: Record<string, string>) => [a.label, a.summary, a.note, a.rateSource].filter(Boolean));
      const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      // Any run of eight words in a row taken from their sentences.
      const RUN = 8;
      const runs = new Set<string>();
      for (const a of shared.actions)
        for (const text of [a.label_short, a.description, a.scope_note, a.status_note, a.rate_note].filter(Boolean)) {
          const w = words(text);
          for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
        }
      for (const text of ours) {
        const w = words(text);
        for (let i = 0; i + RUN <= w.length; i++) expect(runs.has(w.slice(i, i + RUN).join(' ')), `"${text}"`).toBe(false);
      }
    });
  });

  describe('the tariff generator', () => {
    it('refuses a rate the shared entry does not state, unless its source is given', () => {
      const c = clone(curated);
      c.actions['2025-02-04-ieepa-fentanyl-china'].lines[0].rates = [15];
      expect(() => buildTariffs(shared, c, alpha2)).toThrow(
        'scripts/kb/curated/tariff-actions.json › 2025-02-04-ieepa-fentanyl-china › ieepa-fentanyl-cn: 15% is not in the shared rate note ("10 percent"): say where it comes from in rateSource',
      );
    });

    it('refuses a shared action with no wording of our own', () => {
      const c = clone(curated);
      delete (c.actions as Record<string, unknown>)['2025-04-05-reciprocal-baseline'];
      expect(() => buildTariffs(shared, c, alpha2)).toThrow('tariff-actions.json › 2025-04-05-reciprocal-baseline: no wording of our own yet');
    });

    it('fails a malformed curated entry naming the file, the entry and the field', () => {
      const c = clone(curated);
      c.actions['2025-04-05-reciprocal-baseline'].summary = '';
      const file = buildTariffs(shared, c, alpha2);
      const i = file.actions.findIndex((a) => a.id === '2025-04-05-reciprocal-baseline');
      let problems: string[] = [];
      try {
        validateTariffs(TARIFF_FILE, file);
      } catch (e) {
        expect(e).toBeInstanceOf(KbValidationError);
        problems = (e as KbValidationError).problems;
      }
      expect(problems).toEqual([`lib/kb/data/tariff-actions.json › entry ${i} (2025-04-05-reciprocal-baseline) › summary: must not be empty`]);
    });
  });
}
