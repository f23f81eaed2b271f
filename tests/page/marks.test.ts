// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { extractText } from '../../lib/page/extract';
import type { PageText } from '../../lib/page/page-text';
import { paintMarks, removeMarks, type MarkAnnotation, type MarkKind } from '../../lib/page/marks';

function setup(html: string): PageText {
  document.body.innerHTML = html;
  return extractText(document.body);
}

/** An annotation over the first occurrence of `words` in the page text. */
function ann(p: PageText, words: string, kind: MarkKind = 'figure', id = words): MarkAnnotation {
  const start = p.text.indexOf(words);
  if (start < 0) throw new Error(`not in page: ${words}`);
  return { start, end: start + words.length, kind, id, label: `${words}, ${kind}` };
}

const marks = () => Array.from(document.querySelectorAll('footnote-mark'));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('paintMarks', () => {
  test('wraps exactly the span text and keeps the page text identical', () => {
    const p = setup('<p>China ran a surplus of $375 billion, said Steven Mnuchin.</p>');
    const before = document.body.textContent;
    const handles = paintMarks(p, [ann(p, '$375 billion'), ann(p, 'Steven Mnuchin', 'official')]);
    expect(handles.map((h) => h.elements.map((e) => e.textContent))).toEqual([['$375 billion'], ['Steven Mnuchin']]);
    expect(marks().map((m) => m.textContent)).toEqual(['$375 billion', 'Steven Mnuchin']);
    expect(document.body.textContent).toBe(before);
    expect(marks()[0].getAttribute('data-footnote-kind')).toBe('figure');
    expect(marks()[1].getAttribute('data-footnote-kind')).toBe('official');
    expect(marks()[1].getAttribute('data-footnote-id')).toBe('Steven Mnuchin');
  });

  test('the first piece is the focusable control; later pieces share the id only', () => {
    const p = setup('<p>a surplus of <b>$375</b> billion with China</p>');
    const before = document.body.textContent;
    const [h] = paintMarks(p, [ann(p, '$375 billion', 'figure', 'f1')]);
    expect(h.elements.map((e) => e.textContent)).toEqual(['$375', ' billion']);
    const [first, second] = h.elements;
    expect(first.parentElement!.localName).toBe('b');
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('role')).toBe('button');
    expect(first.getAttribute('aria-haspopup')).toBe('dialog');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(first.getAttribute('aria-label')).toBe('$375 billion, figure');
    expect(second.getAttribute('data-footnote-id')).toBe('f1');
    expect(second.hasAttribute('tabindex')).toBe(false);
    expect(second.hasAttribute('role')).toBe(false);
    expect(document.body.textContent).toBe(before);
  });

  test('marks inside a link keep the link and its text, and are not buttons', () => {
    const p = setup('<p>Read <a href="https://example.com/">tariffs of 25 percent on steel</a> here</p>');
    const before = document.body.textContent;
    const [h] = paintMarks(p, [ann(p, '25 percent')]);
    const link = document.querySelector('a')!;
    expect(link.textContent).toBe('tariffs of 25 percent on steel');
    expect(h.elements[0].closest('a')).toBe(link);
    expect(h.elements[0].hasAttribute('role')).toBe(false);
    expect(h.elements[0].hasAttribute('tabindex')).toBe(false);
    let clicked = 0;
    link.addEventListener('click', (e) => {
      clicked++;
      e.preventDefault();
    });
    h.elements[0].click();
    expect(clicked).toBe(1);
    expect(document.body.textContent).toBe(before);
  });

  test('several marks in one text node, adjacent marks, and a mark at the node edges', () => {
    const p = setup('<p>$5 billion and 25%30% then $7</p>');
    const before = document.body.innerHTML;
    const handles = paintMarks(p, [ann(p, '$7'), ann(p, '$5 billion'), ann(p, '25%'), ann(p, '30%')]);
    expect(marks().map((m) => m.textContent)).toEqual(['$5 billion', '25%', '30%', '$7']);
    // Handles come back in text order.
    expect(handles.map((h) => h.id)).toEqual(['$5 billion', '25%', '30%', '$7']);
    removeMarks(document.body);
    expect(document.body.innerHTML).toBe(before);
  });

  test('keeps page.segments a true map of the split nodes', () => {
    const p = setup('<p>up <b>$375</b> billion and 25 percent</p>');
    paintMarks(p, [ann(p, '$375 billion'), ann(p, '25 percent')]);
    for (const seg of p.segments) expect(p.text.slice(seg.start, seg.end)).toBe(seg.node.data);
    expect(p.text).toBe(extractText(document.body).text);
  });

  test('painting twice does not nest marks', () => {
    const p = setup('<p>a surplus of <b>$375</b> billion with China</p>');
    const a = ann(p, '$375 billion');
    expect(paintMarks(p, [a])).toHaveLength(1);
    expect(paintMarks(p, [a])).toHaveLength(0); // same, updated page map
    const again = extractText(document.body);
    expect(paintMarks(again, [ann(again, '$375 billion'), ann(again, 'surplus of $375')])).toHaveLength(0);
    expect(marks()).toHaveLength(2);
    expect(document.querySelector('footnote-mark footnote-mark')).toBeNull();
  });

  test('skips overlapping, empty, out-of-range and stale spans', () => {
    const p = setup('<p>Secretary Steven Mnuchin said $5 billion</p><p>other</p>');
    const name = ann(p, 'Steven Mnuchin', 'official');
    const overlap = ann(p, 'Mnuchin said', 'official');
    const handles = paintMarks(p, [name, overlap, { ...name, id: 'empty', end: name.start }, { ...name, id: 'far', start: 10_000, end: 10_010 }]);
    expect(handles.map((h) => h.id)).toEqual(['Steven Mnuchin']);

    const q = setup('<p>The deficit was $375 billion.</p>');
    const stale = ann(q, '$375 billion');
    q.segments[0].node.data = 'The deficit was $999 billion.';
    expect(paintMarks(q, [stale])).toEqual([]);
    expect(marks()).toHaveLength(0);
  });

  test('does not split text that is a flex item', () => {
    const p = setup('<div style="display:flex">Exports: $5 billion</div><div style="display:flex">$7 billion</div>');
    const handles = paintMarks(p, [ann(p, '$5 billion'), ann(p, '$7 billion')]);
    expect(handles.map((h) => h.id)).toEqual(['$7 billion']); // the whole node may be wrapped
  });
});

