// Hover intent for marks: when to open and close a card. WCAG 1.4.13 asks that hover content
// be dismissible (Escape), hoverable (the pointer can move onto it) and persistent (it stays
// until dismissed or the pointer leaves), and that keyboard focus opens it too. A hovered or
// focused card never takes focus: a reader typing elsewhere is never interrupted. A click on a
// mark, or Enter or Space on a focused one, pins its card: it stays, whatever the pointer and
// focus do, until it is closed (its close button, Escape, or pinning another mark); a card
// pinned from the keyboard takes focus, so that its buttons can be reached.

import { ID_ATTRIBUTE, MARK_TAG } from './dom-names';
import { markFromEvent } from './hit';

export interface HoverOptions {
  /** Dwell before a card opens on pointer hover (ms); a function reads the reader's setting live. */
  openDelay?: number | (() => number);
  /** Grace period after the pointer leaves the mark or card (ms). */
  closeDelay?: number;
  /** Is this node part of the open card (which lives in a shadow root)? */
  isInCard: (node: EventTarget | null) => boolean;
  onOpen: (mark: HTMLElement, reason: OpenReason) => void;
  onClose: () => void;
}

/** hover and focus open a passing card; pin (click, Enter, Space) one that stays. */
export type OpenReason = 'hover' | 'focus' | 'pin';

export interface HoverController {
  /** Close the card now, as if Escape had been pressed. */
  close(): void;
  /** Open the card for a mark now (keyboard commands, popup clicks). */
  open(mark: HTMLElement, reason: OpenReason): void;
  /** Is the open card pinned? */
  isPinned(): boolean;
  destroy(): void;
}

export function watchHover(doc: Document, options: HoverOptions): HoverController {
  const openDelay = () => (typeof options.openDelay === 'function' ? options.openDelay() : (options.openDelay ?? 250));
  const closeDelay = options.closeDelay ?? 300;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: HTMLElement | null = null;
  let pinned = false;
  /** Focus being handed back to a mark by Escape: that focus must not reopen its card. */
  let returningFocus = false;
  const listeners: Array<[string, EventListener]> = [];

  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openTimer = closeTimer = undefined;
  };
  const open = (mark: HTMLElement, reason: OpenReason) => {
    clearTimers();
    current = mark;
    pinned = reason === 'pin';
    options.onOpen(mark, reason);
  };
  const close = () => {
    clearTimers();
    pinned = false;
    if (!current) return;
    current = null;
    options.onClose();
  };
  const scheduleClose = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    if (current && !pinned && !closeTimer) closeTimer = setTimeout(close, closeDelay);
  };
  const on = (type: string, fn: EventListener, passive = true) => {
    doc.addEventListener(type, fn, { capture: true, passive });
    listeners.push([type, fn]);
  };
  /** A mark that acts as a button (not one inside a link, whose click is the link's). */
  const pinnable = (target: EventTarget | null) => {
    const mark = markFromEvent(target);
    return mark?.getAttribute('role') === 'button' ? mark : null;
  };

  on('pointerover', (e) => {
    if (pinned) return; // a pinned card stays put
    const target = e.composedPath?.()[0] ?? e.target;
    if (options.isInCard(target)) {
      clearTimeout(closeTimer); // the pointer reached the card: keep it
      closeTimer = undefined;
      return;
    }
    const mark = markFromEvent(target);
    if (!mark) return;
    if (current && sameAnnotation(mark, current)) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mark, 'hover'), openDelay());
  });
  on('pointerout', (e) => {
    if (pinned) return;
    const from = e.composedPath?.()[0] ?? e.target;
    const to = (e as PointerEvent).relatedTarget;
    if (markFromEvent(from) || options.isInCard(from)) {
      if (to && (options.isInCard(to) || (current && markFromEvent(to) && sameAnnotation(markFromEvent(to)!, current)))) return;
      if (!current) {
        clearTimeout(openTimer);
        openTimer = undefined;
      } else scheduleClose();
    }
  });
  on('click', (e) => {
    const mark = pinnable(e.composedPath?.()[0] ?? e.target);
    if (mark) open(mark, 'pin');
  });
  on(
    'keydown',
    (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Escape' && current) {
        const mark = current;
        const inCard = options.isInCard(e.composedPath?.()[0] ?? e.target);
        close();
        // Focus was in the pinned card, which is gone: give it back to the mark it came from.
        if (inCard && mark.isConnected) {
          returningFocus = true; // focusin fires inside focus(), synchronously
          try {
            mark.focus({ preventScroll: true });
          } finally {
            returningFocus = false;
          }
        }
        return;
      }
      if (key !== 'Enter' && key !== ' ') return;
      const mark = pinnable(e.target);
      if (!mark) return;
      e.preventDefault(); // Space would scroll the page
      open(mark, 'pin');
    },
    false,
  );
  on('focusin', (e) => {
    if (pinned || returningFocus) return;
    // A mark inside a link is not a tab stop of its own (the link is): focusing the link
    // opens the card of the first mark inside it.
    const mark = markFromEvent(e.target) ?? ((e.target as Element | null)?.querySelector?.(MARK_TAG) as HTMLElement | null);
    if (mark) open(mark, 'focus');
    else if (current && !options.isInCard(e.composedPath?.()[0] ?? e.target)) close();
  });

  return {
    close,
    open,
    isPinned: () => pinned,
    destroy() {
      clearTimers();
      for (const [type, fn] of listeners) doc.removeEventListener(type, fn, { capture: true });
    },
  };
}

/** Pieces of one annotation that crosses inline elements share an id. */
function sameAnnotation(a: HTMLElement, b: HTMLElement): boolean {
  const id = a.getAttribute(ID_ATTRIBUTE);
  return a === b || (!!id && id === b.getAttribute(ID_ATTRIBUTE));
}
