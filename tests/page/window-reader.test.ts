// @vitest-environment happy-dom
// A page longer than one window (lib/page/windows.ts) is read window by window, the one the
// reader is looking at first (lib/page/window-reader.ts), and an official named in full in one
// window is linked by surname in a later one, whichever is read first.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAnnotator } from '../../lib/page/annotator';
import type { Annotations } from '../../lib/types';

/** A stand-in pipeline: "$N billion" is a trade figure; "Mnuchin" an official once "Steven Mnuchin" came before. */
function analyse(text: string): Annotations {
  const figures = [...text.matchAll(/\$\d+ billion/g)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
    kind: 'money' as const,
    value: Number(m[0].slice(1, -8)) * 1e9,
    currency: 'USD',
    trade: true,
  }));
  const named = text.indexOf('Steven Mnuchin');
  const officials = [...text.matchAll(/(?:Steven )?Mnuchin/g)]
    .filter((m) => named !== -1 && m.index! >= named)
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], name: 'Steven Mnuchin', kb: 'steven-mnuchin' }));
  return { figures, officials };
}

/** An IntersectionObserver that reports the elements `near` says are near the viewport. */
function fakeViewport(near: (el: Element) => boolean) {
  class FakeObserver {
    private targets: Element[] = [];
    private scheduled = false;
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(el: Element) {
      this.targets.push(el);
      if (this.scheduled) return;
      this.scheduled = true;
      setTimeout(
        () =>
          this.callback(
            this.targets.map((target) => ({ target, isIntersecting: near(target) }) as IntersectionObserverEntry),
            this as never,
          ),
        0,
      );
    }
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const paragraphs = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => `<p id="p${i}">${text(i)}</p>`).join('');
const markedParagraphs = () => [...new Set(Array.from(document.querySelectorAll('footnote-mark'), (m) => m.closest('p')!.id))];

describe('a page of several windows', () => {
  it('is read whole, the window near the viewport first, each window once, offsets in the page', async () => {
    document.body.innerHTML = paragraphs(40, (i) => `Item ${i}: a tariff on $${i + 1} billion of steel.`);
    fakeViewport((el) => el.id === 'p33');
    const calls: string[] = [];
    const annotator = new PageAnnotator(document.body, {
      analyse: (text) => (calls.push(text), analyse(text)),
      windowChars: 300,
    });
    const page = await annotator.run();
    expect(calls.length).toBeGreaterThan(4);
    // The window the reader is looking at came first, then its neighbours.
    expect(calls[0]).toContain('Item 33:');
    expect(calls[1]).toMatch(/Item 3[0-9]:|Item 4[0-9]:/);
    // No text twice, none left out: every paragraph is marked.
    expect(calls.join('').match(/Item \d+:/g)).toHaveLength(40);
    expect(markedParagraphs()).toHaveLength(40);
    // What was published is the whole page's, in page order, with offsets into its text.
    expect(page!.annotations.figures).toHaveLength(40);
    for (const f of page!.annotations.figures) expect(page!.text.slice(f.start, f.end)).toBe(f.text);
    expect(page!.order).toHaveLength(40);
    const starts = page!.order.map((id) => {
      const finding = page!.findings.get(id)!;
      return finding.kind === 'figure' ? finding.figure.start : finding.official.start;
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('links a later surname to the full name of an earlier window, even when read first', async () => {
    document.body.innerHTML =
      '<p id="top">Treasury Secretary Steven Mnuchin spoke about tariffs.</p>' +
      paragraphs(30, (i) => `Filler paragraph ${i} about the weather.`) +
      '<p id="end">Later Mnuchin said tariffs on $50 billion of goods would stay.</p>';
    // The reader is at the end of the page: its window is read first, without the name...
    fakeViewport((el) => el.id === 'end');
    const calls: string[] = [];
    const annotator = new PageAnnotator(document.body, { analyse: (text) => (calls.push(text), analyse(text)), windowChars: 300 });
    const page = await annotator.run();
    expect(calls[0]).toContain('Later Mnuchin');
    expect(calls[0]).not.toContain('Steven Mnuchin');
    // ...and again once the first window has named him, with his name before its text.
    const again = calls.filter((c) => c.includes('Later Mnuchin'));
    expect(again).toHaveLength(2);
    expect(again[1].startsWith('Steven Mnuchin\n\n')).toBe(true);
    const end = document.getElementById('end')!;
    expect(Array.from(end.querySelectorAll('footnote-mark'), (m) => m.textContent)).toEqual(['Mnuchin', '$50 billion']);
    const officials = page!.annotations.officials.map((o) => [page!.text.slice(o.start, o.end), o.name]);
    expect(officials).toEqual([
      ['Steven Mnuchin', 'Steven Mnuchin'],
      ['Mnuchin', 'Steven Mnuchin'],
    ]);
  });

  it('reads the windows in page order when nothing reports where the reader is', async () => {
    document.body.innerHTML =
      '<p>Treasury Secretary Steven Mnuchin spoke about tariffs.</p>' +
      paragraphs(30, (i) => `Filler paragraph ${i} about the weather.`) +
      '<p id="end">Later Mnuchin said tariffs on $50 billion of goods would stay.</p>';
    const calls: string[] = [];
    await new PageAnnotator(document.body, { analyse: (text) => (calls.push(text), analyse(text)), windowChars: 300 }).run();
    expect(calls[0]).toContain('Steven Mnuchin spoke');
    // In order, each window once: the end was read with the name, so never again.
    expect(calls.filter((c) => c.includes('Later Mnuchin'))).toHaveLength(1);
    expect(Array.from(document.querySelectorAll('#end footnote-mark'), (m) => m.textContent)).toEqual(['Mnuchin', '$50 billion']);
  });

  it('a page of one window is one analysis of its whole text, as always', async () => {
    document.body.innerHTML = paragraphs(5, (i) => `Item ${i}: a tariff on $${i + 1} billion of steel.`);
    const calls: string[] = [];
    await new PageAnnotator(document.body, { analyse: (text) => (calls.push(text), analyse(text)) }).run();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBe(Array.from({ length: 5 }, (_, i) => `Item ${i}: a tariff on $${i + 1} billion of steel.`).join('\n'));
  });
});
