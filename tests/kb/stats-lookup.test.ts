import { describe, expect, it } from 'vitest';
import { lookupStat, type StatQuery } from '../../lib/kb/stats';

const M = 1e6;
const look = (q: Partial<StatQuery> & { partner: string; period: string }) => lookupStat({ reporter: 'US', flow: 'balance', ...q });

describe('US goods trade by partner', () => {
  it('China 2024: the published annual values, with source, page and caveat', () => {
    const r = look({ partner: 'CN', period: '2024' })!;
    expect(r).toMatchObject({
      reporter: 'US',
      partner: 'CN',
      partnerName: 'China',
      flow: 'balance',
      scope: 'goods',
      period: '2024',
      value: -297_047.7 * M,
      exports: 143_271.7 * M,
      imports: 440_319.4 * M,
      basis: 'census',
      adjustment: 'nsa',
      source: 'U.S. Trade in Goods by Country',
      publisher: 'U.S. Census Bureau',
      url: 'https://www.census.gov/foreign-trade/balance/c5700.html',
    });
    expect(r.caveat).toMatch(/revis/);
  });

  it('gives the annual series of the same measure for a chart', () => {
    const r = look({ partner: 'CN', flow: 'balance', period: '2025-03' })!;
    const byYear = new Map(r.series.map((p) => [p.period, p.value]));
    expect(byYear.get('2018')).toBe(-418_233 * M);
    expect(byYear.get('2024')).toBe(-297_047.7 * M);
    expect(byYear.has('2026')).toBe(false); // not finished
    expect(r.series[0].period).toBe('1991');
    expect(Object.isFrozen(r.series)).toBe(true);
  });

  it('flows: exports, imports, balance = exports − imports, total = exports + imports', () => {
    const q = { partner: 'MX', period: '2024' };
    const x = look({ ...q, flow: 'exports' })!.value;
    const m = look({ ...q, flow: 'imports' })!.value;
    expect(look({ ...q, flow: 'balance' })!.value).toBe(x - m);
    expect(look({ ...q, flow: 'total' })!.value).toBe(x + m);
  });

  it('quarters, halves and spans are sums of months; a span may cross years', () => {
    const month = (p: string) => look({ partner: 'CN', flow: 'exports', period: p })!.value;
    const q2 = month('2025-04') + month('2025-05') + month('2025-06');
    expect(look({ partner: 'CN', flow: 'exports', period: '2025-Q2' })!.value).toBe(q2);
    expect(look({ partner: 'CN', flow: 'exports', period: '2025-04..2025-06' })!.period).toBe('2025-Q2');
    const h1 = look({ partner: 'CN', flow: 'exports', period: '2025-H1' })!.value;
    expect(h1).toBe(month('2025-01') + month('2025-02') + month('2025-03') + q2);
    const fy = look({ partner: 'JP', flow: 'imports', period: '2024-04..2025-03' })!;
    expect(fy.period).toBe('2024-04..2025-03');
    expect(fy.value).toBeGreaterThan(0);
  });

  it('a year is its published total, which the months add up to within rounding', () => {
    const year = look({ partner: 'CN', flow: 'imports', period: '2024' })!.value;
    const months = look({ partner: 'CN', flow: 'imports', period: '2024-01..2024-12' })!;
    expect(months.period).toBe('2024');
    expect(months.value).toBe(year);
    let sum = 0;
    for (let m = 1; m <= 12; m++) sum += look({ partner: 'CN', flow: 'imports', period: `2024-${String(m).padStart(2, '0')}` })!.value;
    expect(Math.abs(sum - year)).toBeLessThanOrEqual(0.5 * M);
  });

  it('the year in progress has months and year-to-date, not a year', () => {
    expect(look({ partner: 'CN', period: '2026' })).toBeUndefined();
    expect(look({ partner: 'CN', period: '2026-01..2026-07' })).toBeDefined();
    expect(look({ partner: 'CN', period: '2026-08' })).toBeUndefined();
    expect(look({ partner: 'CN', period: '2026-06..2026-08' })).toBeUndefined();
  });

  it('keys partners by ISO alpha-2, EU and readable codes, in any case; UK is GB', () => {
    expect(look({ partner: 'EU', period: '2024' })!.partnerName).toBe('European Union');
    expect(look({ partner: 'eu', period: '2024' })!.url).toBe('https://www.census.gov/foreign-trade/balance/c0003.html');
    expect(look({ partner: 'UK', period: '2024' })!.partner).toBe('GB');
    expect(look({ partner: 'ASIA', period: '2024' })).toBeDefined();
    expect(look({ partner: 'SU', flow: 'imports', period: '1991' })!.partnerName).toBe('USSR');
    expect(look({ partner: 'XK', period: '2024' })).toBeDefined();
  });

  it('has no answer where the KB has no data', () => {
    expect(look({ partner: 'ZZ', period: '2024' })).toBeUndefined();
    expect(look({ partner: 'CN', period: '1990' })).toBeUndefined();
    expect(look({ partner: 'CN', period: 'last year' })).toBeUndefined();
    expect(look({ partner: 'CN', period: '2024', scope: 'services' })).toBeUndefined();
    expect(lookupStat({ reporter: 'CN', partner: 'US', flow: 'exports', period: '2024' })).toBeUndefined();
  });
});

describe('US totals with the world', () => {
  it('a month: Census basis, seasonally adjusted, like the monthly release', () => {
    const r = look({ partner: 'WORLD', flow: 'imports', period: '2025-03' })!;
    expect(r).toMatchObject({ basis: 'census', adjustment: 'sa', value: 340_114.2 * M, url: 'https://www.census.gov/foreign-trade/balance/c0004.html' });
    expect(look({ partner: 'WORLD', flow: 'imports', period: '2025-03', adjustment: 'nsa' })!.url).toBe(
      'https://www.census.gov/foreign-trade/balance/c0015.html',
    );
  });

  it('a year: the balance-of-payments total, or the Census one when asked', () => {
    expect(look({ partner: 'WORLD', period: '2024' })).toMatchObject({ basis: 'bop', value: -1_215_402.9 * M });
    expect(look({ partner: 'WORLD', period: '2024', basis: 'census' })).toMatchObject({ basis: 'census', adjustment: 'nsa', value: -1_200_868.9 * M });
    expect(look({ partner: 'WORLD', period: '2024', scope: 'goods+services' })).toMatchObject({
      value: -903_532.4 * M,
      publisher: 'U.S. Bureau of Economic Analysis and U.S. Census Bureau',
    });
    expect(look({ partner: 'WORLD', period: '2024', scope: 'services' })!.value).toBe(311_870.5 * M);
  });

  it('services and goods-and-services are annual only', () => {
    expect(look({ partner: 'WORLD', period: '2025-03', scope: 'goods+services' })).toBeUndefined();
    expect(look({ partner: 'WORLD', period: '2025-Q1', scope: 'services' })).toBeUndefined();
    expect(look({ partner: 'WORLD', period: '2025-03', basis: 'bop' })).toBeUndefined();
  });
});
