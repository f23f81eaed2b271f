// What one cue says about a figure, once resolved against its sentence and the document: a
// "deficit" by what it refers to, "tax" by whether goods are talked of, a currency move by
// whether the passage ties it to trade rather than to markets, "aid" by whether farmers are
// near, and so on (the roles are described in cues.ts).

import type { TradeJudgement } from '../../types';
import { antecedentBalance } from './balance';
import type { TradeMeasure } from './cues';
import { balanceMeasure, type CueHit, type DocContext } from './document';
import { sentenceHas, sentenceIndex, sentenceText } from './positions';

/** What one cue says once resolved against its context. */
export interface Verdict {
  trade: boolean;
  measure?: TradeMeasure;
  cue: string;
  /** Weak evidence (a goods word): used only when nothing stronger speaks. */
  weak?: boolean;
  /** The cue that produced it (absent for inherited and prior verdicts). */
  hit?: CueHit;
}

export const GOODS_CONTEXT =
  /\b(?:imports?|imported|exports?|goods|products?|coming\s+in(?:to)?|chinese|foreign|steel|alumini?um|cars|autos?|tariffs?|duties|border|shipments)\b/i;
const CURRENCY_TRADE =
  /\b(?:trade|surplus(?:es)?|deficits?|exports?|exporters?|imports?|competitive\w*|revaluation|revalue|undervalued|overvalued|manipulat\w*|tariffs?)\b/gi;
const CURRENCY_MARKET =
  /\b(?:speculative|speculation|capital|inflows?|outflows?|reserves|closed|close|dealers|traders|interest\s+rates?|money\s+supply|investors|stocks?|shares|offshore|onshore)\b/gi;
const MARKET_PURCHASE =
  /\b(?:central\s+bank|bank\s+of\s+(?:japan|england|korea|canada|france|italy|china)|bundesbank|federal\s+reserve|the\s+fed|interven\w+|shares|stocks?|stake|bonds|treasur(?:y|ies)\s+(?:bills|bonds|notes|securities)|treasuries|securities|acquir\w+|acquisition|takeover|merger|buyout|investors)\b/i;
const FARM_CONTEXT =
  /\b(?:farm\w*|agricultur\w*|growers|ranchers|acres?|crops?|soybeans?|retaliat\w*|trade\s+(?:wars?|disputes?|practices|tensions|fights?)|tariffs?)\b/i;
const FARM_WORDS = /\b(?:farm(?:s|ers?)?|agricultur\w*|growers|ranchers|soybeans?|crops?)\b/gi;

// Per-document: is this a farm story (so "the package", "emergency aid" mean farm aid)?
const farmStory = new WeakMap<DocContext, boolean>();
function isFarmStory(ctx: DocContext): boolean {
  let v = farmStory.get(ctx);
  if (v === undefined) {
    FARM_WORDS.lastIndex = 0;
    let n = 0;
    while (n < 3 && FARM_WORDS.exec(ctx.text)) n++;
    farmStory.set(ctx, (v = n >= 3));
  }
  return v;
}
const INDUSTRIAL_POLICY =
  /\b(?:made\s+in\s+china|industrial\s+polic\w*|strategic\s+(?:industries|sectors)|subsid\w*|semiconductors?|chips?|state-(?:backed|led|owned|funded))\b/i;

const LIST_SUBJECT = /^(?:the|this|that|its)\s+(?:shopping\s+)?(?:list|purchases|orders)\s+(?:includes?|included|comprises?|comprised|covers?|covered)\b/i;
const TARIFF_TALK = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|customs)\b/i;
const BANK_TALK = /\b(?:banks?|lending|interest|mortgages?|money\s+markets?|monetary|inflation)\b/i;
const SANCTION_TALK = /\b(?:sanctions?|embargo\w*|Russian\s+(?:oil|crude)|price\s+caps?\s+on\s+(?:\w+\s+)?(?:oil|crude))\b/i;
// A market share is a trade flow's where goods crossing borders are talked of.
const SHARE_FLOW =
  /\b(?:exports?|exporters?|imports?|importers?|shipments|soybeans?|farm\s+goods|agricultural\s+(?:goods|products)|retaliat\w*|tariffs?|trade\s+war)\b/i;
// An investment pledged in a trade deal ("pledged $550 billion in investments", "$600 billion
// in investments from the European Union") where trade is the subject.
const INVESTMENT_PLEDGE =
  /\b(?:pledg\w*|promis\w*|vow\w*|commit\w*|agreed\s+to\s+invest|investments?\s+(?:from|by)\s+(?:the\s+)?[A-Z]\w*|invest\w*\s+in\s+(?:the\s+)?(?:U\.S\.|US|United\s+States|America)\b)/;
