// The first question on every page: could there be anything here for Footnote? Answered by the
// content script before anything else is loaded (entrypoints/content-loader/), and again by the
// annotator before each pass, with regex passes over the page's text and no DOM walk, so that a
// page with nothing to annotate costs well under a millisecond on most pages.
//
// What passes, and why that loses nothing the pipeline would mark:
//   1. A trade word within NEAR characters of something a figure is made of: a currency sign,
//      code or word next to a number, a percent sign or word, a scale word after a number, or
//      one of the words the figure parser reads spelled-out amounts back from ("twenty percent",
//      "five billion dollars"). The classifier decides a figure from the words around it, at most
//      400 characters to its left (LEFT_REACH in figures/classify/left-cue.ts) and 80 to its
//      right; on the labelled articles every trade figure has one of these trade words within
//      410 characters.
//   2. Or a trade story: at least STORY_MIN of the words `isTradeStory` in pipeline.ts counts
//      (the extension marks officials only on trade stories, and the gate's text holds the
//      analysed text), or TOPIC_MIN topic words with POLICY_MIN policy words among them (below
//      that, the classifier's topic prior can never call a page trade-heavy).
// A page with neither (nearly all pages: recipes, sport, software docs, most news) stops here;
// officials alone are not marked on pages that are not about trade.
import { TRADE_WORD } from './trade-words';

/** How far a trade word may be from a possible figure (characters of page text). */
export const NEAR = 600;
/** A trade story: this many of pipeline.ts's trade words (TRADE_WORDS_FOR_A_STORY there). */
export const STORY_MIN = 3;
/** Or this many topic words... */
export const TOPIC_MIN = 6;
/** ...of which this many policy words. */
export const POLICY_MIN = 3;
/**
 * `mightHaveFindings` reads at most this many characters of text, a few milliseconds' work (all
 * of every corpus page: the largest is 245,000 characters): the content script reads longer pages
 * on in chunks of the same size, each in a slice of its own (lib/page/gate.ts). A million at once
 * held Firefox's main thread for 100-300 ms on a page of 20,000 paragraphs with no trade in them.
 */
export const GATE_MAX_CHARS = 250_000;

// Which trade words are policy words (classify/document.ts POLICY_AT) and which the story count
// takes (pipeline.ts TRADE_WORD): decided from the matched word itself rather than by two more
// regexes tried at each match, because every regex the gate uses is compiled again on every page
// (about half a millisecond each, measured) and the gate is all most pages ever run.
const POLICY_WORDS = new Set([
  'trade',
  'tariff',
  'tariffs',
  'duty',
  'duties',
  'dumping',
  'quota',
  'quotas',
  'sanctions',
  'surplus',
  'surpluses',
  'deficit',
  'deficits',
  'wto',
  'gatt',
  'nafta',
  'usmca',
]);
const POLICY_STEMS = ['protectionis', 'subsid', 'retaliat'];
const STORY_WORDS = new Set([
  'tariff',
  'tariffs',
  'trade',
  'export',
  'exports',
  'import',
  'imports',
  'duty',
  'duties',
  'quota',
  'quotas',
  'sanction',
  'sanctions',
  'surplus',
  'deficit',
]);
const isPolicyWord = (w: string) => POLICY_WORDS.has(w) || POLICY_STEMS.some((stem) => w.startsWith(stem));
// Where a figure could be (see 1. above). The currency words, codes and signs are those of the
// parser's table (figures/currencies.ts), written out here so that the content script every page
// gets neither carries that table nor builds this regex from it on every page;
// tests/prefilter.test.ts fails when the two drift apart.
export const CURRENCY_WORD_SOURCE =
  String.raw`deutschemarks|deutschemark|schillings|australes|bolivares|cruzeiros|quetzales|schilling|` +
  String.raw`shillings|australs|bolivars|centimes|cordobas|cruzados|cruzeiro|drachmae|drachmas|guilders|` +
  String.raw`hryvnias|lempiras|pfennigs|quetzals|renminbi|ringgits|sheqalim|shilling|sterling|austral|` +
  String.raw`bolivar|centime|colones|cordoba|cruzado|d\-marks|dirhams|dollars|drachma|escudos|forints|` +
  String.raw`guilder|hryvnas|hryvnia|kopecks|korunas|lempira|markkaa|markkas|pennies|pesetas|pfennig|` +
  String.raw`quetzal|ringgit|roubles|rupiahs|shekels|zlotych|colons|crowns|d\-mark|dinars|dirham|dmarks|` +
  String.raw`dollar|escudo|forint|francs|kopeck|kopeks|koruna|koruny|kroner|kronor|kwacha|markka|peseta|` +
  String.raw`pounds|riyals|rouble|rubles|rupees|rupiah|shekel|sheqel|sucres|zlotis|zlotys|bahts|cedis|` +
  String.raw`cents|colon|crown|dinar|dmark|euros|franc|intis|krona|krone|kyats|liras|marks|naira|paise|` +
  String.raw`pence|penny|pesos|pound|punts|reais|rials|riyal|ruble|rupee|sucre|tenge|zloty|baht|cedi|cent|` +
  String.raw`dlrs|dols|dong|ecus|euro|kyat|leva|lira|lire|mark|peso|punt|rand|rial|sdrs|taka|yuan|cts|dlr|` +
  String.raw`ecu|lei|rmb|sdr|stg|won|yen`;
