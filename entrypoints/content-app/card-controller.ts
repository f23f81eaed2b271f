// The cards on this page: loaded and mounted once the page has marks, after they are painted
// (entrypoints/content-cards/); opened and closed as the reader hovers over, focuses or pins a
// mark (lib/page/hover.ts); and what the card's buttons do.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { addCorrection } from '../../lib/browser/corrections-store';
import { ID_ATTRIBUTE } from '../../lib/page/dom-names';
import { boundingRect, marksById, rectsOfMark } from '../../lib/page/hit';
import { watchHover, type HoverController, type OpenReason } from '../../lib/page/hover';
import type { Theme } from '../../lib/settings';
import type { CardAnchor } from '../../components/card-layer';
import type { CardData } from '../../components/Card';
import type { ContentCards } from '../content-cards';
import type { MountedCards } from '../content-cards/cards';
import { loadCards } from './load-cards';
import { log, pageUrl, runEach, type AppState, type Part } from './state';

export interface CardController extends Part {
  /** Loads the cards and mounts their layer, the first time; never fails (the marks stay without). */
  ensure(): Promise<void>;
  /** Opens a mark's card (the keyboard commands). */
  open(mark: HTMLElement, reason: OpenReason): void;
  /** Closes the card, as Escape would. */
  close(): void;
  /** Takes the card down, now: the marks are about to be painted again. */
  hide(): void;
  setTheme(theme: Theme): void;
  /** Says `text` to screen readers (the card layer's live region), and returns it. */
  announce(text: string): string;
}

/** `unmark` takes a mark off the page (the reader said it is not right). */
export function createCardController(ctx: ContentScriptContext, state: AppState, unmark: (id: string) => void): CardController {
  /** The cards module, and the card layer it mounted on this page (ensure). */
  let cards: ContentCards | undefined;
  let mounted: MountedCards | undefined;
  let hover: HoverController | undefined;
  let cardsPromise: Promise<void> | undefined;
  /** The mark whose card is open, as its button says (aria-expanded). */
  let expanded: HTMLElement | null = null;

  const ensure = () =>
    (cardsPromise ??= (async () => {
      cards = await loadCards();
      if (state.orphaned()) return;
      mounted = await cards.mountCards(ctx, state.settings?.theme ?? 'auto');
      hover = watchHover(document, {
        openDelay: () => state.settings?.hoverDelayMs ?? 250,
        isInCard: (node) => mounted?.layer.contains(node) ?? false,
        onOpen: openCard,
        onClose: closeCard,
      });
    })().catch((e) => log('cards unavailable', e)));

  function openCard(mark: HTMLElement, reason: OpenReason) {
    if (state.orphaned()) return;
    const page = state.page;
    const id = mark.getAttribute(ID_ATTRIBUTE);
    const finding = id ? page?.findings.get(id) : undefined;
    if (!finding || !page || !cards || !mounted) return;
    const { layer } = mounted;
    const { cite, copyText } = cards;
    const data: CardData = cards.describeFinding(finding, page);
    const pinned = reason === 'pin';
    layer.show(data, anchorFor(id!), {
      pinned,
      // Pinned from the keyboard (Enter or Space on the mark): the card's buttons must be reachable.
      focus: pinned && document.activeElement === mark,
      actions: {
        onClose: () => hover?.close(),
        onPin: (pin) => hover?.open(mark, pin ? 'pin' : 'hover'),
        citation: () => cite(data, { title: document.title, url: pageUrl(), accessed: new Date() }),
        copy: (text) => copyText(text, layer.element),
        notRight: async (note) => {
          const correction = { url: pageUrl(), host: state.host, kind: finding.kind, text: data.text, note };
          state.corrections = [...state.corrections, { ...correction, at: new Date().toISOString() }];
          hover?.close();
          // Every mark of the same words on this page goes, as it would on the next visit.
          for (const [other, f] of state.page?.findings ?? []) {
            if (f.kind === finding.kind && (f.kind === 'figure' ? f.figure.text : f.official.text) === data.text) unmark(other);
          }
          await addCorrection(correction);
        },
      },
    });
    expanded?.setAttribute('aria-expanded', 'false');
    expanded = marksById(document, id!).find((piece) => piece.hasAttribute('aria-expanded')) ?? null;
    expanded?.setAttribute('aria-expanded', 'true');
  }
  function closeCard() {
    mounted?.layer.hide();
    expanded?.setAttribute('aria-expanded', 'false');
    expanded = null;
  }

  return {
    ensure,
    open: (mark, reason) => hover?.open(mark, reason),
    close: () => hover?.close(),
    hide: closeCard,
    setTheme: (theme) => mounted?.setTheme(theme),
    announce(text) {
      const live = mounted?.live;
      if (live) {
        // Emptied first, so the same words said twice are announced twice.
        live.textContent = '';
        const el = live;
        setTimeout(() => (el.textContent = text), 50);
      }
      return text;
    },
    // The card layer gone with its listeners.
    destroy: () => runEach([() => hover?.destroy(), () => mounted?.remove()]),
  };
}

/**
 * Where the card is placed: next to the pieces of the mark, measured on every call, so it follows
 * scrolling and reflow. Not lib/page/hit.ts's markAnchor: its contextElement would change how
 * @floating-ui/dom measures (the mark's scale, its frame), and so where the card goes.
 */
function anchorFor(id: string): CardAnchor {
  return {
    getClientRects: () => rectsOfMark(id),
    getBoundingClientRect: () => boundingRect(rectsOfMark(id)),
  };
}
