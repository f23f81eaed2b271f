// HTML files for the command-line tools go through the same text extraction as a page in
// the browser (lib/page/extract.ts), on happy-dom's document instead of a real one.
import { Window } from 'happy-dom';
import { BLOCK_SEPARATOR, extractText, textForAnalysis } from '../lib/page/extract';

export function htmlToText(html: string): string {
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
    // happy-dom has no layout: its checkVisibility() is slow and tells nothing.
    const page = extractText(window.document.body as unknown as Element, { separator: BLOCK_SEPARATOR, checkVisibility: false });
    return textForAnalysis(page.text);
  } finally {
    void window.happyDOM.close();
  }
}
