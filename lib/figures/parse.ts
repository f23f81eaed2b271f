// The money and percent figure parser: text in, FigureSpan[] out.
//
// The rules are those of the corpus labelling guide (corpus/LABELING.md): a figure is an amount
// with a currency ("$375 billion", "58.6 billion dlrs", "one Taiwan cent", "139.10/20 yen") or a
// percent word ("25%", "SIX PCT", "0.5 percentage points"); a range is one figure with `high`;
// "from X to Y" is a change, two figures; an amount with a scale word but no currency of its own
// ("rose to 5.20 billion stg from 4.85 billion") takes the currency of a parallel amount nearby.
//
// Speed (this runs on every page a reader opens): one left-to-right pass over two cheap streams,
// digit runs and the few words a spelled-out numeral needs after it, both found by regexes the
// engine can scan quickly (a digit class; literal fragments it can skip through). At each anchor
// a bounded window is read by hand or by sticky regexes made of bounded pieces, with no nested
// unbounded quantifiers, so no input can make them backtrack catastrophically; a bare number
// ("in 2018") is rejected after a look at one word on each side, before anything is allocated.
// The scan resumes past what it read, so the whole pass is linear in the text. Elided-currency
// candidates are then resolved against the amounts of the same paragraph (elided.ts).
//
// Modules: currencies.ts (the currency table), numbers.ts (spelled-out numerals, scale words),
// char-classes.ts (character tests), elided.ts (elided currencies). classify.ts judges trade relevance.

import type { FigureSpan } from '../types';
import {
  ADJECTIVES,
  CODES,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  GLUED_CODES,
  OTHER_SIGN_PREFIXES,
  PREFIX_ONLY_CODES,
  SIGNS,
  SPACED_DOLLAR_PREFIXES,
  SUFFIX_SIGNS,
  type CurrencyWord,
  isoFor,
} from './currencies';
import { isAsciiLetter, isDigit, isHyphen, isLetter, isSignChar, isSpace } from './char-classes';
import * as codes from './char-codes';
import { wordsBefore } from './words-before';
import { type Candidate, resolveElided } from './elided';
import { FRACTION_DENOMINATORS, SCALE_EXP, SPELLED_RE, scaleBy, spelledValue } from './numbers';
import { findThroughInvisibles } from '../text/invisible';

const {
  ASCII_LOWER_BIT,
  CH_A,
  CH_a,
  CH_COMMA,
  CH_CR,
  CH_DOLLAR,
  CH_DOT,
  CH_EN_DASH,
  CH_FULLWIDTH_PERCENT,
  CH_HYPHEN,
  CH_LF,
  CH_MINUS,
  CH_NARROW_NBSP,
  CH_NBSP,
  CH_o,
  CH_PERCENT,
  CH_SLASH,
  CH_SPACE,
  CH_t,
  CH_THIN_SPACE,
  CH_Z,
} = codes;

// ───────────────────────────── regex pieces ─────────────────────────────

const WS = '[ \\t\\u00a0\\u202f]';

/**
 * Spelled-out numerals ("five billion", "SIX PCT", "one Taiwan cent", "three dollars") are found
 * by looking back from the word they need after them. Searching for these few literal fragments
 * (no word boundaries) lets the regex engine skip through the text,
 * which is several times cheaper than matching every "a", "one" or "ten" of a page; each hit is
 * then checked as a whole word against KEYWORDS.
 */
const KEYWORD_RE = /illion|cent|pct|dlr|ollar|mln|bln|yen|pen[cn]/gi;
/** Digit runs. A regex rather than a charCode loop: V8 scans for a class faster than JS can. */
const DIGITS_RE = /\d+/g;
const KEYWORDS = new Set([
  'million', 'billion', 'trillion', 'millions', 'billions', 'trillions', 'mln', 'bln',
  'cent', 'cents', 'percent', 'percents', 'percentage', 'pct', 'dlr', 'dlrs', 'dollar', 'dollars',
  'yen', 'penny', 'pence', 'pennies',
]);

/** "7-5/8", "7 3/4": a whole number and a fraction. */
const MIXED_FRACTION_RE = /[- \u2010\u2011](\d{1,2})\/(\d{1,2})(?![\d/])/y;
/** "1/2" or the offer side of a bid/offer quote ("139.10/20"). */
const SLASH_RE = /\/(\d{1,4})(?![\d/])/y;
const AND_A_HALF_RE = new RegExp(`${WS}{1,2}and${WS}{1,2}a${WS}{1,2}half(?![A-Za-z])`, 'iy');
/** "half a billion", "half a percentage point". */
const HALF_A_RE = new RegExp(`half${WS}{1,2}an?(?=${WS})`, 'iy');

/** Scale words after a number → power of ten ("billion", "bln", "bn", "Billions"). */
const SCALE_WORDS = new Map<string, number>();
for (const [w, e] of Object.entries(SCALE_EXP)) {
  if (w.length > 1) SCALE_WORDS.set(w, e);
  if (w.length > 4) SCALE_WORDS.set(`${w}s`, e); // "200 Billions Dollars", "35 lakhs"
}
/** "£2m", "$5B", "$50k": only glued to the number, and only when a currency confirms it. */
const SHORT_SCALES = new Map<string, number>([['m', 6], ['b', 9], ['k', 3]]);

/** Country adjectives by their first word, longest first ("new" → "new zealand", "new taiwan"). */
const ADJ_BY_FIRST = new Map<string, string[]>();
for (const adj of Object.keys(ADJECTIVES).sort((a, b) => b.length - a.length)) {
  const first = adj.split(' ')[0];
  ADJ_BY_FIRST.set(first, [...(ADJ_BY_FIRST.get(first) ?? []), adj]);
}
/** Forms whose trailing dot is part of the word. */
const DOTTED_FORMS = new Set(
  [...Object.keys(ADJECTIVES), ...Object.keys(CODES).map((c) => c.toLowerCase())].filter((w) => w.endsWith('.')),
);
const SUFFIX_CODES = new Set(Object.keys(CODES).filter((c) => !PREFIX_ONLY_CODES.has(c) && c === c.toUpperCase()));

interface Tok {
  start: number;
  end: number;
  lower: string;
  glued: boolean;
}

const POUNDS_OF_RE = new RegExp(`${WS}{1,2}of(?![A-Za-z])`, 'iy');
const STERLING_RE = new RegExp(`${WS}{1,2}sterling(?![A-Za-z])`, 'iy');
/** "won" is also a verb: "... 12 won the vote" is not money. */
const WON_VERB_RE = new RegExp(
  `${WS}{1,2}(?:the|a|an|his|her|its|their|our|by|over|out|approval|support|re-?election|seats?|votes?|games?|awards?|medals?|titles?)(?![A-Za-z])`,
  'iy',
);
/** "3 dollars 50 cents", "thirteen dollars and forty-five cents". */
const AND_CENTS_RE = new RegExp(
  `${WS}{1,2}(?:and${WS}{1,2})?(\\d{1,2}|[a-z]+(?:-[a-z]+)?)${WS}{1,2}cents?(?![A-Za-z])`,
  'iy',
);