// Words that, just before a bare balance in its clause, say whose balance it is ("invisibles
// showed a surplus of 1.2 billion").
const BALANCE_SUBJECT = /\b(?:trade|invisibles?|visible|merchandise|services|goods|exports?|imports?)\b[^,;:()]*$/i;

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** Resolve a bare "deficit"/"surplus"/"gap" to trade or not. */
function resolveBalance(ctx: DocContext, hit: CueHit, words: string): Verdict | null {
  const after = ctx.text.slice(hit.end, hit.end + 60);
  const measure = balanceMeasure(words);
  if (
    /^\s+(?:in|on)\s+(?:the\s+|its\s+|their\s+)?(?:trade|goods|merchandise|services)\b/i.test(after) ||
    /^\s+with\s+(?:the\s+rest\s+of|the\s+world|(?:the\s+)?[A-Z]|its\s+(?:trading|main|major|biggest|largest)|other\s+countries|foreign)/.test(after)
  ) {
    return { trade: true, measure, cue: words, hit };
  }
  const lead = ctx.text.slice(Math.max(ctx.sentenceStarts[sentenceIndex(ctx, hit.start)], hit.start - 50), hit.start);
  if (BALANCE_SUBJECT.test(lead)) return { trade: true, measure, cue: words, hit };
  // "the deficit": the last mention whose kind was written out, else the next one.
  const antecedent = antecedentBalance(ctx, hit.start);
  if (antecedent) {
    if (!antecedent.trade) return { trade: false, cue: words, hit };
    const m = antecedent.measure === 'current account' ? 'current account' : measure;
    return { trade: true, measure: m, cue: words, hit };
  }
  if (ctx.topic.tradeHeavy) return { trade: true, measure, cue: words, hit };
  return null;
}

