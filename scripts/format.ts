// The readable table printed by the command-line annotator.
import type { Annotations, Figure } from '../lib/types';

function formatValue(f: Figure): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 4 });
  if (f.kind === 'percent') return f.high !== undefined ? `${n(f.value)}–${n(f.high)}%` : `${n(f.value)}%`;
  const v = f.high !== undefined ? `${n(f.value)}–${n(f.high)}` : n(f.value);
  return `${v} ${f.currency ?? '?'}`;
}

/** "US–CN goods balance 2024: close" (the check's verdict when the series is held). */
function formatStat({ stat, check }: Figure): string {
  if (!stat) return '';
  return `${stat.reporter}–${stat.partner} ${stat.scope} ${stat.flow} ${stat.period}${check ? `: ${check.verdict}` : ''}`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

export function formatTable(text: string, a: Annotations, title: string): string {
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  let out = `Footnote: ${title} (${text.length.toLocaleString('en-US')} characters)\n\n`;
  const trade = a.figures.filter((f) => f.trade).length;
  out += `Figures: ${a.figures.length} (${trade} about trade)\n`;
  if (a.figures.length) {
    out += table([
      ['offset', 'text', 'value', 'trade', 'measure', 'knowledge base', 'statistic'],
      ...a.figures.map((f) => [String(f.start), clip(f.text, 32), formatValue(f), f.trade ? 'yes' : 'no', f.measure ?? '', f.kb ?? '', formatStat(f)]),
    ]);
  }
  out += `\nOfficials: ${a.officials.length} mentions\n`;
  if (a.officials.length) {
    out += table([
      ['offset', 'text', 'name', 'role', 'knowledge base'],
      ...a.officials.map((o) => [String(o.start), clip(o.text, 28), o.name, clip(o.role ?? '', 40), o.kb ?? '(from the page)']),
    ]);
  }
  return out;
}