const AND_OR_RE = new RegExp(`${WS}{1,2}(?:and|or)${WS}{1,2}`, 'iy');
/** Range connectors: "-", "–", "to". */
const CONNECTOR_RE = new RegExp(`(?:${WS}{0,2}[-\\u2010\\u2011\\u2013]${WS}{0,2}|${WS}{1,2}to${WS}{1,2})`, 'iy');

/** What may follow an elided-currency amount ("4.3 billion in 1985", "700 mln of farm products"). */
const ELIDED_NEXT_WORDS = new Set([
  'in', 'at', 'from', 'to', 'for', 'of', 'on', 'by', 'a', 'an', 'the', 'this', 'that', 'these', 'those',
  'its', 'their', 'last', 'next', 'previous', 'year', 'ago', 'and', 'or', 'but', 'against', 'versus',
  'vs', 'compared', 'while', 'with', 'than', 'when', 'as', 'over', 'under', 'after', 'before',
  'during', 'since', 'until', 'through', 'per', 'each', 'annually', 'earlier', 'previously',
  'deficit', 'deficits', 'surplus', 'surpluses', 'shortfall', 'gap', 'loss', 'losses', 'profit',
  'profits', 'package', 'budget', 'worth', 'level', 'target', 'trade', 'current', 'respectively',
  'net', 'gross', 'plus', 'excluding', 'including', 'he', 'she', 'it', 'they', 'said', 'according',
  'now', 'then', 'so', 'also', 'only', 'both', 'into', 'between', 'among', 'within',
  // money nouns: "a 2 billion subsidy", "3 billion aid"
  'imports', 'exports', 'sales', 'purchases', 'investment', 'aid', 'credit', 'credits', 'loan', 'loans',
  'subsidy', 'subsidies', 'spending', 'revenue', 'revenues', 'fund', 'deal', 'bond', 'bonds',
]);
/** Punctuation that may end an elided-currency amount. */
const ELIDED_NEXT_PUNCT = new Set([...',.;:!?)]"\'\u201d\u2019\u2014\u2013(\r\n'].map((c) => c.charCodeAt(0)));

/** Words before "from" that make "from X to Y" a range rather than a change. */
const RANGE_FROM_WORDS = new Set([
  'ranging', 'range', 'ranges', 'ranged', 'varying', 'vary', 'varies', 'varied', 'anywhere', 'spanning',
]);
/** Words right before "X unit to Y unit" that make it a change ("rose 1.2 billion dlrs to 7.3 billion dlrs"). */
const CHANGE_WORDS = new Set([
  'by', 'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen',
  'increased', 'increase', 'increases', 'increasing', 'decreased', 'decrease', 'decreasing', 'grew',
  'grow', 'grows', 'growing', 'grown', 'jumped', 'jump', 'jumps', 'climbed', 'climb', 'climbs',
  'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'gained', 'gain', 'gains', 'lost',
  'lose', 'loses', 'added', 'shed', 'slipped', 'slid', 'surged', 'soared', 'plunged', 'plummeted',
  'tumbled', 'widened', 'widen', 'narrowed', 'narrow', 'shrank', 'shrunk', 'expanded', 'up', 'down',
  'raised', 'raise', 'cut', 'cuts', 'lowered', 'lower', 'reduced', 'reduce', 'boosted', 'eased',
  'advanced', 'improved', 'worsened', 'swelled', 'swung', 'doubled', 'hiked', 'increases',
]);


const SIGN_CHARS = new Set(Object.keys(SIGNS).filter((s) => s.length === 1));
const SIGN_CODES = new Set([...SIGN_CHARS].map((s) => s.charCodeAt(0)));
const SUFFIX_SIGN_CODES = new Set([...SUFFIX_SIGNS].map((s) => s.charCodeAt(0)));

/** Lower-cased first words of the units and scales that may follow a numeral. */
const UNIT_FIRST_WORDS = new Set<string>([
  ...SCALE_WORDS.keys(),
  ...SHORT_SCALES.keys(),
  ...['percent', 'percents', 'percentage', 'per', 'pct', 'pc'],
  ...Object.keys(CURRENCY_WORDS),
  ...Object.keys(ADJECTIVES).map((a) => a.split(' ')[0]),
  'd', // "D-marks"
]);
/** ... and of range connectors and "and a half". */
const FIRST_WORDS = new Set<string>([...UNIT_FIRST_WORDS, 'to', 'and']);

/** The lower-cased word (letters and dots) at `i`, without a trailing dot unless it is part of a known form. */
function wordAt(t: string, i: number): string {
  let j = i;
  while (j < t.length && j - i < 16) {
    const c = t.charCodeAt(j);
    if (isAsciiLetter(c) || c === CH_DOT) j++;
    else break;
  }
  let w = t.slice(i, j).toLowerCase();
  if (w.endsWith('.') && !FIRST_WORDS.has(w)) w = w.slice(0, -1);
  return w;
}

// ───────────────────────────── the amount reader ─────────────────────────────

/** One amount as read at a position, before ranges and elided currencies are decided. */
interface Amount {
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

const valueOf = (a: Pick<Amount, 'raw' | 'exp' | 'sub'>) => scaleBy(a.raw, a.exp - (a.sub ? 2 : 0));

class Scanner {
  private yenIsYuan: boolean | null = null;
  /** For spelledBefore: numeral start → end of the figure read there (-1: none), valid while `memoMin` holds. */
  readonly spelledMemo = new Map<number, number>();
  memoMin = -1;

  constructor(private readonly text: string) {}

  /** True when "¥" on this page more likely means yuan than yen. */
  private yenSignIsYuan(): boolean {
    if (this.yenIsYuan === null) {
      const t = this.text;
      const yuan = /\b(?:yuan|renminbi|RMB)\b/i.test(t);
      const yen = /\byen\b/i.test(t);
      this.yenIsYuan = yuan && !yen;
    }
    return this.yenIsYuan;
  }

