// The state of one pass over a text, shared by the readers, and the amount they read.

import { scaleBy } from '../numbers';

/** One amount as read at a position, before ranges and elided currencies are decided. */
export interface Amount {
  start: number;
  end: number;
  /** Where the numeral starts (after any sign and currency prefix). */
  numStart: number;
  /** Signed number before scale and sub-unit: 375 in "$375 billion", 4 in "4 cents". */
  raw: number;
  /** Power of ten of the scale word, 0 if none. */
  exp: number;
  hasScale: boolean;
  kind: 'money' | 'percent' | null;
  currency: string | null;
  /** Currency written before the number ("$", "US$", "DM"). */
  prefixed: boolean;
  /** A sub-unit ("cents", "pence"): the value is raw / 100. */
  sub: boolean;
  points: boolean;
  /** Bare integer 1800–2100, written without separators: likely a year. */
  yearLike: boolean;
  /** Spelled with "a"/"an" ("a billion dollars"): only valid with an explicit currency. */
  article: boolean;
}

export const valueOf = (a: Pick<Amount, 'raw' | 'exp' | 'sub'>) => scaleBy(a.raw, a.exp - (a.sub ? 2 : 0));

/** What readNumeral found: the numeral alone, before its prefix and unit are read. */
export interface Numeral {
  raw: number;
  end: number;
  plainInt: boolean;
  intLen: number;
  spelled: boolean;
  article: boolean;
  maybePrefixed: boolean;
}

/** One findFigures pass over a text: what the readers share while they read it. */
export class Scanner {
  private yenIsYuan: boolean | null = null;
  /** For spelledBefore: numeral start → end of the figure read there (-1: none), valid while `memoMin` holds. */
  readonly spelledMemo = new Map<number, number>();
  memoMin = -1;
  /** Scratch result of readNumeral (reused: this runs for every number on the page). */
  readonly num: Numeral = { raw: 0, end: 0, plainInt: false, intLen: 0, spelled: false, article: false, maybePrefixed: false };

  constructor(readonly text: string) {}

  /** True when "¥" on this page more likely means yuan than yen. */
  yenSignIsYuan(): boolean {
    if (this.yenIsYuan === null) {
      const t = this.text;
      const yuan = /\b(?:yuan|renminbi|RMB)\b/i.test(t);
      const yen = /\byen\b/i.test(t);
      this.yenIsYuan = yuan && !yen;
    }
    return this.yenIsYuan;
  }
}
