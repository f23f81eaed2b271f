// Statistics, bench:check's own (tiny), apart from bench-node's.
export interface S {
  med: number;
  lo: number; // p25
  hi: number; // p75
  min: number;
  max: number;
  n: number;
}
export function summary(xs: number[]): S {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return { med: NaN, lo: NaN, hi: NaN, min: NaN, max: NaN, n: 0 };
  const q = (p: number) => {
    const i = p * (s.length - 1);
    const a = Math.floor(i);
    return s[a] + (s[Math.min(a + 1, s.length - 1)] - s[a]) * (i - a);
  };
  return { med: q(0.5), lo: q(0.25), hi: q(0.75), min: s[0], max: s[s.length - 1], n: s.length };
}
export const median = (xs: number[]) => summary(xs).med;
export const fx = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
export const sp = (s: S, d = 2) => `${fx(s.med, d)} (IQR ${fx(s.lo, d)}–${fx(s.hi, d)}; ${fx(s.min, d)}–${fx(s.max, d)}, n=${s.n})`;