describe('a page that defined <footnote-mark> as its own custom element', () => {
  test("paints nothing: the page's element code would run on every mark (hostile check 7b)", () => {
    // happy-dom does not implement `:defined` (always false), so the browser's answer for a
    // tag the page registered is stood in for; the e2e check runs the real thing.
    const matches = Element.prototype.matches;
    const spy = vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':defined' ? this.localName === 'footnote-mark' : matches.call(this, selector);
    });
    const p = setup('<p>Tariffs on $50 billion of goods.</p>');
    expect(paintMarks(p, [ann(p, '$50 billion')])).toEqual([]);
    expect(document.body.innerHTML).toBe('<p>Tariffs on $50 billion of goods.</p>');
    spy.mockRestore();
    expect(paintMarks(p, [ann(p, '$50 billion')])).toHaveLength(1);
  });
});

describe('removing marks', () => {
  const html =
    '<h2>Trade</h2><p>China ran a surplus of <b>$375</b> billion with the <a href="/x">US in 2017, said Steven Mnuchin</a>.</p><ul><li>25 percent</li></ul>';

  test('removeMarks restores the original DOM and the original text nodes', () => {
    const p = setup(html);
    const before = document.body.innerHTML;
    const nodesBefore = p.segments.map((s) => s.node);
    paintMarks(p, [ann(p, '$375 billion'), ann(p, 'Steven Mnuchin', 'official'), ann(p, '2017'), ann(p, '25 percent')]);
    expect(marks()).toHaveLength(5);
    expect(removeMarks(document.body)).toBe(5);
    expect(document.body.innerHTML).toBe(before);
    expect(marks()).toHaveLength(0);
    // The page's own Text nodes survive: scripts holding them still hold live page text.
    const nodesAfter = extractText(document.body).segments.map((s) => s.node);
    expect(nodesAfter).toHaveLength(nodesBefore.length);
    nodesAfter.forEach((node, i) => expect(node).toBe(nodesBefore[i]));
  });

  test('handle.remove() undoes one annotation, in any order, and is idempotent', () => {
    const p = setup(html);
    const before = document.body.innerHTML;
    const handles = paintMarks(p, [ann(p, '$375 billion'), ann(p, 'US in'), ann(p, '2017'), ann(p, 'Mnuchin', 'official')]);
    handles[2].remove();
    expect(marks().map((m) => m.textContent)).toEqual(['$375', ' billion', 'US in', 'Mnuchin']);
    handles[1].remove();
    handles[1].remove();
    handles[3].remove();
    handles[0].remove();
    expect(document.body.innerHTML).toBe(before);
  });

  test('does not merge text nodes that were separate before painting', () => {
    document.body.innerHTML = '<p id="p"></p>';
    const para = document.getElementById('p')!;
    para.append(document.createTextNode('tariffs of '), document.createTextNode('25 percent'), document.createTextNode(' on steel'));
    const p = extractText(document.body);
    paintMarks(p, [ann(p, '25 percent')]);
    removeMarks(document.body);
    expect(Array.from(para.childNodes).map((n) => n.textContent)).toEqual(['tariffs of ', '25 percent', ' on steel']);
  });

  test("leaves the page's own <footnote-mark> elements alone (they carry no mark id)", () => {
    // Found by the hostile-page suite (check 7): switching Footnote off on a site unwrapped the
    // page's own elements of that name, destroying its markup.
    document.body.innerHTML = '<p>Tariffs on $50 billion.</p><aside><footnote-mark id="own" class="note">Note 1: $50 billion</footnote-mark></aside>';
    const own = document.body.innerHTML.slice(document.body.innerHTML.indexOf('<aside>'));
    const p = extractText(document.body);
    paintMarks(p, [ann(p, '$50 billion')]);
    expect(marks()).toHaveLength(2);
    expect(removeMarks(document.body)).toBe(1);
    expect(document.body.innerHTML).toBe('<p>Tariffs on $50 billion.</p>' + own);
  });

  test('unwraps marks it did not make (from an earlier content script), joining their text', () => {
    document.body.innerHTML = '<p>a <footnote-mark data-footnote-id="x">$5</footnote-mark> b</p>';
    expect(removeMarks(document.body)).toBe(1);
    const para = document.querySelector('p')!;
    expect(para.childNodes).toHaveLength(1);
    expect(para.textContent).toBe('a $5 b');
  });
});
