// The pipeline runs in the extension's background context (service worker in Chrome, event page
// in Firefox), not in the page: its code and knowledge base are loaded once for all tabs instead
// of into every page with something to annotate, and the analysis never competes with the page
// for its main thread. The content script sends the text it extracted and paints what comes back
// (offsets into that same text). The text never leaves the browser: this is the extension
// talking to itself.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Annotations } from '../types';

interface PipelineProtocol {
  /** content script → background: annotate this page text. */
  annotate(text: string): Annotations;
}

const { sendMessage, onMessage } = defineExtensionMessaging<PipelineProtocol>();

/** Background side: answer `annotate` with `annotate(text)`. Returns the remover. */
export function serveAnnotations(annotate: (text: string) => Annotations): () => void {
  return onMessage('annotate', ({ data }) => annotate(data));
}

// The loader (entrypoints/content-loader/loader.ts) asks first, to learn whether the page has anything
// to mark before it imports the rest of the content script; that answer is handed over here so
// that the annotator's first pass, which extracts the same text, does not ask again.
let prefetched: { text: string; annotations: Annotations } | undefined;

export function usePrefetched(text: string, annotations: Annotations): void {
  prefetched = { text, annotations };
}

/** Content side: the annotations of `text`, from the background (or from the loader's answer). */
export function annotateInBackground(text: string): Promise<Annotations> {
  const p = prefetched;
  prefetched = undefined;
  if (p && p.text === text) return Promise.resolve(p.annotations);
  return sendMessage('annotate', text);
}
