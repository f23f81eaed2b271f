// Settings, kept with WXT's storage so they survive browser restarts and extension updates.
// One versioned item holds them all (version 2). Version 1 (Footnote 0.1) kept only the sites
// switched off, under their own key; the first read after the update carries that list over.
// A value that is not what we expect (corrupted, edited by hand, or written by a future
// version) falls back to the default field by field, with a console warning, never a crash.
import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY, V1_SITES_KEY } from './stored-keys';

export type HighlightStyle = 'tint' | 'underline';
export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Mark figures the pipeline judged to be about trade. */
  tradeFigures: boolean;
  /** Mark every figure, trade or not (implies the trade ones). */
  allFigures: boolean;
  officials: boolean;
  /** Dwell before a card opens on pointer hover (ms). */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  /** Cards, popup and options page: follow the system, or always light or dark. */
  theme: Theme;
  /** Hostnames where the reader switched Footnote off. */
  disabledSites: string[];
}

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['tint', 'underline'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
/** Longer than this is no longer a hover delay; the reader would think the card broken. */
export const MAX_HOVER_DELAY_MS = 2000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  tradeFigures: true,
  allFigures: false,
  officials: true,
  hoverDelayMs: 250,
  highlightStyle: 'tint',
  theme: 'auto',
  disabledSites: [],
});

export const defaultSettings = (): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [] });

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
// nothing may touch the extension API before the gate passes (lib/page/lazy-browser.ts).
let settingsStorage: ReturnType<typeof defineSettingsItem> | undefined;
const settingsItem = () => (settingsStorage ??= defineSettingsItem());

/**
 * The settings from what is stored under SETTINGS_KEY and V1_SITES_KEY, read directly
 * (lib/stored-keys.ts), as settingsItem would give them: version 1's list while there is no
 * version 2 yet.
 */
export function settingsFromStored(value: unknown, v1Sites: unknown): Settings {
  return value == null ? migrateFromV1(v1Sites) : sanitiseSettings(value);
}

/** Version 1's stored value (a list of host names, or anything) → the whole settings. */
export function migrateFromV1(v1: unknown): Settings {
  return { ...defaultSettings(), disabledSites: sanitiseSites(v1) };
}

const warn = (what: string, value: unknown) => console.warn(`Footnote: the stored setting ${what} was not valid; using the default.`, value);

export function sanitiseSites(value: unknown): string[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    console.warn('Footnote: the stored list of sites switched off was not a list of host names; using none.', value);
    return [];
  }
  // One bad entry does not cost the reader every other site they switched off.
  const sites = value.filter((v): v is string => typeof v === 'string' && v !== '');
  if (sites.length !== value.length) {
    console.warn(`Footnote: ${value.length - sites.length} stored site(s) switched off were not host names; ignoring them.`, value);
  }
  return [...new Set(sites)];
}

/** Any stored value → valid settings: each bad or missing field gets its default. */
export function sanitiseSettings(value: unknown): Settings {
  const out = defaultSettings();
  if (value == null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    console.warn('Footnote: the stored settings were not an object; using the defaults.', value);
    return out;
  }
  const v = value as Record<string, unknown>;
  for (const key of ['tradeFigures', 'allFigures', 'officials'] as const) {
    if (key in v) {
      if (typeof v[key] === 'boolean') out[key] = v[key];
      else warn(key, v[key]);
    }
  }
  if ('hoverDelayMs' in v) {
    const ms = v.hoverDelayMs;
    if (typeof ms === 'number' && Number.isFinite(ms)) out.hoverDelayMs = Math.round(Math.min(MAX_HOVER_DELAY_MS, Math.max(0, ms)));
    else warn('hoverDelayMs', ms);
  }
  if ('highlightStyle' in v) {
    if (HIGHLIGHT_STYLES.includes(v.highlightStyle as HighlightStyle)) out.highlightStyle = v.highlightStyle as HighlightStyle;
    else warn('highlightStyle', v.highlightStyle);
  }
  if ('theme' in v) {
    if (THEMES.includes(v.theme as Theme)) out.theme = v.theme as Theme;
    else warn('theme', v.theme);
  }
  if ('disabledSites' in v) out.disabledSites = sanitiseSites(v.disabledSites);
  return out;
}

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
