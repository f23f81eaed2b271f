// The first look at a page (entrypoints/content-loader/first-look.ts), before the gate reads it
// whole (lib/prefilter.ts): its title, its description, its headline, the first few thousand
// characters of its text and the start of its story. Most pages a reader opens are not about
// trade, and this says so from one read of the body's text and a trade-word test on a few
// thousand characters of it. The speed issue budgets such pages against a content script that
// reads `document.body.textContent` once; the whole gate (every child's text, then regex passes
// over all of it) cost four to five times that.
//
// The sample only ever says "read on" or "nothing here". It says read on when it names a trade
// word, and also whenever it cannot judge: a page with too little text to judge it by (reading it
// whole costs little then), a page far longer than any article (read whole in slices, so that its
// story is found before the reader scrolls to it), or a reader who may not be at the top of the
// page. When it stops a page, the page is read whole once the reader scrolls.
// Its page-level recall on article pages with furniture around the story is measured by
// `npm run eval` (scripts/gate-recall.ts) and held by a floor there.
import { sampleMentionsTrade } from '../trade-words';

/** Text the sample takes from the top of the body's text, in document order (characters). */
export const SAMPLE_PREFIX_CHARS = 5_000;
/** Text the sample takes from the first paragraphs of the story's container: its lede and more. */
export const SAMPLE_STORY_CHARS = 3_000;
/**
 * A body with more children than this is huge, whatever the sample read (20,000 paragraphs
 * straight in the body); so is one with more text than HUGE_TEXT_CHARS (its scripts' included,
 * hence four times the whole-page gate's first read, prefilter.ts GATE_MAX_CHARS).
 */
const HUGE_CHILDREN = 2_000;
export const HUGE_TEXT_CHARS = 1_000_000;
/** Paragraphs of the story's container looked at, at most (link lists in <p>, empty spacers). */
const STORY_PARAGRAPHS = 12;
/** Less text than this in the whole page and there is nothing to judge it by: the gate reads on. */
export const THIN_SAMPLE_CHARS = 400;

// Where a page's story usually is: its start is sampled too, wherever it is on the page, so that a
// long menu, a block of other stories or the text of inline scripts before it does not push it
// out of the sample.
const STORY_CONTAINER = 'article, [itemprop="articleBody"], main, [role="main"]';

export interface GateSample {
  text: string;
  /** The body's whole `textContent`, which the sample was cut from (for the gate: prefilter.ts gateTextFrom). */
  bodyText: string;
  /** Too little text to judge the page by. */
  thin: boolean;
  /** Far longer than any article: an archive or a feed, which a sample of its top says nothing of. */
  huge: boolean;
}

// Why one read of the body's `textContent`, although it holds the text of inline scripts too:
// the content script's cost on a page is mostly its first touch of the document, and each node
// it touches after that costs a wrapper object in its world. Reading the body's children one by
// one, to leave their scripts out, cost 0.6 ms more on the pages this sample stops than one read
// of the whole text (measured in Chromium, BENCHMARKS.md), and the budget for those pages is
// 1.3 times that one read. A script's text can only make the sample read on (a word like
// "export" in code); a story pushed out of the prefix by scripts is still found by its headline,
// its title or its container's first paragraphs (the 'scripts first' layout of the recall eval).

/** The sample (no layout is read: element text and attributes only). */
export function readGateSample(doc: Document): GateSample {
  const all = doc.body?.textContent ?? '';
  const parts: string[] = [doc.title, all.slice(0, SAMPLE_PREFIX_CHARS)];
  // In the head only: a page without one would otherwise be searched to its end.
  const description = doc.head?.querySelector('meta[name="description"], meta[property="og:description"]');
  if (description) parts.push(description.getAttribute('content') ?? '');
  const headline = doc.getElementsByTagName('h1')[0];
  if (headline) parts.push(headline.textContent ?? '');
  // The first paragraphs of the story's container, when the prefix did not reach all of the page.
  // Its paragraphs rather than its whole text: on most pages the container is most of the page.
  const story = all.length > SAMPLE_PREFIX_CHARS ? doc.querySelector(STORY_CONTAINER) : null;
  if (story) {
    const paragraphs = story.getElementsByTagName('p'); // live and lazy: walks only to the ones asked for
    let lede = '';
    for (let i = 0; i < STORY_PARAGRAPHS && i < paragraphs.length && lede.length < SAMPLE_STORY_CHARS; i++) lede += `${paragraphs[i].textContent ?? ''}\n`;
    parts.push(lede);
  }
  const huge = all.length > HUGE_TEXT_CHARS || (doc.body?.childElementCount ?? 0) > HUGE_CHILDREN;
  const thin = all.length < THIN_SAMPLE_CHARS || all.trim().length < THIN_SAMPLE_CHARS;
  return { text: parts.join('\n'), bodyText: all, thin, huge };
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
 * Does the sample (or the page's being too short or too long to judge by one) say to read the
 * page whole? `elsewhere`: readerMayBeElsewhere, asked only when the sample would stop the page.
 */
export function sampleReadsOn(sample: GateSample, elsewhere: () => boolean = readerMayBeElsewhere): boolean {
  return sample.thin || sample.huge || sampleMentionsTrade(sample.text) || elsewhere();
}
