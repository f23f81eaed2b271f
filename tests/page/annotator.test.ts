// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAnnotator } from '../../lib/page/annotator';
import type { Annotations } from '../../lib/types';
import type { KnowledgeBase } from '../../lib/kb/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromCatalog, resetMessages, setMessages } from '../../lib/i18n';
import { removeMarks } from '../../lib/page/marks';

/** A stand-in pipeline: every "$N billion" is a trade figure, every "Mnuchin" an official. */
function fakeAnalyse(text: string): Annotations {
  const figures = [...text.matchAll(/\$\d+ billion/g)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
    kind: 'money' as const,
    value: Number(m[0].slice(1, -8)) * 1e9,
    currency: 'USD',
    trade: !text.slice(m.index! + m[0].length).startsWith(' profit'),
  }));
  const officials = [...text.matchAll(/Mnuchin/g)].map((m) => ({
    start: m.index!,
    end: m.index! + 7,
    text: 'Mnuchin',
    name: 'Steven Mnuchin',
    kb: 'steven-mnuchin',
  }));
  return { figures, officials };
}

afterEach(() => {
  document.body.innerHTML = '';
});

const marks = () => Array.from(document.querySelectorAll('footnote-mark')).map((m) => `${m.getAttribute('data-footnote-kind')}:${m.textContent}`);

