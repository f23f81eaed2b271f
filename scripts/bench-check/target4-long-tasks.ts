// Target 4: long tasks after DOMContentLoaded, with Footnote and without (the page's Long Tasks API).
import type { PageLoads, Load } from './chromium';
import { BUDGET } from './options';
import type { Row } from './report';
import { fx, median, summary } from './stats';

/** Target 4's rows, on the `measured` pages: the `big` ones, those with trade figures, the sample of `nothing`. */
export function longTaskRows(measured: string[], per: Map<string, PageLoads>, big: string[], nothing: string[], rows: Row[], notes: string[]): void {
  const ltRes = measured.map((f) => {
    const e = per.get(f)!;
    const afterDcl = (l: Load) => Math.max(0, ...l.side.lt.filter(([s]) => s >= l.side.dcl).map(([, d]) => d));
    const anyLt = (l: Load) => Math.max(0, ...l.side.lt.map(([, d]) => d));
    const script = median(e.w.map((l) => l.scriptMs)) - median(e.wo.map((l) => l.scriptMs));
    return {
      f,
      w: median(e.w.map(afterDcl)),
      wo: median(e.wo.map(afterDcl)),
      wAll: median(e.w.map(anyLt)),
      woAll: median(e.wo.map(anyLt)),
      script,
      n: e.w.length,
    };
  });
  const worst = [...ltRes].sort((a, b) => b.w - b.wo - (a.w - a.wo))[0];
  const excess = summary(ltRes.map((p) => p.w - p.wo));
  rows.push({
    q: `4. Long tasks after DOMContentLoaded (Long Tasks API, Chromium, ${ltRes.length} pages: the ${big.length} largest, those with trade figures, the sample above): longest with − longest without, per-page medians`,
    measured: `median ${fx(excess.med, 1)} ms, max ${fx(excess.max, 1)} ms (${worst?.f}: ${fx(worst?.w ?? NaN, 0)} ms with, ${fx(worst?.wo ?? NaN, 0)} ms without)`,
    budget: `no extension task > ${BUDGET.longTaskMs} ms`,
    ok: ltRes.every((p) => p.w <= BUDGET.longTaskMs || p.w - p.wo <= 0),
  });
  for (const p of [...ltRes].sort((a, b) => b.w - a.w).slice(0, 8))
    notes.push(
      `  ${p.f.padEnd(34)} longest task after DCL: with ${fx(p.w, 0).padStart(4)} ms, without ${fx(p.wo, 0).padStart(4)} ms; whole load: with ${fx(p.wAll, 0)} ms, without ${fx(p.woAll, 0)} ms; script Δ ${fx(p.script, 1)} ms${nothing.includes(p.f) ? ' (no trade figure)' : ''}`,
    );
}
