// The parser's words and the sticky regexes that read them: the keywords a spelled-out numeral is
// found by, scale words and units, currency forms looked up around a number, and the words that
// make two amounts a range or a change. The currency table itself is in ../currencies.ts, the
// numerals and scale powers in ../numbers.ts; this file only arranges them for reading.

import { ADJECTIVES, CODES, CURRENCY_WORDS, PREFIX_ONLY_CODES, SIGNS, SUFFIX_SIGNS } from '../currencies';
import { SCALE_EXP } from '../numbers';

const WS = '[ \\t\\u00a0\\u202f]';

/**
 * Spelled-out numerals ("five billion", "SIX PCT", "one Taiwan cent", "three dollars") are found
 * by looking back from the word they need after them. Searching for these few literal fragments
 * (no word boundaries) lets the regex engine skip through the text,
 * which is several times cheaper than matching every "a", "one" or "ten" of a page; each hit is
 * then checked as a whole word against KEYWORDS.
 */
export const KEYWORD_RE = /illion|cent|pct|dlr|ollar|mln|bln|yen|pen[cn]/gi;
// prettier-ignore
export const KEYWORDS = new Set([
  'million', 'billion', 'trillion', 'millions', 'billions', 'trillions', 'mln', 'bln',
  'cent', 'cents', 'percent', 'percents', 'percentage', 'pct', 'dlr', 'dlrs', 'dollar', 'dollars',
  'yen', 'penny', 'pence', 'pennies',
]);

/** "7-5/8", "7 3/4": a whole number and a fraction. */
export const MIXED_FRACTION_RE = /[- \u2010\u2011](\d{1,2})\/(\d{1,2})(?![\d/])/y;
/** "1/2" or the offer side of a bid/offer quote ("139.10/20"). */
export const SLASH_RE = /\/(\d{1,4})(?![\d/])/y;
export const AND_A_HALF_RE = new RegExp(`${WS}{1,2}and${WS}{1,2}a${WS}{1,2}half(?![A-Za-z])`, 'iy');
/** "half a billion", "half a percentage point". */
export const HALF_A_RE = new RegExp(`half${WS}{1,2}an?(?=${WS})`, 'iy');

/** Scale words after a number → power of ten ("billion", "bln", "bn", "Billions"). */
export const SCALE_WORDS = new Map<string, number>();
for (const [w, e] of Object.entries(SCALE_EXP)) {
  if (w.length > 1) SCALE_WORDS.set(w, e);
  if (w.length > 4) SCALE_WORDS.set(`${w}s`, e); // "200 Billions Dollars", "35 lakhs"
}
/** "£2m", "$5B", "$50k": only glued to the number, and only when a currency confirms it. */
export const SHORT_SCALES = new Map<string, number>([
  ['m', 6],
  ['b', 9],
  ['k', 3],
]);

/** Country adjectives by their first word, longest first ("new" → "new zealand", "new taiwan"). */
export const ADJ_BY_FIRST = new Map<string, string[]>();
for (const adj of Object.keys(ADJECTIVES).sort((a, b) => b.length - a.length)) {
  const first = adj.split(' ')[0];
  ADJ_BY_FIRST.set(first, [...(ADJ_BY_FIRST.get(first) ?? []), adj]);
}
/** Forms whose trailing dot is part of the word. */
export const DOTTED_FORMS = new Set([...Object.keys(ADJECTIVES), ...Object.keys(CODES).map((c) => c.toLowerCase())].filter((w) => w.endsWith('.')));
export const SUFFIX_CODES = new Set(Object.keys(CODES).filter((c) => !PREFIX_ONLY_CODES.has(c) && c === c.toUpperCase()));

