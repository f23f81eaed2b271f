// Target 6: the JS heap Footnote adds (Runtime.getHeapUsage after forced collections, against no
// extension) on the seed article, the plain fixture page and a corpus page with nothing to annotate.
import type { FixtureServer } from '../harness/server';
import { heapAfter, type Chrome } from './chromium';
import { BUDGET, log } from './options';
import type { Row } from './report';
import { fx, median, sp, summary } from './stats';

export interface HeapLoads {
  heapPages: Array<[string, string, boolean, number]>;
  heap: Map<string, { w: number[]; wo: number[] }>;
}

export async function measureHeap(server: FixtureServer, withExt: Chrome, without: Chrome, plainCorpus: string, heapRuns: number): Promise<HeapLoads> {
  log(`chromium: heap, ${heapRuns} loads per page and browser...`);
  const heapPages: Array<[string, string, boolean, number]> = [
    ['seed article', '/__check/seed.html', true, BUDGET.heapSeedMB],
    ['plain fixture page', '/__check/plain.html', false, BUDGET.heapNothingMB],
    [`corpus page with nothing (${plainCorpus})`, `/${plainCorpus}`, false, BUDGET.heapNothingMB],
  ];
  const heap = new Map<string, { w: number[]; wo: number[] }>();
  for (const [label, path, waitMark] of heapPages) {
    const h = { w: [] as number[], wo: [] as number[] };
    heap.set(label, h);
    for (let r = 0; r < heapRuns; r++) {
      h.w.push(await heapAfter(withExt, server.url(`${path}?heap=${r}`), waitMark));
      h.wo.push(await heapAfter(without, server.url(`${path}?heap=${r}`), waitMark));
    }
  }
  return { heapPages, heap };
}

export function heapRows({ heapPages, heap }: HeapLoads, rows: Row[]): void {
  for (const [label, , , budget] of heapPages) {
    const h = heap.get(label)!;
    const d = summary(h.w.map((x, i) => x - h.wo[i]));
    rows.push({
      q: `6. JS heap added, ${label} (Chromium, ${d.n} loads each; Runtime.getHeapUsage after GC, vs no extension)`,
      measured: `${sp(d)} MB (with ${fx(median(h.w))} MB, without ${fx(median(h.wo))} MB)`,
      budget: `≤ ${budget} MB`,
      ok: d.med <= budget,
    });
  }
}
