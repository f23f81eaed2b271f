// The reader's settings and corrections, kept current in the app's state as they change (the
// popup, the options page, a card's "Not right?" in another tab), and what each change does to
// the marks and cards on this page.
import { getSettings, watchSettings } from '../../lib/browser/settings-store';
import { getCorrections, watchCorrections } from '../../lib/browser/corrections-store';
import type { Correction } from '../../lib/corrections';
import { markChoiceChanged } from '../../lib/page/select';
import type { Settings } from '../../lib/settings';
import type { CardController } from './card-controller';
import type { PageMarks } from './page-marks';
import { pageUrl, runEach, type AppState, type MarkSwitch, type Part } from './state';

export interface StoredWatchers extends Part {
  /** Watches from now. */
  watch(): void;
  /** Watches from now, and catches up with what changed since the loader read the storage. */
  catchUp(): Promise<void>;
}

export function createStoredWatchers(state: AppState, marks: PageMarks, cards: CardController, markSwitch: MarkSwitch): StoredWatchers {
  const onSettings = (next: Settings) => {
    const before = state.settings;
    state.settings = next;
    if (state.enabled === undefined || !before) return; // not started yet: the app reads them
    marks.setStyle(next.highlightStyle);
    cards.setTheme(next.theme);
    const now = !next.disabledSites.includes(state.host);
    if (now !== state.enabled) {
      state.enabled = now;
      state.hidden = false; // switching the site back on shows its marks
      if (now) void markSwitch.show();
      else markSwitch.hide();
    } else if (markChoiceChanged(before, next)) markSwitch.remark();
  };
  // Only a change in what is corrected on this page marks it again (not a new note, not others).
  const correctedHere = (all: Correction[], url: string) =>
    JSON.stringify([...new Set(all.filter((c) => c.url === url).map((c) => `${c.kind}|${c.text}`))].sort());
  const onCorrections = (all: Correction[]) => {
    const url = pageUrl();
    const changed = correctedHere(all, url) !== correctedHere(state.corrections, url);
    state.corrections = all;
    if (changed) markSwitch.remark();
  };

  let unwatchSettings = () => {};
  let unwatchCorrections = () => {};
  const watch = () => {
    unwatchSettings = watchSettings(onSettings);
    unwatchCorrections = watchCorrections(onCorrections);
  };
  return {
    watch,
    async catchUp() {
      // The loader read the storage before the watchers are set, now: a change made in between
      // (the popup's switch, say) is caught up with now, as if it had just been made.
      watch();
      const [nowSettings, nowCorrections] = await Promise.all([getSettings(), getCorrections()]);
      if (JSON.stringify(nowSettings) !== JSON.stringify(state.settings)) onSettings(nowSettings);
      if (JSON.stringify(nowCorrections) !== JSON.stringify(state.corrections)) onCorrections(nowCorrections);
    },
    destroy: () => runEach([() => unwatchSettings(), () => unwatchCorrections()]),
  };
}
