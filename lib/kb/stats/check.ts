// checkStat: does a trade statistic on a page agree with the official value? Pure, no data.
//
// - agrees: the official value rounds to what the writer wrote ("$295.4 billion" is ±0.05 billion,
//   "$295 billion" ±0.5 billion; "nearly $300 billion" is taken at its written rounding, ±0.5 billion).
// - close: it is within what later revisions move such figures. News quotes first releases; the KB
//   holds the current, revised series. Census's annual revisions move a partner's yearly exports or
//   imports by well under 1% as a rule and rarely by more than 2-3% (China 2018: first release
//   $419.2 billion, revised $418.2 billion, 0.2%), so 3% of the value. A balance is the small
//   difference of two large flows and inherits their revisions: Canada 2024, reported $63.3 billion,
//   revised $61.2 billion, is 3.4% of the balance but only 0.5% of imports; so for a balance, also
//   up to 1% of the larger flow.
// - differs: anything further.
// Magnitudes are compared: news writes a deficit as a positive amount ("a $295.4 billion deficit"),
// the KB's balance is exports − imports, negative for a US deficit.
import type { Flow } from './types';

export type Verdict = 'agrees' | 'close' | 'differs';

/** The official value, with what a balance is the difference of when known (a StatResult will do). */
export interface OfficialValue {
  value: number;
  flow?: Flow;
  exports?: number;
  imports?: number;
}

export interface CheckResult {
  verdict: Verdict;
  /** The official value as given (for a balance, negative for a deficit). */
  official: number;
  /** |page value| − |official value|: positive when the page states more. */
  difference: number;
  /** Half the last unit the writer wrote: how far rounding alone can move the page's figure. */
  rounding: number;
  /** How far revisions can move the official value (see above). */
  revision: number;
}

/** Share of a value that revisions between first release and current series can move it. */
export const REVISION_SHARE = 0.03;
/** For a balance: share of the larger of exports and imports that revisions can move it. */
export const BALANCE_REVISION_SHARE_OF_FLOWS = 0.01;
/** Floating-point slack in comparisons with the rounding interval. */
const EPSILON = 1e-9;

const NUMBER = /\d[\d,.]*/;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const SCALE_WORDS: [RegExp, number][] = [
  [/\b(trillions?|tn|tln|trn)\b/i, 1e12],
  [/\b(billions?|bn|bln|bil)\b/i, 1e9],
  [/\b(millions?|mn|mln|mil)\b/i, 1e6],
  [/\bthousands?\b/i, 1e3],
];

/** The digits as written: their value and the number of decimals ("1,200.5" → 1200.5, 1; "1,5" → 1.5, 1). */
function writtenNumber(text: string): { value: number; decimals: number } | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const digits = m[0].replace(/[.,]+$/, '');
  // A comma is a thousands separator in groups of three ("1,200"), else a decimal comma ("1,5").
  const plain = THOUSANDS.test(digits) || !digits.includes(',') ? digits.replace(/,/g, '') : digits.replace(/\./g, '').replace(',', '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) return undefined;
  return { value, decimals: plain.split('.')[1]?.length ?? 0 };
}

/** Half the last unit the writer wrote, in the page value's units: "$295.4 billion" (295.4e9) → 0.05e9. */
export function writtenRounding(pageValue: number, pageText: string): number {
  const magnitude = Math.abs(pageValue);
  if (magnitude === 0) return 0;
  const written = writtenNumber(pageText);
  // The scale the writer used is what turns the written digits into the value ("billion": 1e9).
  if (written && written.value > 0) return 0.5 * 10 ** -written.decimals * (magnitude / written.value);
  // Spelled out ("two billion dollars"): a whole number of the scale word.
  for (const [word, scale] of SCALE_WORDS) if (word.test(pageText)) return 0.5 * scale;
  return 0.5 * 10 ** Math.floor(Math.log10(magnitude));
}

export function checkStat(pageValue: number, pageText: string, official: number | OfficialValue): CheckResult {
  const o = typeof official === 'number' ? { value: official } : official;
  const officialSize = Math.abs(o.value);
  const difference = Math.abs(pageValue) - officialSize;
  const rounding = writtenRounding(pageValue, pageText);
  let revision = REVISION_SHARE * officialSize;
  if (o.flow === 'balance' && o.exports !== undefined && o.imports !== undefined)
    revision = Math.max(revision, BALANCE_REVISION_SHARE_OF_FLOWS * Math.max(Math.abs(o.exports), Math.abs(o.imports)));
  const gap = Math.abs(difference);
  const slack = EPSILON * Math.max(officialSize, Math.abs(pageValue));
  const verdict: Verdict = gap <= rounding + slack ? 'agrees' : gap <= rounding + revision + slack ? 'close' : 'differs';
  return { verdict, official: o.value, difference, rounding, revision };
}
