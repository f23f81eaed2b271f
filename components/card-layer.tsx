// The layer that shows one card at a time next to a mark. The card is a popover, so the
// browser's top layer puts it above every z-index and overlay of the page; @floating-ui/dom
// keeps it inside the viewport (flip at the edges, shift along them).
import { render } from 'preact';
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { UI_ATTRIBUTE } from '../lib/page/dom-names';
import { Card, type CardActions, type CardData } from './Card';

export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
}

export interface ShowOptions {
  pinned: boolean;
  /** Move focus into the card (a card pinned from the keyboard), so its buttons can be reached. */
  focus: boolean;
  actions: CardActions;
}

export interface CardLayer {
  show(data: CardData, anchor: CardAnchor, options: ShowOptions): void;
  hide(): void;
  isOpen(): boolean;
  /** Is this node (from an event's composed path) part of the card? */
  contains(node: EventTarget | null): boolean;
  element: HTMLElement;
  destroy(): void;
}

let serial = 0;

export function createCardLayer(container: HTMLElement): CardLayer {
  const doc = container.ownerDocument;
  const card = doc.createElement('div');
  card.className = 'fn-card';
  card.setAttribute(UI_ATTRIBUTE, '');
  const canPopover = typeof (card as HTMLElement & { showPopover?: unknown }).showPopover === 'function';
  if (canPopover) card.setAttribute('popover', 'manual');
  else card.style.display = 'none';
  container.appendChild(card);
  let open = false;
  let cleanupScroll: (() => void) | undefined;

  const place = (anchor: CardAnchor) => {
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({ padding: 8, apply: ({ availableHeight }) => card.style.setProperty('max-height', `${Math.max(120, Math.min(480, availableHeight))}px`) }),
      ],
    }).then(({ x, y }) => {
      card.style.setProperty('left', `${Math.round(x)}px`);
      card.style.setProperty('top', `${Math.round(y)}px`);
    });
  };

  const hide = () => {
    if (!open) return;
    open = false;
    cleanupScroll?.();
    if (canPopover) (card as HTMLElement & { hidePopover(): void }).hidePopover();
    else card.style.display = 'none';
    render(null, card);
  };

  return {
    element: card,
    show(data, anchor, { pinned, focus, actions }) {
      const id = `fn-card-${++serial}`;
      // A fresh tree for each card (key): the last card's open panels and status do not carry over.
      render(<Card key={id} data={data} id={id} pinned={pinned} actions={actions} />, card);
      if (!open) {
        if (canPopover) (card as HTMLElement & { showPopover(): void }).showPopover();
        else card.style.display = 'block';
      }
      open = true;
      place(anchor);
      if (focus) card.querySelector<HTMLElement>('.fn-card-inner')?.focus({ preventScroll: true });
      // Follow the mark while the page scrolls (capture: any scrolling container).
      cleanupScroll?.();
      const follow = () => place(anchor);
      doc.addEventListener('scroll', follow, { capture: true, passive: true });
      cleanupScroll = () => doc.removeEventListener('scroll', follow, { capture: true });
    },
    hide,
    isOpen: () => open,
    contains(node) {
      return node instanceof Node && (node === card || card.contains(node));
    },
    destroy() {
      hide();
      card.remove();
    },
  };
}
