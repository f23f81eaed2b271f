// The corrections store: what "Not right?" records and the options page exports and clears.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MAX_CORRECTIONS, correctionsJson, isCorrected, sanitiseCorrections, type Correction } from '../lib/corrections';
import { addCorrection, clearCorrections, getCorrections, watchCorrections } from '../lib/browser/corrections-store';

const KEY = 'corrections';
const put = (value: unknown) => fakeBrowser.storage.local.set({ [KEY]: value });
const one = { url: 'https://news.example/a', host: 'news.example', kind: 'figure' as const, text: '$375 billion', note: 'It was $375.2 billion' };

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('corrections', () => {
  it('adds with the time, reads back, and clears; only in local storage', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T10:00:00Z'));
    await addCorrection(one);
    await addCorrection({ ...one, kind: 'official', text: 'Mnuchin', note: '' });
    expect(await getCorrections()).toEqual([
      { ...one, at: '2026-11-28T10:00:00.000Z' },
      { ...one, kind: 'official', text: 'Mnuchin', note: '', at: '2026-11-28T10:00:00.000Z' },
    ]);
    expect((await fakeBrowser.storage.sync.get(null)) ?? {}).not.toHaveProperty(KEY);
    expect((await fakeBrowser.storage.local.get(`${KEY}$`))[`${KEY}$`]).toBeUndefined(); // version 1 needs no metadata
    await clearCorrections();
    expect(await getCorrections()).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('correcting the same mark again replaces the entry', async () => {
    await addCorrection(one);
    await addCorrection({ ...one, note: 'second thoughts' });
    const all = await getCorrections();
    expect(all).toHaveLength(1);
    expect(all[0].note).toBe('second thoughts');
  });

  it('keeps the newest MAX_CORRECTIONS entries', async () => {
    await put(Array.from({ length: MAX_CORRECTIONS }, (_, i) => ({ ...one, text: `${i} percent`, at: '2026-01-01T00:00:00.000Z' })));
    await addCorrection({ ...one, text: 'newest' });
    const all = await getCorrections();
    expect(all).toHaveLength(MAX_CORRECTIONS);
    expect(all[0].text).toBe('1 percent');
    expect(all.at(-1)!.text).toBe('newest');
  });

  it('refuses a correction without a url or text rather than storing junk', async () => {
    await expect(addCorrection({ ...one, url: '' })).rejects.toThrow(/needs a url/);
    await expect(addCorrection({ ...one, kind: 'person' as never })).rejects.toThrow(/kind/);
    expect(await getCorrections()).toEqual([]);
  });

  it('watchers see changes, sanitised', async () => {
    const seen: number[] = [];
    const unwatch = watchCorrections((all) => seen.push(all.length));
    await addCorrection(one);
    await put('broken');
    await vi.waitFor(() => expect(seen).toEqual([1, 0]));
    unwatch();
  });

  it.each([
    ['a string', 'x'],
    ['an object', { 0: one }],
    ['a number', 3],
  ])('a stored value that is %s reads as none, with a warning', async (_what, value) => {
    await put(value);
    await expect(getCorrections()).resolves.toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^Footnote: /);
  });

  it('drops bad entries and unknown fields, keeps the good ones', () => {
    const good = { ...one, at: '2026-11-28T10:00:00.000Z' };
    const out = sanitiseCorrections([good, { ...good, kind: 'nope' }, { ...good, note: 5 }, null, 'x', { ...good, extra: '<b>' }]);
    expect(out).toEqual([good, good]);
    expect(Object.keys(out[1])).not.toContain('extra');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/4 stored correction/);
  });

  it('a storage area that fails to read gives none, with a warning', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('boom'));
    await expect(getCorrections()).resolves.toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it('correctionsJson is pretty JSON that parses back to the same list', () => {
    const all: Correction[] = [{ ...one, at: '2026-11-28T10:00:00.000Z' }];
    const json = correctionsJson(all);
    expect(JSON.parse(json)).toEqual(all);
    expect(json).toContain('\n  {\n    "url": "https://news.example/a"');
    expect(correctionsJson([])).toBe('[]\n');
  });

  it('isCorrected matches url, kind and text exactly', () => {
    const all: Correction[] = [{ ...one, at: '' }];
    expect(isCorrected(all, one.url, 'figure', '$375 billion')).toBe(true);
    expect(isCorrected(all, one.url, 'official', '$375 billion')).toBe(false);
    expect(isCorrected(all, 'https://news.example/b', 'figure', '$375 billion')).toBe(false);
    expect(isCorrected(all, one.url, 'figure', '$375 Billion')).toBe(false);
    expect(isCorrected([], one.url, 'figure', '$375 billion')).toBe(false);
  });
});
