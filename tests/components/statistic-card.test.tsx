// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FigureCard } from '../../components/FigureCard';
import { Popup, type PopupPort } from '../../components/Popup';
import { describeFigure } from '../../lib/describe/figure';
import { summarise } from '../../lib/describe/summary';
import { bundledKb } from '../../lib/kb/bundled';
import { annotate } from '../../lib/pipeline';
import type { Finding } from '../../lib/types';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => render(null, root()));

const TEXT =
  'The U.S. goods trade deficit with China shrank to $295.4 billion last year. The goods deficit with China was $250 billion in 2024, ' +
  'one analyst wrote. China said its exports to the United States rose to $525 billion last year. U.S. goods exports to Canada were $349.4 billion in 2024.';
const annotations = annotate(TEXT, { date: '2025-02-10' });
const card = (needle: string) => {
  const f = annotations.figures.find((x) => x.text === needle)!;
  return describeFigure(f, { text: TEXT, figures: annotations.figures, kb: bundledKb });
};

describe('a figure card with a checked statistic', () => {
  it('shows the statement, official value, verdict and the series source, above the rest', () => {
    render(<FigureCard data={card('$295.4 billion')} />, root());
    const section = root().querySelector('section.fn-stat')!;
    expect(section.getAttribute('aria-label')).toBe('Official statistic');
    expect(section.textContent).toContain('US goods trade deficit with China, 2024');
    expect(section.textContent).toContain('Official figure: $297.0 billion (U.S. Census Bureau)');
    expect(section.querySelector('.fn-check-close')?.textContent).toMatch(/^Close to the official figure: \$297\.0 billion/);
    const link = section.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.census.gov/foreign-trade/balance/c5700.html');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('U.S. Trade in Goods by Country');
    // The statistic says what there is to check; the old "nothing to check against" note is gone.
    expect(root().textContent).not.toContain('no sourced figure to check');
    const relations = root().querySelector('.fn-relations')!;
    expect(relations.textContent).toContain('For comparison over time: in 2017');
    expect(section.compareDocumentPosition(relations) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('draws the series as bars, this year marked, hidden from assistive technology behind a summary', () => {
    const data = card('$295.4 billion');
    render(<FigureCard data={data} />, root());
    const img = root().querySelector('.fn-stat-chart [role="img"]')!;
    expect(img.getAttribute('aria-label')).toMatch(/^US goods trade deficit with China, by year, 1991 to \d{4}: highest \$418\.2 billion in 2018/);
    expect(img.getAttribute('aria-label')).toContain('2024, marked: $297.0 billion.');
    const svg = img.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(320);
    const bars = [...svg.querySelectorAll('rect')];
    expect(bars).toHaveLength(data.statistic!.check!.chart.bars.length);
    expect(svg.querySelectorAll('rect.fn-bar-marked')).toHaveLength(1);
    // 2018, the largest deficit, is the tallest bar; the deficit is drawn upwards from the axis.
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights.indexOf(Math.max(...heights))).toBe(data.statistic!.check!.chart.bars.findIndex((b) => b.year === '2018'));
    expect(svg.textContent).toContain('Deficit, $ billion');
    expect(svg.querySelector('.fn-year-marked')?.textContent).toBe('2024');
    expect(root().querySelector('.fn-stat-chart-note')?.textContent).toBe('2024 is marked.');
  });

  it('a differing figure says so; another country’s statistic has no chart and no check', () => {
    render(<FigureCard data={card('$250 billion')} />, root());
    expect(root().querySelector('.fn-check-differs')?.textContent).toBe('Differs from the official figure by $47.0 billion (16%).');
    render(<FigureCard data={card('$525 billion')} />, root());
    expect(root().querySelector('svg')).toBeNull();
    expect(root().querySelector('.fn-check')).toBeNull();
    expect(root().textContent).toContain("China's goods exports to the United States, 2024");
    expect(root().textContent).toContain('Footnote has no official series to check it against.');
  });
});

describe('the popup counts the checked statistics', () => {
  const findings: Finding[] = annotations.figures.map((figure, i) => ({ kind: 'figure', id: `m${i}`, figure }));
  const port = (figures: Finding[]): PopupPort => ({
    getState: async () => ({ status: 'annotated', host: 'example.com', summary: summarise(figures, bundledKb) }),
    reveal: async () => {},
    setSiteEnabled: async () => {},
  });

  it('says how many were checked and how many agree', async () => {
    await act(async () => render(<Popup port={port(findings)} />, root()));
    await act(async () => {});
    expect(root().querySelector('.stat-tally')?.textContent).toBe('3 statistics checked against official series: 2 agree, 1 differs');
  });

  it('in the singular, and not at all when nothing was checked', async () => {
    await act(async () => render(<Popup port={port(findings.slice(0, 1))} />, root()));
    await act(async () => {});
    expect(root().querySelector('.stat-tally')?.textContent).toBe('1 statistic checked against official series: 1 agrees');
    render(null, root());
    await act(async () => render(<Popup port={port(findings.slice(2, 3))} />, root()));
    await act(async () => {});
    expect(root().querySelector('.stat-tally')).toBeNull();
    expect(root().textContent).toContain('$525 billion');
  });
});