export const CURRENCY_CODE_SOURCE =
  String.raw`ECUS|Ptas|SDRS|SFr\.|AED|ARS|ATS|AUD|BEF|BFr|BFR|BRL|CAD|CHF|CLP|CNH|CNY|COP|CZK|DEM|Dfl|DKK|` +
  String.raw`Dkr|ECU|EGP|Esc|ESP|EUR|FFr|FFR|FRF|GBP|Hfl|HKD|HUF|IDR|ILS|INR|ITL|JPY|KRW|Lit|MXN|MYR|NGN|` +
  String.raw`Nkr|NLG|NOK|NZD|PEN|PHP|PKR|PLN|Rmb|RMB|Rs\.|RUB|SAR|SDR|SEK|Sfr|SFr|SFR|SGD|Skr|Stg|STG|THB|` +
  String.raw`TRY|TWD|USD|VND|XDR|XEU|ZAR|DM|RM|Rp|Rs|RS`;
export const CURRENCY_SIGNS = '$£€¥₹₩₽₺₱₦₪₫₴₭₡₾฿₨元￥＄￡';
/** Built on first use: most pages have no trade word, and never need it. */
let figurePart: RegExp | undefined;
const figurePartRegex = (): RegExp =>
  (figurePart ??= new RegExp(
    [
      `[${CURRENCY_SIGNS}%]`,
      // the words a spelled-out amount is read back from (figures/parse/lexicon.ts KEYWORDS)
      String.raw`\b(?:(?:m|b|tr)illions?|mln|bln|cents?|per\s?cent(?:age)?s?|pct|dlrs?|dollars?|yen|penny|pence|pennies)\b`,
      String.raw`\d\s?(?:thousand|lakhs?|crores?|mn|mio|bn|trn|tn|tln|trln|[kmb])\b`,
    ].join('|'),
    'gi',
  ));

// A currency code next to a number ("USD 5 billion", "DM300", "5 billion USD"): candidates by
// their shape, then looked up in a set, for the same reason as the currency words below. Codes
// are case-sensitive, as the parser reads them (figures/currencies.ts CODES).
const CODE_NUMBER = /\b([A-Z][A-Za-z]{1,3}\.?)\s?\d|\d\s?([A-Z][A-Za-z]{1,3})\b/g;
let currencyCodes: Set<string> | undefined;
const isCurrencyCode = (token: string | undefined) =>
  Boolean(token && (currencyCodes ??= new Set(CURRENCY_CODE_SOURCE.replace(/\\/g, '').split('|'))).has(token));

