// Inputs for the property-based tests: fragments of trade-news prose (written for these tests)
// put together at random, then mutated the way real pages mangle text: characters inserted and
// deleted, stray digits and currency signs, unicode spaces and invisible characters, case
// changes, pasted duplicates. Shared by figures.test.ts and annotate.test.ts.
import fc from 'fast-check';

/** Sentences and clauses in the style of wire copy and newspaper trade coverage. */
export const FRAGMENTS: readonly string[] = [
  'Washington said a 25 percent tariff on $50 billion of Chinese goods would take effect on Friday.',
  'Treasury Secretary Steven Mnuchin said talks would resume next week.',
  'Beijing answered with duties of 10% on US$60bn of American products, from soybeans to aircraft.',
  'Commerce Secretary Wilbur Ross put the cost to carmakers at about $2.7 billion a year.',
  'U.S. Trade Representative Robert Lighthizer called the offer "not enough".',
  'The goods deficit with China widened to $375 billion last year, the Census Bureau said.',
  'Exports fell 4.2 pct in March to 58.6 billion dlrs, while imports rose 1.1 pct.',
  'Vice Premier Liu He led the delegation; President Xi Jinping did not attend.',
  'Mr. Mnuchin told reporters the 10 percent levy could rise to 25 percent on Jan. 1.',
  'Brussels threatened tariffs on €2.8 billion of U.S. goods, including motorcycles and bourbon.',
  "Britain's exports to the bloc were worth £274bn in 2017, or 44 per cent of the total.",
  "Japan's surplus narrowed to 1.2 trillion yen, ministry figures showed.",
  'The yuan weakened past 6.9 per dollar as tariffs of 5 to 25 percent were announced.',
  'Duties on steel (25%) and aluminum (10%) cover roughly $48 billion of imports.',
  'Soybean shipments could drop by half a billion dollars, farm groups warned.',
  'President Donald Trump tweeted that China had "taken advantage" of the United States.',
  'Economic adviser Larry Kudlow said growth of 3 percent was within reach.',
  'Trade adviser Peter Navarro said the $200 billion list was final.',
  'Ambassador Terry Branstad met officials in Beijing on Tuesday.',
  'The tariff rate on the remaining $300 billion would be 10 to 15 percent.',
  'Imports from Mexico rose 0.5 percentage points as a share of the total.',
  'The central bank cut rates by 25 basis points; the yen traded at 139.10/20.',
  'Tariffs of 2-1/2 pct on cars and 25 pct on light trucks have stood for decades.',
  'A $50-60 billion package of measures was under review, officials said.',
  'Seven billion dollars in farm aid will be paid this autumn.',
  'Premier Li Keqiang promised to cut import duties on consumer goods.',
  'Commerce Minister Zhong Shan said China would "fight back" if needed.',
  'Exports of $1.2tn make the country the largest trader in goods.',
  'The company earned $4 billion, up 12%, and expects flat sales.',
  'Shares fell 3.4 per cent in Shanghai and 1.9 per cent in Hong Kong.',
  'Canada imposed C$16.6 billion of counter-tariffs on July 1.',
  'India raised duties on 29 U.S. products, worth about $240 million.',
  'The 90-day truce expires on March 1, 2019.',
  'Mnuchin and Lighthizer flew to Beijing; Ross stayed in Washington.',
  'About 4 cents of every dollar of imports goes to tariffs.',
  'The WTO ruled that the 2018 duties broke trade rules.',
];

/** Characters that real pages put inside and between words. */
export const HOSTILE_CHARS: readonly string[] = [
  // digits and numeric punctuation
  '0',
  '1',
  '5',
  '9',
  '.',
  ',',
  '-',
  '/',
  '%',
  '+',
  "'",
  '’',
  '–',
  '—',
  '(',
  ')',
  // currency signs and letters that start codes
  '$',
  '€',
  '£',
  '¥',
  '₩',
  '₹',
  '¢',
  'US$',
  'C$',
  'A$',
  'HK$',
  'R$',
  'USD',
  'EUR',
  'bn',
  'm',
  'k',
  // unicode spaces, invisible and bidi characters
  ' ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u2007',
  '\u3000',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  // letters that look like others, combining marks, astral and broken surrogates
  'é',
  'ß',
  'İ',
  'ı',
  '\u0301',
  'Ａ',
  '１',
  '٣',
  '۵',
  '𝟓',
  '😀',
  '\ud83d',
  '\ude00',
  '\u0000',
  '\uffff',
  // scale, percent and currency words, and range words
  ' billion',
  ' million',
  ' trillion',
  ' percent',
  ' per cent',
  ' pct',
  ' dlrs',
  ' yen',
  ' yuan',
  ' euros',
  ' to ',
  ' and a half',
  ' half a ',
  'percentage points',
];

export type Mutation =
  | { op: 'insert'; at: number; s: string }
  | { op: 'delete'; at: number; n: number }
  | { op: 'replace'; at: number; s: string }
  | { op: 'digits'; at: number; n: number; d: number }
  | { op: 'case'; at: number; n: number; upper: boolean }
  | { op: 'duplicate'; at: number; n: number; to: number };

