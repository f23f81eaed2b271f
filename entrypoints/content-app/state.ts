// What the parts of the app (footnote.ts) share: the page's state, which each part reads and
// some keep current, and the few helpers they all use.
import type { AnnotatedPage } from '../../lib/page/annotator';
import type { Correction } from '../../lib/corrections';
import type { Settings } from '../../lib/settings';

export const log = (...args: unknown[]) => console.debug('[Footnote]', ...args);

export interface AppState {
  readonly host: string;
  /** Whether Footnote is on for this site; until the settings are read, the popup is told "working". */
  enabled: boolean | undefined;
  /** What the last pass marked (null while the marks are off). */
  page: AnnotatedPage | null;
  // The reader's settings and corrections, kept current by the watchers (stored-watchers.ts).
  settings: Settings | undefined;
  corrections: Correction[];
  /** Marks hidden on this page by the keyboard command (not a setting: this page only). */
  hidden: boolean;
  /**
   * After an extension update or reload this script is an orphan: its extension APIs throw
   * "Extension context invalidated". No event says so; `ctx.isInvalid` asks (and runs the app's
   * clean-up when it is). Asked before each use of the extension and whenever the reader or the
   * page does something that involves Footnote: a pass for changed content, a mark hovered or
   * focused, the tab shown again.
   */
  orphaned(): boolean;
}

/** The marks on and off, across the parts (footnote.ts): what the reader's choices do. */
export interface MarkSwitch {
  /** Paints the marks again: they were off. */
  show(): Promise<void>;
  /** Takes the marks off, and their card. */
  hide(): void;
  /** Marks the page again from scratch, if the marks are on: what to mark changed. */
  remark(): void;
}

/** A part of the app: made by one call, ended by destroy() when the extension is updated or removed. */
export interface Part {
  destroy(): void;
}

/**
 * Runs each clean-up step on its own: one failing must not keep the others from running, and
 * nothing may throw into the page.
 */
export function runEach(steps: ReadonlyArray<() => void>): void {
  for (const step of steps) {
    try {
      step();
    } catch (e) {
      log('clean-up step failed', e);
    }
  }
}

/** The page a correction is recorded against: its address without the fragment. */
export function pageUrl(): string {
  return location.href.split('#')[0];
}
