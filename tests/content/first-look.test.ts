// @vitest-environment happy-dom
// The content script's first stage (entrypoints/content-loader/first-look.ts), which is all that
// runs on most pages: it hands the page to the loader only when its sample says to read on, when
// content that arrives later does, or when the reader scrolls; and it touches no extension API.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookFirst, SETTLE_MS, type LoaderStart } from '../../entrypoints/content-loader/first-look';

const otters = Array.from(
  { length: 60 },
  (_, i) => `<p>Note ${i}: the otters were seen again at dusk near the weir, where the river slows and the reeds grow thick.</p>`,
).join('');
const tradeStory = '<p>Washington will put a 25 percent tariff on $50 billion of imports from China, officials said.</p>';

let starts: LoaderStart[];
let touches: number;
beforeEach(() => {
  starts = [];
  touches = 0;
  Object.defineProperty(globalThis, 'chrome', {
    configurable: true,
    get: () => {
      touches++;
      return undefined;
    },
  });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  // A first look cannot be stopped: a scroll hands each one over, so that none watches the next test's page.
  window.dispatchEvent(new Event('scroll'));
  vi.useRealTimers();
  delete (globalThis as Record<string, unknown>).chrome;
  document.title = '';
  document.body.innerHTML = '';
});
const look = () => lookFirst((why) => starts.push(why));
const state = () => (globalThis as Record<string, unknown>).__footnoteLoaderState;

describe('the first look', () => {
  it('hands a trade story to the loader at once, with the text it read (so the loader need not read it again)', () => {
    document.body.innerHTML = `<article>${tradeStory}${otters}</article>`;
    let handed: string | undefined;
    lookFirst((why, text) => {
      starts.push(why);
      handed = text;
    });
    expect(starts).toEqual(['read on']);
    expect(handed).toBe(document.body.textContent);
  });

  it('stops a page with no trade word, touches no extension API, and says it is idle', async () => {
    document.title = 'Otters of the valley';
    document.body.innerHTML = otters;
    look();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(starts).toEqual([]);
    expect(touches).toBe(0);
    expect(state()).toBe('idle');
  });

  it('hands the page over once the reader scrolls, and only once', () => {
    document.body.innerHTML = otters;
    look();
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll'));
    expect(starts).toEqual(['scrolled']);
  });

  it('samples again once content that arrives later has settled, and hands over a trade story', async () => {
    document.body.innerHTML = otters;
    look();
    document.body.insertAdjacentHTML('afterbegin', otters); // more of the same: still nothing
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 50);
    expect(starts).toEqual([]);
    document.body.innerHTML = `<main>${tradeStory}${otters}</main>`; // in-page navigation to a trade story
    await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    expect(starts).toEqual([]); // not before the page is quiet
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(starts).toEqual(['read on']);
    window.dispatchEvent(new Event('scroll')); // handed over: the loader watches from now on
    expect(starts).toEqual(['read on']);
  });
});
