// What a sentence says about a tariff figure: whose goods it falls on, which goods, and when.
// Only US actions are known, so a sentence where the US is the target, or where another economy
// imposes the duty ("Beijing raised its tariffs to 125%"), reads as no country at all.
import { findPlaces, type PlaceMention } from '../stats/read/places';

export interface Span {
  start: number;
  end: number;
}

export interface TariffReading {
  /** The economy the duty falls on and those listed with it ("Canada and Mexico"); empty: none named. */
  countries: string[];
  /** A kind of goods the knowledge base has duties for ("steel", "cars"). */
  product?: string;
  /** The sentence names goods the knowledge base has no duty for ("auto parts", "copper"). */
  otherGoods: boolean;
  /** The sentence cannot be about a US duty (the US is the target, another economy imposes). */
  foreign: boolean;
  /** The date nearest the figure, as YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
  /** The duty the sentence names ("fentanyl", "reciprocal", "Section 232"): only its lines fit. */
  duty?: RegExp;
}

// What a duty is called → the measures (lines) it names.
const DUTY_NAMES: Array<[RegExp, RegExp]> = [
  [/\b(?:fentanyl|opioids?)\b/i, /^ieepa-fentanyl-/],
  [/\b(?:reciprocal|baseline|liberation day)\b/i, /^ieepa-reciprocal$/],
  [/\bsection 232\b/i, /^s232-/],
  [/\bsection 301\b/i, /^s301-/],
  [/\bsection 122\b/i, /^s122-/],
];

/**
 * The names in one expression, name i's as group i + 1: one scan of the sentence, not one per
 * name. No name starts inside another, so the scan finds every name the sentence has.
 */
const ANY_DUTY_NAME = new RegExp(DUTY_NAMES.map(([name]) => `(${name.source})`).join('|'), 'gi');

/** The measures of the first duty in DUTY_NAMES's order that the sentence names. */
function dutyNamed(sentence: string): RegExp | undefined {
  let first = DUTY_NAMES.length;
  ANY_DUTY_NAME.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ANY_DUTY_NAME.exec(sentence));) first = Math.min(first, m.findIndex((g, i) => i > 0 && g !== undefined) - 1);
  return DUTY_NAMES[first]?.[1];
}

// Longer names first: "auto parts" is not "autos".
const OTHER_GOODS =
  /\b(?:auto(?:mobile)?[- ]parts|car[- ]parts|parts|copper|lumber|timber|semiconductors?|chips|trucks|furniture|cabinets|solar|washing machines|aircraft|films?|movies|electric vehicles|EVs|energy|potash|oil|soybeans|pork|beef|chicken|cotton|wine|whisk(?:e)?y)\b/g;
const KNOWN_GOODS: Array<[RegExp, string]> = [
  [/\bsteel\b/gi, 'steel'],
  [/\balumin(?:i)?um\b/gi, 'aluminum'],
  [/\b(?:cars?|autos?|automobiles?|automotive|(?:passenger |motor )?vehicles?)\b/gi, 'cars'],
  [/\b(?:pharmaceuticals?|(?:patented |brand(?:ed|-name) )?(?:drugs|medicines))\b/gi, 'pharmaceuticals'],
  [/\bdairy\b/gi, 'dairy'],
];

