// The reader's settings: what they are, their defaults, and how a stored value becomes valid
// settings. A value that is not what we expect (corrupted, edited by hand, or written by a future
// version) falls back to the default field by field, with a console warning, never a crash.
// Pure: where they are kept, and read and written, is lib/browser/settings-store.ts.

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

/**
 * The settings from what is stored under SETTINGS_KEY and V1_SITES_KEY, read directly
 * (lib/stored-keys.ts), as lib/browser/settings-store.ts's item would give them: version 1's list while there is no
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