// A number and the up to three words after it ("58.6 billion dlrs", "5 billion Canadian
// dollars"), the currency word looked up in a set. Why not one regex with the currency words in
// it, as the other parts: a case-insensitive alternation of 150 words costs V8 about 15 ms to
// compile on its first use, and a content script's regexes are compiled again on every page.
const NUMBER_WORDS = /\d[\d.,]*\s?([A-Za-z.'-]+)(?:\s+([A-Za-z.'-]+))?(?:\s+([A-Za-z.'-]+))?/g;
let currencyWords: Set<string> | undefined;
function isCurrencyWord(token: string | undefined): boolean {
  if (!token) return false;
  currencyWords ??= new Set(CURRENCY_WORD_SOURCE.replace(/\\/g, '').split('|'));
  const word = token.toLowerCase();
  // "dlrs." and "dollars-worth" end in punctuation the word boundary of the parser stops at.
  return currencyWords.has(word) || currencyWords.has(word.replace(/^[.'-]+|[.'-]+$/g, '')) || currencyWords.has(word.match(/^[a-z]+/)?.[0] ?? '');
}

/** Longer than any figure part the regexes below read (a number and three words). */
const PART_REACH = 48;

/**
 * Where the first thing at or after `from`, and before `to`, that a figure could be made of
 * starts, or -1. The window is searched with PART_REACH characters of the text on each side, so
 * that a part starting in it is read whole and word boundaries at its edges are the text's.
 */
export function nextFigurePart(text: string, from: number, to = text.length): number {
  if (to >= text.length) return nextFigurePartIn(text, from);
  // Searched in a copy of the window: a global regex run from `from` would go on past `to` to
  // the end of the text, and on a long page with few trade words that was most of the gate.
  const start = Math.max(0, from - PART_REACH);
  const at = nextFigurePartIn(text.slice(start, to + PART_REACH), from - start);
  return at === -1 || start + at >= to ? -1 : start + at;
}

function nextFigurePartIn(text: string, from: number): number {
  const re = figurePartRegex();
  re.lastIndex = from;
  const part = re.exec(text)?.index ?? -1;
  const before = part === -1 ? text.length : part;
  let first = part;
  let limit = before;
  CODE_NUMBER.lastIndex = from;
  for (let m = CODE_NUMBER.exec(text); m && m.index < limit; m = CODE_NUMBER.exec(text)) {
    // "Rs." is a code; "Mr." before a number is not: try the token with and without its dot.
    if (isCurrencyCode(m[1]) || isCurrencyCode(m[1]?.replace(/\.$/, '')) || isCurrencyCode(m[2])) {
      first = m.index;
      limit = m.index;
      break;
    }
  }
  NUMBER_WORDS.lastIndex = from;
  for (let m = NUMBER_WORDS.exec(text); m && m.index < limit; m = NUMBER_WORDS.exec(text)) {
    if (isCurrencyWord(m[1]) || isCurrencyWord(m[2]) || isCurrencyWord(m[3])) return m.index;
  }
  return first;
}

/** Could the pipeline mark anything in `text`? False: nothing worth running it for (see above). */
export function mightHaveFindings(text: string): boolean {
  if (text.length > GATE_MAX_CHARS) text = text.slice(0, GATE_MAX_CHARS);
  let topic = 0;
  let policy = 0;
  let story = 0;
  // Everything before this has been searched for figure parts, and had none near a trade word.
  let searchedTo = 0;
  TRADE_WORD.lastIndex = 0;
  for (let m = TRADE_WORD.exec(text); m; m = TRADE_WORD.exec(text)) {
    const at = m.index;
    const word = m[0].toLowerCase();
    topic++;
    if (isPolicyWord(word)) policy++;
    if (STORY_WORDS.has(word)) story++;
    if (story >= STORY_MIN || (topic >= TOPIC_MIN && policy >= POLICY_MIN)) return true;
    // Is there a figure part within NEAR of this trade word? Trade words come in text order,
    // so each stretch of text is searched at most once, and only the stretches near them.
    const from = Math.max(at - NEAR, searchedTo);
    const to = Math.min(text.length, at + m[0].length + NEAR + 1);
    if (from >= to) continue;
    if (nextFigurePart(text, from, to) !== -1) return true;
    searchedTo = to;
  }
  return false;
}

const SKIPPED_CHILDREN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text the gate reads: `textContent` of the body's children, except scripts and styles that
 * are children of the body itself. On script-heavy pages that is a fraction of the body's
 * `textContent` (nytimes: 73,000 characters instead of 719,000), and building it costs as much
 * less; deeper scripts are rare and only make the gate read more.
 */
export function gateText(root: Element, maxChars = GATE_MAX_CHARS): string {
  let text = '';
  for (let node = root.firstChild; node && text.length < maxChars; node = node.nextSibling) {
    const type = node.nodeType;
    if (type !== 1 && type !== 3) continue; // comments are not text
    if (type === 1 && SKIPPED_CHILDREN.has((node as Element).nodeName.toUpperCase())) continue;
    text += node.textContent ?? '';
  }
  return text;
}

/** SKIPPED_CHILDREN as a selector of root's own children. */
const SKIPPED_CHILD_SELECTOR = [...SKIPPED_CHILDREN].map((name) => `:scope > ${name.toLowerCase()}`).join(', ');
/** Shorter script texts stay in gateTextFrom's text: too short to find for sure, too short to matter. */
const CUT_MIN_CHARS = 64;

/**
 * gateText, from a read of `root.textContent` the caller made already (the content script's first
 * look): that text with the text of root's own script and style children cut out, found in order.
 * Cheaper than walking the children again, which reads all of their text a second time: a
 * script's text is only handed back (the browser keeps it as one string). Scripts shorter than
 * CUT_MIN_CHARS stay in. Where the page's own text repeats a script's text before it (a tutorial
 * showing its code), that first copy is cut instead: the gate sees the same characters.
 */
export function gateTextFrom(root: Element, rootText: string): string {
  const skipped = root.querySelectorAll(SKIPPED_CHILD_SELECTOR);
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < skipped.length; i++) {
    const text = skipped[i].textContent ?? '';
    if (text.length < CUT_MIN_CHARS) continue;
    const at = rootText.indexOf(text, from);
    if (at === -1) continue;
    parts.push(rootText.slice(from, at));
    from = at + text.length;
  }
  if (from === 0) return rootText;
  parts.push(rootText.slice(from));
  return parts.join('');
}

/** The gate on a live element (usually `document.body`). */
export function pageMightHaveFindings(root: Element): boolean {
  return mightHaveFindings(gateText(root));
}
