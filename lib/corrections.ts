// Corrections: figures and officials a reader says Footnote got wrong ("Not right?" on a card).
// A stored value that is not what we expect is sanitised entry by entry, with a console warning,
// like the settings. Pure: where they are kept is lib/browser/corrections-store.ts.

export interface Correction {
  url: string;
  host: string;
  kind: 'figure' | 'official';
  text: string;
  /** what the reader says is wrong, may be '' */
  note: string;
  at: string /* ISO time */;
}

/** Oldest entries go first beyond this: local storage is small, and so is a reader's patience. */
export const MAX_CORRECTIONS = 1000;

const KINDS: ReadonlyArray<Correction['kind']> = ['figure', 'official'];
const FIELDS = ['url', 'host', 'text', 'note', 'at'] as const;

/** A stored entry Footnote can use: a known kind, every field a string, a page and the marked words. */
export function isCorrection(v: unknown): v is Correction {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return KINDS.includes(c.kind as Correction['kind']) && FIELDS.every((f) => typeof c[f] === 'string') && c.url !== '' && c.text !== '';
}

/** Any stored value → the valid corrections in it (only the known fields). */
export function sanitiseCorrections(value: unknown): Correction[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    console.warn('Footnote: the stored corrections were not a list; ignoring them.', value);
    return [];
  }
  const good = value.filter(isCorrection).map(({ url, host, kind, text, note, at }) => ({ url, host, kind, text, note, at }));
  if (good.length !== value.length) console.warn(`Footnote: ${value.length - good.length} stored correction(s) were not valid; ignoring them.`, value);
  return good;
}

/** Pretty JSON for the export file. */
export function correctionsJson(all: Correction[]): string {
  return `${JSON.stringify(all, null, 2)}\n`;
}

export function isCorrected(all: Correction[], url: string, kind: Correction['kind'], text: string): boolean {
  return all.some((c) => c.url === url && c.kind === kind && c.text === text);
}

/** The same mark on the same page: a correction of it replaces the earlier one. */
export const sameMark = (a: Correction, b: Correction) => a.url === b.url && a.kind === b.kind && a.text === b.text;
