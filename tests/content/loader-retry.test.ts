// @vitest-environment happy-dom
// The loader after a start that failed (the background restarting, an injection refused): it
// tries again later, a bounded number of times, so that a page that does not change is not left
// unmarked until it is reloaded. (A file of its own: a loader cannot be stopped, and one from
// another test would ask the background too.)
import { expect, it, vi } from 'vitest';
import { installFakeExtension } from './fake-extension';

const { sent } = installFakeExtension('the background is restarting');
const state = () => (globalThis as Record<string, unknown>).__footnoteLoaderState;

it('after a failed start, tries again twice, later each time, then leaves the page alone', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    document.body.innerHTML = '<p>The U.S. trade deficit with China was $375 billion last year, and tariffs on $50 billion of Chinese exports followed.</p>';
    const { startLoader } = await import('../../entrypoints/content-loader/loader');
    startLoader('read on');
    await vi.advanceTimersByTimeAsync(10);
    const asks = () => sent.filter((m) => m.type === 'annotate').length;
    expect(asks()).toBe(1);
    await vi.advanceTimersByTimeAsync(900);
    expect(asks()).toBe(1); // not at once
    await vi.advanceTimersByTimeAsync(200);
    expect(asks()).toBe(2);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(asks()).toBe(2);
    await vi.advanceTimersByTimeAsync(1_200);
    expect(asks()).toBe(3);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asks()).toBe(3); // bounded
    expect(state()).toBe('idle');
  } finally {
    vi.useRealTimers();
  }
});