const US_TARGET_BEFORE = /\b(?:on|against|targeting|from)\s+(?:(?:the|all|most|some|many|certain|more)\s+){0,2}$/i;
const US_AS_GOODS_AFTER =
  /^['’]?s?\s*(?:-made\b|(?:farm|agricultural|food)?\s*(?:goods|products|exports|produce|farm|agricultural|soybeans|pork|beef|chicken|cars|energy))/i;
const IMPOSER_AFTER =
  /^(?:['’]s?\s+(?:(?:own|new|latest|retaliatory|counter|additional|higher|\d+(?:\.\d+)?\s*(?:%|percent))\s+)*(?:tariffs?|dut(?:y|ies)|levy|levies|counter-?tariffs?|countermeasures|retaliation)|\s+(?:(?:has|had|will|would|also|then|quickly|swiftly)\s+)?(?:retaliated|responded|hit back|hits back|struck back|raised|imposed|imposes|slapped|levied|matched|announced|said it would|vowed|added|increased|put|placed|set|lifted|will impose|plans|imposing|raising))/i;
const RETALIATION = /\b(?:retaliat\w*|counter-?tariffs?|countermeasures?|hit(?:s)? back|struck back|in response)\b/i;
const TARGET_BEFORE =
  /\b(?:on|against|for|targeting|from|with)\s+(?:(?:the|all|most|some|many|certain|more|imports|goods|products|shipments)\s+(?:of\s+|from\s+)?){0,2}$/i;
const GOODS_AFTER = /^\s+(?:goods|imports|products|exports|shipments|steel|cars|autos|vehicles|aluminum)/i;
const LISTED_WITH = /^(?:\s*,\s*|\s+(?:and|or|as well as)\s+|\s*,\s*(?:and|or)\s+)(?:the\s+)?$/i;

const TARGET_SLACK = 60;

/** Where the sentence names goods: a known kind (`product`), or goods the knowledge base has no duty for. */
interface GoodsMention {
  index: number;
  product?: string;
}

/** Every goods word of the sentence, other goods first, then each known kind in KNOWN_GOODS's order. */
function findGoods(sentence: string): GoodsMention[] {
  const out: GoodsMention[] = [];
  scanGoods(out, sentence, OTHER_GOODS, undefined);
  for (const [re, product] of KNOWN_GOODS) scanGoods(out, sentence, re, product);
  return out;
}

/**
 * Adds the goods words `re` finds in `sentence` to `out`. A function of its own, not a closure
 * in findGoods: under tsx a named closure has its name set each time it is made (see
 * officials' 26988cd), which cost more than the scan on most sentences.
 */
function scanGoods(out: GoodsMention[], sentence: string, re: RegExp, product: string | undefined): void {
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(sentence));) out.push(product ? { index: m.index, product } : { index: m.index });
}

/** The mention nearest `at` (the first found of equally near ones), or undefined. */
function nearest<M extends { index: number }>(mentions: readonly M[], at: number): M | undefined {
  let best: M | undefined;
  let bestDistance = Infinity;
  for (const m of mentions) {
    const d = Math.abs(m.index - at);
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}

/** The goods the sentence names nearest the figure: known, other, or none (the first found of equally near ones). */
function readGoods(goods: readonly GoodsMention[], at: number): { product?: string; otherGoods: boolean } {
  const best = nearest(goods, at);
  if (!best) return { otherGoods: false };
  return best.product ? { product: best.product, otherGoods: false } : { otherGoods: true };
}

const before = (text: string, s: Span, p: PlaceMention) => text.slice(Math.max(s.start, p.start - 40), p.start);
const after = (text: string, s: Span, p: PlaceMention) => text.slice(p.end, Math.min(s.end, p.end + 60));

/**
 * The economies the sentence's duty may fall on, whatever the figure: none when it cannot be a
 * US duty (`foreign`), else the places that may be targets, in order.
 */
function readTargets(text: string, s: Span): { targets: PlaceMention[]; foreign: boolean } {
  const places = findPlaces(text, s.start, s.end);
  for (const p of places) {
    if (p.code === 'US' && (US_TARGET_BEFORE.test(before(text, s, p)) || US_AS_GOODS_AFTER.test(text.slice(p.end, p.end + 40))))
      return { targets: [], foreign: true };
  }
  const others = places.filter((p) => p.code !== 'US');
  // Another economy imposing: "China raised", "Canada's counter-tariffs".
  if (others.some((p) => IMPOSER_AFTER.test(after(text, s, p)) && !TARGET_BEFORE.test(before(text, s, p)))) return { targets: [], foreign: true };
  const retaliation = RETALIATION.test(text.slice(s.start, s.end));
  const targets = retaliation ? others.filter((p) => TARGET_BEFORE.test(before(text, s, p)) || GOODS_AFTER.test(after(text, s, p))) : others;
  if (retaliation && targets.length < others.length) return { targets: [], foreign: true };
  return { targets, foreign: false };
}

/** How far a target is from the figure, preferring one shortly after it ("145% on China"). */
const targetDistance = (p: PlaceMention, figure: Span) => (p.start >= figure.end ? Math.max(0, p.start - figure.end - TARGET_SLACK) : figure.start - p.end);

/** Whose goods the duty falls on: the target nearest the figure, and those listed with it. */
function readCountries(text: string, targets: readonly PlaceMention[], figure: Span): string[] {
  if (targets.length === 0) return [];
  const nearest = targets.reduce((a, b) => (targetDistance(b, figure) < targetDistance(a, figure) ? b : a));
  // And those listed with it.
  const i = targets.indexOf(nearest);
  let lo = i;
  let hi = i;
  while (lo > 0 && LISTED_WITH.test(text.slice(targets[lo - 1].end, targets[lo].start))) lo--;
  while (hi < targets.length - 1 && LISTED_WITH.test(text.slice(targets[hi].end, targets[hi + 1].start))) hi++;
  return [...new Set(targets.slice(lo, hi + 1).map((p) => p.code))];
}

const MONTH = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2})\b)?`, 'g');
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+(?:of\s+)?((?:19|20)\d{2})\b`, 'g');
const MONTH_ALONE = new RegExp(
  String.raw`\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Tt]hrough|[Oo]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of|[Ss]tart of|[Bb]eginning of)\s+${MONTH}(?![\w-])`,
  'g',
);
const YEAR = /\b(?:in|since|from|during|of|by|until|through|for)\s+((?:19|20)\d{2})\b(?!\s*(?:%|percent|billion|million|trillion))/gi;
/** What every MONTH starts with: a sentence without any needs no scan for days and months. */
const ANY_MONTH = /Jan|Feb|Mar|Apr|May|Ju[nl]|Aug|Sep|Oct|Nov|Dec/;

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** A month without a year: in the page's year, or the year before when that month would be more than half a year ahead. */
function yearFor(month: number, page: string): number {
  const y = Number(page.slice(0, 4));
  const pm = Number(page.slice(5, 7));
  return month - pm > 6 ? y - 1 : y;
}

