import { browser, type Browser } from 'wxt/browser';
import { isContentModule } from '../../lib/page/content-modules';

/**
 * Injects a part of the content script into the page of the content script that asked
 * (lib/page/content-modules.ts): only the named modules, only into the frame and document the
 * request came from, only on web pages.
 */
export async function injectModule(name: unknown, sender: Browser.runtime.MessageSender): Promise<void> {
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
