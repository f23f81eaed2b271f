/** Footnote's card on a hostile page, as the page sees it: open it, read it, close it. */
import { CARD_HOST, type E2EPage } from '../../../scripts/harness';

/** Footnote's card host (scripts/harness/footnote.ts). */
export const HOST = CARD_HOST;

export interface CardState {
  open: boolean;
  text: string;
  rect: { left: number; top: number; width: number; height: number };
  style: Record<string, string>;
  hostStyle: Record<string, string>;
  elements: string[];
}

/** The open card, read from the page (the shadow root is open); null when no card is open. */
export function cardState(page: E2EPage): Promise<CardState | null> {
  return page.evaluate((hostSel) => {
    const host = document.querySelector(hostSel);
    const card = host && host.shadowRoot ? host.shadowRoot.querySelector('.fn-card') : null;
    if (!host || !card || !card.matches(':popover-open')) return null;
    const cs = getComputedStyle(card);
    const hs = getComputedStyle(host);
    const r = card.getBoundingClientRect();
    const pick = (s: CSSStyleDeclaration, names: string[]) => {
      const o: Record<string, string> = {};
      for (let i = 0; i < names.length; i++) o[names[i]] = s.getPropertyValue(names[i]);
      return o;
    };
    const tags: string[] = [];
    const all = card.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) tags.push(all[i].localName);
    return {
      open: true,
      text: card.textContent ?? '',
      rect: { left: r.left, top: r.top, width: r.width, height: r.height },
      style: pick(cs, ['background-color', 'color', 'font-size', 'display', 'visibility', 'opacity', 'position', 'border-radius', 'z-index']),
      hostStyle: pick(hs, ['display', 'visibility', 'opacity']),
      elements: tags,
    };
  }, HOST);
}

/** Opens the card of the mark tagged `tag` (hover or keyboard focus) and returns its state. */
export async function openCard(page: E2EPage, tag: string, how: 'hover' | 'focus'): Promise<CardState> {
  const selector = `[data-test="${tag}"]`;
  if (how === 'hover') await page.hover(selector);
  else await page.focus(selector);
  return page
    .waitForFunction((hostSel) => {
      const host = document.querySelector(hostSel);
      const card = host && host.shadowRoot ? host.shadowRoot.querySelector('.fn-card') : null;
      return card && card.matches(':popover-open') && (card.textContent ?? '').length > 20;
    }, HOST)
    .then(async () => (await cardState(page))!);
}

export async function closeCard(page: E2EPage): Promise<void> {
  await page.press('Escape');
  await page.waitForFunction((hostSel) => {
    const host = document.querySelector(hostSel);
    return !host?.shadowRoot?.querySelector('.fn-card:popover-open');
  }, HOST);
}
