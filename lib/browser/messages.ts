// The messages between the content script, the background and the popup, typed once.
// @webext-core/messaging does the plumbing (and its errors) for both browsers.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageSummary } from '../describe/summary';
import type { CommandName } from '../page/commands';
import type { ContentModuleName } from '../page/content-modules';
import type { StoredValues } from '../stored-keys';

export type PageState = { status: 'annotated'; host: string; summary: PageSummary } | { status: 'off'; host: string } | { status: 'working'; host: string };

interface ProtocolMap {
  /** popup → content script of the active tab: what did you find here? */
  getPageState(): PageState;
  /** popup → content script: scroll to a mark and flash it. */
  revealMark(markId: string): boolean;
  /**
   * content script → background: inject this part of the content script into my page
   * (lib/page/content-modules.ts). The loader sends it by hand, in this wire format.
   */
  injectModule(name: ContentModuleName): void;
  /**
   * content script → background: the stored settings and corrections (lib/stored-keys.ts), read
   * by the background, whose storage API is set up already. The loader sends it by hand.
   */
  readStored(): StoredValues;
  /** content script → background: the number of findings, for the badge. */
  reportFindings(count: number): void;
  /** background → content script of the active tab: a keyboard command; answers what it announced. */
  runCommand(name: CommandName): string;
  /**
   * extension page → background: run a keyboard command as if its keys were pressed. Shortcuts
   * cannot be pressed from outside the browser, so the end-to-end tests come in this way, through
   * the same handler. Only the extension's own pages may send it.
   */
  triggerCommand(name: CommandName): string | undefined;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
