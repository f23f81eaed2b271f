import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { Popup, type PopupPort, type PopupState } from '../../components/Popup';
import { sendMessage } from '../../lib/browser/messages';
import type { Theme } from '../../lib/settings';
import { getSettings, isSiteEnabled, setSiteEnabled, watchSettings } from '../../lib/browser/settings-store';
import { readLoaderState } from '../../lib/page/content-modules';
import { useBrowserMessages } from '../../lib/browser/i18n';
import { uiLocale } from '../../lib/i18n';

useBrowserMessages();
document.documentElement.lang = uiLocale(); // index.html says en until then

// Which tab to summarise: the active one, or `?tab=ID` (how the end-to-end tests open the
// popup as a page of its own).
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askTab(tabId: number): Promise<PopupState> {
  // What the tab's content script is doing, read in its own world: on a page whose gate found
  // nothing (most pages) it has touched no extension API, so it has no listener to ask.
  let loader: ReturnType<typeof readLoaderState> | undefined;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: readLoaderState });
    loader = result?.result as typeof loader;
  } catch {
    return { status: 'unavailable' }; // not a page Footnote may read: a browser page, an add-on store
  }
  // No content script ran: a tab opened before Footnote was installed, or a page still loading.
  if (!loader) return { status: 'unavailable' };
  const { state, host } = loader;
  if (state === 'loading') return { status: 'working', host };
  if (state === 'idle') {
    // Nothing to mark here; or switched off here, which the reader may want to undo.
    return (await isSiteEnabled(host)) ? { status: 'annotated', host, summary: { figures: [], officials: [] } } : { status: 'off', host };
  }
  // The app runs there, and has the answer.
  return (await sendMessage('getPageState', undefined, tabId).catch(() => undefined)) ?? { status: 'working', host };
}

const port: PopupPort = {
  async getState() {
    const tabId = await targetTab();
    if (tabId === undefined) return { status: 'unavailable' };
    // A page still loading has no content script yet: give it a moment before saying so.
    for (let attempt = 0; ; attempt++) {
      const state = await askTab(tabId);
      if (state.status !== 'unavailable' || attempt >= 3) return state;
      await new Promise((r) => setTimeout(r, 250));
    }
  },
  async reveal(markId) {
    const tabId = await targetTab();
    if (tabId !== undefined) await sendMessage('revealMark', markId, tabId).catch(() => false);
  },
  setSiteEnabled,
  openOptions: () => {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};

// The reader's theme (options page); "auto" follows the system.
const applyTheme = (theme: Theme) => (document.documentElement.dataset.theme = theme);
void getSettings().then((s) => applyTheme(s.theme));
watchSettings((s) => applyTheme(s.theme));

render(<Popup port={port} />, document.getElementById('app')!);