  /**
   * Looks back from a numeral at `n` for a currency prefix and a sign, never before `min`.
   * Returns the start of the amount and the prefix currency, if any.
   */
  lookBack(n: number, min: number): { start: number; currency: string | null } {
    const t = this.text;
    let k = n;
    while (k > min && n - k < 2 && isSpace(t.charCodeAt(k - 1))) k--;
    let start = n;
    let currency: string | null = null;
    if (k > min) {
      const ch = t[k - 1];
      if (SIGN_CHARS.has(ch)) {
        start = k - 1;
        currency = SIGNS[ch];
        if (ch === '¥' || ch === '￥') currency = this.yenSignIsYuan() ? 'CNY' : 'JPY';
        // Letters glued before the sign: "US$", "HK$", "C$", "U.S.$", "RMB¥".
        let j = start;
        while (j > min && start - j < 5 && (isAsciiLetter(t.charCodeAt(j - 1)) || t.charCodeAt(j - 1) === CH_DOT)) j--;
        let glued = false;
        for (let i = j; i < start; i++) {
          if (i > 0 && i > min && (isLetter(t.charCodeAt(i - 1)) || isDigit(t.charCodeAt(i - 1)))) continue;
          const letters = t.slice(i, start);
          const code = ch === '$' || ch === '＄' ? DOLLAR_PREFIXES[letters] : OTHER_SIGN_PREFIXES[letters + ch];
          if (code) {
            start = i;
            currency = code;
            glued = true;
            break;
          }
        }
        // Letters one space before "$": "US $150 million", tokenised "c $ 16.4 million".
        if (!glued && (ch === '$' || ch === '＄') && start - 1 > min && isSpace(t.charCodeAt(start - 1))) {
          const e = start - 1;
          let j2 = e;
          while (j2 > min && e - j2 < 4 && (isAsciiLetter(t.charCodeAt(j2 - 1)) || t.charCodeAt(j2 - 1) === CH_DOT)) j2--;
          if (j2 < e && (j2 === 0 || j2 === min || !isLetter(t.charCodeAt(j2 - 1)))) {
            const code = SPACED_DOLLAR_PREFIXES[t.slice(j2, e).toLowerCase()];
            if (code) {
              start = j2;
              currency = code;
            }
          }
        }
      } else if (isAsciiLetter(t.charCodeAt(k - 1)) || t.charCodeAt(k - 1) === CH_DOT) {
        // A code before the number: "USD 5 billion", "DM 300", "Rs. 500", "RMB100".
        let j = k;
        while (j > min && k - j < 5 && (isAsciiLetter(t.charCodeAt(j - 1)) || t.charCodeAt(j - 1) === CH_DOT)) j--;
        for (let i = j; i < k; i++) {
          if (i > 0 && i > min && isLetter(t.charCodeAt(i - 1))) continue;
          if (t.charCodeAt(i) === CH_DOT) continue;
          const word = t.slice(i, k);
          // "$US50 billion", "$A3 billion" (the Australian way of writing it)
          const dollarFirst = i > min && t.charCodeAt(i - 1) === CH_DOLLAR ? DOLLAR_PREFIXES[word] : undefined;
          if (dollarFirst && k === n) {
            start = i - 1;
            currency = dollarFirst;
            break;
          }
          const code = CODES[word];
          if (code && (k < n || GLUED_CODES.has(word))) {
            start = i;
            currency = code;
            break;
          }
        }
      }
    }
    // A sign written directly before the amount: "-0.4 percent", "+1.25%", "−$2 billion".
    // The word "minus" is left out on purpose: "allocations minus 15 pct" is arithmetic, not a sign.
    start = this.signStart(start, min);
    return { start, currency };
  }

  /** Cheap test: could a sign or currency prefix stand right before the numeral at `n`? */
  private maybePrefixed(n: number, min: number): boolean {
    const t = this.text;
    let k = n;
    while (k > min && n - k < 2 && isSpace(t.charCodeAt(k - 1))) k--;
    if (k <= min) return false;
    const c = t.charCodeAt(k - 1);
    if (isSignChar(c) || c === CH_DOT || SIGN_CODES.has(c)) return true;
    if (!isAsciiLetter(c)) return false;
    // A code ends here only if its word starts with a capital ("USD", "DM", "Rs", "SFr").
    let j = k;
    while (j > min && k - j < 5 && isAsciiLetter(t.charCodeAt(j - 1))) j--;
    const f = t.charCodeAt(j);
    return f >= CH_A && f <= CH_Z;
  }

  /** Cheap test: could a unit, scale or range partner follow a numeral that ends at `p`? */
  private tailInteresting(p: number, depth = 0): boolean {
    const t = this.text;
    const L = t.length;
    if (p >= L) return false;
    let c = t.charCodeAt(p);
    if (c === CH_PERCENT || c === CH_FULLWIDTH_PERCENT || c === CH_SLASH || SUFFIX_SIGN_CODES.has(c)) return true; // "%", "/", "100元"
    let j = p;
    if (isAsciiLetter(c)) {
      const w = wordAt(t, p);
      if (w === 'to' || w === 'and') return depth === 0 && this.partnerInteresting(p + w.length, depth);
      return UNIT_FIRST_WORDS.has(w);
    }
    while (j < L && j - p < 3 && (isSpace(c) || c === CH_LF || c === CH_CR)) c = t.charCodeAt(++j);
    // A range partner: only worth reading if something after it can be a unit ("5-10%", "7 to 8 pct").
    if (isHyphen(c) || c === CH_EN_DASH) {
      // "25-percent", "three-billion-dlr"; else a range partner ("5-10%").
      if (isAsciiLetter(t.charCodeAt(j + 1)) && UNIT_FIRST_WORDS.has(wordAt(t, j + 1))) return true;
      return depth === 0 && this.partnerInteresting(j + 1, depth);
    }
    if (j === p || j >= L) return false;
    if (c === CH_PERCENT || c === CH_FULLWIDTH_PERCENT || SUFFIX_SIGN_CODES.has(c)) return true;
    if (isDigit(c)) {
      // "7 3/4 pct"
      return depth === 0 && (t.charCodeAt(j + 1) === CH_SLASH || t.charCodeAt(j + 2) === CH_SLASH);
    }
    if (!isAsciiLetter(c)) return false;
    const w = wordAt(t, j);
    if (w === 'to' || w === 'and') return depth === 0 && this.partnerInteresting(j + w.length, depth);
    if (UNIT_FIRST_WORDS.has(w)) return true;
    // An ISO code after the number ("5 billion USD") is upper-case.
    return SUFFIX_CODES.has(t.slice(j, j + w.length));
  }

  /** After "to", "and" or "-": skips a sign, currency prefix and number, and tests what follows it. */
  private partnerInteresting(q: number, depth: number): boolean {
    const t = this.text;
    const L = t.length;
    let i = q;
    while (i < L && i - q < 2 && isSpace(t.charCodeAt(i))) i++;
    let c = t.charCodeAt(i);
    if (isAsciiLetter(c)) {
      // A spelled numeral ("5 to ten percent") or a glued prefix ("US$"): read it properly.
      SPELLED_START_RE.lastIndex = i;
      return SPELLED_START_RE.test(t) || (c >= CH_A && c <= CH_Z);
    }
    const s = i;
    while (i < L && i - s < 4 && !isDigit(c) && !isSpace(c) && c !== CH_LF) c = t.charCodeAt(++i);
    if (i > s && isDigit(c)) return true; // "$", "-", "C$" before the partner: read it properly
    if (!isDigit(c)) return false;
    while (i < L && (isDigit(c) || ((c === CH_COMMA || c === CH_DOT) && isDigit(t.charCodeAt(i + 1))))) c = t.charCodeAt(++i);
    return this.tailInteresting(i, depth + 1);
  }

