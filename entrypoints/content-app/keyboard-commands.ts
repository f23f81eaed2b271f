// The keyboard commands (README, "Keyboard"; the background passes them on): marks on and off on
// this page, and the next or previous mark, each announced to screen readers.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../../lib/browser/messages';
import { t } from '../../lib/i18n';
import { markAnnouncement, noMarksAnnouncement, stepIndex, toggleAnnouncement, type CommandName } from '../../lib/page/commands';
import { ID_ATTRIBUTE, MARK_TAG } from '../../lib/page/dom-names';
import { markFromEvent, marksById } from '../../lib/page/hit';
import type { CardController } from './card-controller';
import type { AppState, MarkSwitch, Part } from './state';

export function createKeyboardCommands(ctx: ContentScriptContext, state: AppState, cards: CardController, markSwitch: MarkSwitch): Part {
  /** Where next / previous mark last went, when focus is not on a mark. */
  let lastIndex: number | null = null;
  // In-page navigation (pushState): a new article, where the next mark is its first.
  ctx.addEventListener(window, 'wxt:locationchange', () => (lastIndex = null));

  async function runCommand(name: CommandName): Promise<string> {
    if (!state.enabled) return t('announce_off', state.host);
    await cards.ensure();
    if (name === 'toggle-marks') {
      state.hidden = !state.hidden;
      if (state.hidden) {
        markSwitch.hide();
        return cards.announce(toggleAnnouncement(false, 0));
      }
      await markSwitch.show();
      return cards.announce(toggleAnnouncement(true, state.page?.order.length ?? 0));
    }
    if (state.hidden || !state.page?.order.length) return cards.announce(noMarksAnnouncement());
    const order = state.page.order;
    // Start from the mark in focus (or the link that holds it), else from where we last went.
    const active = document.activeElement;
    const inFocus = markFromEvent(active) ?? (active?.matches?.('a[href], [tabindex]') ? active.querySelector(MARK_TAG) : null);
    const focusedId = inFocus?.getAttribute(ID_ATTRIBUTE);
    const current = focusedId && order.includes(focusedId) ? order.indexOf(focusedId) : lastIndex;
    const i = stepIndex(current, order.length, name === 'next-mark' ? 1 : -1)!;
    lastIndex = i;
    const id = order[i];
    const pieces = marksById(document, id);
    const first = pieces[0];
    if (!first) return cards.announce(noMarksAnnouncement());
    // A mark inside a link is not a tab stop of its own: the link takes focus, and focusing it
    // opens the card of its first mark; open this one's card either way.
    const focusable = first.hasAttribute('tabindex') ? first : first.closest<HTMLElement>('a[href], [tabindex]');
    focusable?.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
    cards.open(first, 'focus');
    return cards.announce(markAnnouncement(i, order.length, pieces.map((p) => p.textContent ?? '').join('')));
  }

  const remove = onMessage('runCommand', ({ data: name }) => runCommand(name));
  return { destroy: remove };
}
