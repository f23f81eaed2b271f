// The content script's first stage, on every page a reader opens: one look at a sample of the page
// (lib/page/gate-sample.ts). On most pages it names no trade word, and then this is all that runs:
// the rest of the content script (loader.ts, with the whole-page gate, the read and the messages)
// is only parsed, never evaluated. The speed issue budgets such pages against a content script that
// reads `document.body.textContent` once, and this stage is that read, a trade-word test on a few
// thousand characters of it, an observer and a scroll listener.
//
// When the sample stops a page, what comes later can still change the answer: content that
// arrives later (script-rendered stories, in-page navigation) is sampled again once the page has
// been quiet for SETTLE_MS, and the reader scrolling away from the top hands the page to the loader
// to read whole (the sample cannot know what they will scroll to). Either way, once.
import { readGateSample, sampleReadsOn } from '../../lib/page/gate-sample';
import { benchMark, benchSlice, publishBenchMarks } from '../../lib/page/bench-timing';
import { publishLoaderState } from '../../lib/page/content-modules';

/** Quiet period after the page's last mutation before sampling again (ms), as the annotator's. */
export const SETTLE_MS = 400;

/**
 * Why the loader starts: the sample said to read the page whole ('read on': it named trade, or
 * could not judge), or the reader scrolled a page it had stopped ('scrolled').
 */
export type LoaderStart = 'read on' | 'scrolled';

/**
 * Looks at the page, and hands it to `startLoader` when there may be something for Footnote, with
 * the body's text when it has just read it (so that the loader need not read it again).
 */
export function lookFirst(startLoader: (why: LoaderStart, bodyText?: string) => void): void {
  const body = document.body;
  if (!body) return;
  publishLoaderState('idle'); // for the popup: a loader runs here and found nothing (yet)
  const sample = benchSlice('gate', () => readGateSample(document));
  if (benchSlice('gate', () => sampleReadsOn(sample))) return startLoader('read on', sample.bodyText);
  benchMark('gated');
  benchMark('settled');
  publishBenchMarks(); // benchmark builds only

  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const later = benchSlice('observe', () => readGateSample(document));
      if (benchSlice('observe', () => sampleReadsOn(later))) handOver('read on', later.bodyText);
    }, SETTLE_MS);
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  const onScroll = () => handOver('scrolled');
  addEventListener('scroll', onScroll, { passive: true });

  function handOver(why: LoaderStart, bodyText?: string) {
    observer.disconnect();
    clearTimeout(timer);
    removeEventListener('scroll', onScroll);
    startLoader(why, bodyText);
  }
}
