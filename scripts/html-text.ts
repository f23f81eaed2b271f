// HTML files for the command-line tools go through the same text extraction as a page in
// the browser (lib/page/extract.ts), on happy-dom's document instead of a real one.
import { Window } from 'happy-dom';
import { extractText } from '../lib/page/extract';

export function htmlToText(html: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } } });
  try {
    window.document.write(html);
    return extractText(window.document.body as unknown as Element).text;
  } finally {
    void window.happyDOM.close();
  }
}
