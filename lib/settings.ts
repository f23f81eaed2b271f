// Settings, kept with WXT's storage so they survive browser restarts and extension updates.
// Every item is versioned; a value that is not what we expect (corrupted, or written by a
// future version) falls back to the default with a console warning, never a crash.
import { storage } from 'wxt/utils/storage';

/** Hostnames where the reader switched Footnote off. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: [],
  version: 1,
});

export function sanitiseSites(value: unknown): string[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    console.warn('Footnote: the stored list of sites switched off was not a list of host names; using none.', value);
    return [];
  }
  // One bad entry does not cost the reader every other site they switched off: before, the
  // whole list fell back to none, and the next toggle in the popup saved that over it.
  const sites = value.filter((v): v is string => typeof v === 'string' && v !== '');
  if (sites.length !== value.length) {
    console.warn(`Footnote: ${value.length - sites.length} stored site(s) switched off were not host names; ignoring them.`, value);
  }
  return sites;
}

export async function getDisabledSites(): Promise<string[]> {
  try {
    return sanitiseSites(await disabledSites.getValue());
  } catch (e) {
    console.warn('Footnote: could not read settings; using defaults.', e);
    return [];
  }
}

export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await getDisabledSites()).includes(host);
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const sites = await getDisabledSites();
  const next = enabled ? sites.filter((s) => s !== host) : [...new Set([...sites, host])];
  await disabledSites.setValue(next);
}

export function watchDisabledSites(onChange: (sites: string[]) => void): () => void {
  return disabledSites.watch((value) => onChange(sanitiseSites(value)));
}