  /** The sign of an amount starting at `start` whose numeral starts at `numStart`. */
  private signOf(start: number, numStart: number): number {
    if (start >= numStart) return 1;
    const c = this.text.charCodeAt(start);
    return c === CH_HYPHEN || c === CH_MINUS ? -1 : 1;
  }

  /**
   * Reads one amount whose numeral starts at `n` (a digit, a "." before digits, or a spelled
   * word). `min` bounds the look-back for a prefix. Returns null when no numeral is there.
   * `end` is the end of what was read even when there is no unit (kind null).
   */
  readAmount(n: number, min: number, allowBare = false): Amount | null {
    if (!this.readNumeral(n, min, allowBare)) return null;
    const num = this.num;
    return this.readUnit(n, min, num.end, num.raw, num);
  }

  /** Scratch result of readNumeral (reused: this runs for every number on the page). */
  private readonly num = { raw: 0, end: 0, plainInt: false, intLen: 0, spelled: false, article: false, maybePrefixed: false };

  /**
   * Reads the numeral at `n` into `this.num`: digits with separators, decimals, a fraction or a
   * bid/offer quote, or a spelled-out numeral; then "and a half". Returns false when there is no
   * numeral, or (unless `allowBare`) when nothing around it can make it a figure.
   */
  private readNumeral(n: number, min: number, allowBare: boolean): boolean {
    const t = this.text;
    const L = t.length;
    const c0 = t.charCodeAt(n);
    let raw = 0;
    let p: number;
    let isInt = true;
    let plainInt = false;
    let article = false;
    let spelled = false;
    let hasDecimal = false;
    let intLen = 0;
    let maybePrefixed = false;

    if (isDigit(c0) || c0 === CH_DOT) {
      // Digits, hand-read: "1,375,000", "58.6", ".5". Thousands groups must be exactly three digits.
      let j = n;
      while (j < L && isDigit(t.charCodeAt(j))) j++;
      let intEnd = j;
      let commas = false;
      if (j > n && j - n <= 3) {
        // Groups of three after "," or, in French-style typography, a no-break or thin space ("10 000").
        const sep = t.charCodeAt(j);
        if (sep === CH_COMMA || sep === CH_NBSP || sep === CH_NARROW_NBSP || sep === CH_THIN_SPACE) {
          let k = j;
          let ok = j;
          while (t.charCodeAt(k) === sep && isDigit(t.charCodeAt(k + 1)) && isDigit(t.charCodeAt(k + 2)) && isDigit(t.charCodeAt(k + 3))) {
            k += 4;
            if (!isDigit(t.charCodeAt(k))) ok = k;
          }
          if (ok > j) {
            intEnd = ok;
            commas = true;
          }
        }
      }
      p = intEnd;
      let fracStart = -1;
      if (t.charCodeAt(p) === CH_DOT && isDigit(t.charCodeAt(p + 1))) {
        fracStart = p + 1;
        p++;
        while (p < L && isDigit(t.charCodeAt(p))) p++;
      }
      if (p === n) return false;
      // Fast exit for the common case, a bare number ("in 2018", "12 months"): nothing before it
      // can be a currency or sign, and nothing after it can be a unit, scale or range.
      maybePrefixed = this.maybePrefixed(n, min);
      if (!allowBare && !maybePrefixed && !this.tailInteresting(p)) return false;

      const intStr = intEnd > n ? t.slice(n, intEnd) : '0';
      hasDecimal = fracStart > 0;
      raw = Number((commas ? intStr.replace(/[^0-9]/g, '') : intStr) + (hasDecimal ? '.' + t.slice(fracStart, p) : ''));
      isInt = !hasDecimal;
      plainInt = isInt && !commas;
      intLen = intEnd - n;
      const next = t.charCodeAt(p);
      if (isInt && (next === CH_SPACE || isHyphen(next)) && isDigit(t.charCodeAt(p + 1))) {
        // "7-5/8", "7 3/4"
        MIXED_FRACTION_RE.lastIndex = p;
        const f = MIXED_FRACTION_RE.exec(t);
        if (f) {
          const num = +f[1];
          const den = +f[2];
          if (num < den && FRACTION_DENOMINATORS.has(den) && this.unitFollows(p + f[0].length)) {
            raw += num / den;
            p += f[0].length;
            isInt = false;
            plainInt = false;
          }
        }
      }
      if (t.charCodeAt(p) === CH_SLASH) {
        SLASH_RE.lastIndex = p;
        const sl = SLASH_RE.exec(t);
        if (sl) {
          const den = +sl[1];
          if (plainInt && raw < den && FRACTION_DENOMINATORS.has(den)) {
            raw = raw / den; // "1/2 pct"
            isInt = false;
            plainInt = false;
            p += sl[0].length;
          } else if (hasDecimal || raw >= den || !FRACTION_DENOMINATORS.has(den)) {
            p += sl[0].length; // bid/offer "139.10/20": the value is the bid
            plainInt = false;
          }
        }
      }
    } else {
      HALF_A_RE.lastIndex = n;
      const h = HALF_A_RE.exec(t);
      if (h) {
        raw = 0.5;
        p = n + h[0].length;
        isInt = false;
      } else {
        SPELLED_RE.lastIndex = n;
        const m = SPELLED_RE.exec(t);
        if (!m) return false;
        const w = m[1];
        p = n + w.length;
        if (!allowBare && !this.tailInteresting(p)) return false;
        raw = spelledValue(w);
        article = w.length <= 2 && (c0 | ASCII_LOWER_BIT) === CH_a; // "a", "an"
      }
      spelled = true;
    }
    if (isInt && isSpace(t.charCodeAt(p)) && (t.charCodeAt(p + 1) | ASCII_LOWER_BIT) === CH_a) {
      AND_A_HALF_RE.lastIndex = p;
      const h = AND_A_HALF_RE.exec(t);
      if (h) {
        raw += 0.5;
        p += h[0].length;
        plainInt = false;
      }
    }
    const num = this.num;
    num.raw = raw;
    num.end = p;
    num.plainInt = plainInt;
    num.intLen = intLen;
    num.spelled = spelled;
    num.article = article;
    num.maybePrefixed = maybePrefixed;
    return true;
  }

