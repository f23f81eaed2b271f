import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStatistic, periodLabel, statStatement } from '../../lib/describe/statistic';
import { roundUp, statChart } from '../../lib/describe/stat-chart';
import { fromCatalog, resetMessages, setMessages } from '../../lib/i18n';
import { annotate } from '../../lib/pipeline';
import type { LinkedStat, StatCheck } from '../../lib/kb/stats/read';
import type { Figure } from '../../lib/types';

afterEach(() => resetMessages());

const german = () => setMessages(fromCatalog(JSON.parse(readFileSync(join(__dirname, '../../public/_locales/de/messages.json'), 'utf8'))), 'de-DE');

/** The figure written `needle` in `text`, annotated as on a page of `date`. */
function figureIn(text: string, needle: string, date: string): Figure {
  const f = annotate(text, { date }).figures.find((x) => x.text === needle);
  if (!f) throw new Error(`no figure ${needle}`);
  return f;
}

const PAGE =
  'The U.S. goods trade deficit with China shrank to $295.4 billion last year. Back in 2017 the deficit with China was $375 billion. ' +
  'The goods deficit with China was $250 billion in 2024, one analyst wrote. China said its exports to the United States rose to $525 billion last year.';

describe('what a statistic measures, in words', () => {
  it('names months, quarters, halves and spans of months', () => {
    expect(periodLabel('2024')).toBe('2024');
    expect(periodLabel('2025-03')).toBe('March 2025');
    expect(periodLabel('2025-Q2')).toBe('Q2 2025');
    expect(periodLabel('2025-H1')).toBe('first half of 2025');
    expect(periodLabel('2025-01..2025-05')).toBe('January–May 2025');
    expect(periodLabel('2024-11..2025-02')).toBe('November 2024 – February 2025');
  });

  it('says reporter, scope, flow, partner and period', () => {
    const stat = (s: Partial<LinkedStat>): LinkedStat => ({
      reporter: 'US',
      partner: 'CN',
      flow: 'balance',
      scope: 'goods',
      period: '2024',
      value: 1,
      currency: 'USD',
      ...s,
    });
    expect(statStatement(stat({}), undefined, 'trade deficit')).toBe('US goods trade deficit with China, 2024');
    expect(statStatement(stat({}), undefined, undefined)).toBe('US goods trade balance with China, 2024');
    expect(statStatement(stat({ flow: 'exports', partner: 'EU', period: '2025-Q2' }))).toBe('US goods exports to the European Union, Q2 2025');
    expect(statStatement(stat({ flow: 'imports', partner: 'WORLD', scope: 'goods+services', period: '2025-03' }))).toBe(
      'US goods and services imports, March 2025',
    );
    expect(statStatement(stat({ reporter: 'CN', partner: 'US', flow: 'exports' }))).toBe("China's goods exports to the United States, 2024");
  });

  it('speaks German with the German catalogue', () => {
    german();
    const stat: LinkedStat = { reporter: 'US', partner: 'CN', flow: 'balance', scope: 'goods', period: '2025-01..2025-05', value: 1, currency: 'USD' };
    expect(statStatement(stat, undefined, 'trade deficit')).toBe('Handelsdefizit der USA mit China (Waren), Januar–Mai 2025');
    expect(periodLabel('2025-Q2')).toBe('2. Quartal 2025');
  });
});

