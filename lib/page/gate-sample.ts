// The first look at a page, before the gate reads it whole (lib/prefilter.ts): its title, its
// description, its headline, the first few thousand characters of its text and the start of its
// story. Most pages a reader
// opens are not about trade, and this says so after reading a few thousand characters instead of
// the whole page: the speed issue budgets such pages against a content script that reads
// `document.body.textContent` once, and the whole gate (every child's text, then regex passes
// over all of it) cost four to five times that.
//
// The sample only ever says "read on" or "nothing here". It says read on when it names a trade
// word, and also whenever it cannot judge: a page with too little text to judge it by (reading it
// whole costs little then), a page far longer than any article (read whole in slices, so that its
// story is found before the reader scrolls to it), or a reader who may not be at the top of the
// page. When it stops a page, the loader reads it whole once the reader scrolls.
// Its page-level recall on article pages with furniture around the story is measured by
// `npm run eval` (scripts/gate-recall.ts) and held by a floor there.
import { GATE_MAX_CHARS, readGateChildren, sampleMentionsTrade } from '../prefilter';

/** Text the sample takes from the top of the body, in document order (characters). */
export const SAMPLE_PREFIX_CHARS = 5_000;
/** Text the sample takes from the first paragraphs of the story's container: its lede and more. */
export const SAMPLE_STORY_CHARS = 3_000;
/**
 * A body with more children than this is huge, whatever the sample read (20,000 paragraphs
 * straight in the body); so is one whose top already holds more than the gate reads at once.
 */
const HUGE_CHILDREN = 2_000;
/** Paragraphs of the story's container looked at, at most (link lists in <p>, empty spacers). */
const STORY_PARAGRAPHS = 12;
/** Less text than this in the whole page and there is nothing to judge it by: the gate reads on. */
export const THIN_SAMPLE_CHARS = 400;

// Where a page's story usually is: its start is sampled too, wherever it is on the page, so that a
// long menu or a block of other stories before it does not push it out of the sample.
const STORY_CONTAINER = 'article, [itemprop="articleBody"], main, [role="main"]';

export interface GateSample {
  text: string;
  /** Too little text to judge the page by. */
  thin: boolean;
  /** Far longer than any article: an archive or a feed, which a sample of its top says nothing of. */
  huge: boolean;
  /** The top of the page's text as the gate reads it (readGateChildren), and where it stopped. */
  top: { text: string; next: ChildNode | null };
}

// Why whole elements' textContent rather than a walk that stops after so many characters: each
// node a content script touches costs a wrapper object in its world, and a walk over the first
// few hundred nodes cost more than reading the whole body's text in one call (measured in
// Chromium: 2.1 ms against 0.5 ms on a small page).

/** The sample (no layout is read: element text and attributes only). */
export function readGateSample(doc: Document): GateSample {
  const parts: string[] = [doc.title];
  const description = doc.querySelector('meta[name="description"], meta[property="og:description"]');
  if (description) parts.push(description.getAttribute('content') ?? '');
  const headline = doc.getElementsByTagName('h1')[0];
  if (headline) parts.push(headline.textContent ?? '');
  const top = doc.body ? readGateChildren(doc.body, SAMPLE_PREFIX_CHARS) : { text: '', next: null };
  parts.push(top.text.slice(0, SAMPLE_PREFIX_CHARS));
  // The first paragraphs of the story's container, when there is one and the top did not reach
  // all of the page. Its paragraphs rather than its whole text: on most pages the container is
  // most of the page, read once already.
  const story = top.next || top.text.length > SAMPLE_PREFIX_CHARS ? doc.querySelector(STORY_CONTAINER) : null;
  if (story) {
    const paragraphs = story.getElementsByTagName('p'); // live and lazy: walks only to the ones asked for
    let lede = '';
    for (let i = 0; i < STORY_PARAGRAPHS && i < paragraphs.length && lede.length < SAMPLE_STORY_CHARS; i++) lede += `${paragraphs[i].textContent ?? ''}\n`;
    parts.push(lede);
  }
  const huge = top.text.length > GATE_MAX_CHARS || (doc.body?.childElementCount ?? 0) > HUGE_CHILDREN;
  return { text: parts.join('\n'), thin: top.text.trim().length < THIN_SAMPLE_CHARS, huge, top };
}

/**
 * May the reader be looking at something other than the top of the page? A link to a fragment
 * (`#story`), or a reload or a return to the page, which restores where they were. Asked of the
 * URL and the navigation's type, not of the scroll position: reading `scrollY` makes the browser
 * lay the page out first if it is not (measured: 10 ms on the seed article in Chromium).
 */
export function readerMayBeElsewhere(view: Window = window): boolean {
  if (view.location.hash.length > 1) return true;
  const navigation = view.performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type === 'reload' || navigation?.type === 'back_forward';
}

/**
 * The gate's first look: null when a sample of the page is enough to judge it and names no trade
 * word; otherwise the page's text as the gate reads it whole (prefilter.ts gateText), for the
 * gate proper. `elsewhere`: readerMayBeElsewhere, asked only when the sample would stop the page.
 */
export function readPageIfSampleSaysSo(doc: Document, elsewhere: () => boolean = readerMayBeElsewhere): string | null {
  const sample = readGateSample(doc);
  const readOn = sample.thin || sample.huge || sampleMentionsTrade(sample.text) || elsewhere();
  if (!readOn) return null;
  const { text, next } = sample.top;
  // All of it: prefilter.ts reads the first GATE_MAX_CHARS at once, page/gate.ts the rest in slices.
  return next && doc.body ? text + readGateChildren(doc.body, Infinity, next).text : text;
}

/** Would the gate read the whole page? (readPageIfSampleSaysSo, for tests and tools.) */
export function sampleSaysReadOn(doc: Document, elsewhere: () => boolean = readerMayBeElsewhere): boolean {
  return readPageIfSampleSaysSo(doc, elsewhere) !== null;
}