/** A date the sentence gives, where it starts. */
interface DateMention {
  index: number;
  date: string;
}

/** Every date the sentence gives, read against the page's date: days, then months of a year, months alone, years; none overlapping an earlier one. */
function findDates(sentence: string, page: string): DateMention[] {
  const out: DateMention[] = [];
  const taken: Span[] = [];
  if (ANY_MONTH.test(sentence)) {
    scanDates(out, taken, sentence, DAY, (m) => {
      const month = monthOf(m[1]);
      const day = Number(m[2]);
      if (day < 1 || day > 31) return undefined;
      return `${m[3] ?? yearFor(month, page)}-${pad(month)}-${pad(day)}`;
    });
    scanDates(out, taken, sentence, MONTH_YEAR, (m) => `${m[2]}-${pad(monthOf(m[1]))}`);
    scanDates(out, taken, sentence, MONTH_ALONE, (m) => {
      const month = monthOf(m[1]);
      return `${yearFor(month, page)}-${pad(month)}`;
    });
  }
  scanDates(out, taken, sentence, YEAR, (m) => m[1]);
  return out;
}

/** Adds the dates `re` finds in `sentence` and `read` reads to `out`, skipping any that overlap one `taken`. (Not a closure in findDates: see scanGoods.) */
function scanDates(out: DateMention[], taken: Span[], sentence: string, re: RegExp, read: (m: RegExpExecArray) => string | undefined): void {
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(sentence));) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && t.start < end)) continue;
    const date = read(m);
    if (!date) continue;
    taken.push({ start, end });
    out.push({ index: start, date });
  }
}

/** The date nearest the figure (the first found of equally near ones). */
function readDate(dates: readonly DateMention[], at: number): string | undefined {
  return nearest(dates, at)?.date;
}

/** What a sentence says whatever the figure: read once for all the tariff figures in it. */
interface SentenceReading {
  text: string;
  start: number;
  end: number;
  page: string;
  targets: PlaceMention[];
  foreign: boolean;
  goods: GoodsMention[];
  dates: DateMention[];
  duty?: RegExp;
}

/** The last sentence read: a page's tariff figures come in order, often several to a sentence. */
let lastSentence: SentenceReading | undefined;

function sentenceReading(text: string, s: Span, page: string): SentenceReading {
  const last = lastSentence;
  if (last && last.start === s.start && last.end === s.end && last.page === page && last.text === text) return last;
  const sentence = text.slice(s.start, s.end);
  const duty = dutyNamed(sentence);
  lastSentence = { text, start: s.start, end: s.end, page, ...readTargets(text, s), goods: findGoods(sentence), dates: findDates(sentence, page), duty };
  return lastSentence;
}

export function readTariffSentence(text: string, s: Span, figure: Span, page: string): TariffReading {
  const r = sentenceReading(text, s, page);
  const at = figure.start - s.start;
  const countries = r.foreign ? [] : readCountries(text, r.targets, figure);
  return { countries, foreign: r.foreign, ...readGoods(r.goods, at), date: readDate(r.dates, at), ...(r.duty ? { duty: r.duty } : {}) };
}
