// Footnote on one page: wires the pure pipeline and the DOM layer to the browser. The app is
// made of parts, each made by one call and ended by its destroy() (state.ts): the popup's
// answers and the badge (popup.ts), the marks (page-marks.ts), the cards (card-controller.ts),
// the keyboard commands (keyboard-commands.ts) and the watchers of the stored settings and
// corrections (stored-watchers.ts). Each part is independent and safe to fail: an error in one
// logs and leaves the page as it was.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useBrowserMessages } from '../../lib/browser/i18n';
import { getSettings } from '../../lib/browser/settings-store';
import { getCorrections } from '../../lib/browser/corrections-store';
import type { Correction } from '../../lib/corrections';
import type { FirstRead } from '../../lib/page/first-read';
import type { Settings } from '../../lib/settings';
import { createCardController } from './card-controller';
import { removeEarlierVersion } from './earlier-version';
import { createKeyboardCommands } from './keyboard-commands';
import { createPageMarks } from './page-marks';
import { createPopupAnswers } from './popup';
import { createStoredWatchers } from './stored-watchers';
import { log, runEach, type AppState, type MarkSwitch } from './state';

/** The settings and corrections as the loader read them (check.ts), so as not to wait for them again. */
export interface StartingState {
  settings: Settings;
  corrections: Correction[];
}

export async function startFootnote(ctx: ContentScriptContext, firstRead?: FirstRead, initial?: StartingState): Promise<void> {
  if (!document.body || !/^https?:$/.test(location.protocol)) {
    firstRead?.release();
    return;
  }
  useBrowserMessages(); // cards in the reader's language
  const state: AppState = {
    host: location.hostname,
    enabled: undefined,
    page: null,
    settings: undefined,
    corrections: [],
    hidden: false,
    orphaned: () => ctx.isInvalid,
  };

  const popup = createPopupAnswers(state);
  removeEarlierVersion(document);
  const marks = createPageMarks(state, firstRead, (page) => {
    // Cards: injected and mounted once the page has marks, after they are painted.
    if (page.order.length) void cards.ensure();
    popup.report();
  });
  const cards = createCardController(ctx, state, (id) => marks.annotator.unmark(id));
  const { annotator } = marks;
  const markSwitch: MarkSwitch = {
    show() {
      annotator.restart();
      return marks.paint();
    },
    hide() {
      cards.close();
      annotator.clear();
      state.page = null;
      popup.report();
    },
    remark() {
      if (!state.enabled || state.hidden) return;
      cards.hide();
      annotator.clear();
      annotator.restart();
      void marks.paint();
    },
  };
  const commands = createKeyboardCommands(ctx, state, cards, markSwitch);
  const watchers = createStoredWatchers(state, marks, cards, markSwitch);
  // Watched from now, or where the loader handed the stored values over, from after the first
  // pass (below): setting the watchers up cost Firefox 5–9 ms before the first marks.
  if (!initial) watchers.watch();

  // The extension was updated, reloaded or removed: leave the page exactly as it was (marks
  // unwrapped, the card layer and styles gone). Each part on its own (runEach).
  ctx.onInvalidated(() => runEach([watchers, cards, marks, popup, commands].map((part) => () => part.destroy())));
  // In-page navigation (pushState): read the new article once it has rendered.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (state.enabled && !state.hidden && !state.orphaned()) void annotator.run().catch((e: unknown) => log('pass failed', e));
  });
  // The reader comes back to the tab (after updating the extension, perhaps).
  ctx.addEventListener(document, 'visibilitychange', () => void state.orphaned());
  ctx.addEventListener(window, 'focus', () => void state.orphaned());

  const [settings, corrections] = initial ? [initial.settings, initial.corrections] : await Promise.all([getSettings(), getCorrections()]);
  state.settings = settings;
  state.corrections = corrections;
  state.enabled = !settings.disabledSites.includes(state.host);
  if (state.enabled) await marks.paint();
  else {
    firstRead?.release();
    popup.report();
  }
  if (initial && !state.orphaned()) await watchers.catchUp();
}