describe('PageAnnotator', () => {
  it('marks trade figures and officials, not other figures', async () => {
    document.body.innerHTML = '<p>Mnuchin cited a <b>$375</b> billion trade gap.</p><p>The bank made $2 billion profit.</p>';
    const page = await new PageAnnotator(document.body, { analyse: fakeAnalyse }).run();
    expect(marks()).toEqual(['official:Mnuchin', 'figure:$375', 'figure: billion']);
    expect(page!.order).toHaveLength(2);
    expect([...page!.findings.values()].map((f) => f.kind)).toEqual(['official', 'figure']);
  });

  it('marks the figures markFigure chooses (the reader\'s "all figures" setting)', async () => {
    document.body.innerHTML = '<p>Mnuchin cited a $375 billion trade gap.</p><p>The bank made $2 billion profit.</p>';
    await new PageAnnotator(document.body, { analyse: fakeAnalyse, markFigure: () => true }).run();
    expect(marks()).toEqual(['official:Mnuchin', 'figure:$375 billion', 'figure:$2 billion']);
  });

  it('labels each mark for screen readers with what it is, a trade figure only if it is one', async () => {
    document.body.innerHTML = '<p>Mnuchin cited a $375 billion trade gap.</p><p>The bank made $2 billion profit.</p>';
    const analyse = (text: string): Annotations => {
      const a = fakeAnalyse(text);
      return {
        figures: a.figures.map((f) => (f.trade ? { ...f, measure: 'trade deficit' } : f)),
        officials: a.officials.map((o) => ({ ...o, role: 'Treasury Secretary' })),
      };
    };
    await new PageAnnotator(document.body, { analyse, markFigure: () => true }).run();
    const labels = () => Array.from(document.querySelectorAll('footnote-mark[aria-label]')).map((m) => m.getAttribute('aria-label'));
    expect(labels()).toEqual(['Mnuchin, official: Treasury Secretary', '$375 billion, trade figure: trade deficit', '$2 billion, figure']);
    // In the reader's language (here German, from its catalog), the measure's label too.
    removeMarks(document.body);
    const de = JSON.parse(readFileSync(join(__dirname, '../../public/_locales/de/messages.json'), 'utf8'));
    setMessages(fromCatalog(de), 'de');
    try {
      await new PageAnnotator(document.body, { analyse, markFigure: () => true }).run();
      expect(labels()).toEqual(['Mnuchin, Amtsträger: Treasury Secretary', '$375 billion, Handelszahl: Handelsdefizit', '$2 billion, Zahl']);
    } finally {
      resetMessages();
    }
  });

  it('does nothing, cheaply, on a page with no candidates', async () => {
    document.body.innerHTML = '<p>A recipe for bread: flour, water, salt and 3 hours.</p>';
    const analyse = vi.fn(fakeAnalyse);
    const page = await new PageAnnotator(document.body, { analyse }).run();
    expect(analyse).not.toHaveBeenCalled();
    expect(page!.order).toEqual([]);
  });

  it('annotates content added later, keeping the ids of earlier marks', async () => {
    document.body.innerHTML = '<p>Tariffs on $50 billion of goods.</p>';
    const updates: number[] = [];
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse, settleMs: 10, onUpdate: (p) => updates.push(p.order.length) });
    const first = await annotator.run();
    const firstId = first!.order[0];
    annotator.observe();
    const p = document.createElement('p');
    p.textContent = 'Another $100 billion was threatened.';
    document.body.appendChild(p);
    await vi.waitFor(() => expect(updates.at(-1)).toBe(2));
    expect(marks()).toEqual(['figure:$50 billion', 'figure:$100 billion']);
    expect(annotator.current!.order[0]).toBe(firstId);
    annotator.stop();
  });

  it('carries the part of the knowledge base its latest pass was given, for the cards', async () => {
    document.body.innerHTML = '<p>Tariffs on $50 billion of goods.</p>';
    // A stand-in for the background: the page's part of the knowledge base names what it marks.
    const analyse = (text: string) => {
      const a = fakeAnalyse(text);
      const facts = a.figures.map((f) => ({ id: f.text }));
      return { ...a, kb: { people: [], facts, references: [] } as unknown as KnowledgeBase };
    };
    const annotator = new PageAnnotator(document.body, { analyse, settleMs: 10 });
    const first = await annotator.run();
    expect(first!.kb?.facts.map((f) => f.id)).toEqual(['$50 billion']);
    annotator.observe();
    const p = document.createElement('p');
    p.textContent = 'Another $100 billion was threatened.';
    document.body.appendChild(p);
    await vi.waitFor(() => expect(annotator.current!.order).toHaveLength(2));
    expect(annotator.current!.kb?.facts.map((f) => f.id)).toEqual(['$50 billion', '$100 billion']);
    // Unmarking one keeps the page's knowledge base; a page with nothing to mark has none.
    annotator.unmark(annotator.current!.order[0]);
    expect(annotator.current!.kb?.facts).toHaveLength(2);
    document.body.innerHTML = '<p>Nothing to see.</p>';
    await vi.waitFor(() => expect(annotator.current!.order).toHaveLength(0));
    expect(annotator.current!.kb).toBeUndefined();
    annotator.stop();
  });

  it('does not re-run because of its own marks (no loops)', async () => {
    document.body.innerHTML = '<p>Tariffs on $50 billion of goods, said Mnuchin.</p>';
    const analyse = vi.fn(fakeAnalyse);
    const annotator = new PageAnnotator(document.body, { analyse, settleMs: 10 });
    await annotator.run();
    annotator.observe();
    await new Promise((r) => setTimeout(r, 80));
    expect(analyse).toHaveBeenCalledTimes(1);
    annotator.stop();
  });

  it('clear() restores the page exactly', async () => {
    const html = '<p>Mnuchin cited a <b>$375</b> billion trade gap, and $50 billion more.</p>';
    document.body.innerHTML = html;
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse });
    await annotator.run();
    expect(document.body.innerHTML).not.toBe(html);
    annotator.clear();
    expect(document.body.innerHTML).toBe(html);
  });

  it('a pass that clear() abandoned does not paint after restart() (settings changed mid-pass)', async () => {
    document.body.innerHTML = '<p>Mnuchin cited a $375 billion trade gap.</p><p>The bank made $2 billion profit.</p>';
    // As in the content app: what to mark is chosen as the background answers (here every figure,
    // then only trade figures), and the reader's change arrives while a pass is painting.
    let allFigures = true;
    const analyse = (text: string): Annotations => {
      const all = fakeAnalyse(text);
      return { ...all, figures: all.figures.filter((f) => allFigures || f.trade) };
    };
    let changed = false;
    const markFigure = () => {
      if (!changed) {
        changed = true; // the reader switches "all figures" off now: the app clears and marks again
        allFigures = false;
        annotator.clear();
        annotator.restart();
        void annotator.run();
      }
      return true;
    };
    // markFigure runs during the pass, after the annotator exists.
    const annotator: PageAnnotator = new PageAnnotator(document.body, { analyse, markFigure });
    await annotator.run();
    expect(marks()).toEqual(['official:Mnuchin', 'figure:$375 billion']);
  });

  it('comes back on nodes a page re-rendered', async () => {
    document.body.innerHTML = '<div id="app"><p>Tariffs on $50 billion of goods.</p></div>';
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse, settleMs: 10 });
    await annotator.run();
    annotator.observe();
    document.getElementById('app')!.innerHTML = '<p>Tariffs on $50 billion of goods, and $20 billion on steel.</p>';
    await vi.waitFor(() => expect(marks()).toEqual(['figure:$50 billion', 'figure:$20 billion']));
    annotator.stop();
  });
});

