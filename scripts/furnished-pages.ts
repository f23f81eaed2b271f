// Article pages as a reader meets them: the story with the furniture of a news site around it
// (navigation, a block of other stories, related links, a long comment thread, a footer), in
// several layouts, so that the story is not always the first text on the page. Used to measure
// the sampled gate's page-level recall (scripts/gate-recall.ts). The furniture is our own
// writing, and deliberately about anything but trade, so that it never helps the gate.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SECTIONS = ['Home', 'Local', 'Weather', 'Sport', 'Culture', 'Food', 'Travel', 'Puzzles', 'Podcasts', 'Obituaries', 'Opinion', 'Subscribe'];

const TEASERS = [
  'A heron has nested on the roof of the old library for a third spring running, and volunteers now take turns watching it from the car park.',
  'The county fair returns next weekend with a pie contest, a tractor pull and, for the first time, a competition for the largest pumpkin grown indoors.',
  'Our critic spent a week eating only at places that open after midnight. Here is what she learned about noodles, patience and taxi drivers.',
  'The under-twelves rugby side finished the season unbeaten after a muddy final that was decided in the last minute by a drop goal.',
  'Forecasters expect the first frost by Thursday: cover tender plants, bring in the hose and check on neighbours who live alone.',
  'A retired teacher has walked every street in the city over four years and mapped each one by hand; the maps go on show this month.',
  'Five board games that work for two players, tested over a long wet weekend by a family with strong opinions about rules.',
  'The harbour ferry timetable changes on Monday, with two extra crossings in the evening and an earlier first boat on Sundays.',
];

const RELATED = [
  'How to read a weather map',
  'The best walks within an hour of the city',
  'Ten questions about the new library',
  'Our guide to the autumn festivals',
];

const COMMENTS = [
  'Thanks for writing this up so clearly.',
  'I read it twice and I am still not sure what happens next, but it was worth the time.',
  'Does anyone know whether there will be a follow-up piece? I would like to see more detail on the timeline.',
  'My grandfather used to say that every generation has to learn the same lessons again.',
  'The photo at the top is great. Who took it?',
  'Long-time reader here: this is the kind of reporting I pay my subscription for.',
  'I disagree with most of it, but it made me think, which is more than I can say for most things I read today.',
  'Could you add a map next time? Hard to follow the places without one.',
];

/** The story's paragraphs: its text split at blank lines (or lines), the first one the headline. */
function storyParts(text: string): { headline: string; paragraphs: string[] } {
  const blocks = text
    .split(/\n\s*\n|\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return { headline: blocks[0] ?? '', paragraphs: blocks.slice(1) };
}

const nav = () => `<header><nav><ul>${SECTIONS.map((s) => `<li><a href="#${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav></header>`;
const megaMenu = () =>
  `<header><nav>${SECTIONS.map((s) => `<h3>${s}</h3><ul>${Array.from({ length: 25 }, (_, i) => `<li><a href="#m">${s} guide, part ${i + 1}</a></li>`).join('')}</ul>`).join('')}</nav></header>`;
const teasersAsParagraphs = (n: number) =>
  TEASERS.slice(0, n)
    .map((t) => `<p class="teaser"><a href="#t">${esc(t)}</a></p>`)
    .join('');
const teasersAsCards = (n: number) =>
  TEASERS.slice(0, n)
    .map((t) => `<article class="card"><h3>Elsewhere</h3><p>${esc(t)}</p></article>`)
    .join('');
const related = () => `<aside><h2>Related</h2><ul>${RELATED.map((r) => `<li><a href="#r">${esc(r)}</a></li>`).join('')}</ul></aside>`;
function comments(n: number, tag: 'p' | 'div'): string {
  const items = Array.from({ length: n }, (_, i) => `<li><b>reader${i + 1}</b><${tag}>${esc(COMMENTS[i % COMMENTS.length])}</${tag}></li>`);
  return `<section id="comments"><h2>${n} comments</h2><ol>${items.join('')}</ol></section>`;
}
// What many news sites put at the top of the body: their configuration and analytics set-up, as
// inline scripts (more text than the sample's prefix, which is cut from the body's whole text).
const inlineScripts = () =>
  `<script>window.siteConfig = ${JSON.stringify({
    section: 'news',
    adSlots: Array.from({ length: 120 }, (_, i) => ({ id: `slot-${i}`, sizes: ['300x250', '728x90'], lazy: i > 3 })),
  })};</script><script>window.dataLayer = window.dataLayer || []; dataLayer.push({ event: 'pageview', consent: 'pending' });</script>`;
const footer = () => `<footer><p>© The Daily Ledger. All rights reserved. Contact us, careers, privacy, terms of use.</p></footer>`;
const page = (title: string, body: string, description?: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${description ? `<meta name="description" content="${esc(description)}">` : ''}</head><body>${body}</body></html>`;

export interface FurnishedPage {
  layout: string;
  html: string;
}

/** One article in every layout. */
export function furnishedPages(text: string): FurnishedPage[] {
  const { headline, paragraphs } = storyParts(text);
  const ps = (tag = 'p') => paragraphs.map((p) => `<${tag}>${esc(p)}</${tag}>`).join('');
  const siteTitle = 'The Daily Ledger';
  return [
    // A plain article page: headline, story, related links, a long thread.
    {
      layout: 'article',
      html: page(
        `${headline} | ${siteTitle}`,
        `${nav()}<main><article><h1>${esc(headline)}</h1>${ps()}</article>${related()}</main>${comments(40, 'p')}${footer()}`,
      ),
    },
    // Other stories first, as paragraphs, with no <article> or <main> around the story.
    {
      layout: 'teasers first',
      html: page(
        `${headline} | ${siteTitle}`,
        `${nav()}<div class="top"><h2>Top stories</h2>${teasersAsParagraphs(8)}</div><div class="story"><h1>${esc(headline)}</h1>${ps()}</div>${comments(40, 'p')}${footer()}`,
      ),
    },
    // Other stories as <article> cards before the story's own <article>.
    {
      layout: 'cards first',
      html: page(
        siteTitle,
        `${nav()}<section>${teasersAsCards(6)}</section><article><h1>${esc(headline)}</h1>${ps()}</article>${related()}${comments(25, 'p')}${footer()}`,
      ),
    },
    // The title says only the site; the headline is not a heading; a description of another kind.
    {
      layout: 'no heading',
      html: page(
        siteTitle,
        `${nav()}${teasersAsParagraphs(3)}<div class="headline">${esc(headline)}</div>${ps()}${comments(40, 'p')}${footer()}`,
        'News, sport and weather from the valley.',
      ),
    },
    // A menu of hundreds of links before the story (more text than the sample's prefix).
    {
      layout: 'long menu',
      html: page(`${headline} | ${siteTitle}`, `${megaMenu()}<main><article><h1>${esc(headline)}</h1>${ps()}</article></main>${comments(40, 'p')}${footer()}`),
    },
    // Inline scripts first; the title says only the site, and there is no description.
    {
      layout: 'scripts first',
      html: page(siteTitle, `${inlineScripts()}${nav()}<main><article><h1>${esc(headline)}</h1>${ps()}</article></main>${comments(40, 'p')}${footer()}`),
    },
    // The story in <div>s, not <p>s; the comments in <p>s.
    {
      layout: 'div paragraphs',
      html: page(
        `${headline} | ${siteTitle}`,
        `${nav()}<h1>${esc(headline)}</h1><div class="body">${ps('div')}</div>${teasersAsParagraphs(4)}${comments(40, 'p')}${footer()}`,
      ),
    },
  ];
}
