import { browser } from 'wxt/browser';
import { onMessage } from '../../lib/browser/messages';
import { annotatePage } from '../../lib/pipeline';
import { bundledKb } from '../../lib/kb/bundled';
import { withPageKb } from '../../lib/kb/page-kb';
import { serveAnnotations } from '../../lib/browser/background-pipeline';
import { readStoredValues } from '../../lib/stored-keys';
import { showFindingsCount } from './badge';
import { handleCommand } from './commands';
import { injectModule } from './inject-module';

// The background keeps the toolbar badge in step with each tab's findings, runs the pipeline
// for the content scripts (lib/browser/background-pipeline.ts: once for all tabs, off the pages'
// main threads), and passes keyboard commands to the active tab. It holds no state of its own:
// the content script of each tab reports after every pass.
export default defineBackground(() => {
  // annotatePage: officials are marked only on trade stories (lib/pipeline.ts). The knowledge
  // base stays here; each page gets the part its annotations link to (lib/kb/page-kb.ts).
  serveAnnotations(({ text, date }) => withPageKb(annotatePage(text, { kb: bundledKb, date }), bundledKb));
  onMessage('injectModule', ({ data: name, sender }) => injectModule(name, sender));
  onMessage('readStored', () => readStoredValues(browser.storage as never));
  onMessage('reportFindings', ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) showFindingsCount(tabId, count);
  });
  browser.commands.onCommand.addListener((name, tab) => void handleCommand(name, tab?.id));
  onMessage('triggerCommand', ({ data: name, sender }) => {
    // Content scripts share the extension's id; only its own pages have its origin.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    return handleCommand(name);
  });
});
