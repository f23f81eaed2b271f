// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FigureChart } from '../../components/FigureChart';
import { chartFigures } from '../../lib/describe/chart';
import type { SummaryFigure } from '../../lib/describe/summary';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => render(null, root()));

const fig = (markId: string, value: number, measure: string, currency = 'USD', amount = `$${value / 1e9} billion`): SummaryFigure => ({
  markId,
  text: amount,
  amount,
  measure,
  kind: 'money',
  value,
  currency,
});
const figures = [
  fig('a', 375e9, 'trade deficit'),
  fig('b', 100e9, 'tariffs'),
  fig('c', 50e9, 'tariffs'),
  fig('d', 2e12, 'imports', 'CNY', '2 trillion yuan <b>x</b>'),
];

describe('the popup chart', () => {
  it('draws a bar per figure of the first currency, longest for the largest, with a table for screen readers', () => {
    const revealed: string[] = [];
    render(<FigureChart charts={chartFigures(figures.slice(0, 3))} reveal={(id) => revealed.push(id)} />, root());
    const svg = root().querySelector('svg.bars')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const widths = [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths[1]).toBeGreaterThan(widths[2]);
    expect(widths[1] / widths[0]).toBeCloseTo(100 / 375, 1);
    const table = root().querySelector('table')!;
    expect(table.classList.contains('sr-only')).toBe(true);
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      '$375 billiontrade deficit100%',
      '$100 billiontariffs27%',
      '$50 billiontariffs13%',
    ]);
    expect(root().querySelector('.relations')!.textContent).toContain('$100 billion (tariffs) is about 27% of the $375 billion trade deficit.');
    (svg.querySelectorAll('g.bar')[1] as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(revealed).toEqual(['b']);
  });

  it('switches currency and shows the table on request, page text kept as text', async () => {
    render(<FigureChart charts={chartFigures(figures)} reveal={() => {}} />, root());
    const radios = [...root().querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.parentElement!.textContent)).toEqual(['USD', 'CNY']);
    await act(async () => radios[1].click());
    expect(root().querySelector('caption')!.textContent).toContain('CNY');
    expect(root().querySelector('svg text.bar-label')!.textContent).toBe('2 trillion yuan <b>x</b>');
    expect(root().querySelector('svg b')).toBeNull();
    const toggle = root().querySelector<HTMLButtonElement>('.chart-head button')!;
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(root().querySelector('svg.bars')).toBeNull();
    expect(root().querySelector('table')!.classList.contains('sr-only')).toBe(false);
  });

  it('draws nothing when the page has no money figures', () => {
    render(<FigureChart charts={[]} reveal={() => {}} />, root());
    expect(root().innerHTML).toBe('');
  });
});
