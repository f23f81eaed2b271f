// The marks on the page: the annotator, which reads the page and paints what the background found
// in it (what to mark chosen here, from the reader's settings and corrections), and their styles.
import { annotateInBackground } from '../../lib/browser/background-pipeline';
import { isCorrected } from '../../lib/corrections';
import { PageAnnotator, type AnnotatedPage } from '../../lib/page/annotator';
import { readPageDate } from '../../lib/page/page-date';
import type { FirstRead } from '../../lib/page/first-read';
import { installMarkStyles, setMarkStyle, uninstallMarkStyles } from '../../lib/page/mark-style';
import { selectFindings } from '../../lib/page/select';
import type { HighlightStyle } from '../../lib/settings';
import { log, pageUrl, runEach, type AppState, type Part } from './state';

export interface PageMarks extends Part {
  annotator: PageAnnotator;
  /** Paints the marks: their styles, then a pass over the page, which is watched from then on. */
  paint(): Promise<void>;
  setStyle(style: HighlightStyle): void;
}

/** `onUpdate` after each pass, with what is marked now (state.page is that already). */
export function createPageMarks(state: AppState, firstRead: FirstRead | undefined, onUpdate: (page: AnnotatedPage) => void): PageMarks {
  const annotator = new PageAnnotator(document.body, {
    // What to mark is chosen here, from the settings and corrections (lib/page/select.ts); the
    // part of the knowledge base the background sent stays with it, for the cards.
    analyse: async (text) => {
      if (state.orphaned()) throw new Error('Footnote was updated or removed');
      const all = await annotateInBackground(text, readPageDate(document));
      const url = pageUrl();
      const settings = state.settings;
      return settings ? selectFindings(all, settings, (kind, t) => isCorrected(state.corrections, url, kind, t)) : all;
    },
    markFigure: () => true,
    firstRead,
    onUpdate: (p) => {
      state.page = p;
      onUpdate(p);
    },
  });
  return {
    annotator,
    async paint() {
      try {
        installMarkStyles(document, state.settings?.highlightStyle);
        // Watching first: what the page changes while the first pass waits for the background is
        // seen, and the check's read of the page is handed over only if nothing changed since.
        annotator.observe();
        await annotator.run();
      } catch (e) {
        log('annotation failed; the page is left as it was', e);
      }
    },
    setStyle: (style) => setMarkStyle(document, style),
    // The marks unwrapped, the styles gone: the page as it was.
    destroy: () => runEach([() => annotator.clear(), () => uninstallMarkStyles(document)]),
  };
}
