// The popup's questions to the page (what did you find here? where is that one?), and the toolbar
// badge, which counts what is marked.
import { onMessage, sendMessage, type PageState } from '../../lib/browser/messages';
import { ACTIVE_ATTRIBUTE } from '../../lib/page/dom-names';
import { marksById } from '../../lib/page/hit';
import { loadCards } from './load-cards';
import { runEach, type AppState, type Part } from './state';

export interface PopupAnswers extends Part {
  /** Tells the background how many marks there are now, for the badge. */
  report(): void;
}

export function createPopupAnswers(state: AppState): PopupAnswers {
  const { host } = state;
  const removers = [
    onMessage('getPageState', async (): Promise<PageState> => {
      if (state.enabled === undefined) return { status: 'working', host };
      if (!state.enabled) return { status: 'off', host };
      if (state.hidden) return { status: 'annotated', host, summary: { figures: [], officials: [] } };
      if (!state.page) return { status: 'working', host };
      const summarisePage = (await loadCards()).summarisePage;
      const page = state.page;
      if (!page) return { status: 'working', host };
      return { status: 'annotated', host, summary: summarisePage(page) };
    }),
    onMessage('revealMark', ({ data: id }) => revealMark(id)),
  ];
  return {
    report() {
      if (state.orphaned()) return;
      const count = state.page?.order.length ?? 0;
      sendMessage('reportFindings', state.enabled ? count : 0).catch(() => {}); // the badge is optional
    },
    destroy: () => runEach(removers),
  };
}

/** Scrolls to a mark and flashes it: the reader picked it in the popup. */
function revealMark(id: string): boolean {
  const pieces = marksById(document, id);
  if (!pieces.length) return false;
  pieces[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  pieces.forEach((p) => p.setAttribute(ACTIVE_ATTRIBUTE, ''));
  setTimeout(() => pieces.forEach((p) => p.removeAttribute(ACTIVE_ATTRIBUTE)), 1600);
  return true;
}