  /**
   * Given a numeral at `n` ending at `numEnd` with value `raw`, reads what makes it a figure: the
   * currency prefix and sign before it, then a scale word and a percent or currency unit after it.
   */
  private readUnit(n: number, min: number, numEnd: number, raw: number, num: Scanner['num']): Amount {
    const t = this.text;
    const L = t.length;
    const { plainInt, intLen, spelled, article, maybePrefixed } = num;
    let p = numEnd;

    let start = n;
    let currency: string | null = null;
    if (maybePrefixed) {
      const pre = this.lookBack(n, min);
      start = pre.start;
      currency = pre.currency;
    } else if (spelled) {
      start = this.signStart(n, min); // "−five percent"
    } else if (n > min && isSignChar(t.charCodeAt(n - 1))) {
      start = this.signStart(n, min);
    }
    const prefixed = currency !== null;
    const sign = this.signOf(start, n);
    raw *= sign;

    const amount: Amount = {
      start,
      end: numEnd,
      numStart: n,
      raw,
      exp: 0,
      hasScale: false,
      kind: prefixed ? 'money' : null,
      currency,
      prefixed,
      sub: false,
      points: false,
      yearLike: plainInt && !prefixed && sign === 1 && intLen === 4 && raw >= 1800 && raw <= 2100,
      article,
    };

    // Scale word: "billion", "bln", "bn", glued "m"/"b"/"k" (only with a currency, see below).
    let shortScale = false;
    let tok = this.peek(p);
    let pTok = p;
    if (tok) {
      const exp = SCALE_WORDS.get(tok.lower);
      if (exp !== undefined) {
        amount.exp = exp;
        amount.hasScale = true;
        p = tok.end;
        tok = this.peek(p);
        pTok = p;
      } else if (tok.glued && !spelled && tok.end - tok.start === 1 && SHORT_SCALES.has(tok.lower)) {
        shortScale = true;
        amount.exp = SHORT_SCALES.get(tok.lower)!;
        amount.hasScale = true;
        p = tok.end;
        tok = this.peek(p);
        pTok = p;
      }
    }

    if (prefixed) {
      if (!shortScale && !amount.hasScale && this.letterAt(p)) {
        // "$5abc": not an amount
        amount.kind = null;
        amount.currency = null;
        amount.prefixed = false;
        amount.start = n;
        return amount;
      }
      amount.end = p;
      this.afterDollars(amount);
      return amount;
    }

    // Percent: "%", "percent", "per cent", "pct", glued "pc"; then "points".
    if (!shortScale && !article && !amount.hasScale) {
      const pe = this.readPercent(p, tok);
      if (pe) {
        amount.kind = 'percent';
        amount.points = pe.points;
        amount.end = pe.end;
        return amount;
      }
    }

    // Currency word after the number: "dlrs", "U.S. Dlrs", "Canadian dollars", "Hong Kong cent".
    if (p !== pTok) tok = this.peek(p);
    const cw = this.readCurrencyWord(tok);
    if (cw) {
      const { info, country, word } = cw;
      const after = cw.end;
      let ok = true;
      if (article && !amount.hasScale && (!info.sub || country !== null)) ok = false; // only "a cent", "a penny"
      if (info.needsSupport && !amount.hasScale && !country) {
        ok = ok && info.base === 'pound' && this.matches(STERLING_RE, after);
      }
      if (info.base === 'pound' && this.matches(POUNDS_OF_RE, after)) ok = false; // "pounds of pork"
      if (word === 'won' && !amount.hasScale && !country && (spelled || this.matches(WON_VERB_RE, after))) ok = false;
      if (amount.yearLike && !amount.hasScale) ok = false; // "in 1986 dollars", "1987 won"
      if (ok) {
        amount.kind = 'money';
        amount.currency = isoFor(info.base, country);
        amount.sub = !!info.sub;
        amount.end = after;
        if (info.base === 'pound' && this.matches(STERLING_RE, after)) {
          STERLING_RE.lastIndex = after;
          amount.end = after + (STERLING_RE.exec(t)?.[0].length ?? 0);
        }
        if (info.base === 'dollar' && !info.sub) this.afterDollars(amount);
        return amount;
      }
    } else if (!spelled && !(amount.yearLike && !amount.hasScale)) {
      // An ISO code after the number ("5 billion USD"), or a sign ("100 €", "100元").
      if (tok && !tok.glued) {
        const code = t.slice(tok.start, tok.end);
        if (SUFFIX_CODES.has(code)) {
          amount.kind = 'money';
          amount.currency = CODES[code];
          amount.end = tok.end;
          return amount;
        }
      }
      let q = p;
      while (q < L && q - p < 2 && isSpace(t.charCodeAt(q))) q++;
      if (SUFFIX_SIGN_CODES.has(t.charCodeAt(q))) {
        amount.kind = 'money';
        amount.currency = SIGNS[t[q]];
        amount.end = q + 1;
        return amount;
      }
    }
    // No unit: a bare number, or number + scale (a candidate for an elided currency).
    if (shortScale) {
      amount.exp = 0;
      amount.hasScale = false;
      amount.end = numEnd;
    } else {
      amount.end = amount.hasScale ? p : numEnd;
    }
    return amount;
  }

  /** Start of a sign written directly before `n` ("-0.4 percent", "+1.25%", "−0.3%"), or `n`. */
  private signStart(n: number, min: number): number {
    const t = this.text;
    if (n <= min || !isSignChar(t.charCodeAt(n - 1))) return n;
    const before = n - 2 >= 0 ? t.charCodeAt(n - 2) : CH_SPACE;
    if (n - 1 === 0 || !(isLetter(before) || isDigit(before) || before === CH_DOT || before === CH_COMMA || isSignChar(before) || before === CH_SLASH)) {
      return n - 1;
    }
    return n;
  }

  /**
   * The word after a separator at `p` (up to two spaces; or a hyphen or one line break, with up
   * to two spaces around), lower-cased; `glued` when there is no separator ("5bn", "25pct").
   * Trailing dots belong to the sentence unless the form needs them ("U.S.").
   */
  peek(p: number): Tok | null {
    const t = this.text;
    const L = t.length;
    let i = p;
    let c = t.charCodeAt(i);
    let sp = 0;
    while (sp < 2 && isSpace(c)) {
      c = t.charCodeAt(++i);
      sp++;
    }
    let brk = false;
    if (isHyphen(c)) {
      c = t.charCodeAt(++i);
      brk = true;
    } else if (c === CH_CR || c === CH_LF) {
      if (c === CH_CR) c = t.charCodeAt(++i);
      if (c === CH_LF) c = t.charCodeAt(++i);
      brk = true;
    }
    if (brk) {
      sp = 0;
      while (sp < 2 && isSpace(c)) {
        c = t.charCodeAt(++i);
        sp++;
      }
    }
    if (i >= L || !isAsciiLetter(c)) return null;
    let j = i;
    while (j < L && j - i < 20) {
      const d = t.charCodeAt(j);
      if (isAsciiLetter(d) || d === CH_DOT) j++;
      else break;
    }
    if (j < L && isLetter(t.charCodeAt(j))) return null; // a word in another script glued on
    let lower = t.slice(i, j).toLowerCase();
    while (lower.endsWith('.') && !DOTTED_FORMS.has(lower)) {
      lower = lower.slice(0, -1);
      j--;
    }
    return { start: i, end: j, lower, glued: i === p };
  }

