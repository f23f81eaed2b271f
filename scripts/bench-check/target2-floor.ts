// The speed issue's decision 1, from the renderer's counters (ScriptDuration, thread time): on the
// corpus pages the gate stops, Footnote's own cost against the floor's, an extension whose content
// script reads document.body.textContent once, both with an empty content script's cost
// subtracted (what any content script costs). Budget: Footnote's median at most 1.3× the floor's,
// its 95th percentile at most 2× the floor's. And on the pages that pass the gate with nothing to
// mark, Footnote's own median at most 10 ms.
import type { PageLoads } from './chromium';
import type { Row } from './report';
import { fx, median, sp, summary } from './stats';

export const FLOOR_BUDGET = { medianRatio: 1.3, p95Ratio: 2, passedNothingMs: 10 };

/** The q-quantile of `xs` (linear between neighbours). */
function quantile(xs: number[], q: number): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = q * (s.length - 1);
  const a = Math.floor(i);
  return s[a] + (s[Math.min(a + 1, s.length - 1)] - s[a]) * (i - a);
}

/**
 * Whether Footnote's gate let `file` through in the browser, in most of its loads (Load.gatePassed);
 * undefined when no load was asked.
 */
function passedInBrowser(per: Map<string, PageLoads>, file: string): boolean | undefined {
  const asked = (per.get(file)?.w ?? []).filter((l) => l.gatePassed !== undefined);
  return asked.length ? asked.filter((l) => l.gatePassed).length * 2 > asked.length : undefined;
}

/**
 * `stopped` and `passedNothing` come from the gate run in Node on the saved HTML; the rows use the
 * browser's decision where it differs (a page's scripts may change its text), and say so.
 */
export function floorRows(nodeStopped: string[], nodePassedNothing: string[], per: Map<string, PageLoads>, runs: number, rows: Row[], notes: string[]): void {
  const movedOut = nodeStopped.filter((f) => passedInBrowser(per, f) === true);
  const movedIn = nodePassedNothing.filter((f) => passedInBrowser(per, f) === false);
  const stopped = [...nodeStopped.filter((f) => !movedOut.includes(f)), ...movedIn];
  const passedNothing = [...nodePassedNothing.filter((f) => !movedIn.includes(f)), ...movedOut];
  for (const f of movedOut) notes.push(`  floor  ${f}: stopped by the gate in Node, passed in Chromium: counted with the pages that pass`);
  for (const f of movedIn) notes.push(`  floor  ${f}: passed by the gate in Node, stopped in Chromium: counted with the pages it stops`);
  const costs = (files: string[]) =>
    files
      .map((f) => per.get(f))
      .filter((e): e is PageLoads => !!e && e.w.length > 0 && e.e.length > 0 && e.f.length > 0)
      .map((e) => {
        const empty = median(e.e.map((l) => l.scriptMs));
        return { own: median(e.w.map((l) => l.scriptMs)) - empty, floor: median(e.f.map((l) => l.scriptMs)) - empty };
      });
  const s = costs(stopped);
  if (s.length) {
    const own = s.map((x) => x.own);
    const floor = s.map((x) => x.floor);
    const medRatio = median(own) / median(floor);
    const p95Ratio = quantile(own, 0.95) / quantile(floor, 0.95);
    rows.push({
      q: `2. Pages the gate stops, against the floor (Chromium, ${s.length} pages, ${runs} loads each per browser): ScriptDuration minus an empty content script's, Footnote's median ÷ the floor's`,
      measured: `${fx(medRatio)}× (Footnote ${sp(summary(own))} ms; floor ${sp(summary(floor))} ms)`,
      budget: `≤ ${FLOOR_BUDGET.medianRatio}×`,
      ok: medRatio <= FLOOR_BUDGET.medianRatio,
    });
    rows.push({
      q: '2. Same pages: 95th percentile, Footnote ÷ floor',
      measured: `${fx(p95Ratio)}× (${fx(quantile(own, 0.95))} ms ÷ ${fx(quantile(floor, 0.95))} ms)`,
      budget: `≤ ${FLOOR_BUDGET.p95Ratio}×`,
      ok: p95Ratio <= FLOOR_BUDGET.p95Ratio,
    });
    for (const [i, f] of stopped.entries())
      if (s[i]) notes.push(`  floor  ${f.padEnd(34)} Footnote ${fx(s[i].own).padStart(6)} ms, floor ${fx(s[i].floor).padStart(6)} ms`);
  }
  const p = costs(passedNothing);
  if (p.length) {
    const own = summary(p.map((x) => x.own));
    // Loads whose counters were read when Footnote's loader finished, past the settle period
    // (chromium.ts, measuredLoad), and whether any never finished within the cap.
    const loads = passedNothing.flatMap((f) => per.get(f)?.w ?? []).filter((l) => l.done !== undefined);
    const late = loads.filter((l) => (l.waitedMs ?? 0) >= 100);
    const unfinished = loads.filter((l) => l.done === false).length;
    const waited = !loads.length
      ? "; Footnote's loader could not be asked whether it was done"
      : late.length
        ? `; ${late.length} of ${loads.length} loads read when Footnote was done, ${fx(median(late.map((l) => l.waitedMs!)), 0)} ms past the wait (median)`
        : `; Footnote done by the wait's end in all ${loads.length} loads`;
    rows.push({
      q: `2. Pages that pass the gate and have nothing to mark (Chromium, ${p.length} pages): Footnote's own ScriptDuration (minus an empty content script's), median`,
      measured: `${sp(own)} ms${waited}${unfinished ? `; ${unfinished} not done after 5 s` : ''}`,
      budget: `≤ ${FLOOR_BUDGET.passedNothingMs} ms`,
      ok: own.med <= FLOOR_BUDGET.passedNothingMs,
    });
  }
}