export const POUNDS_OF_RE = new RegExp(`${WS}{1,2}of(?![A-Za-z])`, 'iy');
export const STERLING_RE = new RegExp(`${WS}{1,2}sterling(?![A-Za-z])`, 'iy');
/** "won" is also a verb: "... 12 won the vote" is not money. */
export const WON_VERB_RE = new RegExp(
  `${WS}{1,2}(?:the|a|an|his|her|its|their|our|by|over|out|approval|support|re-?election|seats?|votes?|games?|awards?|medals?|titles?)(?![A-Za-z])`,
  'iy',
);
/** "3 dollars 50 cents", "thirteen dollars and forty-five cents". */
export const AND_CENTS_RE = new RegExp(`${WS}{1,2}(?:and${WS}{1,2})?(\\d{1,2}|[a-z]+(?:-[a-z]+)?)${WS}{1,2}cents?(?![A-Za-z])`, 'iy');

export const AND_OR_RE = new RegExp(`${WS}{1,2}(?:and|or)${WS}{1,2}`, 'iy');
/** Range connectors: "-", "–", "to". */
export const CONNECTOR_RE = new RegExp(`(?:${WS}{0,2}[-\\u2010\\u2011\\u2013]${WS}{0,2}|${WS}{1,2}to${WS}{1,2})`, 'iy');

/** What may follow an elided-currency amount ("4.3 billion in 1985", "700 mln of farm products"). */
// prettier-ignore
export const ELIDED_NEXT_WORDS = new Set([
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
export const ELIDED_NEXT_PUNCT = new Set([...',.;:!?)]"\'\u201d\u2019\u2014\u2013(\r\n'].map((c) => c.charCodeAt(0)));

/** Words before "from" that make "from X to Y" a range rather than a change. */
// prettier-ignore
export const RANGE_FROM_WORDS = new Set([
  'ranging', 'range', 'ranges', 'ranged', 'varying', 'vary', 'varies', 'varied', 'anywhere', 'spanning',
]);
/** Words right before "X unit to Y unit" that make it a change ("rose 1.2 billion dlrs to 7.3 billion dlrs"). */
// prettier-ignore
export const CHANGE_WORDS = new Set([
  'by', 'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen',
  'increased', 'increase', 'increases', 'increasing', 'decreased', 'decrease', 'decreasing', 'grew',
  'grow', 'grows', 'growing', 'grown', 'jumped', 'jump', 'jumps', 'climbed', 'climb', 'climbs',
  'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'gained', 'gain', 'gains', 'lost',
  'lose', 'loses', 'added', 'shed', 'slipped', 'slid', 'surged', 'soared', 'plunged', 'plummeted',
  'tumbled', 'widened', 'widen', 'narrowed', 'narrow', 'shrank', 'shrunk', 'expanded', 'up', 'down',
  'raised', 'raise', 'cut', 'cuts', 'lowered', 'lower', 'reduced', 'reduce', 'boosted', 'eased',
  'advanced', 'improved', 'worsened', 'swelled', 'swung', 'doubled', 'hiked', 'increases',
]);

export const SIGN_CHARS = new Set(Object.keys(SIGNS).filter((s) => s.length === 1));
export const SIGN_CODES = new Set([...SIGN_CHARS].map((s) => s.charCodeAt(0)));
export const SUFFIX_SIGN_CODES = new Set([...SUFFIX_SIGNS].map((s) => s.charCodeAt(0)));

/** Lower-cased first words of the units and scales that may follow a numeral. */
// prettier-ignore
export const UNIT_FIRST_WORDS = new Set<string>([
  ...SCALE_WORDS.keys(),
  ...SHORT_SCALES.keys(),
  ...['percent', 'percents', 'percentage', 'per', 'pct', 'pc'],
  ...Object.keys(CURRENCY_WORDS),
  ...Object.keys(ADJECTIVES).map((a) => a.split(' ')[0]),
  'd', // "D-marks"
]);
/** ... and of range connectors and "and a half". */
export const FIRST_WORDS = new Set<string>([...UNIT_FIRST_WORDS, 'to', 'and']);

export const SPELLED_START_RE =
  /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|an?|half)(?![a-z])/iy;
export const RANGE_LEAD_RE = /(?:[ \t\u00a0]to|[-\u2010\u2011\u2013])[ \t\u00a0]{0,2}$/i;
