import { removeMarks } from '../../lib/page/marks';
import { CARD_TAG, OUR_UI } from '../../lib/page/dom-names';

/**
 * Clears away what a content script of an earlier version of the extension left behind: Firefox
 * stops that script dead on an update or reload, with no chance to clean up, and injects the new
 * version into the open tab. Its marks are unwrapped (this one paints its own) and its card host
 * and styles removed.
 */
export function removeEarlierVersion(doc: Document): void {
  removeMarks(doc.body);
  // Only where an earlier version put them (card hosts last in <html>, the fallback <style> in
  // <head>): a page's own elements with our attribute stay.
  for (const el of Array.from(doc.querySelectorAll(`:root > ${OUR_UI}, head > style${OUR_UI}`))) {
    if (el.localName.startsWith(CARD_TAG) || el.localName === 'style') el.remove();
  }
}
