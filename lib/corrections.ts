// Placeholder with the agreed API (the options branch brings the real, versioned store).
import { storage } from 'wxt/utils/storage';

export interface Correction { url: string; host: string; kind: 'figure' | 'official'; text: string; note: string; at: string }
const item = storage.defineItem<Correction[]>('local:corrections', { fallback: [], version: 1 });
export async function addCorrection(c: Omit<Correction, 'at'>): Promise<void> {
  await item.setValue([...(await getCorrections()), { ...c, at: new Date().toISOString() }]);
}
export async function getCorrections(): Promise<Correction[]> {
  const v = await item.getValue();
  return Array.isArray(v) ? v : [];
}
export async function clearCorrections(): Promise<void> {
  await item.setValue([]);
}
export function watchCorrections(cb: (all: Correction[]) => void): () => void {
  return item.watch((v) => cb(Array.isArray(v) ? v : []));
}
export function correctionsJson(all: Correction[]): string {
  return JSON.stringify(all, null, 2);
}
export function isCorrected(all: Correction[], url: string, kind: Correction['kind'], text: string): boolean {
  return all.some((c) => c.url === url && c.kind === kind && c.text === text);
}
