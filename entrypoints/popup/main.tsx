import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { Popup, type PopupPort, type PopupState } from '../../components/Popup';
import { sendMessage } from '../../lib/messages';
import { getSettings, setSiteEnabled, watchSettings, type Theme } from '../../lib/settings';
import { useBrowserMessages } from '../../lib/i18n-browser';
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
  try {
    // In Firefox a tab with no content script answers `undefined` rather than an error.
    return (await sendMessage('getPageState', undefined, tabId)) ?? { status: 'unavailable' };
  } catch {
    // No content script answered: a browser page, an add-on store, or a tab opened before
    // Footnote was installed.
    return { status: 'unavailable' };
  }
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
