import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/browser/messages';
import { isCommand } from '../../lib/page/commands';

/**
 * A keyboard command to the active tab's content script, which answers what it announced.
 * No "tabs" permission: the active tab's id comes without it. A tab Footnote does not run in
 * (a browser page, a page with nothing to mark) has no one to answer; that is not an error.
 */
export async function handleCommand(name: string, tabId?: number): Promise<string | undefined> {
  if (!isCommand(name)) return undefined;
  tabId ??= (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return undefined;
  return sendMessage('runCommand', name, tabId).catch(() => undefined);
}
