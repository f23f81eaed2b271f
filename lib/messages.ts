// The messages between the content script, the background and the popup, typed once.
// @webext-core/messaging does the plumbing (and its errors) for both browsers.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageSummary } from './describe/summary';

export type PageState =
  | { status: 'annotated'; host: string; summary: PageSummary }
  | { status: 'off'; host: string }
  | { status: 'working'; host: string };

interface ProtocolMap {
  /** popup → content script of the active tab: what did you find here? */
  getPageState(): PageState;
  /** popup → content script: scroll to a mark and flash it. */
  revealMark(markId: string): boolean;
  /** content script → background: the number of findings, for the badge. */
  reportFindings(count: number): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
