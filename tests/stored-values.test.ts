// The background reads the stored settings and corrections directly for the loader
// (lib/stored-keys.ts), while the app is being loaded, instead of through WXT storage: what it
// reads must be what WXT storage's items (lib/browser/settings-store.ts, corrections-store.ts)
// give, whatever is stored, or the first marks would follow other settings than every later
// pass. Storage is WXT's in-memory fakeBrowser.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { settingsFromStored } from '../lib/settings';
import { getSettings, updateSettings } from '../lib/browser/settings-store';
import { sanitiseCorrections } from '../lib/corrections';
import { addCorrection, getCorrections } from '../lib/browser/corrections-store';
import { readStoredValues } from '../lib/stored-keys';

const direct = async () => {
  const v = await readStoredValues(fakeBrowser.storage as never);
  return { settings: settingsFromStored(v.settings, v.v1Sites), corrections: sanitiseCorrections(v.corrections) };
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("the loader's direct read of the storage", () => {
  it('gives the defaults and no corrections on a fresh install, as WXT storage does', async () => {
    const d = await direct();
    expect(d).toEqual({ settings: await getSettings(), corrections: await getCorrections() });
    expect(d.corrections).toEqual([]);
  });

  it('gives what the options page and the popup wrote', async () => {
    await updateSettings({ allFigures: true, theme: 'dark', hoverDelayMs: 600, disabledSites: ['a.example'] });
    await addCorrection({ url: 'https://news.example/x', host: 'news.example', kind: 'figure', text: '$50 billion', note: 'n' });
    const d = await direct();
    expect(d.settings).toEqual(await getSettings());
    expect(d.settings.disabledSites).toEqual(['a.example']);
    expect(d.corrections).toEqual(await getCorrections());
    expect(d.corrections).toHaveLength(1);
  });

  it("carries version 1's list of sites over before anything read the settings through WXT storage", async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['old.example'] });
    const d = await direct();
    expect(d.settings.disabledSites).toEqual(['old.example']);
    expect(d.settings).toEqual(await getSettings());
  });

  it('sanitises a corrupted value field by field, as WXT storage reads it', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'neon', officials: 'yes', allFigures: true, disabledSites: 'x' } });
    await fakeBrowser.storage.local.set({ corrections: [{ url: 1 }, 'junk'] });
    const d = await direct();
    expect(d.settings).toEqual(await getSettings());
    expect(d.settings.allFigures).toBe(true);
    expect(d.corrections).toEqual(await getCorrections());
  });
});
