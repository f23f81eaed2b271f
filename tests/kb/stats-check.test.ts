import { describe, expect, it } from 'vitest';
import { checkStat, REVISION_SHARE, writtenRounding } from '../../lib/kb/stats/check';
import { lookupStat } from '../../lib/kb/stats';

const B = 1e9;
const us = (partner: string, period: string) => lookupStat({ reporter: 'US', partner, flow: 'balance', period })!;

describe('the rounding a writer used', () => {
  it('is half the last written unit, at the written scale', () => {
    expect(writtenRounding(295.4 * B, '$295.4 billion')).toBeCloseTo(0.05 * B);
    expect(writtenRounding(295 * B, '$295 billion')).toBeCloseTo(0.5 * B);
    expect(writtenRounding(1.2e12, '$1.2 trillion')).toBeCloseTo(0.05e12);
    expect(writtenRounding(1.115 * B, '$1.115 billion')).toBeCloseTo(0.0005 * B);
    expect(writtenRounding(419_000_000, '$419,000,000')).toBeCloseTo(0.5);
    expect(writtenRounding(1200.5e6, '1,200.5 million dlrs')).toBeCloseTo(0.05e6);
    expect(writtenRounding(1.5 * B, '1,5 Mrd. Dollar')).toBeCloseTo(0.05 * B);
  });

  it('is a whole scale word for amounts in words', () => {
    expect(writtenRounding(1e12, 'a trillion Canadian dollar')).toBe(0.5e12);
    expect(writtenRounding(2 * B, 'two billion dlrs')).toBe(0.5 * B);
  });
});

describe('checking a page figure against the official value', () => {
  it("US goods deficit with China, 2024: the first release's $295.4 billion is close to the revised −297.0", () => {
    const official = us('CN', '2024');
    expect(official.value).toBe(-297_047_700_000);
    const r = checkStat(295.4 * B, '$295.4 billion', official);
    expect(r.verdict).toBe('close');
    expect(r.official).toBe(-297_047_700_000);
    expect(r.difference).toBeCloseTo(-1.6477 * B, -3);
  });

  it("China 2018: the revised $418.2 billion agrees, the first release's $419.2 billion is close", () => {
    const official = us('CN', '2018');
    expect(official.value).toBe(-418_233_000_000);
    expect(checkStat(418.2 * B, '$418.2 billion', official).verdict).toBe('agrees');
    expect(checkStat(419.2 * B, '$419.2 billion', official).verdict).toBe('close');
    expect(checkStat(418 * B, '$418 billion', official).verdict).toBe('agrees');
  });

  it('a balance may move by a share of its flows: Canada 2024, reported $63.3 billion, revised $61.2 billion', () => {
    const official = us('CA', '2024');
    expect(official.value).toBe(-61_166_000_000);
    expect(checkStat(63.3 * B, '$63.3 billion', official).verdict).toBe('close');
    // Given only the number, 3.5% off is beyond the revision allowance.
    expect(checkStat(63.3 * B, '$63.3 billion', official.value).verdict).toBe('differs');
  });

  it('compares magnitudes: a deficit written as a positive amount agrees', () => {
    expect(checkStat(295.4 * B, '$295.4 billion', -295.4 * B).verdict).toBe('agrees');
    expect(checkStat(-295.4 * B, '-$295.4 billion', -295.4 * B).verdict).toBe('agrees');
  });

  it('takes a round figure at its written rounding ("nearly $300 billion")', () => {
    const r = checkStat(300 * B, 'nearly $300 billion', us('CN', '2024'));
    expect(r.rounding).toBeCloseTo(0.5 * B);
    expect(r.verdict).toBe('close');
  });

  it('a figure far from the official value differs', () => {
    expect(checkStat(375 * B, '$375 billion', us('CN', '2024')).verdict).toBe('differs');
    expect(checkStat(100 * B, '$100 billion', 100 * B * (1 + REVISION_SHARE + 0.01)).verdict).toBe('differs');
  });

  it('reports the allowances it used', () => {
    const r = checkStat(100 * B, '$100 billion', 100 * B);
    expect(r).toMatchObject({ verdict: 'agrees', difference: 0 });
    expect(r.revision).toBeCloseTo(REVISION_SHARE * 100 * B);
  });
});
