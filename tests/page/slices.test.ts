// @vitest-environment happy-dom
// Reading a page in slices (lib/page/slices.ts, extractTextInSlices, first-read.ts): the same text
// as one read, pauses on long pages, a clear stop when the page removes what is being read, and a
// hand-over of the check's read only while the page is unchanged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractText, extractTextInSlices, type ExtractOptions } from '../../lib/page/extract';

// Counted, to tell whether the annotator read the page again.
vi.mock('../../lib/page/extract', async (original) => {
  const actual = await original<typeof import('../../lib/page/extract')>();
  return { ...actual, extractTextInSlices: vi.fn(actual.extractTextInSlices) };
});
import { readFirst } from '../../lib/page/first-read';
import { SLICE_MS, Slices } from '../../lib/page/slices';
import { PageAnnotator } from '../../lib/page/annotator';
import type { Annotations } from '../../lib/types';

const opts: ExtractOptions = { checkVisibility: false };

/** Slices that are always used up: every chance to pause is taken (and counted). */
function everyPause(onPause: () => void = () => {}): Slices & { pauses: number } {
  const s = Object.assign(new Slices(null), { pauses: 0 });
  s.spent = () => true;
  s.next = async () => {
    s.pauses++;
    onPause();
  };
  return s;
}

function longPage(paragraphs: number): void {
  document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>Row ${i}: tariffs of <b>${i}</b> percent on <i>steel</i>.</p>`).join('');
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.mocked(extractTextInSlices).mockClear();
});

describe('extractTextInSlices', () => {
  it('reads exactly what one read does, pausing along the way on a long page', async () => {
    longPage(2000);
    const slices = everyPause();
    const sliced = await extractTextInSlices(document.body, opts, slices);
    const whole = extractText(document.body, opts);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.start, s.end])).toEqual(whole.segments.map((s) => [s.start, s.end]));
    expect(sliced.segments.every((s, i) => s.node === whole.segments[i].node)).toBe(true);
    // 2000 paragraphs of 7 nodes each: dozens of chances to pause, all taken.
    expect(slices.pauses).toBeGreaterThan(20);
  });

  it('does not pause while the slice has time left', async () => {
    longPage(2000);
    const slices = new Slices(null);
    const next = vi.spyOn(slices, 'next');
    vi.spyOn(slices, 'spent').mockReturnValue(false);
    await extractTextInSlices(document.body, opts, slices);
    expect(next).not.toHaveBeenCalled();
  });

  it('stops with a prefix, without throwing, when the page removes what was being read', async () => {
    document.body.innerHTML = '<main><section id="a"></section><section id="b"></section></main>';
    const a = document.getElementById('a')!;
    a.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>first ${i}</p>`).join('');
    document.getElementById('b')!.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>second ${i}</p>`).join('');
    let removed = false;
    let pauses = 0;
    // At the second pause: the first comes before any reading (the slice may be used up already).
    const page = await extractTextInSlices(
      document.body,
      opts,
      everyPause(() => {
        if (++pauses !== 2) return;
        a.remove();
        removed = true;
      }),
    );
    expect(removed).toBe(true);
    expect(page.text.startsWith('first 0')).toBe(true);
    expect(page.text).not.toContain('second');
    expect(page.segments.every((s) => page.text.slice(s.start, s.end) === s.node.data)).toBe(true);
  });

  it('can be abandoned between two slices (the annotator stopped)', async () => {
    longPage(500);
    const slices = new Slices(null, () => {
      throw new Error('stopped');
    });
    vi.spyOn(slices, 'spent').mockReturnValue(true);
    await expect(extractTextInSlices(document.body, opts, slices)).rejects.toThrow('stopped');
  });
});

describe("readFirst (the check's read, handed to the first pass)", () => {
  it('is handed over while the page is unchanged', async () => {
    longPage(10);
    const read = await readFirst(document.body, opts, new Slices(null));
    expect(read.text).toBe(extractText(document.body, opts).text.replace(/\n/g, ' '));
    expect(read.takeIfCurrent()).toBe(read.page);
  });

  it('is not handed over once the page changed, even while it was being read', async () => {
    longPage(1000);
    let changed = false;
    const read = await readFirst(
      document.body,
      opts,
      everyPause(() => {
        if (!changed) document.body.append('late text');
        changed = true;
      }),
    );
    expect(read.takeIfCurrent()).toBeNull();
  });

  it('is not handed over after a text edit', async () => {
    longPage(3);
    const read = await readFirst(document.body, opts, new Slices(null));
    document.querySelector('b')!.firstChild!.nodeValue = '9';
    expect(read.takeIfCurrent()).toBeNull();
  });
});

describe("PageAnnotator with the check's read", () => {
  const analyseTariffs = (text: string): Annotations => ({
    figures: [...text.matchAll(/\d+ percent/g)].map((m) => ({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      kind: 'percent' as const,
      value: parseInt(m[0], 10),
      currency: null,
      trade: true,
    })),
    officials: [],
  });

  it('uses it when the page is unchanged: no second gate or read', async () => {
    document.body.innerHTML = '<p>Tariffs of 25 percent.</p>';
    const read = await readFirst(document.body, { separator: '\u2029' }, new Slices(null));
    const analyse = vi.fn(analyseTariffs);
    const annotator = new PageAnnotator(document.body, { analyse, firstRead: read });
    await annotator.run();
    expect(analyse).toHaveBeenCalledWith(read.text);
    expect(extractTextInSlices).toHaveBeenCalledTimes(1); // the check's read only
    expect(document.querySelectorAll('footnote-mark')).toHaveLength(1);
  });

  it('reads again when the page changed after the check read it', async () => {
    document.body.innerHTML = '<p>Tariffs of 25 percent.</p>';
    const read = await readFirst(document.body, { separator: '\u2029' }, new Slices(null));
    document.body.insertAdjacentHTML('beforeend', '<p>Duties of 10 percent.</p>');
    const annotator = new PageAnnotator(document.body, { analyse: analyseTariffs, firstRead: read });
    const page = await annotator.run();
    expect(Array.from(document.querySelectorAll('footnote-mark'), (m) => m.textContent)).toEqual(['25 percent', '10 percent']);
    expect(page!.order).toHaveLength(2);
    expect(extractTextInSlices).toHaveBeenCalledTimes(2);
  });

  // A correctness test on 600 paragraphs in happy-dom: seconds on a loaded machine, not a timing.
  it('leaves out of its findings the marks the page removed before the pass ended', { timeout: 30_000 }, async () => {
    longPage(600);
    const annotator = new PageAnnotator(document.body, { analyse: analyseTariffs });
    // Remove the first paragraph, with its mark, right after the first batch is painted.
    const first = document.querySelector('p')!;
    const observer = new MutationObserver(() => {
      if (first.querySelector('footnote-mark')) first.remove();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const page = await annotator.run();
    observer.disconnect();
    expect(page!.order.length).toBe(599);
    expect(page!.order.every((id) => document.querySelector(`[data-footnote-id="${id}"]`))).toBe(true);
  });
});

describe('a slice that shares its task with earlier work', () => {
  it('counts from the start of the task, so the two never make one long task', () => {
    const began = performance.now() - SLICE_MS; // the gate used up the slice already
    expect(new Slices(null, undefined, began).spent()).toBe(true);
    expect(new Slices(null, undefined, performance.now()).spent()).toBe(false);
    expect(new Slices(null).spent()).toBe(false);
  });

  it('lets the reading wait for the next slice before its first step when the gate used this one up', async () => {
    longPage(10);
    const slices = new Slices(null, undefined, performance.now() - SLICE_MS);
    const next = vi.spyOn(slices, 'next');
    const page = await extractTextInSlices(document.body, opts, slices);
    expect(next).toHaveBeenCalledTimes(1);
    expect(page.text).toContain('Row 9');
  });

  it('renews the slice for a step that should not wait, unless the task already ran two slices', () => {
    const usedUp = new Slices(null, undefined, performance.now() - SLICE_MS); // the gate and the messages
    usedUp.renew();
    expect(usedUp.spent()).toBe(false);
    const long = new Slices(null, undefined, performance.now() - 2 * SLICE_MS - 1); // a long task already
    long.renew();
    expect(long.spent()).toBe(true);
  });
});
