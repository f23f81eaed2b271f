import { browser } from 'wxt/browser';

/** The toolbar badge of tab `tabId`: the number of findings its content script reported. */
export function showFindingsCount(tabId: number, count: number): void {
  const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
  void browser.action.setBadgeText({ tabId, text }).catch(() => {});
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }).catch(() => {});
}
