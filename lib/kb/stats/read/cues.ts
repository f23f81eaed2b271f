// The words that say which trade flow an amount measures ("trade deficit", "exports to",
// "imported", "two-way trade"), with what they say about scope, and whether they are one
// product's or one sector's trade ("soybean exports", "imports of steel"), which is no statistic
// of an economy. One precompiled expression finds them all in a sentence.
import type { Flow, Scope } from '../types';
import { isWhiteSpaceCode } from '../../../text/char-tests';

export interface CueMention {
  start: number;
  end: number;
  flow: Flow;
  /** "goods exports", "services surplus", "trade in goods and services"; undefined when not written. */
  scope?: Scope;
  /** A verb ("China exported $28.8 billion to …"): its subject is the reporter. */
  verb: boolean;
  /** "trade between X and Y" / "trade with X": the partner phrase is part of the cue. */
  between: boolean;
  /** The flow of one product or sector, or a balance that is not trade (budget, current account). */
  blocked: boolean;
}

// Every cue starts with one of these letters: checked first, it spares trying each alternative at
// every word of the sentence. The hyphenated pair's lookbehind ("US-China trade") is checked
// after "trade" matched, not at every word.
const CUE = new RegExp(
  String.raw`\b(?=[tbocdsgie])(?:` +
    [
      // Two-way trade. "Trade" alone is too common a word: only these frames are a flow.
      String.raw`\b(?<total>(?:two-way|bilateral|total|overall|combined)\s+(?:goods\s+)?trade(?:\s+in\s+goods)?|trade\s+(?:between|with)|trade\s+(?:volume|turnover)|trade(?<=\b[A-Z][\w.]*-[A-Z][\w.]*\strade))\b(?!\s+(?:deficits?|surplus(?:es)?|gaps?|balance|imbalances?|shortfalls?|war|wars|deal|deals|talks|polic|tensions?|disputes?|barriers?|agreements?|pacts?|negotiat|partners?|relations?|ties|truce|frictions?|representative|minister|chief|officials?|rules|routes?|flows?))`,
      String.raw`\b(?<balance>deficits?|surplus(?:es)?|gaps?|imbalances?|shortfalls?|balance(?!\s+(?:of\s+payments|sheets?|of\s+power)))\b`,
      String.raw`\b(?<exports>exports|export\s+(?:value|values|earnings|receipts|sales|shipments|volume)|exported|shipments|shipped|overseas\s+sales|sales\s+abroad)\b`,
      String.raw`\b(?<imports>imports|import\s+(?:bill|value|values)|imported)\b`,
    ].join('|') +
    ')',
  'gi',
);

/** Words that can stand before a flow word and leave it the economy's whole flow. */
const OPEN_MODIFIERS = new Set(
  (
    'the a an its their his her our this that these those total overall global worldwide annual yearly monthly quarterly record ' +
    'bilateral merchandise goods services trade combined cumulative net gross outbound inbound direct nominal seasonally adjusted ' +
    'unadjusted external foreign overseas strong weak robust sluggish solid huge massive large big persistent chronic ' +
    'longstanding long-standing yawning lopsided staggering whopping historic new full-year first-half first-quarter year-to-date ' +
    "country's nation's economy's bloc's region's world's country’s nation’s economy’s bloc’s region’s world’s all-time high same previous prior " +
    'latest current headline average reported official two-way total-trade month-on-month year-on-year customs-cleared physical ' +
    'widening narrowing shrinking growing rising falling soaring surging slumping booming ballooning record-breaking record-high ' +
    'biggest largest smallest widest narrowest higher lower bigger smaller larger wider narrower ' +
    // The amount's own words: "a €198 billion surplus", "a 5 trillion yen deficit".
    'billion million trillion bn mn tn bln mln dollar dollars dlr dlrs euro euros yen yuan renminbi pound pounds stg sterling won ' +
    'rupee rupees franc francs mark marks peso pesos ringgit baht rand real reais lira krona kronor crown crowns'
  ).split(' '),
);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/** A word that may stand between an economy and its flow ("China's total goods exports"). */
export const isFlowModifier = (lower: string): boolean => OPEN_MODIFIERS.has(lower) && !DETERMINERS.has(lower);

