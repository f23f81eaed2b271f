// Settings read from storage that Footnote did not write the way it expects: corrupted by a
// sync conflict, edited by hand in devtools, or left by another version. Reading them must
// never throw in a content script (it would take Footnote off every page): defaults and a
// console warning instead. Storage is WXT's fakeBrowser (in-memory), reset before each test.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDisabledSites, isSiteEnabled, sanitiseSites, setSiteEnabled, watchDisabledSites } from '../lib/settings';

const KEY = 'disabledSites';
const put = (value: unknown) => fakeBrowser.storage.sync.set({ [KEY]: value });
const stored = async () => (await fakeBrowser.storage.sync.get(KEY))[KEY];

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings: the sites switched off', () => {
  it('round-trips through storage', async () => {
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('other.example', false);
    await setSiteEnabled('news.example', false); // twice: stored once
    expect(await stored()).toEqual(['news.example', 'other.example']);
    expect(await isSiteEnabled('news.example')).toBe(false);
    await setSiteEnabled('news.example', true);
    expect(await getDisabledSites()).toEqual(['other.example']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('nothing stored yet: every site on, no warning', async () => {
    expect(await getDisabledSites()).toEqual([]);
    expect(await isSiteEnabled('news.example')).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'news.example'],
    ['an object', { 'news.example': true }],
    ['an array-like object', { 0: 'news.example', length: 1 }],
    ['a number', 42],
    ['a boolean', true],
  ])('a stored value that is %s falls back to none, with a warning, never a throw', async (_what, value) => {
    await put(value);
    await expect(getDisabledSites()).resolves.toEqual([]);
    await expect(isSiteEnabled('news.example')).resolves.toBe(true);
    expect(warn).toHaveBeenCalled();
    expect(String(warn.mock.calls[0][0])).toMatch(/^Footnote: /);
  });

  it('a list with some bad entries keeps the host names in it', async () => {
    await put(['news.example', 7, null, '', { host: 'x' }, 'other.example']);
    expect(await getDisabledSites()).toEqual(['news.example', 'other.example']);
    expect(await isSiteEnabled('news.example')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0][0])).toMatch(/4 stored site\(s\)/);
  });

  it('switching a site off repairs a corrupted value instead of failing', async () => {
    await put('garbage');
    await setSiteEnabled('news.example', false);
    expect(await stored()).toEqual(['news.example']);
  });

  it('a storage area that fails to read gives the defaults, with a warning', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(getDisabledSites()).resolves.toEqual([]);
    await expect(isSiteEnabled('news.example')).resolves.toBe(true);
    expect(warn).toHaveBeenCalledWith('Footnote: could not read settings; using defaults.', expect.any(Error));
  });

  it('a watcher sees corrupted values as the defaults', async () => {
    const seen: string[][] = [];
    const unwatch = watchDisabledSites((sites) => seen.push(sites));
    await put(['news.example']);
    await put({ broken: true });
    await put(['a.example', 3]);
    await fakeBrowser.storage.sync.remove(KEY);
    await vi.waitFor(() => expect(seen).toHaveLength(4));
    expect(seen).toEqual([['news.example'], [], ['a.example'], []]);
    unwatch();
  });

  it('a value left by a newer version (metadata v2) is still read, not thrown on', async () => {
    // Footnote 0.1 stores version 1 and defines no migrations, so WXT never compares versions;
    // after a downgrade the newer version's list is read as it is, or sanitised.
    await fakeBrowser.storage.sync.set({ [KEY]: ['news.example'], [`${KEY}$`]: { v: 2 } });
    expect(await getDisabledSites()).toEqual(['news.example']);
    await fakeBrowser.storage.sync.set({ [KEY]: { sites: ['news.example'] }, [`${KEY}$`]: 'not metadata' });
    expect(await getDisabledSites()).toEqual([]);
  });

  it('sanitiseSites takes any value', () => {
    expect(sanitiseSites(undefined)).toEqual([]);
    expect(sanitiseSites(null)).toEqual([]);
    expect(warn).not.toHaveBeenCalled(); // "nothing stored" is not corruption
    expect(sanitiseSites(['a.example'])).toEqual(['a.example']);
    expect(sanitiseSites(Object.create(null))).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