describe('PageAnnotator and wrapped HTML source', () => {
  it('reads a paragraph with source line breaks as one sentence, and still paints it', async () => {
    document.body.innerHTML = '<p>Tariffs on\n      $50 billion of goods.</p><p>Next</p>';
    let seen = '';
    const page = await new PageAnnotator(document.body, { analyse: (t) => ((seen = t), fakeAnalyse(t)) }).run();
    expect(seen).toBe('Tariffs on       $50 billion of goods.\nNext');
    expect(page!.text).toBe(seen);
    expect(marks()).toEqual(['figure:$50 billion']);
  });
});

describe('PageAnnotator and a framework that holds its text nodes (React-style commits)', () => {
  /** <p> with text nodes the "framework" created and keeps, as React renders `a {x} b`. */
  function render(parts: string[]): { p: HTMLElement; texts: Text[] } {
    const p = document.createElement('p');
    const texts = parts.map((s) => p.appendChild(document.createTextNode(s)));
    document.body.appendChild(p);
    return { p, texts };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('keeps every page text node in its parent, in order, while marked', async () => {
    const { p, texts } = render(['$50 billion', ' of tariffs and ', '$20 billion', ' more, said Mnuchin']);
    await new PageAnnotator(document.body, { analyse: fakeAnalyse }).run();
    expect(marks()).toEqual(['figure:$50 billion', 'figure:$20 billion', 'official:Mnuchin']);
    for (const t of texts) expect(t.parentNode).toBe(p);
    const order = Array.from(p.childNodes);
    expect(texts.map((t) => order.indexOf(t))).toEqual([...texts.map((t) => order.indexOf(t))].sort((a, b) => a - b));
    expect(p.textContent).toBe('$50 billion of tariffs and $20 billion more, said Mnuchin');
  });

  it('nodeValue updates show exactly the new text, and marks come back on it', async () => {
    const { p, texts } = render(['Tariffs on $50 billion of goods', ', and ', '$8 billion', ' more.']);
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse, settleMs: 10 });
    await annotator.run();
    annotator.observe();
    expect(marks()).toEqual(['figure:$50 billion', 'figure:$8 billion']);
    texts[0].nodeValue = 'Tariffs on $70 billion of goods';
    await settle(); // the mutation records' microtask, before the browser would paint
    expect(p.textContent).toBe('Tariffs on $70 billion of goods, and $8 billion more.');
    await vi.waitFor(() => expect(marks()).toEqual(['figure:$70 billion', 'figure:$8 billion']));
    expect(p.textContent).toBe('Tariffs on $70 billion of goods, and $8 billion more.');
    texts[2].nodeValue = '$9 billion';
    texts[1].nodeValue = ' and $2 billion, and ';
    await settle();
    expect(p.textContent).toBe('Tariffs on $70 billion of goods and $2 billion, and $9 billion more.');
    await vi.waitFor(() => expect(marks()).toEqual(['figure:$70 billion', 'figure:$2 billion', 'figure:$9 billion']));
    annotator.stop();
  });

  it("removeChild and insertBefore on the page's nodes work and leave no stale text", async () => {
    const { p, texts } = render(['Tariffs on ', '$50 billion', ' of goods, said Mnuchin.']);
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse, settleMs: 10 });
    await annotator.run();
    annotator.observe();
    expect(marks()).toEqual(['figure:$50 billion', 'official:Mnuchin']);
    p.insertBefore(document.createTextNode('$9 billion and '), texts[1]);
    p.removeChild(texts[2]);
    await settle();
    expect(p.textContent).toBe('Tariffs on $9 billion and $50 billion');
    await vi.waitFor(() => expect(marks()).toEqual(['figure:$9 billion', 'figure:$50 billion']));
    p.removeChild(texts[1]);
    await settle();
    expect(p.textContent).toBe('Tariffs on $9 billion and ');
    expect(texts[1].data).toBe('$50 billion'); // whole, should the page put it back
    annotator.stop();
  });

  it('a page node moved elsewhere carries its whole text', async () => {
    const { p, texts } = render(['Tariffs on $50 billion of goods.']);
    const other = document.createElement('div');
    document.body.appendChild(other);
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse, settleMs: 10 });
    await annotator.run();
    annotator.observe();
    other.appendChild(texts[0]);
    await settle();
    expect(p.textContent).toBe('');
    expect(other.textContent).toBe('Tariffs on $50 billion of goods.');
    annotator.stop();
  });
});