/** Positions are drawn as fractions of the current length, so shrinking keeps them meaningful. */
const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const at = (text: string, p: number) => Math.floor(p * (text.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: position, s: fc.constantFrom(...HOSTILE_CHARS) }),
  fc.record({ op: fc.constant('delete' as const), at: position, n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('replace' as const), at: position, s: fc.constantFrom(...HOSTILE_CHARS) }),
  // Digit runs up to 60 long: past the safe-integer range, well short of overflowing a double
  // (hugeNumbers below covers that, separately, so a known overflow cannot hide other bugs).
  fc.record({
    op: fc.constant('digits' as const),
    at: position,
    n: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 13, max: 60 }) }),
    d: fc.integer({ min: 0, max: 9 }),
  }),
  fc.record({ op: fc.constant('case' as const), at: position, n: fc.integer({ min: 1, max: 40 }), upper: fc.boolean() }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, n: fc.integer({ min: 1, max: 30 }), to: position }),
);

export function applyMutation(text: string, m: Mutation): string {
  const i = Math.min(at(text, m.at), text.length);
  switch (m.op) {
    case 'insert':
      return text.slice(0, i) + m.s + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + m.n);
    case 'replace':
      return text.slice(0, i) + m.s + text.slice(i + 1);
    case 'digits':
      // Not all the same digit: "9999" and "1234" exercise different overflow paths.
      return text.slice(0, i) + Array.from({ length: m.n }, (_, k) => (m.d + k * 7) % 10).join('') + text.slice(i);
    case 'case': {
      const mid = text.slice(i, i + m.n);
      return text.slice(0, i) + (m.upper ? mid.toUpperCase() : mid.toLowerCase()) + text.slice(i + m.n);
    }
    case 'duplicate': {
      const piece = text.slice(i, i + m.n);
      const j = Math.min(at(text, m.to), text.length);
      return text.slice(0, j) + piece + text.slice(j);
    }
  }
}

const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', ' \u2014 ', '\u00a0', ''];

/** A short article: 1-6 fragments joined by spaces, paragraph breaks or nothing at all. */
export const article: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** An article, then up to 16 mutations applied in order. */
export const mutatedArticle: fc.Arbitrary<string> = fc
  .tuple(article, fc.array(mutation, { minLength: 1, maxLength: 16 }))
  .map(([text, muts]) => muts.reduce(applyMutation, text));

/**
 * A figure whose number is hundreds of digits long (a table cell of digits, a pasted hash):
 * the parsed value must stay finite, whatever the scale word after it.
 */
export const hugeNumber: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('$', 'US$', '€', '', ''),
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 250, max: 420 }),
    fc.constantFrom('', ' billion', 'tn', ' percent', '%', ' dlrs', ' yen', '.5 pct'),
  )
  .map(([sign, lead, n, tail]) => `tariffs on ${sign}${lead}${'0'.repeat(n)}${tail} of goods`);

/** Strings made of the hostile pieces and plain letters only, no prose around them. */
export const hostileSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_CHARS), fc.constantFrom('a', 'e', 'n', 'T', 'x', ' ', 'Mnuchin', 'Secretary ', 'tariff ')), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** The seed for every property run: fixed by default so a failure reproduces; FC_SEED overrides. */
export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20260601;

interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Offsets are integers inside the text, `text.slice(start, end) === span.text`, spans sorted by
 * start and non-overlapping. Throws an Error naming the first broken rule.
 */
export function checkSpans(text: string, spans: readonly Span[], what: string): void {
  if (!Array.isArray(spans)) throw new Error(`${what}: not an array`);
  let prevEnd = 0;
  spans.forEach((s, i) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) throw new Error(`${what}[${i}]: non-integer offsets ${s.start}..${s.end}`);
    if (!(s.start >= 0 && s.start < s.end && s.end <= text.length))
      throw new Error(`${what}[${i}]: span ${s.start}..${s.end} outside text of length ${text.length}`);
    if (text.slice(s.start, s.end) !== s.text)
      throw new Error(`${what}[${i}]: text ${JSON.stringify(s.text)} but the slice is ${JSON.stringify(text.slice(s.start, s.end))}`);
    if (s.start < prevEnd) throw new Error(`${what}[${i}]: starts at ${s.start}, before the previous span ends (${prevEnd})`);
    prevEnd = s.end;
  });
}

export interface FigureLike extends Span {
  kind: string;
  value: number;
  high?: number;
  currency: string | null;
}

/** checkSpans, plus: a known kind, a finite value, `high` finite and ≥ value, currency matches kind. */
export function checkFigures(text: string, figures: readonly FigureLike[], what = 'figures'): void {
  checkSpans(text, figures, what);
  figures.forEach((f, i) => {
    const name = `${what}[${i}] ${JSON.stringify(f.text)}`;
    if (f.kind !== 'money' && f.kind !== 'percent') throw new Error(`${name}: kind ${f.kind}`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) throw new Error(`${name}: value ${f.value} is not finite`);
    if (f.high !== undefined && !(Number.isFinite(f.high) && f.high >= f.value)) throw new Error(`${name}: high ${f.high} with value ${f.value}`);
    if (f.kind === 'percent' && f.currency !== null) throw new Error(`${name}: a percent with currency ${f.currency}`);
    if (f.kind === 'money' && !(typeof f.currency === 'string' && /^[A-Z]{3}$/.test(f.currency))) throw new Error(`${name}: money with currency ${f.currency}`);
  });
}
