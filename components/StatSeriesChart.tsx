// The official series of a checked statistic, one bar a year, this figure's year marked
// (lib/describe/stat-chart.ts). Inline SVG sized for the card (~340 px); colours come from the
// card's theme variables, so it follows light and dark. The drawing is hidden from assistive
// technology: a role="img" wrapper carries the series in words.
import type { StatChartData } from '../lib/describe/stat-chart';
import { uiLocale } from '../lib/i18n';

const WIDTH = 300;
const LEFT = 30;
const TOP = 16;
const PLOT = 64;
const BOTTOM_ROOM = 14;
/** Room a year label needs, so the first and last years do not collide with the marked one. */
const YEAR_ROOM = 30;

export function StatSeriesChart({ chart }: { chart: StatChartData }) {
  if (!chart.bars.length) return null;
  const span = chart.top - chart.bottom || 1;
  const y = (v: number) => TOP + ((chart.top - v) / span) * PLOT;
  const slot = (WIDTH - LEFT) / chart.bars.length;
  const barWidth = Math.max(1, slot - Math.min(2, slot / 4));
  const x = (i: number) => LEFT + i * slot;
  const zero = y(0);
  const height = TOP + PLOT + BOTTOM_ROOM;
  const tick = (v: number) => new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 }).format(v / chart.unit);
  const markedAt = chart.bars.findIndex((b) => b.marked);
  const centre = (i: number) => x(i) + barWidth / 2;
  const last = chart.bars.length - 1;
  const years: Array<{ i: number; anchor: 'start' | 'middle' | 'end' }> = [];
  if (markedAt < 0 || centre(markedAt) - centre(0) > YEAR_ROOM) years.push({ i: 0, anchor: 'start' });
  if (markedAt >= 0) years.push({ i: markedAt, anchor: markedAt === 0 ? 'start' : markedAt === last ? 'end' : 'middle' });
  if (markedAt < 0 || centre(last) - centre(markedAt) > YEAR_ROOM) years.push({ i: last, anchor: 'end' });

  return (
    <figure class="fn-stat-chart">
      <figcaption class="fn-stat-chart-title">{chart.title}</figcaption>
      <div role="img" aria-label={chart.summary}>
        <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
          <text class="fn-axis-label" x={0} y={10}>
            {chart.axis}
          </text>
          <text class="fn-tick" x={LEFT - 4} y={y(chart.top) + 4} text-anchor="end">
            {tick(chart.top)}
          </text>
          <text class="fn-tick" x={LEFT - 4} y={zero + 4} text-anchor="end">
            0
          </text>
          {chart.bottom < 0 && (
            <text class="fn-tick" x={LEFT - 4} y={y(chart.bottom) + 4} text-anchor="end">
              {tick(chart.bottom)}
            </text>
          )}
          <line class="fn-gridline" x1={LEFT} x2={WIDTH} y1={y(chart.top)} y2={y(chart.top)} />
          {chart.bars.map((b, i) => {
            const top = Math.min(y(b.value), zero);
            return (
              <rect
                key={b.year}
                class={b.marked ? 'fn-bar fn-bar-marked' : 'fn-bar'}
                x={x(i)}
                y={top}
                width={barWidth}
                height={Math.max(b.value === 0 ? 0 : 1, Math.abs(y(b.value) - zero))}
              />
            );
          })}
          <line class="fn-axis" x1={LEFT} x2={WIDTH} y1={zero} y2={zero} />
          {years.map(({ i, anchor }) => (
            <text
              key={i}
              class={i === markedAt ? 'fn-year fn-year-marked' : 'fn-year'}
              x={anchor === 'start' ? x(i) : anchor === 'end' ? x(i) + barWidth : centre(i)}
              y={height - 2}
              text-anchor={anchor}
            >
              {chart.bars[i].year}
            </text>
          ))}
        </svg>
      </div>
      <p class="fn-note fn-stat-chart-note">{chart.markNote}</p>
    </figure>
  );
}