describe('PageAnnotator and text made editable later', () => {
  it("contenteditable set on an ancestor: its marks go, the page's HTML comes back exactly, it stays unmarked", async () => {
    const html = '<section id="s"><p>Mnuchin cited a <b>$375</b> billion trade gap.</p></section><p id="o">And $50 billion more in tariffs.</p>';
    document.body.innerHTML = html;
    const section = document.getElementById('s')!;
    const sectionHtml = section.innerHTML;
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse, settleMs: 10 });
    await annotator.run();
    annotator.observe();
    expect(marks()).toEqual(['official:Mnuchin', 'figure:$375', 'figure: billion', 'figure:$50 billion']);
    section.setAttribute('contenteditable', '');
    await new Promise((r) => setTimeout(r, 0));
    expect(section.innerHTML).toBe(sectionHtml);
    await new Promise((r) => setTimeout(r, 60));
    expect(marks()).toEqual(['figure:$50 billion']);
    expect(annotator.current!.order).toHaveLength(1);
    annotator.stop();
  });

  it('designMode switched on later: marks go at the first sign of editing', async () => {
    const html = '<p>Mnuchin cited a <b>$375</b> billion trade gap.</p>';
    document.body.innerHTML = html;
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse, settleMs: 10 });
    await annotator.run();
    annotator.observe();
    expect(marks()).toHaveLength(3);
    document.designMode = 'on';
    try {
      document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      expect(document.body.innerHTML).toBe(html);
      await new Promise((r) => setTimeout(r, 60));
      expect(marks()).toEqual([]);
    } finally {
      document.designMode = 'off';
      annotator.stop();
    }
  });
});

describe('PageAnnotator and a page that removes the marks as soon as they appear', () => {
  it('marks it a few times, then leaves it alone (no endless loop)', async () => {
    document.body.innerHTML = '<main><p>Mnuchin said a $375 billion trade deficit was too much.</p></main>';
    const main = document.querySelector('main')!;
    let strips = 0;
    // A reconciler: any element it did not write goes, replaced by its text.
    const reconciler = new MutationObserver(() => {
      for (const el of Array.from(main.querySelectorAll('*:not(p)'))) {
        el.replaceWith(document.createTextNode(el.textContent ?? ''));
        strips++;
      }
      main.normalize();
    });
    reconciler.observe(main, { childList: true, subtree: true });
    const analyse = vi.fn(fakeAnalyse);
    const annotator = new PageAnnotator(document.body, { analyse, settleMs: 10 });
    annotator.observe();
    await annotator.run();
    await vi.waitFor(() => expect(annotator.current?.order).toEqual([]), { timeout: 3000 });
    const [passes, stripped] = [analyse.mock.calls.length, strips];
    await new Promise((r) => setTimeout(r, 300));
    expect(analyse.mock.calls.length).toBe(passes);
    expect(strips).toBe(stripped);
    expect(passes).toBeLessThanOrEqual(4);
    expect(passes).toBeGreaterThanOrEqual(3); // it did try
    expect(main.textContent).toBe('Mnuchin said a $375 billion trade deficit was too much.');
    reconciler.disconnect();
  });

  it('follows a page that re-renders now and then, long after the marks appeared', async () => {
    document.body.innerHTML = '<main><p>Mnuchin said the trade deficit was $375 billion.</p></main>';
    const main = document.querySelector('main')!;
    const annotator = new PageAnnotator(document.body, { analyse: fakeAnalyse, settleMs: 10 });
    annotator.observe();
    await annotator.run();
    expect(marks()).toEqual(['official:Mnuchin', 'figure:$375 billion']);
    for (let i = 1; i <= 5; i++) {
      await new Promise((r) => setTimeout(r, 300)); // past the window in which a removal is a fight
      main.innerHTML = `<p>Mnuchin said the trade deficit was $${i}00 billion.</p>`;
      await vi.waitFor(() => expect(marks()).toEqual(['official:Mnuchin', `figure:$${i}00 billion`]));
    }
    annotator.stop();
  });
});
