// What pages that pass the gate get first (see entrypoints/content-loader/loader.ts). From the loader: the page's text, the
// background's answer to whether there is anything to mark in it, and the stored settings and
// corrections. Only if there is something to mark, and the reader has not switched Footnote off
// on the site, does the app (footnote.ts) start, with all three, so that it need not read the
// page, ask the background or read the storage again before its first marks.
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { settingsFromStored, type Settings } from '../../lib/settings';
import { getSettings, watchSettings } from '../../lib/browser/settings-store';
import { sanitiseCorrections } from '../../lib/corrections';
import type { StoredValues } from '../../lib/stored-keys';
import { markChoiceChanged, selectFindings } from '../../lib/page/select';
import type { FirstRead } from '../../lib/page/first-read';
import { usePrefetched } from '../../lib/browser/background-pipeline';
import type { AnnotationsWithKb } from '../../lib/kb/page-kb';
import { benchMark } from '../../lib/page/bench-timing';
import { startFootnote } from './footnote';

/** Off on this site, nothing to mark, or the app, ready to take over the page. */
export type CheckResult = 'off' | 'nothing' | { start(): Promise<void> };

/**
 * `read` is the loader's read of the page (watched for changes until the app takes it over: this
 * owns it now), `annotated` the background's answer for its text and `stored` the stored values,
 * both on their way. On a site switched off, the answer is thrown away.
 */
export async function check(host: string, read: FirstRead, annotated: Promise<AnnotationsWithKb>, stored: Promise<StoredValues>): Promise<CheckResult> {
  let handedOver = false;
  try {
    const [values, annotations] = await Promise.all([stored.catch(() => undefined), annotated]);
    // Should the direct read have failed, WXT storage's (which then fails too, to defaults).
    const settings = values ? settingsFromStored(values.settings, values.v1Sites) : await getSettings();
    benchMark('annotated');
    if (settings.disabledSites.includes(host)) return 'off';
    // Anything to mark with the reader's choice of what to mark (corrections are the app's)?
    const chosen = selectFindings(annotations, settings);
    // (On a page of several windows, the answer is the first window's: the rest is still to read.)
    if (!chosen.figures.length && !chosen.officials.length && read.windows.length === 1) return 'nothing';
    // The app's first pass takes both over: the annotations, and the text if the page is unchanged.
    usePrefetched(read.text, annotations);
    handedOver = true;
    return {
      // With the content-script context WXT would have made: it tells a content script of an
      // earlier version of the extension to clean up, and tells this one when the extension is
      // updated or removed.
      start: () =>
        startFootnote(
          new ContentScriptContext('content', { matches: ['http://*/*', 'https://*/*'], noScriptStartedPostMessage: true }),
          read,
          values && { settings, corrections: sanitiseCorrections(values.corrections) },
        ),
    };
  } finally {
    if (!handedOver) read.release();
  }
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
