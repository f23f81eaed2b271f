import { browser } from 'wxt/browser';
import { onMessage } from '../lib/messages';

// The background only keeps the toolbar badge in step with each tab's findings. It holds no
// state of its own: the content script of each tab reports after every pass.
export default defineBackground(() => {
  onMessage('reportFindings', ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
    void browser.action.setBadgeText({ tabId, text }).catch(() => {});
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }).catch(() => {});
  });
});
