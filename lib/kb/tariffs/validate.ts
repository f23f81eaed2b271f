// Validation of the generated tariff-actions file: the schema per action, then the rules across
// fields and actions. Problems read "file › entry › field: problem" (lib/kb/validate.ts's style).
import { KbValidationError } from '../validate';
import { collectIssues } from '../stats/validate';
import { TariffAction, TariffFileTop, type TariffFile } from './schema';

export function validateTariffs(file: string, data: unknown): TariffFile {
  const problems: string[] = [];
  const top = collectIssues(TariffFileTop, data, file, problems);
  if (top) {
    const seen = new Set<string>();
    const measures = new Set<string>();
    top.actions.forEach((raw, i) => {
      const id = (raw as { id?: unknown } | null)?.id;
      const where = `${file} › ${typeof id === 'string' && id ? `entry ${i} (${id})` : `entry ${i}`}`;
      const a = collectIssues(TariffAction, raw, where, problems);
      if (!a) return;
      if (seen.has(a.id)) problems.push(`${where} › id: "${a.id}" is already used`);
      seen.add(a.id);
      if (a.announced && a.announced > a.effective) problems.push(`${where} › announced: ${a.announced} is after effective ${a.effective}`);
      a.lines.forEach((l, k) => {
        if (l.from < a.effective) problems.push(`${where} › lines[${k}].from: ${l.from} is before the action's effective date ${a.effective}`);
        if (l.until && l.until <= l.from) problems.push(`${where} › lines[${k}].until: ${l.until} is not after from ${l.from}`);
      });
      (a.ends ?? []).forEach((m, k) => {
        if (!measures.has(m)) problems.push(`${where} › ends[${k}]: no earlier action sets the measure "${m}"`);
      });
      for (const l of a.lines) measures.add(l.measure);
    });
  }
  if (problems.length) throw new KbValidationError(problems);
  return data as TariffFile;
}
