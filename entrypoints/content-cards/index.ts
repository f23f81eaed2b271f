// The cards (cards.ts), loaded when the app asks, once a page has marks and they are painted:
// injected by the background in Chromium, imported in Firefox (lib/page/content-modules.ts).
import { cite, copyText, describeFinding, mountCards, summarisePage } from './cards';
import { useBrowserMessages } from '../../lib/browser/i18n';
import { provideContentModule } from '../../lib/page/content-modules';

export interface ContentCards {
  mountCards: typeof mountCards;
  describeFinding: typeof describeFinding;
  cite: typeof cite;
  copyText: typeof copyText;
  summarisePage: typeof summarisePage;
}

// WXT runs main() as the script is evaluated; it returns nothing, because executeScript would
// try to send the result back to the background.
export default defineUnlistedScript(() => {
  // This script has its own copy of lib/i18n.ts (each is bundled whole): the cards and the
  // summary in the reader's language need it set up here too.
  useBrowserMessages();
  const cards: ContentCards = { mountCards, describeFinding, cite, copyText, summarisePage };
  provideContentModule('content-cards', cards);
});
