// The adapter between lib/i18n.ts and the browser: its message catalogs (the reader's language,
// chosen by the browser from public/_locales) and its UI language for Intl formatting. Called
// once at the start of each extension page and of the content script's app.
import { browser } from 'wxt/browser';
import { setMessages } from '../i18n';

export function useBrowserMessages(): void {
  try {
    const i18n = browser.i18n;
    setMessages((key, subs) => i18n.getMessage(key as never, subs) ?? '', i18n.getUILanguage());
  } catch (e) {
    console.warn('Footnote: browser.i18n unavailable; showing English.', e);
  }
}
