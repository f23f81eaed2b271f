// Target 2: what Footnote costs the main thread on pages with no trade figure (Chromium), against
// an empty content script and against no extension, from the renderer's own counters.
import type { PageLoads } from './chromium';
import { BUDGET } from './options';
import type { Row } from './report';
import { fx, median, sp, summary } from './stats';

/** Target 2's rows, from the interleaved loads of `sample` (the pages with nothing to annotate). */
export function nothingPagesRows(sample: string[], per: Map<string, PageLoads>, runs: number, rows: Row[], notes: string[]): void {
  const nothingRes = sample
    .map((f) => {
      const e = per.get(f)!;
      return {
        f,
        task: median(e.w.map((l) => l.taskMs)) - median(e.wo.map((l) => l.taskMs)),
        script: median(e.w.map((l) => l.scriptMs)) - median(e.wo.map((l) => l.scriptMs)),
        scriptWo: median(e.wo.map((l) => l.scriptMs)),
        own: median(e.w.map((l) => l.scriptMs)) - median(e.e.map((l) => l.scriptMs)),
        inject: median(e.e.map((l) => l.scriptMs)) - median(e.wo.map((l) => l.scriptMs)),
        marked: e.w.some((l) => l.side.marks > 0),
        n: Math.min(e.w.length, e.wo.length, e.e.length),
      };
    })
    .filter((p) => p.n > 0);
  const dScript = summary(nothingRes.map((p) => p.script));
  const dOwn = summary(nothingRes.map((p) => p.own));
  const dInject = summary(nothingRes.map((p) => p.inject));
  const overOwn = nothingRes.filter((p) => p.own > BUDGET.nothingMs);
  rows.push({
    q: `2. Footnote's own main-thread script time, pages with no trade figure (Chromium, ${nothingRes.length} pages, ${runs} loads each per browser): ScriptDuration, Footnote − an empty content script, per-page medians`,
    measured: `median ${sp(dOwn)} ms; ${nothingRes.length - overOwn.length}/${nothingRes.length} pages ≤ ${BUDGET.nothingMs} ms`,
    budget: `≤ ${BUDGET.nothingMs} ms`,
    ok: dOwn.med <= BUDGET.nothingMs,
  });
  // Pages whose own scripts do (almost) nothing: there the differences are free of their noise.
  const quiet = nothingRes.filter((p) => p.scriptWo <= 2);
  if (quiet.length && quiet.length < nothingRes.length) {
    const q = summary(quiet.map((p) => p.own));
    const t = summary(quiet.map((p) => p.script));
    rows.push({
      q: `2. Same, only the ${quiet.length} of those pages whose own scripts take ≤ 2 ms (the least noisy): Footnote − empty content script; Footnote − no extension`,
      measured: `own ${sp(q)} ms; total ${fx(t.med)} ms (max ${fx(t.max)})`,
      budget: `≤ ${BUDGET.nothingMs} ms`,
      ok: q.med <= BUDGET.nothingMs,
    });
  }
  rows.push({
    q: '2. (for reference) what any content script costs: ScriptDuration, empty content script − no extension, same pages',
    measured: `median ${sp(dInject)} ms`,
    budget: '',
    ok: null,
  });
  const dTask = summary(nothingRes.map((p) => p.task));
  const over = nothingRes.filter((p) => p.script > BUDGET.nothingMs);
  rows.push({
    q: '2. Total: ScriptDuration, Footnote − no extension, same pages (the two rows above together)',
    measured: `median ${sp(dScript)} ms; ${nothingRes.length - over.length}/${nothingRes.length} pages ≤ ${BUDGET.nothingMs} ms`,
    budget: `≤ ${BUDGET.nothingMs} ms`,
    ok: dScript.med <= BUDGET.nothingMs,
  });
  rows.push({
    q: "2. (for reference) all main-thread tasks: TaskDuration, Footnote − no extension, same pages (the page's own parsing, layout and scripts make it noisy)",
    measured: `median ${sp(dTask)} ms`,
    budget: '',
    ok: null,
  });
  for (const p of nothingRes)
    notes.push(
      `  ${p.f.padEnd(34)} script Δ ${fx(p.script).padStart(7)} ms (own ${fx(p.own).padStart(6)}, any content script ${fx(p.inject).padStart(6)})  task Δ ${fx(p.task).padStart(8)} ms  (page's own script ${fx(p.scriptWo, 1)} ms)${p.marked ? '  [marked officials]' : ''}`,
    );
}
