// The extension API as the loader sees it in the content-loader tests (entrypoints/content-loader/):
// `chrome`, counted each time it is looked at, whose background answers every message with
// `error` (it cannot inject into happy-dom, so the loader's start always fails).

export interface FakeExtension {
  /** The messages sent to the background, in order. */
  sent: Array<{ type: string }>;
  /** How often `chrome` was looked at. */
  touches: number;
}

export function installFakeExtension(error: string): FakeExtension {
  const fake: FakeExtension = { sent: [], touches: 0 };
  const api = {
    runtime: {
      id: 'footnote',
      getURL: (p: string) => `chrome-extension://footnote${p}`,
      sendMessage: async (m: { type: string }) => {
        fake.sent.push(m);
        return { err: { message: error } };
      },
    },
  };
  Object.defineProperty(globalThis, 'chrome', {
    configurable: true,
    get: () => {
      fake.touches++;
      return api;
    },
  });
  return fake;
}
