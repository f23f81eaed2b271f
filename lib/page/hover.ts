// Hover intent for marks: when to open and close a card. WCAG 1.4.13 asks that hover content
// be dismissible (Escape), hoverable (the pointer can move onto it) and persistent (it stays
// until dismissed or the pointer leaves), and that keyboard focus opens it too. The card never
// takes focus: a reader typing elsewhere is never interrupted.

export const MARK_SELECTOR = 'footnote-mark';

export interface HoverOptions {
  /** Dwell before a card opens on pointer hover (ms); a function reads the reader's setting live. */
  openDelay?: number | (() => number);
  /** Grace period after the pointer leaves the mark or card (ms). */
  closeDelay?: number;
  /** Is this node part of the open card (which lives in a shadow root)? */
  isInCard: (node: EventTarget | null) => boolean;
  onOpen: (mark: HTMLElement, reason: 'hover' | 'focus') => void;
  onClose: () => void;
}

export interface HoverController {
  /** Close the card now, as if Escape had been pressed. */
  close(): void;
  /** Open the card for a mark now (keyboard commands, popup clicks). */
  open(mark: HTMLElement, reason: 'hover' | 'focus'): void;
  destroy(): void;
}

function markOf(target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target : (target as Node | null)?.parentElement ?? null;
  return (el?.closest?.(MARK_SELECTOR) as HTMLElement | null) ?? null;
}

export function watchHover(doc: Document, options: HoverOptions): HoverController {
  const openDelay = () => (typeof options.openDelay === 'function' ? options.openDelay() : options.openDelay ?? 250);
  const closeDelay = options.closeDelay ?? 300;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: HTMLElement | null = null;
  const listeners: Array<[string, EventListener]> = [];

  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openTimer = closeTimer = undefined;
  };
  const open = (mark: HTMLElement, reason: 'hover' | 'focus') => {
    clearTimers();
    current = mark;
    options.onOpen(mark, reason);
  };
  const close = () => {
    clearTimers();
    if (!current) return;
    current = null;
    options.onClose();
  };
  const scheduleClose = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    if (current && !closeTimer) closeTimer = setTimeout(close, closeDelay);
  };
  const on = (type: string, fn: EventListener) => {
    doc.addEventListener(type, fn, { capture: true, passive: true });
    listeners.push([type, fn]);
  };

  on('pointerover', (e) => {
    const target = e.composedPath?.()[0] ?? e.target;
    if (options.isInCard(target)) {
      clearTimeout(closeTimer); // the pointer reached the card: keep it
      closeTimer = undefined;
      return;
    }
    const mark = markOf(target);
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
    const from = e.composedPath?.()[0] ?? e.target;
    const to = (e as PointerEvent).relatedTarget;
    if (markOf(from) || options.isInCard(from)) {
      if (to && (options.isInCard(to) || (current && markOf(to) && sameAnnotation(markOf(to)!, current)))) return;
      if (!current) {
        clearTimeout(openTimer);
        openTimer = undefined;
      } else scheduleClose();
    }
  });
  on('focusin', (e) => {
    // A mark inside a link is not a tab stop of its own (the link is): focusing the link
    // opens the card of the first mark inside it.
    const mark = markOf(e.target) ?? ((e.target as Element | null)?.querySelector?.(MARK_SELECTOR) as HTMLElement | null);
    if (mark) open(mark, 'focus');
    else if (current && !options.isInCard(e.composedPath?.()[0] ?? e.target)) close();
  });
  on('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && current) close();
  });

  return {
    close,
    open,
    destroy() {
      clearTimers();
      for (const [type, fn] of listeners) doc.removeEventListener(type, fn, { capture: true });
    },
  };
}

/** Pieces of one annotation that crosses inline elements share an id. */
function sameAnnotation(a: HTMLElement, b: HTMLElement): boolean {
  return a === b || (!!a.dataset.footnoteId && a.dataset.footnoteId === b.dataset.footnoteId);
}
