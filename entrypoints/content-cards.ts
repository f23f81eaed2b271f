// The cards (entrypoints/content/cards.ts): imported by the app with import() once a page has
// marks, after they are painted. Built as an ES module (wxt.config.ts).
import { cite, copyText, describeFinding, mountCards, summarisePage } from './content/cards';
import { useBrowserMessages } from '../lib/i18n-browser';

export interface ContentCards {
  mountCards: typeof mountCards;
  describeFinding: typeof describeFinding;
  cite: typeof cite;
  copyText: typeof copyText;
  summarisePage: typeof summarisePage;
}

// WXT runs main() when the module is evaluated and exports what it returns as the default.
export default defineUnlistedScript({
  main: (): ContentCards => {
    // This module has its own copy of lib/i18n.ts (each module is bundled whole): the cards and
    // the summary in the reader's language need it set up here too.
    useBrowserMessages();
    return { mountCards, describeFinding, cite, copyText, summarisePage };
  },
});
