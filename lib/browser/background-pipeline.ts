// The pipeline runs in the extension's background context (service worker in Chrome, event page
// in Firefox), not in the page: its code and knowledge base are loaded once for all tabs instead
// of into every page with something to annotate, and the analysis never competes with the page
// for its main thread. The content script sends the text it extracted and paints what comes back
// (offsets into that same text). The text never leaves the browser: this is the extension
// talking to itself. With the annotations goes the part of the knowledge base they link to
// (lib/kb/page-kb.ts), which the cards describe them from: the whole of it stays here.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnnotationsWithKb } from '../kb/page-kb';

/** What a page sends: its text, and its date of publication (lib/page/page-date.ts). */
export interface PageToAnnotate {
  text: string;
  /** ISO `YYYY-MM-DD`: what the text means by "last year" or "in March". */
  date?: string;
}

interface PipelineProtocol {
  /** content script → background: annotate this page text. */
  annotate(page: PageToAnnotate): AnnotationsWithKb;
}

const { sendMessage, onMessage } = defineExtensionMessaging<PipelineProtocol>();

/** Background side: answer `annotate` with `annotate(page)`. Returns the remover. */
export function serveAnnotations(annotate: (page: PageToAnnotate) => AnnotationsWithKb): () => void {
  return onMessage('annotate', ({ data }) => annotate(data));
}

// The loader (entrypoints/content-loader/loader.ts) asks first, to learn whether the page has anything
// to mark before it imports the rest of the content script; that answer is handed over here so
// that the annotator's first pass, which extracts the same text, does not ask again.
let prefetched: { text: string; annotations: AnnotationsWithKb } | undefined;

export function usePrefetched(text: string, annotations: AnnotationsWithKb): void {
  prefetched = { text, annotations };
}

/** Content side: the annotations of `text`, from the background (or from the loader's answer). */
export function annotateInBackground(text: string, date?: string): Promise<AnnotationsWithKb> {
  const p = prefetched;
  prefetched = undefined;
  if (p && p.text === text && p.annotations.date === date) return Promise.resolve(p.annotations);
  return sendMessage('annotate', { text, date });
}
