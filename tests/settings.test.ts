// Settings read from storage that Footnote did not write the way it expects: corrupted by a
// sync conflict, edited by hand in devtools, or left by another version. Reading them must
// never throw in a content script (it would take Footnote off every page): defaults and a
// console warning instead, field by field. Storage is WXT's fakeBrowser (in-memory), reset
// before each test.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, migrateFromV1, sanitiseSettings, sanitiseSites } from '../lib/settings';
import {
  getDisabledSites,
  getSettings,
  isSiteEnabled,
  resetSettings,
  setSiteEnabled,
  updateSettings,
  watchDisabledSites,
  watchSettings,
} from '../lib/browser/settings-store';

const KEY = 'settings';
const V1_KEY = 'disabledSites';
const put = (value: unknown) => fakeBrowser.storage.sync.set({ [KEY]: value });
const stored = async () => (await fakeBrowser.storage.sync.get(KEY))[KEY] as any;
const storedMeta = async () => (await fakeBrowser.storage.sync.get(`${KEY}$`))[`${KEY}$`] as { v?: number };

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings v2: migration from version 1 (Footnote 0.1)', () => {
  it('carries the sites a reader switched off over, with the other settings at their defaults', async () => {
    await fakeBrowser.storage.sync.set({ [V1_KEY]: ['news.example', 'other.example'] });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example', 'other.example'] });
    expect(await isSiteEnabled('news.example')).toBe(false);
    // Stored once, as version 2; the old key is left for a downgrade.
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example', 'other.example'] });
    expect((await storedMeta()).v).toBe(2);
    expect((await fakeBrowser.storage.sync.get(V1_KEY))[V1_KEY]).toEqual(['news.example', 'other.example']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not migrate again once version 2 is stored: a site switched back on stays on', async () => {
    await fakeBrowser.storage.sync.set({ [V1_KEY]: ['news.example'] });
    await setSiteEnabled('news.example', true);
    expect(await getDisabledSites()).toEqual([]);
    expect(await isSiteEnabled('news.example')).toBe(true);
  });

  it('a corrupted version 1 list keeps its host names, and warns', async () => {
    await fakeBrowser.storage.sync.set({ [V1_KEY]: ['news.example', 7, null] });
    expect(await getDisabledSites()).toEqual(['news.example']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(migrateFromV1('garbage').disabledSites).toEqual([]);
  });

  it('a fresh install gets the defaults, without a warning', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('settings v2: reading and writing', () => {
  it('updates some settings and keeps the others', async () => {
    await setSiteEnabled('news.example', false);
    await updateSettings({ officials: false, hoverDelayMs: 600, theme: 'dark' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, officials: false, hoverDelayMs: 600, theme: 'dark', disabledSites: ['news.example'] });
  });

  it('changes made in quick succession all land (none starts from a stale value)', async () => {
    await Promise.all([
      updateSettings({ tradeFigures: false }),
      updateSettings({ allFigures: true }),
      setSiteEnabled('a.example', false),
      setSiteEnabled('b.example', false),
      updateSettings({ theme: 'light' }),
    ]);
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      tradeFigures: false,
      allFigures: true,
      theme: 'light',
      disabledSites: ['a.example', 'b.example'],
    });
  });

  it('a failed write does not block the ones after it', async () => {
    await getSettings(); // the defaults are stored on the first read
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await expect(updateSettings({ officials: false })).rejects.toThrow(/quota/);
    await updateSettings({ theme: 'dark' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    spy.mockRestore();
  });

  it('reset restores the defaults but keeps the sites switched off, unless asked', async () => {
    await updateSettings({ allFigures: true, highlightStyle: 'underline', disabledSites: ['news.example'] });
    expect(await resetSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    expect(await resetSettings({ sites: true })).toEqual(DEFAULT_SETTINGS);
  });

  it('the per-site switch round-trips, each site stored once', async () => {
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('other.example', false);
    await setSiteEnabled('news.example', false);
    expect((await stored()).disabledSites).toEqual(['news.example', 'other.example']);
    await setSiteEnabled('news.example', true);
    expect(await getDisabledSites()).toEqual(['other.example']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a watcher sees each change, sanitised', async () => {
    const seen: Array<Pick<typeof DEFAULT_SETTINGS, 'officials' | 'hoverDelayMs'>> = [];
    const unwatch = watchSettings((s) => seen.push({ officials: s.officials, hoverDelayMs: s.hoverDelayMs }));
    await put({ officials: false, hoverDelayMs: 500 });
    await put({ officials: 'no', hoverDelayMs: -5 });
    await fakeBrowser.storage.sync.remove(KEY);
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toEqual([
      { officials: false, hoverDelayMs: 500 },
      { officials: true, hoverDelayMs: 0 },
      { officials: true, hoverDelayMs: 250 },
    ]);
    unwatch();
  });

  it('the sites watcher is called only when the list of sites changes', async () => {
    const seen: string[][] = [];
    const unwatch = watchDisabledSites((sites) => seen.push(sites));
    await put({ disabledSites: ['a.example'] });
    await put({ disabledSites: ['a.example'], theme: 'dark' });
    await put({ disabledSites: [] });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([['a.example'], []]);
    unwatch();
  });
});

describe('settings v2: corrupted or unexpected stored values', () => {
  it.each([
    ['a string', 'settings'],
    ['a list', ['news.example']],
    ['a number', 42],
    ['a boolean', true],
  ])('a stored value that is %s gives the defaults, with a warning, never a throw', async (_what, value) => {
    await put(value);
    await expect(getSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(isSiteEnabled('news.example')).resolves.toBe(true);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0][0])).toMatch(/^Footnote: /);
  });

  it('each bad field falls back on its own; good fields are kept', async () => {
    await put({
      tradeFigures: 'yes',
      allFigures: true,
      officials: null,
      hoverDelayMs: 'slow',
      highlightStyle: 'blink',
      theme: 'dark',
      disabledSites: ['news.example', 3],
      extra: 'ignored',
    });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, allFigures: true, theme: 'dark', disabledSites: ['news.example'] });
    const fields = warn.mock.calls.map((c: unknown[]) => String(c[0]));
    expect(fields.filter((f: string) => /the stored setting (tradeFigures|officials|hoverDelayMs|highlightStyle) was not valid/.test(f))).toHaveLength(4);
    expect(fields.some((f: string) => /1 stored site\(s\)/.test(f))).toBe(true);
  });

  it('a hover delay out of range is clamped and rounded; not a number is the default', () => {
    expect(sanitiseSettings({ hoverDelayMs: 99999 }).hoverDelayMs).toBe(2000);
    expect(sanitiseSettings({ hoverDelayMs: -1 }).hoverDelayMs).toBe(0);
    expect(sanitiseSettings({ hoverDelayMs: 333.6 }).hoverDelayMs).toBe(334);
    expect(sanitiseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(250);
    expect(sanitiseSettings({ hoverDelayMs: Infinity }).hoverDelayMs).toBe(250);
  });

  it('a partial object (written by an older build, or synced half-way) fills in the rest', async () => {
    await put({ officials: false });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, officials: false });
    expect(warn).not.toHaveBeenCalled();
  });

  it('writing repairs a corrupted value instead of failing', async () => {
    await put('garbage');
    await setSiteEnabled('news.example', false);
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
  });

  it('a storage area that fails to read gives the defaults, with a warning', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(getSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(isSiteEnabled('news.example')).resolves.toBe(true);
    expect(warn).toHaveBeenCalledWith('Footnote: could not read settings; using defaults.', expect.any(Error));
  });

  it('a value left by a newer version (metadata v3) is still read, not thrown on', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: { theme: 'light', newField: 1 }, [`${KEY}$`]: { v: 3 } });
    expect((await getSettings()).theme).toBe('light');
  });

  it('sanitiseSites takes any value', () => {
    expect(sanitiseSites(undefined)).toEqual([]);
    expect(sanitiseSites(null)).toEqual([]);
    expect(warn).not.toHaveBeenCalled(); // "nothing stored" is not corruption
    expect(sanitiseSites(['a.example', 'a.example'])).toEqual(['a.example']);
    expect(sanitiseSites(Object.create(null))).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
