// Which of the pipeline's findings the page shows, given the reader's settings and corrections.
// Pure: the content script applies it to every pass, and again when the settings change.
import type { Annotations } from '../types';
import type { Settings } from '../settings';

export type MarkChoice = Pick<Settings, 'tradeFigures' | 'allFigures' | 'officials'>;

/** A mark the reader said was wrong ("Not right?"): hidden from then on. */
export type IsCorrected = (kind: 'figure' | 'official', text: string) => boolean;

/** What else came with the annotations (the background's part of the knowledge base) stays with them. */
export function selectFindings<A extends Annotations>(a: A, choice: MarkChoice, isCorrected: IsCorrected = () => false): A {
  return {
    ...a,
    figures: a.figures.filter((f) => (choice.allFigures || (choice.tradeFigures && f.trade)) && !isCorrected('figure', f.text)),
    officials: choice.officials ? a.officials.filter((o) => !isCorrected('official', o.text)) : [],
  };
}

/** Whether the page must be marked again for a change of settings from `a` to `b`. */
export function markChoiceChanged(a: MarkChoice, b: MarkChoice): boolean {
  return a.tradeFigures !== b.tradeFigures || a.allFigures !== b.allFigures || a.officials !== b.officials;
}

/** Whether the settings mark nothing at all (the options page says so). */
export function marksNothing(c: MarkChoice): boolean {
  return !c.tradeFigures && !c.allFigures && !c.officials;
}
