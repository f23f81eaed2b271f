import { browser, type Browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../lib/browser/messages';
import { annotatePage } from '../lib/pipeline';
import { bundledKb } from '../lib/kb/bundled';
import { serveAnnotations } from '../lib/browser/background-pipeline';
import { isCommand } from '../lib/page/commands';
import { isContentModule } from '../lib/page/content-modules';
import { readStoredValues } from '../lib/stored-keys';

// The background keeps the toolbar badge in step with each tab's findings, runs the pipeline
// for the content scripts (lib/browser/background-pipeline.ts: once for all tabs, off the pages'
// main threads), and passes keyboard commands to the active tab. It holds no state of its own:
// the content script of each tab reports after every pass.
export default defineBackground(() => {
  // annotatePage: officials are marked only on trade stories (lib/pipeline.ts).
  serveAnnotations((text) => annotatePage(text, { kb: bundledKb }));
  onMessage('injectModule', ({ data: name, sender }) => injectModule(name, sender));
  onMessage('readStored', () => readStoredValues(browser.storage as never));
  onMessage('reportFindings', ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
    void browser.action.setBadgeText({ tabId, text }).catch(() => {});
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }).catch(() => {});
  });
  browser.commands.onCommand.addListener((name, tab) => void handleCommand(name, tab?.id));
  onMessage('triggerCommand', ({ data: name, sender }) => {
    // Content scripts share the extension's id; only its own pages have its origin.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    return handleCommand(name);
  });
});

/**
 * Injects a part of the content script into the page of the content script that asked
 * (lib/page/content-modules.ts): only the named modules, only into the frame and document the
 * request came from, only on web pages.
 */
async function injectModule(name: unknown, sender: Browser.runtime.MessageSender): Promise<void> {
  if (!isContentModule(name)) throw new Error(`no such module: ${String(name)}`);
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined || !/^https?:/.test(sender.url ?? '')) {
    throw new Error('modules are injected only into the web page of the content script that asks');
  }
  // The document, where the browser knows it (Chrome): a page that navigated away meanwhile
  // must not get the module. Firefox has frame ids only.
  const documentId = (sender as { documentId?: string }).documentId;
  await browser.scripting.executeScript({
    target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [sender.frameId] },
    files: [`/${name}.js`],
    // As soon as the page can take it: the page has long finished loading by now (the loader
    // runs at document_idle), and the loader is waiting for it.
    injectImmediately: true,
  });
}

/**
 * A keyboard command to the active tab's content script, which answers what it announced.
 * No "tabs" permission: the active tab's id comes without it. A tab Footnote does not run in
 * (a browser page, a page with nothing to mark) has no one to answer; that is not an error.
 */
async function handleCommand(name: string, tabId?: number): Promise<string | undefined> {
  if (!isCommand(name)) return undefined;
  tabId ??= (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return undefined;
  return sendMessage('runCommand', name, tabId).catch(() => undefined);
}
