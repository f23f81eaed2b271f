// Settings, kept with WXT's storage so they survive browser restarts and extension updates.
// One versioned item holds them all (version 2). Version 1 (Footnote 0.1) kept only the sites
// switched off, under their own key; the first read after the update carries that list over.
// What is read is sanitised (lib/settings.ts).
import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY, V1_SITES_KEY } from '../stored-keys';
import { defaultSettings, migrateFromV1, sanitiseSettings, type Settings } from '../settings';

/** The whole settings, version 2 (version 1 was V1_SITES_KEY's list, only read, to carry the
 * list over; left in place, so that a downgrade still finds it). */
const defineSettingsItem = () =>
  storage.defineItem<Settings>(SETTINGS_KEY, {
    version: 2,
    // Nothing stored under this key yet: a fresh install, or the first read after the update
    // from 0.1. `init` runs then (in whichever context reads first) and its value is stored with
    // version 2, so it runs once. Defined as init, not as a WXT migration: migrations convert a
    // value under the same key, and version 1 lived under another.
    init: async () => migrateFromV1(await storage.getItem<unknown>(V1_SITES_KEY).catch(() => null)),
    migrations: {},
  });
// Defined on first use, not as this module is evaluated: WXT reads the storage as an item with a
// version or an init is defined, and in Firefox this module is evaluated on every page, where
// nothing may touch the extension API before the gate passes (lib/browser/lazy-browser.ts).
let settingsStorage: ReturnType<typeof defineSettingsItem> | undefined;
const settingsItem = () => (settingsStorage ??= defineSettingsItem());

export async function getSettings(): Promise<Settings> {
  try {
    return sanitiseSettings(await settingsItem().getValue());
  } catch (e) {
    console.warn('Footnote: could not read settings; using defaults.', e);
    return defaultSettings();
  }
}

// Writes read the stored settings, change them and store them again; one after the other, so that
// two quick changes (two boxes ticked in a row) cannot both start from the same old value and
// lose one of them.
let writes: Promise<unknown> = Promise.resolve();
function change(fn: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const run = async () => {
    const current = await getSettings();
    const next = sanitiseSettings({ ...current, ...fn(current) });
    await settingsItem().setValue(next);
    return next;
  };
  const done = writes.then(run, run);
  writes = done.catch(() => {});
  return done;
}

/** Changes some settings, keeping the others (a corrupted stored value is repaired). */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return change(() => patch);
}

/** Preferences back to their defaults. The sites switched off are kept unless `sites` is true:
 * they are the reader's decisions about particular sites, not preferences. */
export function resetSettings({ sites = false } = {}): Promise<Settings> {
  return change((current) => ({ ...defaultSettings(), disabledSites: sites ? [] : current.disabledSites }));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => onChange(sanitiseSettings(value)));
}

// The per-site switch (the popup, the loader's check, the content script).

export async function getDisabledSites(): Promise<string[]> {
  return (await getSettings()).disabledSites;
}

export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await getDisabledSites()).includes(host);
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  await change(({ disabledSites: sites }) => ({ disabledSites: enabled ? sites.filter((s) => s !== host) : [...new Set([...sites, host])] }));
}

/** Calls `onChange` with the sites switched off, only when that list changes. */
export function watchDisabledSites(onChange: (sites: string[]) => void): () => void {
  let last: string | undefined;
  return watchSettings((s) => {
    const key = JSON.stringify(s.disabledSites);
    if (key === last) return;
    last = key;
    onChange(s.disabledSites);
  });
}
