// @vitest-environment happy-dom
// The sampled first look (lib/page/gate-sample.ts): it may stop a page only when a bounded sample
// of it is enough to judge and names no trade word; scripts/gate-recall.ts measures its recall on
// article pages built around the labelled articles (npm run eval).
import { afterEach, describe, expect, it } from 'vitest';
import { HUGE_TEXT_CHARS, readerMayBeElsewhere, readGateSample, sampleReadsOn, SAMPLE_STORY_CHARS, SAMPLE_PREFIX_CHARS } from '../../lib/page/gate-sample';
import { GATE_MAX_CHARS } from '../../lib/prefilter';
import { sampleMentionsTrade } from '../../lib/trade-words';

/** The first look's decision on the page as it is now, as first-look.ts makes it. */
const sampleSaysReadOn = (doc: Document, elsewhere: () => boolean) => sampleReadsOn(readGateSample(doc), elsewhere);

const atTop = () => false;
const nature = (i: number) =>
  `<p>Paragraph ${i}: the otters were seen again at dusk near the weir, where the river slows and the reeds grow thick along both banks.</p>`;
const menu = (n: number) => `<nav><ul>${Array.from({ length: n }, (_, i) => `<li><a href="#">Section ${i}</a></li>`).join('')}</ul></nav>`;

function setPage(title: string, body: string) {
  document.head.innerHTML = '';
  document.title = title;
  document.body.innerHTML = body;
}

afterEach(() => setPage('', ''));

describe('sampleMentionsTrade', () => {
  it.each([
    'trade',
    'Trading',
    'tariffs',
    'duty',
    'duties',
    'exports',
    'importers',
    'protectionism',
    'dumping',
    'quotas',
    'sanctions',
    'subsidies',
    'retaliation',
    'surplus',
    'deficits',
    'embargo',
    'levy',
    'levies',
    'customs',
    'shipments',
    'WTO',
    'GATT',
    'NAFTA',
    'USMCA',
  ])('finds the trade word %s', (word) => expect(sampleMentionsTrade(`The report mentions ${word} once.`)).toBe(true));
  it.each(['an important tradition', 'the tradesman was on holiday', 'eleven relevant levels', 'a tariffless world'])(
    'is not fooled by a word that holds one: %s',
    (text) => {
      expect(sampleMentionsTrade(text)).toBe(false);
    },
  );
});

