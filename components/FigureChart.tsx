// The page's money figures as bars on one scale (lib/describe/chart.ts), one currency at a time,
// with the relations between them. Inline SVG: a handful of bars needs no charting library. The
// SVG is hidden from assistive technology; the same figures are a table, which screen readers
// read and any reader can switch to.
import { t } from '../lib/i18n';
import { formatShareOfMax } from '../lib/describe/format';
import { useState } from 'preact/hooks';
import type { CurrencyChart } from '../lib/describe/chart';

const WIDTH = 312;
/** Room to the right of the longest bar for its amount. */
const LABEL_ROOM = 96;
const BAR = 14;
const ROW = 20;
const HEADING = 18;

export function FigureChart({ charts, reveal }: { charts: CurrencyChart[]; reveal: (markId: string) => void }) {
  const [index, setIndex] = useState(0);
  const [asTable, setAsTable] = useState(false);
  if (!charts.length) return null;
  const chart = charts[Math.min(index, charts.length - 1)];
  return (
    <section class="chart" aria-labelledby="chart-h">
      <div class="chart-head">
        <h2 id="chart-h">{t('chart_heading')}</h2>
        <button type="button" class="linkish" aria-pressed={asTable ? 'true' : 'false'} onClick={() => setAsTable(!asTable)}>
          {asTable ? t('chart_show_chart') : t('chart_show_table')}
        </button>
      </div>
      {charts.length > 1 && (
        <div class="currencies" role="radiogroup" aria-label={t('chart_currency')}>
          {charts.map((c, i) => (
            <label key={c.currency} class={i === index ? 'on' : ''}>
              <input type="radio" name="currency" checked={i === index} onChange={() => setIndex(i)} />
              {c.currency}
            </label>
          ))}
        </div>
      )}
      {!asTable && <Bars chart={chart} reveal={reveal} />}
      <table class={asTable ? 'chart-table' : 'chart-table sr-only'}>
        <caption>{t('chart_caption', chart.currency)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart_col_figure')}</th>
            <th scope="col">{t('chart_col_measure')}</th>
            <th scope="col">{t('chart_col_share')}</th>
          </tr>
        </thead>
        <tbody>
          {chart.groups.flatMap((g) =>
            g.bars.map((b) => (
              <tr key={b.markId}>
                <th scope="row">{b.amount}</th>
                <td>{g.label}</td>
                <td>{formatShareOfMax(b.fraction)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {chart.relations.length > 0 && (
        <ul class="relations" aria-label={t('chart_relations')}>
          {chart.relations.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Bars({ chart, reveal }: { chart: CurrencyChart; reveal: (markId: string) => void }) {
  const span = WIDTH - LABEL_ROOM;
  let y = 0;
  const rows = chart.groups.map((g) => {
    const top = y;
    y += HEADING + g.bars.length * ROW;
    return { g, top };
  });
  return (
    <svg class="bars" width={WIDTH} height={y} viewBox={`0 0 ${WIDTH} ${y}`} aria-hidden="true" focusable="false">
      {rows.map(({ g, top }) => (
        <g key={g.measure}>
          <text class="bar-group" x={0} y={top + 13}>
            {g.label}
          </text>
          {g.bars.map((b, i) => {
            const w = Math.max(2, Math.round(b.fraction * span));
            const by = top + HEADING + i * ROW;
            return (
              <g key={b.markId} class="bar" onClick={() => reveal(b.markId)}>
                <rect x={0} y={by} width={w} height={BAR} rx={2} />
                <text class="bar-label" x={w + 6} y={by + 11}>
                  {b.amount}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