  /** A percent unit at `p`: "%", "percent", "per cent", "pct", "percentage point(s)". */
  private readPercent(p: number, tok: Tok | null): { end: number; points: boolean } | null {
    const t = this.text;
    let end = -1;
    let q = p;
    if (isSpace(t.charCodeAt(q))) q++;
    const c = t.charCodeAt(q);
    if (c === CH_PERCENT || c === CH_FULLWIDTH_PERCENT) {
      const d = t.charCodeAt(q + 1);
      if (!(isAsciiLetter(d) || isDigit(d))) end = q + 1; // "%E5" is URL encoding, not a percent
    } else {
      if (!tok) return null;
      const w = tok.lower;
      if (w === 'percent' || w === 'percents' || w === 'percentage' || w === 'pct') end = tok.end;
      else if (w === 'pc') {
        if (tok.glued && t.slice(tok.start, tok.end) === 'pc') end = tok.end; // "25pc", UK style
      } else if (w === 'per') {
        const t2 = this.peek(tok.end);
        if (t2 && t2.lower === 'cent' && t2.start - tok.end <= 1) end = t2.end;
      }
    }
    if (end < 0) return null;
    const pt = this.peek(end);
    if (pt && (pt.lower === 'point' || pt.lower === 'points' || pt.lower === 'pts') && !pt.glued) {
      return { end: pt.end, points: true };
    }
    return { end, points: false };
  }

  /** A currency word at `p`, optionally led by a country adjective. */
  private readCurrencyWord(tok: Tok | null): { end: number; info: CurrencyWord; country: string | null; word: string } | null {
    const t = this.text;
    if (!tok) return null;
    // "D-mark(s)"
    if (tok.lower === 'd' && isHyphen(t.charCodeAt(tok.end))) {
      const w2 = this.peek(tok.end);
      if (w2 && (w2.lower === 'mark' || w2.lower === 'marks')) {
        return { end: w2.end, info: CURRENCY_WORDS.marks, country: 'DE', word: w2.lower };
      }
      return null;
    }
    // A country adjective, when a currency word follows it ("U.S. Dlrs", "euro cents", "Hong Kong cent").
    const adjs = ADJ_BY_FIRST.get(tok.lower);
    if (adjs) {
      for (const adj of adjs) {
        const e = tok.start + adj.length;
        if (adj.length !== tok.end - tok.start) {
          if (t.slice(tok.start, e).toLowerCase() !== adj || isAsciiLetter(t.charCodeAt(e))) continue;
        }
        const w2 = this.peek(e);
        const info = w2 && !w2.glued ? CURRENCY_WORDS[w2.lower] : undefined;
        if (w2 && info) return { end: w2.end, info, country: ADJECTIVES[adj], word: w2.lower };
      }
    }
    const info = CURRENCY_WORDS[tok.lower];
    return info ? { end: tok.end, info, country: null, word: tok.lower } : null;
  }

  /** "3 dollars 50 cents": extends a whole-dollar amount by the cents that follow. */
  private afterDollars(a: Amount): void {
    if (a.hasScale || a.sub || !Number.isInteger(a.raw)) return;
    AND_CENTS_RE.lastIndex = a.end;
    const m = AND_CENTS_RE.exec(this.text);
    if (!m) return;
    let cents: number;
    if (/^\d+$/.test(m[1])) cents = +m[1];
    else {
      SPELLED_RE.lastIndex = 0;
      const sm = SPELLED_RE.exec(m[1]);
      if (!sm || sm[1].length !== m[1].length) return;
      cents = spelledValue(m[1]);
    }
    if (cents <= 0 || cents >= 100) return;
    a.raw = a.raw + Math.sign(a.raw || 1) * cents / 100;
    a.end += m[0].length;
  }

  private letterAt(p: number): boolean {
    return p < this.text.length && isLetter(this.text.charCodeAt(p));
  }

  private matches(re: RegExp, at: number): boolean {
    re.lastIndex = at;
    return re.test(this.text);
  }

  /** Whether a percent, scale or currency word follows `p` (used to accept "7-5/8" as a fraction). */
  private unitFollows(p: number): boolean {
    const c = this.text.charCodeAt(isSpace(this.text.charCodeAt(p)) ? p + 1 : p);
    if (c === CH_PERCENT || c === CH_FULLWIDTH_PERCENT) return true;
    const tok = this.peek(p);
    return !!tok && UNIT_FIRST_WORDS.has(tok.lower);
  }