/** Products and sectors: their flows are not an economy's (LABELING: one product's or sector's trade). */
const PRODUCT_WORDS = new Set(
  (
    'soybean soybeans soy corn wheat grain grains pork beef chicken poultry dairy seafood fish lobster fruit fruits wine whisky whiskey ' +
    'bourbon spirits rice sugar coffee cocoa cotton lumber timber wood steel aluminum aluminium copper iron nickel lithium rare earth earths ' +
    'mineral minerals metal metals coal oil crude gas lng energy fuel fuels petroleum auto autos car cars vehicle vehicles ev evs truck trucks ' +
    'parts aircraft plane planes jet jets chip chips semiconductor semiconductors electronics smartphone smartphones phone phones iphone ' +
    'iphones computer computers laptop laptops solar panel panels battery batteries pharmaceutical pharmaceuticals drug drugs medicine ' +
    'medicines medical textile textiles apparel clothing garment garments shoe shoes footwear furniture toy toys machinery equipment arms ' +
    'weapons defense defence military farm agricultural agriculture agri-food agrifood food foods commodity commodities manufacturing ' +
    'industrial tech technology high-tech non-oil digital software tourism travel education financial film fertilizer potash uranium gold ' +
    'silver diamond diamonds tobacco beverage beverages meat vegetables nuts almonds cattle livestock cheese milk eggs ethanol plastics ' +
    'chemical chemicals rubber paper pulp cement glass ship ships shipbuilding tyre tires tire tyres fossil critical luxury consumer ' +
    'capital mining banking farming fishing newsprint butter peanut water electronic'
  ).split(' '),
);

/** Balances that are not trade balances. */
const NOT_TRADE_BALANCE = new Set(
  (
    'budget fiscal federal government funding financing output wage wages price prices pay revenue pension infrastructure investment ' +
    'spending primary structural current-account account deficit-reduction gender skills talent credibility trust demand supply ' +
    'productivity labor labour savings cash'
  ).split(' '),
);

/** Words before a flow word that own nothing: "and exports", "said imports", "against imports", "hit exports". */
const FUNCTION_WORDS = new Set(
  (
    'and or but while whereas as that which who whom with from to into of in on by for at than its their overall also only still even ' +
    'just both when where whose if because so yet nor said says say showed shows show revealed reported indicated noted added stated ' +
    'found suggest suggests suggested mean means meant is are was were be been being has have had do does did how why what whether ' +
    'against versus vs over under above below after before during amid despite including excluding like per plus minus toward towards ' +
    'across through throughout via about around among between beyond within without upon unlike it they we he she you i them us him ' +
    'hit cut hurt drove drive drives spur spurs lift lifts boost boosts curb curbs drag drags saw see sees led lead leads put set let ' +
    'make makes made keep keeps kept help helps hold holds held get gets got take takes took weigh weighs ' +
    'more less most least much many few fewer lower higher record all any some no not other such each every both either neither'
  ).split(' '),
);

/** What may follow "exports of" / "deficit in" and leave it the economy's whole flow. */
const OPEN_OBJECTS =
  /^\s+(?:of|in)\s+(?:(?:all|total|its|their|the|US|U\.S\.|American|Chinese|[A-Z][a-z]+(?:an|ese|ish|ian|i))\s+)?(?:goods|services|merchandise|products|manufactures|items|wares)\b/;
const OBJECT_WORD = /^\s+(?:of|in)\s+(?:the\s+)?([a-z][a-z-]*)/;
/** "exports of $28 billion", "deficit in March", "imports in 2024": the amount or a period follows. */
const OBJECT_IS_AMOUNT_OR_TIME =
  /^\s+(?:of|in)\s+(?:[$€£¥]|US\$|USD|\d|about|around|nearly|almost|some|roughly|more|over|less|under|just|an?\s|the\s+(?:first|second|third|fourth|same|past|last|year|month|quarter|fiscal|period)|(?:last|this|each|every)\s|January|February|March|April|May|June|July|August|September|October|November|December|recent|record)/;

