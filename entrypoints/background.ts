import { browser } from 'wxt/browser';
import { onMessage } from '../lib/messages';
import { annotatePage } from '../lib/pipeline';
import { bundledKb } from '../lib/kb/bundled';
import { serveAnnotations } from '../lib/page/background-pipeline';

// The background keeps the toolbar badge in step with each tab's findings, and runs the pipeline
// for the content scripts (lib/page/background-pipeline.ts: once for all tabs, off the pages'
// main threads). It holds no state of its own: the content script of each tab reports after
// every pass.
export default defineBackground(() => {
  // annotatePage: officials are marked only on trade stories (lib/pipeline.ts).
  serveAnnotations((text) => annotatePage(text, { kb: bundledKb }));
  onMessage('reportFindings', ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
    void browser.action.setBadgeText({ tabId, text }).catch(() => {});
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }).catch(() => {});
  });
});