  /** Finds a numeral start within a few characters after a range connector, for the range's high end. */
  numeralAfter(c: number): number {
    const t = this.text;
    const limit = Math.min(t.length, c + 8);
    for (let i = c; i < limit; i++) {
      const ch = t.charCodeAt(i);
      if (isDigit(ch)) return i;
      if (ch === CH_DOT && i + 1 < t.length && isDigit(t.charCodeAt(i + 1))) return i;
      if (i === c && isAsciiLetter(ch)) {
        SPELLED_RE.lastIndex = i;
        if (SPELLED_RE.test(t)) return i;
      }
    }
    return -1;
  }
}

// ───────────────────────────── figures ─────────────────────────────

function toSpan(text: string, lo: Amount, hi: Amount | null): FigureSpan {
  const start = lo.start;
  const end = (hi ?? lo).end;
  const unit = hi ?? lo;
  const span: FigureSpan = {
    start,
    end,
    text: text.slice(start, end),
    kind: unit.kind ?? 'money',
    value: valueOf(lo),
    currency: unit.kind === 'percent' ? null : unit.currency,
  };
  if (hi) span.high = valueOf(hi);
  if (unit.kind === 'percent' && unit.points) span.points = true;
  return span;
}

/**
 * Finds every money amount and percentage in `text`, as the labelling guide defines them.
 * Spans are sorted by start, never overlap, and `text.slice(start, end) === span.text`.
 *
 * Invisible characters (soft hyphens, zero-width spaces: lib/text/invisible.ts) are read as if
 * they were not there; a span covers the original characters, invisible ones inside included.
 */
export function findFigures(text: string): FigureSpan[] {
  return findThroughInvisibles(text, findVisibleFigures);
}

function findVisibleFigures(text: string): FigureSpan[] {
  const out: Candidate[] = [];
  const sc = new Scanner(text);
  const keywords = new RegExp(KEYWORD_RE.source, KEYWORD_RE.flags);
  const digits = new RegExp(DIGITS_RE.source, DIGITS_RE.flags);
  const nextDigit = (text: string, from: number) => nextDigitRun(digits, text, from);
  let minStart = 0;
  let d = nextDigit(text, 0);
  let k = nextKeyword(keywords, text, 0);

  while (d !== -1 || k !== null) {
    let res: { cand: Candidate; resume: number } | null;
    if (d !== -1 && (k === null || d <= k[0])) {
      res = digitAnchor(sc, text, d, minStart);
      if (!res) d = nextDigit(text, skipNumber(text, d));
    } else {
      const [ks, ke] = k!;
      res = spelledBefore(sc, text, ks, ke, minStart);
      if (!res) k = nextKeyword(keywords, text, ke);
    }
    if (res) {
      out.push(res.cand);
      minStart = res.cand.span.end;
      if (d !== -1 && d < res.resume) d = nextDigit(text, res.resume);
      if (k !== null && k[0] < res.resume) k = nextKeyword(keywords, text, res.resume);
    }
  }
  // A run of hundreds of digits overflows a double: no reader's figure, and no card could
  // say anything true about it, so it is not a figure at all.
  return resolveElided(text, out).filter((f) => Number.isFinite(f.value) && (f.high === undefined || Number.isFinite(f.high)));
}

/** The next whole word from KEYWORDS at or after `from`, as [start, end]. */
function nextKeyword(re: RegExp, text: string, from: number): [number, number] | null {
  re.lastIndex = from;
  // test() rather than exec(): no match array to allocate; the hit ends at lastIndex.
  while (re.test(text)) {
    let e = re.lastIndex;
    let s = e - 1;
    while (s > 0 && e - s < 12 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    while (e < text.length && e - s < 12 && isAsciiLetter(text.charCodeAt(e))) e++;
    if (KEYWORDS.has(text.slice(s, e).toLowerCase())) return [s, e];
    re.lastIndex = e;
  }
  return null;
}

/** Start of the next digit run at or after `from`, or -1. test() allocates nothing; the run ends at lastIndex. */
function nextDigitRun(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  if (!re.test(text)) return -1;
  let s = re.lastIndex - 1;
  while (s > from && isDigit(text.charCodeAt(s - 1))) s--;
  return s;
}

/** A figure whose numeral (in digits) starts at `n`, or null. */
function digitAnchor(
  sc: Scanner,
  text: string,
  n: number,
  minStart: number,
): { cand: Candidate; resume: number } | null {
  const prev = n > 0 ? text.charCodeAt(n - 1) : CH_SPACE;
  let numStart = n;
  // ".5 percent": the point belongs to the number.
  if (prev === CH_DOT && !(n > 1 && isDigit(text.charCodeAt(n - 2))) && n - 1 >= minStart) numStart = n - 1;
  // The tail of a number already read ("9,90" written the European way, "%E5%83" in a URL).
  if (prev === CH_PERCENT || ((prev === CH_COMMA || prev === CH_DOT) && n > 1 && isDigit(text.charCodeAt(n - 2)))) return null;
  // Digits inside a word ("G20", "F-16", "COVID-19") are not amounts, unless a currency code is glued on.
  if (isLetter(prev)) {
    // Only a short capitalised code can be glued on ("RMB100", "Rs500", "USD5bn").
    let j = n;
    while (j > 0 && n - j < 6 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
    const f = text.charCodeAt(j);
    if (n - j > 4 || f < CH_A || f > CH_Z || (j > 0 && isLetter(text.charCodeAt(j - 1)))) return null;
    if (sc.lookBack(n, minStart).currency === null) return null;
  }
  if (isHyphen(prev) && n > 1 && isLetter(text.charCodeAt(n - 2))) return null;
  // "one to 1.50 dlrs": a spelled-out low end before a range connector.
  if ((isHyphen(prev) || prev === CH_EN_DASH || (prev === CH_SPACE && n > 3 && (text.charCodeAt(n - 2) | ASCII_LOWER_BIT) === CH_o && (text.charCodeAt(n - 3) | ASCII_LOWER_BIT) === CH_t)) && n - 2 > minStart) {
    const lead = spelledBefore(sc, text, n, n + 1, minStart, true);
    if (lead) return lead;
  }
  const x = sc.readAmount(numStart, minStart);
  return x ? decide(sc, text, x) : null;
}

const SPELLED_START_RE =
  /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|an?|half)(?![a-z])/iy;
const RANGE_LEAD_RE = /(?:[ \t\u00a0]to|[-\u2010\u2011\u2013])[ \t\u00a0]{0,2}$/i;

/**
 * Looks back from a keyword at `kwStart` (or, with `rangeLead`, from a numeral preceded by "to"/"-")
 * for a spelled-out numeral a few words earlier, and reads the figure that starts there; it must
 * reach past `mustReach`. Farthest candidates are tried first so that "twenty five" wins over "five".
 */
function spelledBefore(
  sc: Scanner,
  text: string,
  kwStart: number,
  mustReach: number,
  minStart: number,
  rangeLead = false,
): { cand: Candidate; resume: number } | null {
  const lo = Math.max(minStart, kwStart - 48);
  if (rangeLead && !RANGE_LEAD_RE.test(text.slice(Math.max(lo, kwStart - 6), kwStart))) return null;
  // Word starts between `lo` and the keyword, walking back over letters, spaces, hyphens and dots only.
  const starts: number[] = [];
  let i = kwStart;
  while (i > lo && starts.length < 7) {
    const c = text.charCodeAt(i - 1);
    if (isAsciiLetter(c)) {
      let j = i - 1;
      while (j > lo && isAsciiLetter(text.charCodeAt(j - 1))) j--;
      if (j > 0 && j === lo && isLetter(text.charCodeAt(j - 1))) break; // word cut by the window
      starts.push(j);
      i = j;
    } else if (isSpace(c) || isHyphen(c) || c === CH_DOT || c === CH_LF || (rangeLead && c === CH_EN_DASH)) {
      i--;
    } else break;
  }
  // Where a numeral's figure ended when tried for an earlier keyword: a later keyword cannot do better.
  if (sc.memoMin !== minStart) {
    sc.spelledMemo.clear();
    sc.memoMin = minStart;
  }
  for (let s = starts.length - 1; s >= 0; s--) {
    const w = starts[s];
    if (w > 0 && isLetter(text.charCodeAt(w - 1))) continue;
    const reached = sc.spelledMemo.get(w);
    if (reached !== undefined && reached < mustReach) continue;
    SPELLED_START_RE.lastIndex = w;
    if (!SPELLED_START_RE.test(text)) continue;
    const x = sc.readAmount(w, minStart);
    const res = x ? decide(sc, text, x) : null;
    if (res && res.cand.span.end >= mustReach && !res.cand.blocker) return res;
    sc.spelledMemo.set(w, res && !res.cand.blocker ? res.cand.span.end : -1);
  }
  return null;
}

/** Past the digits, separators and decimals of a number starting at `n`. */
function skipNumber(text: string, n: number): number {
  let i = n;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) i++;
    else if ((c === CH_COMMA || c === CH_DOT) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

/**
 * Given the amount X read at an anchor, looks for a range partner Y ("X to Y", "X-Y") and decides
 * what to emit. Returns null when nothing is a figure here.
 */
function decide(sc: Scanner, text: string, x: Amount): { cand: Candidate; resume: number } | null {
  // Try a range partner.
  CONNECTOR_RE.lastIndex = x.end;
  const conn = CONNECTOR_RE.exec(text);
  if (conn && !x.article) {
    const cEnd = x.end + conn[0].length;
    const yn = sc.numeralAfter(cEnd);
    const y = yn >= 0 ? sc.readAmount(yn, cEnd, true) : null;
    if (y && y.start === cEnd && !y.article) {
      const r = combine(sc, text, x, y, conn[0]);
      if (r) return r;
    }
  } else if (x.kind === 'money' && x.prefixed && !x.hasScale) {
    // "$50 and $200 billion", "between $40 and $50 billion": the scale is shared.
    AND_OR_RE.lastIndex = x.end;
    const ao = AND_OR_RE.exec(text);
    if (ao) {
      const cEnd = x.end + ao[0].length;
      const yn = sc.numeralAfter(cEnd);
      const y = yn >= 0 ? sc.readAmount(yn, cEnd) : null;
      if (y && y.start === cEnd && y.kind === 'money' && y.prefixed && y.hasScale && y.currency === x.currency && x.raw < y.raw) {
        return single(text, inherit(x, y));
      }
    }
  }
  return single(text, x);
}

/** X alone. */
function single(text: string, x: Amount): { cand: Candidate; resume: number } | null {
  if (x.kind) {
    return {
      cand: { span: toSpan(text, x, null), pending: false, lender: x.kind === 'money' && (x.hasScale || x.prefixed) },
      resume: x.end,
    };
  }
  if (x.hasScale && !x.article) {
    const pending = elidedContextOk(text, x.end);
    return { cand: { span: toSpan(text, x, null), pending, lender: false, blocker: !pending }, resume: x.end };
  }
  return null;
}

function elidedContextOk(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 3 && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (ELIDED_NEXT_PUNCT.has(c)) return true;
  if (i === end || !isAsciiLetter(c)) return false;
  let j = i;
  while (j < text.length && j - i < 12 && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j < text.length && isLetter(text.charCodeAt(j))) return false;
  return ELIDED_NEXT_WORDS.has(text.slice(i, j).toLowerCase());
}

/** Decides a pair "X conn Y": one range figure, X alone, or nothing here (Y is read on its own later). */
function combine(
  sc: Scanner,
  text: string,
  x: Amount,
  y: Amount,
  conn: string,
): { cand: Candidate; resume: number } | null {
  const xBare = !x.kind && !x.hasScale;
  const xPartial = !x.kind && x.hasScale;
  const yPartial = !y.kind && y.hasScale;
  // Nothing here can make a range ("2020-08-01", "3-5 years"): skip the look at the words before.
  if (!y.kind && !y.hasScale && !(x.kind === 'money' && x.prefixed)) return null;
  if (!x.kind && !x.hasScale && !y.kind) return null;

  const hyphen = !/to/i.test(conn);
  const [w1, w2] = hyphen ? ['', ''] : wordsBefore(text, x.start, 2);
  const fromChange = !hyphen && w1 === 'from' && !RANGE_FROM_WORDS.has(w2);

  let lo: Amount | null = null;
  let hi: Amount | null = null;

  if (x.kind && y.kind) {
    if (x.kind !== y.kind || x.currency !== y.currency || x.sub !== y.sub) return null;
    if (x.kind === 'percent' && x.points !== y.points) return null;
    if (fromChange) return null;
    if (!hyphen && CHANGE_WORDS.has(w1)) return null;
    lo = inherit(x, y);
    hi = y;
  } else if (xBare && y.kind) {
    if (fromChange) return null; // "from 10 to 25 percent": only "25 percent" is a figure
    if (x.yearLike && y.kind === 'money' && !y.hasScale) return null;
    lo = inherit({ ...x, kind: y.kind, currency: y.currency, points: y.points }, y);
    hi = y;
  } else if (x.kind === 'money' && x.prefixed && !x.hasScale && (yPartial || (!y.kind && !y.hasScale))) {
    // "$50-60 billion", "$50 to 60 billion", "$10-12 a share"
    if (fromChange) return null;
    const y2: Amount = { ...y, kind: 'money', currency: x.currency };
    lo = inherit(x, y2);
    hi = y2;
  } else if (x.kind && yPartial && x.hasScale) {
    // "$30 billion to 45 billion"
    if (x.kind !== 'money' || fromChange || (!hyphen && CHANGE_WORDS.has(w1))) return null;
    lo = x;
    hi = { ...y, kind: 'money', currency: x.currency };
  } else if ((xBare || xPartial) && yPartial) {
    // "7 to 8 billion", "10 billion-12 billion": an elided-currency range
    if (fromChange) return null;
    lo = inherit(x, y);
    hi = y;
  } else if (xPartial && y.kind === 'money') {
    // "10 billion to 15 billion dlrs"
    if (fromChange || (!hyphen && CHANGE_WORDS.has(w1))) return null;
    lo = { ...x, kind: 'money', currency: y.currency };
    hi = y;
  } else {
    return null;
  }

  const lv = valueOf(lo);
  const hv = valueOf(hi);
  if (!(lv < hv)) return null;
  const span = toSpan(text, lo, hi);
  if (!hi.kind) {
    const pending = elidedContextOk(text, hi.end);
    return { cand: { span, pending, lender: false, blocker: !pending }, resume: hi.end };
  }
  return {
    cand: { span, pending: false, lender: hi.kind === 'money' && (hi.hasScale || x.prefixed) },
    resume: hi.end,
  };
}

/** X takes the scale and sub-unit of Y when it has none of its own ("$50-60 billion", "5 to 10 cents"). */
function inherit(x: Amount, y: Amount): Amount {
  if (x.hasScale) return x;
  return { ...x, exp: y.exp, sub: y.sub, hasScale: y.hasScale };
}
