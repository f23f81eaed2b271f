/**
 * The sampled gate (lib/page/gate-sample.ts) in real browsers: a trade story that starts after a
 * long menu and other stories is still marked; so is one that the page renders later, and one
 * the reader is taken to by a link to a fragment far down a page that says nothing of trade at
 * its top, or that they scroll to. (Its recall over article pages with furniture is measured by `npm run eval`.)
 */
import { describe, expect, it } from 'vitest';
import { sleep } from '../../scripts/harness/hostile';
import { browsers, useBrowser } from './browsers';

const STORY = `<h1>Steel talks resume</h1>
<p>Treasury Secretary Steven Mnuchin said the $375 billion deficit with China would be the first item on the agenda.</p>
<p>Tariffs of 25 percent on $50 billion of goods remain in place while the talks go on.</p>`;
const NATURE = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Note ${i}: the otters were seen again at dusk near the weir, where the river slows and the reeds grow thick.</p>`,
  ).join('');
const MENU = `<nav><ul>${Array.from({ length: 400 }, (_, i) => `<li><a href="#s${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
const CARDS = Array.from(
  { length: 6 },
  (_, i) => `<article class="card"><h3>Elsewhere</h3><p>Card ${i}: a heron has nested on the library roof again.</p></article>`,
).join('');
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe.each(browsers)('sampled gate: $name', (spec) => {
  const e2e = useBrowser(spec, (server) => {
    server.addPage(
      '/gate/furnished.html',
      page('The Valley Courier', `${MENU}<section>${CARDS}</section><main><article id="story">${STORY}</article></main>${NATURE(60)}`),
    );
    // The story arrives a second after load (a script-rendered article): the first sample saw none of it.
    server.addPage(
      '/gate/late.html',
      page(
        'The Valley Courier',
        `${NATURE(40)}<div id="slot"></div><script>setTimeout(() => { document.getElementById('slot').innerHTML = ${JSON.stringify(`<article id="story">${STORY}</article>`)}; }, 1000);</script>`,
      ),
    );
    // 1,500 notes about otters (165,000 characters: long, but not so long that the gate reads it whole unasked), then the story, which a link to #story scrolls to.
    server.addPage(
      '/gate/deep.html',
      page('The Valley Courier', `${NATURE(1500)}<div id="story">${STORY.replace(/<\/?p>/g, (t) => t.replace('p', 'div'))}</div>`),
    );
  });

  const marksInStory = async (path: string, scroll = false) => {
    const b = e2e.browser;
    b.clearLogs();
    const p = await b.newPage();
    try {
      await p.goto(e2e.server.url(path));
      if (scroll) {
        // Give the loader its first look at the top of the page, then read down to the story.
        await sleep(1500);
        expect(await p.evaluate(() => document.querySelectorAll('footnote-mark').length)).toBe(0);
        await p.evaluate(() => document.getElementById('story')!.scrollIntoView());
      }
      await p.waitForFunction(() => document.querySelectorAll('#story footnote-mark').length >= 3, undefined, { timeout: 15_000 });
      const marked = await p.evaluate(() => Array.from(document.querySelectorAll('#story footnote-mark'), (m) => m.textContent));
      expect(p.consoleErrors()).toEqual([]);
      expect(b.extensionErrors()).toEqual([]);
      return marked;
    } finally {
      await p.close();
    }
  };

  it('marks a story that starts after a long menu and other stories', async () => {
    expect(await marksInStory('/gate/furnished.html')).toEqual(expect.arrayContaining(['$375 billion', '25 percent', '$50 billion']));
  });

  it('marks a story the page renders after load', async () => {
    expect(await marksInStory('/gate/late.html')).toEqual(expect.arrayContaining(['$375 billion', '$50 billion']));
  });

  it('marks a story far down a page when the reader scrolls to it', async () => {
    expect(await marksInStory('/gate/deep.html', true)).toEqual(expect.arrayContaining(['$375 billion', '$50 billion']));
  });

  it('marks a story far down a page when the reader arrives at it by a link', async () => {
    expect(await marksInStory('/gate/deep.html#story')).toEqual(expect.arrayContaining(['$375 billion', '$50 billion']));
  });
});
