// Corrections: figures and officials a reader says Footnote got wrong ("Not right?" on a card).
// Kept in the browser's local storage only (never synced, never sent), exportable as JSON from
// the options page. A stored value that is not what we expect is sanitised entry by entry, with
// a console warning, like the settings.
import { storage } from 'wxt/utils/storage';
import { CORRECTIONS_KEY } from './stored-keys';

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

// Defined on first use, as settings.ts's item (why there).
let correctionsStorage: ReturnType<typeof defineCorrectionsItem> | undefined;
const defineCorrectionsItem = () => storage.defineItem<Correction[]>(CORRECTIONS_KEY, { fallback: [], version: 1 });
const correctionsItem = () => (correctionsStorage ??= defineCorrectionsItem());

const KINDS: ReadonlyArray<Correction['kind']> = ['figure', 'official'];
const FIELDS = ['url', 'host', 'text', 'note', 'at'] as const;

function isCorrection(v: unknown): v is Correction {
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

export async function getCorrections(): Promise<Correction[]> {
  try {
    return sanitiseCorrections(await correctionsItem().getValue());
  } catch (e) {
    console.warn('Footnote: could not read corrections; using none.', e);
    return [];
  }
}

/** Records a correction. The same mark corrected again replaces the earlier entry (new note, new time). */
export async function addCorrection(c: Omit<Correction, 'at'>): Promise<void> {
  const entry: Correction = { url: c.url, host: c.host, kind: c.kind, text: c.text, note: c.note ?? '', at: new Date().toISOString() };
  if (!isCorrection(entry)) throw new TypeError('Footnote: a correction needs a url, a kind (figure or official) and the marked text.');
  const others = (await getCorrections()).filter((o) => !sameMark(o, entry));
  await correctionsItem().setValue([...others, entry].slice(-MAX_CORRECTIONS));
}

export async function clearCorrections(): Promise<void> {
  await correctionsItem().setValue([]);
}

export function watchCorrections(cb: (all: Correction[]) => void): () => void {
  return correctionsItem().watch((value) => cb(sanitiseCorrections(value)));
}

/** Pretty JSON for the export file. */
export function correctionsJson(all: Correction[]): string {
  return `${JSON.stringify(all, null, 2)}\n`;
}

export function isCorrected(all: Correction[], url: string, kind: Correction['kind'], text: string): boolean {
  return all.some((c) => c.url === url && c.kind === kind && c.text === text);
}

const sameMark = (a: Correction, b: Correction) => a.url === b.url && a.kind === b.kind && a.text === b.text;
