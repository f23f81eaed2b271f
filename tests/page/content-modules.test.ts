// The parts of the content script that the background injects hand their exports over through a
// registry on the content script's global object (lib/page/content-modules.ts). Each test uses a
// fresh copy of the module and registry, as each injected script bundles its own copy.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Mod = typeof import('../../lib/page/content-modules');
let mod: Mod;
/** Another bundle's copy of the same file: the registry is shared, the module state is not. */
let other: Mod;
beforeEach(async () => {
  delete (globalThis as Record<string, unknown>).__footnoteContentModules;
  vi.resetModules();
  mod = await import('../../lib/page/content-modules');
  vi.resetModules();
  other = await import('../../lib/page/content-modules');
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).__footnoteContentModules;
});

describe('loadContentModule', () => {
  it('resolves with what the injected script provides as it runs, before the background answers', async () => {
    let answer!: () => void;
    const inject = vi.fn((name: string) => {
      other.provideContentModule(name as 'content-app', { hello: name }); // the script runs during injection
      return new Promise<void>((r) => (answer = r)); // the background's answer comes later
    });
    const app = await mod.loadContentModule<{ hello: string }>('content-app', inject);
    expect(app).toEqual({ hello: 'content-app' });
    expect(inject).toHaveBeenCalledTimes(1);
    answer();
  });

  it('asks the background once per module, however many wait for it', async () => {
    const inject = vi.fn(async (name: string) => other.provideContentModule(name as 'content-cards', { n: 1 }));
    const [a, b] = await Promise.all([mod.loadContentModule('content-cards', inject), mod.loadContentModule('content-cards', inject)]);
    expect(a).toBe(b);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('does not ask for a module that was provided already', async () => {
    other.provideContentModule('content-app', { ready: true });
    const inject = vi.fn(async () => {});
    expect(await mod.loadContentModule('content-app', inject)).toEqual({ ready: true });
    expect(inject).not.toHaveBeenCalled();
  });

  it('fails when the injection fails, and asks again the next time', async () => {
    const inject = vi.fn().mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(mod.loadContentModule('content-app', inject)).rejects.toThrow('Cannot access');
    inject.mockImplementationOnce(async (name: string) => other.provideContentModule(name as 'content-app', { ok: 1 }));
    expect(await mod.loadContentModule('content-app', inject)).toEqual({ ok: 1 });
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('fails, rather than waiting for ever, when the script ran but registered nothing', async () => {
    await expect(mod.loadContentModule('content-cards', async () => {})).rejects.toThrow('did not register');
  });

  it('knows which modules may be injected', () => {
    expect(mod.isContentModule('content-app')).toBe(true);
    expect(mod.isContentModule('content-cards')).toBe(true);
    expect(mod.isContentModule('background')).toBe(false);
    expect(mod.isContentModule('../content-app')).toBe(false);
  });
});