const TRADE_TALK =
  /\b(?:trade|tariffs?|imports?|exports?|deals?|agreements?|accords?|mission|delegation|negotiat\w*|goods|products|farm|agricultural|soybeans?|(?:China|Chinese|Beijing|Japan|Japanese|Tokyo|U\.S\.|America|American|Washington|Korea|Korean|Seoul|Taiwan|Canada|Canadian|Mexico|Mexican|Europe|European|EU|EC)(?:'s|’s)?)(?!\w)/i;

/**
 * This sentence or the one before is about trade, or the article is. The sentences are asked
 * first: each is one short, cached regex test, while the article's topic is a pass over the whole
 * text, which most pages then never need (same answer, all three are pure).
 */
function tradeTalk(ctx: DocContext, si: number): boolean {
  return sentenceHas(ctx, si, TRADE_TALK) || sentenceHas(ctx, si - 1, TRADE_TALK) || ctx.topic.tradeHeavy;
}

/** What a cue says about a figure in sentence `si`, or null if it says nothing here. */
export function resolve(ctx: DocContext, hit: CueHit, si: number): Verdict | null {
  const words = ctx.text.slice(hit.start, hit.end);
  const { def } = hit;
  switch (def.role) {
    case 'trade': {
      if (def.gated && !tradeTalk(ctx, si)) return null;
      const measure = def.measure === 'trade balance' ? balanceMeasure(words) : def.measure === 'traded goods' ? shipmentsFlow(ctx, hit, si) : def.measure;
      return { trade: true, measure, cue: words, hit };
    }
    case 'rate':
      if (sentenceHas(ctx, si, TARIFF_TALK) || (sentenceHas(ctx, si - 1, TARIFF_TALK) && !sentenceHas(ctx, si, BANK_TALK))) {
        return { trade: true, measure: 'tariffs', cue: words, hit };
      }
      return { trade: false, cue: words, hit };
    case 'cap':
      return sentenceHas(ctx, si, SANCTION_TALK) || sentenceHas(ctx, si - 1, SANCTION_TALK) ? { trade: true, measure: 'sanctions', cue: words, hit } : null;
    case 'share':
      return sentenceHas(ctx, si, SHARE_FLOW) ? { trade: true, measure: 'exports', cue: words, hit } : { trade: false, cue: words, hit };
    case 'other':
      return { trade: false, cue: words, hit };
    case 'goods':
      // "worth", "goods", "contracts" mean traded goods only where trade is being discussed; the
      // items of a shopping list ("The list includes $1.1 billion of capital goods") are purchases.
      if (!tradeTalk(ctx, si)) return null;
      return { trade: true, measure: sentenceHas(ctx, si, LIST_SUBJECT) ? 'purchase commitment' : def.measure, cue: words, weak: true, hit };
    case 'balance':
      return resolveBalance(ctx, hit, words);
    case 'tax':
      return sentenceHas(ctx, si, GOODS_CONTEXT) ? { trade: true, measure: 'tariffs', cue: words, hit } : null;
    case 'investment':
      if (sentenceHas(ctx, si, INDUSTRIAL_POLICY) || (tradeTalk(ctx, si) && sentenceHas(ctx, si, INVESTMENT_PLEDGE))) {
        return { trade: true, measure: 'industrial investment', cue: words, hit };
      }
      return { trade: false, cue: words, hit };
    case 'currency':
      // A currency move is trade only when the passage ties it to trade, not to markets.
      return currencyPassageIsTrade(ctx, si) ? { trade: true, measure: 'currency', cue: words, hit } : { trade: false, cue: words, hit };
    case 'purchase':
      if (sentenceHas(ctx, si, MARKET_PURCHASE)) return { trade: false, cue: words, hit };
      // A shopper's "buy one online for $60" is not a trade deal.
      return tradeTalk(ctx, si) ? { trade: true, measure: 'purchase commitment', cue: words, hit } : null;
    case 'aid':
      // The farmers are often named in the sentence before ("... for farmers. Payments will range ...").
      if (sentenceHas(ctx, si, FARM_CONTEXT) || sentenceHas(ctx, si - 1, FARM_CONTEXT) || isFarmStory(ctx)) {
        return { trade: true, measure: 'farm aid', cue: words, hit };
      }
      return /package|payments?/i.test(words) ? null : { trade: false, cue: words, hit };
    case 'revenue': {
      // "15 percent of revenue from sales to China": the share of export earnings a licence costs.
      if (/^\s+from\s+(?:[\w-]+\s+)?(?:sales\s+(?:to|in|abroad|overseas)|exports|shipments)\b/i.test(ctx.text.slice(hit.end, hit.end + 60))) {
        return { trade: true, measure: 'exports', cue: words, hit };
      }
      const before = ctx.text.slice(Math.max(ctx.sentenceStarts[si], hit.start - 80), hit.start);
      return /\b(?:tariffs?|dut(?:y|ies)|levy|levies|customs)\b/i.test(before)
        ? { trade: true, measure: 'tariffs collected', cue: words, hit }
        : { trade: false, cue: words, hit };
    }
    case 'people':
    case 'mover':
    case 'none':
      return null;
  }
}

/** "Shipments" name the flow the passage is about: exports or imports when it says which. */
function shipmentsFlow(ctx: DocContext, hit: CueHit, si: number): TradeMeasure {
  if (!/^ship/i.test(ctx.text.slice(hit.start, hit.end))) return 'traded goods';
  // This sentence and the one before, as far as a reader looks back (run-on page text has no ends).
  const before = ctx.text.slice(Math.max(ctx.sentenceStarts[Math.max(0, si - 1)], hit.start - 300), hit.start);
  const flows = before.match(/\b(?:export|import)/gi);
  if (!flows) return 'traded goods';
  return /^export/i.test(flows[flows.length - 1]) ? 'exports' : 'imports';
}

// Per-document: does the passage around sentence i (it and its neighbours) tie currency moves to
// trade? Counted once per sentence, not once per currency word in it.
const currencyPassages = new WeakMap<DocContext, Map<number, boolean>>();

function currencyPassageIsTrade(ctx: DocContext, si: number): boolean {
  let bySentence = currencyPassages.get(ctx);
  if (!bySentence) currencyPassages.set(ctx, (bySentence = new Map()));
  let v = bySentence.get(si);
  if (v === undefined) {
    // The move's own sentence first ("fell 0.5% as investors sold stocks"), then its neighbours.
    const own = sentenceText(ctx, si);
    const lean = countMatches(CURRENCY_TRADE, own) - countMatches(CURRENCY_MARKET, own);
    const passage = sentenceText(ctx, si - 1) + ' ' + own + ' ' + sentenceText(ctx, si + 1);
    v = lean !== 0 ? lean > 0 : countMatches(CURRENCY_TRADE, passage) > countMatches(CURRENCY_MARKET, passage);
    bySentence.set(si, v);
  }
  return v;
}

export function judgement(v: Verdict): TradeJudgement {
  const j: TradeJudgement = { trade: v.trade };
  if (v.trade && v.measure) j.measure = v.measure;
  if (v.cue) j.cue = v.cue;
  return j;
}
