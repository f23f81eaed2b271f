// HTML files for the command-line tools go through the same text extraction as a page in
// the browser (lib/page/extract.ts), on happy-dom's document instead of a real one.
import { Window } from 'happy-dom';
import { BLOCK_SEPARATOR, extractText, textForAnalysis } from '../lib/page/extract';

/** Runs `read` on `html` parsed by happy-dom (no scripts, styles or navigation), then closes it. */
export function withHtmlDocument<T>(html: string, read: (doc: Document) => T): T {
  const window = new Window({
    url: 'https://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    return read(window.document as unknown as Document);
  } finally {
    void window.happyDOM.close();
  }
}

export function htmlToText(html: string): string {
  return withHtmlDocument(html, (doc) => {
    // happy-dom has no layout: its checkVisibility() is slow and tells nothing.
    const page = extractText(doc.body, { separator: BLOCK_SEPARATOR, checkVisibility: false });
    return textForAnalysis(page.text);
  });
}
