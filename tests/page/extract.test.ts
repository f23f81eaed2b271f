// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { extractText, extractTextFrom } from '../../lib/page/extract';
import type { PageText } from '../../lib/page/page-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Every segment maps 1:1 onto its node, segments are sorted and do not overlap. */
function expectConsistent(p: PageText): void {
  let last = -1;
  for (const seg of p.segments) {
    expect(p.text.slice(seg.start, seg.end)).toBe(seg.node.data);
    expect(seg.start).toBeGreaterThanOrEqual(last);
    last = seg.end;
  }
}

afterEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

describe('extractText', () => {
  test('joins inline elements with no separator', () => {
    const p = extractText(page('<p>a surplus of <b>$375</b> billion with <a href="#">China</a>, <i>said</i> <span>Mr</span> <em>X</em><strong>.</strong></p>'));
    expect(p.text).toBe('a surplus of $375 billion with China, said Mr X.');
    expectConsistent(p);
  });

  test('separates blocks: paragraphs, headings, list items, table cells, br', () => {
    const p = extractText(page('<h1>Title</h1><p>One</p><p>Two</p><ul><li>a</li><li>b</li></ul><table><tr><td>c1</td><td>c2</td></tr></table><p>x<br>y</p>'));
    expect(p.text).toBe('Title\nOne\nTwo\na\nb\nc1\nc2\nx\ny');
    expectConsistent(p);
  });

  test('a block ending inside a container separates it from the container text that follows', () => {
    const p = extractText(page('<div><p>inner</p>tail<div>next</div>after</div>'));
    expect(p.text).toBe('inner\ntail\nnext\nafter');
  });

  test('no separator at the start or the end, at most one between blocks', () => {
    const p = extractText(page('<div><div><p>a</p></div></div><div><div><p>b</p></div></div>'));
    expect(p.text).toBe('a\nb');
  });

  test('leaves out indentation-only text nodes at block edges but keeps spaces between inline elements', () => {
    const p = extractText(page('<div>\n  <p>\n    <b>$5</b> <i>billion</i>\n  </p>\n</div>'));
    expect(p.text).toBe('$5 billion\n  ');
    expectConsistent(p);
  });

  test('keeps the page text unnormalised (offsets map 1:1)', () => {
    const p = extractText(page('<p>tariffs  of\n25\u00a0percent &amp; more</p>'));
    expect(p.text).toBe('tariffs  of\n25\u00a0percent & more');
    expectConsistent(p);
  });

  test.each([
    'script',
    'style',
    'noscript',
    'template',
    'textarea',
    'select',
    'button',
    'code',
    'pre',
    'svg',
    'math',
    'iframe',
    'object',
    'canvas',
    'footnote-card',
  ])('skips <%s> and its subtree', (tag) => {
    const inner = tag === 'select' ? '<option>SECRET</option>' : 'SECRET';
    // Detached, so happy-dom does not try to load the <iframe>; a detached tree has no boxes,
    // hence no visibility check.
    const root = document.createElement('div');
    root.innerHTML = `<p>before <${tag}>${inner}</${tag}> after</p>`;
    const p = extractText(root, { checkVisibility: false });
    expect(p.text).not.toContain('SECRET');
    expect(p.text.startsWith('before')).toBe(true);
    expect(p.text.endsWith('after')).toBe(true);
    expectConsistent(p);
  });

  test.each([
    ['hidden', '<div hidden><p>SECRET</p></div>'],
    ['aria-hidden', '<div aria-hidden="true"><span>SECRET</span></div>'],
    ['contenteditable', '<div contenteditable><p>SECRET</p></div>'],
    ['contenteditable=true', '<div contenteditable="true">SECRET</div>'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">SECRET</div>'],
    ['data-footnote-ui', '<div data-footnote-ui>SECRET</div>'],
  ])('skips %s', (_name, html) => {
    const p = extractText(page(`<p>kept</p>${html}<p>also kept</p>`));
    expect(p.text).toBe('kept\nalso kept');
  });

  test('reads contenteditable="false" and aria-hidden="false"', () => {
    const p = extractText(page('<div contenteditable="false">a</div><div aria-hidden="false">b</div>'));
    expect(p.text).toBe('a\nb');
  });

  test('skips blocks hidden by CSS where checkVisibility() exists, unless turned off', () => {
    const body = page('<p>shown</p><div style="display:none"><p>SECRET</p></div>');
    expect(extractText(body).text).toBe('shown');
    expect(extractText(body, { checkVisibility: false }).text).toBe('shown\nSECRET');
  });

  test('reads a display:contents block although checkVisibility() is false for it', () => {
    const body = page('<div id="c" style="display:contents"><p>inside</p></div><p>after</p>');
    // What Chromium returns for display:contents (no box of its own): csswg-drafts#9478.
    document.getElementById('c')!.checkVisibility = () => false;
    expect(extractText(body).text).toBe('inside\nafter');
  });

  test('a root inside a hidden container gives nothing', () => {
    page('<div style="display:none"><span id="x">SECRET</span></div>');
    const span = document.getElementById('x')!;
    expect(extractText(span).text).toBe('');
    expect(extractText(span, { checkVisibility: false }).text).toBe('SECRET');
  });

  test('skips everything in designMode', () => {
    const body = page('<p>text</p>');
    document.designMode = 'on';
    expect(extractText(body).segments).toEqual([]);
  });

  test('a root inside skipped content gives nothing', () => {
    page('<div contenteditable><p id="x">typed text</p></div>');
    expect(extractText(document.getElementById('x')!).text).toBe('');
  });

  test('reads the text of footnote-mark elements as page text, inline', () => {
    const p = extractText(page('<p>up <footnote-mark data-footnote-kind="figure">$5 billion</footnote-mark> today</p>'));
    expect(p.text).toBe('up $5 billion today');
  });

  test('a skipped element that takes room in the line still ends a word', () => {
    expect(extractText(page('<p>Price<button>Share</button>$5</p>')).text).toBe('Price $5');
    expect(extractText(page('<p>Price <button>Share</button> $5</p>')).text).toBe('Price  $5');
    expect(extractText(page('<p>Price<script>x</script>$5</p>')).text).toBe('Price$5');
  });

  test('maxChars stops before the text node that would cross it', () => {
    const body = page('<p>aaaa</p><p>bbbb</p><p>cccc</p>');
    const full = extractText(body);
    expect(full.truncated).toBe(false);
    const capped = extractText(body, { maxChars: 10 });
    expect(capped.text).toBe('aaaa\nbbbb');
    expect(capped.truncated).toBe(true);
    expect(full.text.startsWith(capped.text)).toBe(true);
    expectConsistent(capped);
    expect(extractText(body, { maxChars: 3 })).toEqual({ text: '', segments: [], truncated: true });
  });

  test('custom separator', () => {
    expect(extractText(page('<p>a</p><p>b</p>'), { separator: '\u2029' }).text).toBe('a\u2029b');
  });
});

describe('extractTextFrom', () => {
  test('reads several roots in document order, separated, ignoring nested ones', () => {
    page('<p id="a">first <b id="b">bold</b></p><div id="c">second</div>');
    const $ = (id: string) => document.getElementById(id)!;
    const p = extractTextFrom([$('c'), $('b'), $('a')]);
    expect(p.text).toBe('first bold\nsecond');
    expectConsistent(p);
  });

  test('accepts text nodes, and ignores those inside skipped content', () => {
    page('<p id="a">added</p><textarea id="t">typed</textarea>');
    const added = document.getElementById('a')!.firstChild!;
    const typed = document.getElementById('t')!.firstChild!;
    expect(extractTextFrom([added, typed]).text).toBe('added');
  });
});