describe('a checked statistic on a card', () => {
  it('a close figure: the official value to the page’s precision, and why it is close', () => {
    const card = describeStatistic(figureIn(PAGE, '$295.4 billion', '2025-02-10'))!;
    expect(card.statement).toBe('US goods trade deficit with China, 2024');
    expect(card.check?.verdict).toBe('close');
    expect(card.check?.official).toBe('Official figure: $297.0 billion (U.S. Census Bureau)');
    expect(card.check?.text).toBe(
      'Close to the official figure: $297.0 billion in the current, revised series; first releases are revised by up to a few percent.',
    );
    expect(card.check?.url).toMatch(/^https:\/\/www\.census\.gov\/foreign-trade\/balance\/c5700\.html$/);
    expect(card.check?.source).toBe('U.S. Trade in Goods by Country');
    expect(card.check?.caveat).toMatch(/revisions/);
    expect(card.unchecked).toBeUndefined();
  });

  it('an agreeing figure names the publisher; a differing one says by how much', () => {
    expect(describeStatistic(figureIn(PAGE, '$375 billion', '2025-02-10'))!.check?.text).toBe('Agrees with the official figure (U.S. Census Bureau).');
    const differs = describeStatistic(figureIn(PAGE, '$250 billion', '2025-02-10'))!.check!;
    expect(differs.verdict).toBe('differs');
    expect(differs.text).toBe('Differs from the official figure by $47.0 billion (16%).');
  });

  it('another country’s statistic is described, never checked against the US mirror figure', () => {
    const card = describeStatistic(figureIn(PAGE, '$525 billion', '2025-02-10'))!;
    expect(card.statement).toBe("China's goods exports to the United States, 2024");
    expect(card.check).toBeUndefined();
    expect(card.unchecked).toEqual([
      'The page gives $525 billion.',
      'Footnote has no official series to check it against.',
      // The US side of the same trade, as another measurement, with no verdict.
      'The same trade as the US measures it: $440.3 billion (US goods imports from China, 2024, U.S. Census Bureau). A different measurement, not a check of this figure.',
    ]);
  });

  it('a figure that states no statistic has no statistic section', () => {
    expect(describeStatistic({ start: 0, end: 3, text: '25%', kind: 'percent', value: 25, currency: null, trade: true })).toBeUndefined();
  });
});

describe('the series chart', () => {
  const check = (official: number, series: Array<[string, number]>): StatCheck => ({
    verdict: 'close',
    official,
    difference: 0,
    source: 'S',
    publisher: 'P',
    url: 'https://example.org/',
    caveat: 'c',
    partnerName: 'Mexico',
    series: series.map(([period, value]) => ({ period, value })),
  });
  const stat = (period: string): LinkedStat => ({ reporter: 'US', partner: 'MX', flow: 'balance', scope: 'goods', period, value: 70e9, currency: 'USD' });

  it('draws a deficit as a positive magnitude, a surplus year below the line, and marks the year', () => {
    const chart = statChart(
      stat('2024'),
      check(-170e9, [
        ['1992', 5.4e9],
        ['2023', -150e9],
        ['2024', -170e9],
      ]),
      'US goods trade deficit with Mexico',
      '2024',
      1,
    );
    expect(chart.axis).toBe('Deficit, $ billion');
    expect(chart.bars.map((b) => [b.year, b.value, b.marked])).toEqual([
      ['1992', -5.4e9, false],
      ['2023', 150e9, false],
      ['2024', 170e9, true],
    ]);
    expect(chart.top).toBe(200e9);
    expect(chart.bottom).toBe(-6e9);
    expect(chart.markNote).toBe('2024 is marked.');
    expect(chart.summary).toBe(
      'US goods trade deficit with Mexico, by year, 1992 to 2024: highest $170.0 billion in 2024, lowest -$5.4 billion in 1992. 2024, marked: $170.0 billion.',
    );
  });

  it('for a span of months marks its year and says the bars are whole years', () => {
    const chart = statChart(
      stat('2025-01..2025-05'),
      check(-79e9, [
        ['2024', -170e9],
        ['2025', -197e9],
      ]),
      'm',
      'January–May 2025',
      1,
    );
    expect(chart.marked).toBe('2025');
    expect(chart.markNote).toBe('2025 is marked, the year of January–May 2025 (the bars are whole years).');
  });

  it('says so when the year is not yet in the annual series', () => {
    const chart = statChart(stat('2026-03'), check(-15e9, [['2025', -197e9]]), 'm', 'March 2026', 1);
    expect(chart.marked).toBeUndefined();
    expect(chart.markNote).toBe('The series has no whole-year figure for 2026 yet.');
  });

  it('exports are drawn as they are, in millions when small', () => {
    const exports: LinkedStat = { ...stat('2024'), flow: 'exports' };
    const chart = statChart(exports, check(4e8, [['2024', 4e8]]), 'm', '2024', 1);
    expect(chart.axis).toBe('Exports, $ million');
    expect(chart.bars[0].value).toBe(4e8);
    expect(chart.unit).toBe(1e6);
  });

  it('rounds the axis up to a readable number', () => {
    expect([roundUp(418.2e9), roundUp(359e9), roundUp(197e9), roundUp(5.4e9), roundUp(0)]).toEqual([500e9, 400e9, 200e9, 6e9, 0]);
  });
});
