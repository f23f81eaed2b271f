// The table bench:check prints, against the budgets, with its notes and how it measured.
import { cpus, loadavg } from 'node:os';
import { quick } from './options';

export interface Row {
  q: string;
  measured: string;
  budget: string;
  ok: boolean | null;
}

export function printReport(rows: Row[], notes: string[], run: { load0: number[]; versions: string; started: number; settle: number }): void {
  const { load0, versions, started, settle } = run;
  const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'pass' : 'FAIL');
  const out = [
    '',
    `bench:check — independent measurement, production build, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${quick ? ' (--quick)' : ''}`,
    '',
    '| Quantity (method) | Measured: median (IQR; min–max) | Budget | |',
    '|---|---|---|---|',
    ...[...rows].sort((a, b) => parseInt(a.q, 10) - parseInt(b.q, 10)).map((r) => `| ${r.q} | ${r.measured} | ${r.budget} | ${verdict(r.ok)} |`),
    '',
    'Per page (target 2: with − without, medians; target 4: longest long tasks):',
    ...notes,
    '',
    `Machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}; load average at start ${load0.map((x) => x.toFixed(2)).join(' ')}, at end ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; Node ${process.version}; ${versions}; ran ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    '',
    'Method: production build (no marks), measured from outside. Chromium with Footnote vs Chromium with an extension whose content script is empty vs Chromium',
    'with no extension (same flags otherwise), loads interleaved page by page;',
    `main-thread cost from the renderer counters (CDP Performance.getMetrics, thread CPU time) after load + ${settle} ms; latency from a main-world MutationObserver`,
    '(first <footnote-mark>, then the next animation frame) relative to DOMContentLoaded; long tasks from the Long Tasks API; heap from Runtime.getHeapUsage after',
    'forced GC; Node from whole-corpus passes timed with process.hrtime against a regex of its own. See the header of scripts/bench-check/index.ts.',
    '',
  ];
  process.stdout.write(out.join('\n'));
}
