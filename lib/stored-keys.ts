// Where the reader's settings and corrections are stored. WXT storage
// (lib/browser/settings-store.ts, corrections-store.ts) keeps an item's value as it is, under the
// key after the area prefix, in the area the prefix names ('sync:settings' is `settings` in
// storage.sync). The background reads them from there directly, in one round trip, when the
// content script's loader asks (its readStored message), while the rest of the content script is
// being loaded: WXT storage's own first read in a page took several round trips, 10–17 ms before
// the first highlight, and in Firefox the page's first touch of the storage API alone took 24 ms
// (BENCHMARKS.md, target 3).

/** The settings, version 2 (lib/browser/settings-store.ts). */
export const SETTINGS_KEY = 'sync:settings' as const;
/** Footnote 0.1's list of sites switched off (version 1 of the settings), read only. */
export const V1_SITES_KEY = 'sync:disabledSites' as const;
/** The reader's corrections (lib/browser/corrections-store.ts). */
export const CORRECTIONS_KEY = 'local:corrections' as const;

/** What the background read for the loader: the stored values, as they are (the app sanitises them). */
export interface StoredValues {
  settings: unknown;
  v1Sites: unknown;
  corrections: unknown;
}

interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** The stored values, from the browser's own storage areas (`areas` is `browser.storage`). */
// Not a parameter named `storage`: WXT's auto-imports would take it for WXT storage and bundle
// that (7 KB) into whatever imports this file; the loader, which every page gets, imports its types.
export async function readStoredValues(areas: { sync: StorageArea; local: StorageArea }): Promise<StoredValues> {
  const name = (key: string) => key.slice(key.indexOf(':') + 1);
  const [sync, local] = await Promise.all([areas.sync.get([name(SETTINGS_KEY), name(V1_SITES_KEY)]), areas.local.get([name(CORRECTIONS_KEY)])]);
  return { settings: sync[name(SETTINGS_KEY)], v1Sites: sync[name(V1_SITES_KEY)], corrections: local[name(CORRECTIONS_KEY)] };
}