describe('the sample', () => {
  it('stops a long page with no trade word after reading a bounded part of it', () => {
    setPage('Otters of the valley', `${menu(30)}<h1>Otters return</h1><article>${Array.from({ length: 1500 }, (_, i) => nature(i)).join('')}</article>`);
    expect(document.body.textContent!.length).toBeGreaterThan(150_000);
    const sample = readGateSample(document);
    expect(sample.thin).toBe(false);
    expect(sample.text.length).toBeLessThan(SAMPLE_PREFIX_CHARS + SAMPLE_STORY_CHARS + 1_000);
    expect(sampleSaysReadOn(document, atTop)).toBe(false);
  });

  it('reads on when the story, after a long menu, is about trade', () => {
    const story = '<p>Washington will put a 25 percent tariff on $50 billion of imports from China, officials said.</p>';
    setPage('The Valley Courier', `${menu(600)}<main><article><div class="headline">Big week</div>${story}${nature(1)}</article></main>`);
    // The menu alone is longer than the prefix the sample takes...
    expect(document.querySelector('nav')!.textContent!.length).toBeGreaterThan(SAMPLE_PREFIX_CHARS);
    // ...but the story's paragraphs are sampled where the story starts.
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
  });

  it('reads on when the story is in <div>s after the menu', () => {
    setPage(
      'The Valley Courier',
      `${menu(20)}<div>Exports of steel fell by a third after the new duties.</div>${Array.from({ length: 200 }, (_, i) => nature(i)).join('')}`,
    );
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
  });

  it('takes the headline and the description even when the body says nothing of trade', () => {
    setPage('Tariffs on steel to double', Array.from({ length: 100 }, (_, i) => nature(i)).join(''));
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
    setPage('The Valley Courier', Array.from({ length: 100 }, (_, i) => nature(i)).join(''));
    document.head.insertAdjacentHTML('beforeend', '<meta name="description" content="What the new customs rules mean for farmers">');
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
  });

  it('finds a story that inline scripts push out of the prefix by its container, headline or title', () => {
    // The sample is cut from the body's whole text, scripts included (one read: see gate-sample.ts).
    const scripts = `<script>window.config = ${JSON.stringify({ ads: Array.from({ length: 300 }, (_, i) => `slot-${i}-leaderboard`) })};</script>`;
    const story = '<p>Washington will put a 25 percent tariff on $50 billion of imports from China, officials said.</p>';
    expect(scripts.length).toBeGreaterThan(SAMPLE_PREFIX_CHARS);
    setPage('The Valley Courier', `${scripts}<article><div class="headline">Big week</div>${story}${nature(1)}</article>`);
    expect(readGateSample(document).text).toContain('slot-0'); // the scripts' text is in the prefix...
    expect(sampleSaysReadOn(document, atTop)).toBe(true); // ...and the story's first paragraph too
    setPage('The Valley Courier', `${scripts}<h1>New duties on steel</h1><div>${nature(1)}</div>`);
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
    setPage('Tariffs on steel to double', `${scripts}<div>${nature(1)}</div>`);
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
    // With none of these, the page waits for the reader to scroll (the loader then reads it whole).
    setPage('The Valley Courier', `${scripts}<div>${Array.from({ length: 40 }, (_, i) => nature(i)).join('')}</div><div>${story}</div>`);
    expect(sampleSaysReadOn(document, atTop)).toBe(false);
  });

  it('reads a page far longer than any article whole, in a wrapper or straight in the body', () => {
    const notes = Array.from({ length: 2500 }, (_, i) => nature(i)).join('');
    // Long, but not past what the sample calls huge: judged by its sample.
    setPage('Otters: the archive', `<div id="archive">${notes}</div>`);
    expect(document.body.textContent!.length).toBeGreaterThan(GATE_MAX_CHARS);
    expect(readGateSample(document).huge).toBe(false);
    expect(sampleSaysReadOn(document, atTop)).toBe(false);
    // Past it, in one wrapper.
    setPage('Otters: the archive', `<div id="archive">${notes.repeat(4)}</div>`);
    expect(document.body.textContent!.length).toBeGreaterThan(HUGE_TEXT_CHARS);
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
    // Thousands of children straight in the body.
    setPage('Otters: the archive', notes);
    expect(readGateSample(document).huge).toBe(true);
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
  });

  it('asks where the reader is of the URL and the navigation, not of the layout', () => {
    const view = (hash: string, type: string) => ({ location: { hash }, performance: { getEntriesByType: () => [{ type }] } }) as unknown as Window;
    expect(readerMayBeElsewhere(view('', 'navigate'))).toBe(false);
    expect(readerMayBeElsewhere(view('#', 'navigate'))).toBe(false);
    expect(readerMayBeElsewhere(view('#story', 'navigate'))).toBe(true);
    expect(readerMayBeElsewhere(view('', 'reload'))).toBe(true);
    expect(readerMayBeElsewhere(view('', 'back_forward'))).toBe(true);
  });

  it('reads on when it cannot judge: too little text, or a reader who is not at the top', () => {
    setPage('Otters', '<p>Short note.</p>');
    expect(readGateSample(document).thin).toBe(true);
    expect(sampleSaysReadOn(document, atTop)).toBe(true);
    setPage('Otters', Array.from({ length: 100 }, (_, i) => nature(i)).join(''));
    expect(sampleSaysReadOn(document, atTop)).toBe(false);
    expect(sampleSaysReadOn(document, () => true)).toBe(true);
  });
});
