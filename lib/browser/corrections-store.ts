// The reader's corrections, kept in the browser's local storage only (never synced, never sent),
// exportable as JSON from the options page. What is read is sanitised (lib/corrections.ts).
import { storage } from 'wxt/utils/storage';
import { CORRECTIONS_KEY } from '../stored-keys';
import { MAX_CORRECTIONS, isCorrection, sameMark, sanitiseCorrections, type Correction } from '../corrections';

// Defined on first use, as settings-store.ts's item (why there).
let correctionsStorage: ReturnType<typeof defineCorrectionsItem> | undefined;
const defineCorrectionsItem = () => storage.defineItem<Correction[]>(CORRECTIONS_KEY, { fallback: [], version: 1 });
const correctionsItem = () => (correctionsStorage ??= defineCorrectionsItem());

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
