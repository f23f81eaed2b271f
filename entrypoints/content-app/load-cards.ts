import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/browser/messages';
import { loadContentModule, moduleInjector } from '../../lib/page/content-modules';
import type { ContentCards } from '../content-cards';

/** The cards (entrypoints/content-cards/), injected by the background or imported, once needed (lib/page/content-modules.ts). */
export const loadCards = () =>
  loadContentModule<ContentCards>(
    'content-cards',
    moduleInjector(
      (path) => browser.runtime.getURL(path),
      (name) => sendMessage('injectModule', name),
    ),
  );
