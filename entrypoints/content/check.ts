// What pages that pass the gate get first (see loader.ts): the reader's setting for the site, the
// page's text, and the background's answer to whether there is anything to mark in it. Only if
// there is does the app (footnote.ts) start, with that answer and that text, so that the
// annotator's first pass need not read the page or ask again.
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from '../../lib/messages';
import { getSettings, isSiteEnabled, watchSettings, type Settings } from '../../lib/settings';
import { markChoiceChanged, selectFindings } from '../../lib/page/select';
import { BLOCK_SEPARATOR, DEFAULT_MAX_CHARS } from '../../lib/page/extract';
import { readFirst } from '../../lib/page/first-read';
import { Slices } from '../../lib/page/slices';
import { annotateInBackground, usePrefetched } from '../../lib/page/background-pipeline';
import { benchMark, benchSlice } from '../../lib/bench-marks';
import { startFootnote } from './footnote';

/** Off on this site, nothing to mark, or the app, ready to take over the page. */
export type CheckResult = 'off' | 'nothing' | { start(): Promise<void> };

export async function check(body: HTMLElement, host: string): Promise<CheckResult> {
  // The page's text, read in slices (a very large page would otherwise stall for 100 ms), to
  // the background, while the setting is read: two round trips, one wait. On a site switched
  // off, the answer is thrown away.
  const settingsRead = getSettings();
  const read = await readFirst(body, { maxChars: DEFAULT_MAX_CHARS, separator: BLOCK_SEPARATOR }, new Slices(window));
  benchMark('ask');
  // The read is watched for changes until the app takes it over; every other way out stops that.
  let handedOver = false;
  try {
    const [settings, annotations] = await Promise.all([settingsRead, annotateInBackground(read.text)]);
    benchMark('annotated');
    if (settings.disabledSites.includes(host)) return 'off';
    // Anything to mark with the reader's choice of what to mark (corrections are the app's)?
    const chosen = selectFindings(annotations, settings);
    if (!chosen.figures.length && !chosen.officials.length) return 'nothing';
    // The app's first pass takes both over: the annotations, and the text if the page is unchanged.
    usePrefetched(read.text, annotations);
    handedOver = true;
    return {
      // With the content-script context WXT would have made: it tells a content script of an
      // earlier version of the extension to clean up, and tells this one when the extension is
      // updated or removed.
      start: () =>
        startFootnote(new ContentScriptContext('content', { matches: ['http://*/*', 'https://*/*'], noScriptStartedPostMessage: true }), read),
    };
  } finally {
    if (!handedOver) read.release();
  }
}

/** The popup's question, while the loader still answers it: nothing found here, or off. */
export async function pageState(host: string): Promise<PageState> {
  return (await isSiteEnabled(host)) ? { status: 'annotated', host, summary: { figures: [], officials: [] } } : { status: 'off', host };
}

/**
 * Calls `onOn` when Footnote may now have something to do on `host`: the reader switched it back
 * on there, or changed what to mark (say, to every figure). Returns the unwatcher.
 */
export function watchSwitchedOn(host: string, onOn: () => void): () => void {
  let last: Settings | undefined;
  void getSettings().then((s) => (last ??= s));
  return watchSettings((next) => {
    const before = last;
    last = next;
    if (next.disabledSites.includes(host)) return;
    if (!before || before.disabledSites.includes(host) || markChoiceChanged(before, next)) onOn();
  });
}