const SCOPE_GOODS_AND_SERVICES = /goods\s+and\s+services/i;
const SCOPE_GOODS = /\b(?:goods|merchandise)\b/i;
const GOODS_BEFORE = /\b(?:goods|merchandise)\s+(?:trade\s+)?$/i;
const SERVICES_BEFORE = /\bservices\s+(?:trade\s+)?$/i;
const IN_GOODS_AND_SERVICES = /^\s+(?:of|in)\s+goods\s+and\s+services/i;
const IN_GOODS = /^\s+(?:of|in)\s+(?:the\s+)?(?:trade\s+(?:of|in)\s+)?goods\b/i;
const IN_SERVICES = /^\s+(?:of|in)\s+(?:the\s+)?(?:trade\s+(?:of|in)\s+)?services\b/i;
const LOOK_LEFT = 40;
/** `[\s,;:()"“”]` on a character code: where a word before a cue starts. */
const isWordBreak = (c: number) => isWhiteSpaceCode(c) || c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;
/** "The current account, which last year posted a surplus" (unless trade is named after it). */
const CURRENT_ACCOUNT = /current[- ]account(?![^]*\btrade\b)/i;
const LOWER_CASE_OWNER = /^[a-z].*['’]s?$/;
const LOWER_CASE_WORD = /^[a-z][a-z-]*$/;
const LOOK_RIGHT = 32;

/** The word just before `at` (lower case), skipping spaces; empty at the start. */
function wordBefore(text: string, at: number, from: number): string {
  let e = at;
  while (e > from && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > from && !isWordBreak(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e);
}

function scopeAround(text: string, start: number, end: number, from: number, to: number): Scope | undefined {
  const around = text.slice(Math.max(from, start - LOOK_LEFT), Math.min(to, end + LOOK_RIGHT));
  const cue = text.slice(start, end);
  // Only the words next to the cue: "goods" in "$X of goods … services exports" is not its scope.
  const left = text.slice(Math.max(from, start - 20), start);
  const right = text.slice(end, Math.min(to, end + 30));
  if (SCOPE_GOODS_AND_SERVICES.test(around) && (SCOPE_GOODS_AND_SERVICES.test(left) || IN_GOODS_AND_SERVICES.test(right))) return 'goods+services';
  if (SCOPE_GOODS.test(cue) || GOODS_BEFORE.test(left) || IN_GOODS.test(right)) return 'goods';
  if (SERVICES_BEFORE.test(left) || IN_SERVICES.test(right)) return 'services';
  return undefined;
}

/** Adjectives, not owners: "surging", "biggest", "sensitive", "enormous", "chronic". */
const ADJECTIVE_ENDING = /(?:ing|ed|est|ly|ive|ous|ic|ful|ant|ent|ary)$/;
const MEASURE_OF_FLOW =
  /\b(?:tariffs?|duties|duty|levies|levy|taxes|tax|revenues?|receipts|collections?|curbs?|controls?|bans?|restrictions?|subsidies|quotas?)\s+(?:on|from|of|against|targeting|covering)\s+(?:[\w.’'-]+\s+){0,3}$/i;
const SCOPE_WORDS = new Set(['goods', 'trade', 'merchandise', 'services']);
/** "Farm and food trade showed a surplus", "the energy sector's deficit": a sector's balance. */
const SECTOR_TRADE = /\b([a-z][a-z-]*)\s+(?:and\s+[a-z-]+\s+)?(?:trade|sector|industry)\b(?=[^A-Z]*$)/g;
const SECTOR_REACH = 80;

function productTradeBefore(text: string, start: number, from: number): boolean {
  const left = text.slice(Math.max(from, start - SECTOR_REACH), start);
  SECTOR_TRADE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECTOR_TRADE.exec(left))) if (PRODUCT_WORDS.has(m[1])) return true;
  return false;
}

/** Is the cue's flow one product's or sector's, or a balance that is not trade? */
function blockedCue(text: string, start: number, end: number, from: number, to: number, flow: Flow, verb: boolean): boolean {
  const before = wordBefore(text, start, from);
  const lower = before.toLowerCase();
  if (flow === 'balance') {
    if (NOT_TRADE_BALANCE.has(lower)) return true;
    // "The current account, which last year posted a surplus of …": no trade balance.
    if (CURRENT_ACCOUNT.test(text.slice(Math.max(from, start - SECTOR_REACH), start))) return true;
  }
  if (flow === 'balance' && productTradeBefore(text, start, from)) return true;
  // "tariffs on imports worth …", "revenue from imports reached …": a measure's amount.
  if (MEASURE_OF_FLOW.test(text.slice(Math.max(from, start - 48), start))) return true;
  if (!verb && lower) {
    if (PRODUCT_WORDS.has(lower)) return true;
    // "capital goods trade", "farm goods exports": the product before the scope word.
    if (SCOPE_WORDS.has(lower)) {
      const word = wordBefore(text, start - before.length - 1, from).toLowerCase();
      if (PRODUCT_WORDS.has(word)) return true;
    }
    // A company's or a person's flow ("Nvidia's exports", "farmers' exports"), not an economy's;
    // places are told apart later, so only lower-case owners are judged here.
    if (LOWER_CASE_OWNER.test(before) && !OPEN_MODIFIERS.has(lower)) return true;
    // Unknown lower-case words before the flow: adjectives pass ("surging", "biggest"), nouns do not.
    if (LOWER_CASE_WORD.test(before) && !OPEN_MODIFIERS.has(lower) && !ADJECTIVE_ENDING.test(lower)) {
      // Function words are no owners: "and exports", "while imports".
      if (!FUNCTION_WORDS.has(lower)) return true;
    }
  }
  const after = text.slice(end, Math.min(to, end + LOOK_RIGHT + 10));
  if (!OPEN_OBJECTS.test(after) && !OBJECT_IS_AMOUNT_OR_TIME.test(after)) {
    const obj = OBJECT_WORD.exec(after);
    if (obj && (PRODUCT_WORDS.has(obj[1]) || (flow !== 'balance' && !FUNCTION_WORDS.has(obj[1])))) return true;
  }
  return false;
}

const TRADE_WITH = /^trade\s+with/;
const TRADE_BETWEEN = /^trade\s+(?:between|with)/;
const BALANCE_IN = /\b(?:deficits?|surplus(?:es)?|gaps?|imbalances?|balance)\s+(?:in|of)\s+(?:goods\s+|merchandise\s+|services\s+)?$/i;

/** Every flow cue in text[from, to), in order. */
export function findCues(text: string, from: number, to: number): CueMention[] {
  const out: CueMention[] = [];
  CUE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text)) && m.index < to) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0].toLowerCase();
    const flow: Flow = g.total ? 'total' : g.balance ? 'balance' : g.exports ? 'exports' : 'imports';
    const verb = word === 'exported' || word === 'imported' || word === 'shipped';
    // "deficit in trade with China": the partner phrase of the balance, not two-way trade.
    if (flow === 'total' && TRADE_WITH.test(word) && BALANCE_IN.test(text.slice(Math.max(from, start - 30), start))) continue;
    out.push(new Cue(text, from, to, start, end, flow, verb, flow === 'total' && TRADE_BETWEEN.test(word)));
  }
  return out;
}

/**
 * A cue whose scope and blocking are read on first use: the reader asks them of the cue that
 * governs a figure and of the few before it, not of every cue in the sentences it looks at.
 */
class Cue implements CueMention {
  private scopeRead?: { scope: Scope | undefined };
  private blockedRead?: boolean;
  /** Where the cue is in `text`; start and end may move (to page positions) after it is found. */
  private readonly at: number;
  private readonly atEnd: number;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
    public start: number,
    public end: number,
    readonly flow: Flow,
    readonly verb: boolean,
    readonly between: boolean,
  ) {
    this.at = start;
    this.atEnd = end;
  }

  get scope(): Scope | undefined {
    return (this.scopeRead ??= { scope: scopeAround(this.text, this.at, this.atEnd, this.from, this.to) }).scope;
  }

  get blocked(): boolean {
    return (this.blockedRead ??= blockedCue(this.text, this.at, this.atEnd, this.from, this.to, this.flow, this.verb));
  }
}
