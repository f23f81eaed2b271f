// What one cue says about a figure, once resolved against its sentence and the document: a
// "deficit" by what it refers to, "tax" by whether goods are talked of, a currency move by
// whether the passage ties it to trade rather than to markets, "aid" by whether farmers are
// near, and so on (the roles are described in cues.ts).

import type { TradeJudgement } from '../../types';
import { antecedentBalance } from './balance';
import type { TradeMeasure } from './cues';
import { balanceMeasure, type CueHit, type DocContext } from './document';
import { sentenceHas, sentenceText } from './positions';

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
  /\b(?:speculative|speculation|capital|inflows?|outflows?|reserves|closed|close|dealers|traders|interest\s+rates?|money\s+supply|investors|stocks?|shares)\b/gi;
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

/** The article is about trade, or this sentence or the one before is. */
function tradeTalk(ctx: DocContext, si: number): boolean {
  return ctx.topic.tradeHeavy || sentenceHas(ctx, si, TRADE_TALK) || sentenceHas(ctx, si - 1, TRADE_TALK);
}

/** What a cue says about a figure in sentence `si`, or null if it says nothing here. */
export function resolve(ctx: DocContext, hit: CueHit, si: number): Verdict | null {
  const words = ctx.text.slice(hit.start, hit.end);
  const { def } = hit;
  switch (def.role) {
    case 'trade': {
      if (def.gated && !tradeTalk(ctx, si)) return null;
      const measure = def.measure === 'trade balance' ? balanceMeasure(words) : def.measure;
      return { trade: true, measure, cue: words, hit };
    }
    case 'other':
      return { trade: false, cue: words, hit };
    case 'goods':
      // "worth", "goods", "contracts" mean traded goods only where trade is being discussed.
      return tradeTalk(ctx, si) ? { trade: true, measure: def.measure, cue: words, weak: true, hit } : null;
    case 'balance':
      return resolveBalance(ctx, hit, words);
    case 'tax':
      return sentenceHas(ctx, si, GOODS_CONTEXT) ? { trade: true, measure: 'tariffs', cue: words, hit } : null;
    case 'investment':
      return sentenceHas(ctx, si, INDUSTRIAL_POLICY) ? { trade: true, measure: 'industrial investment', cue: words, hit } : { trade: false, cue: words, hit };
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

// Per-document: does the passage around sentence i (it and its neighbours) tie currency moves to
// trade? Counted once per sentence, not once per currency word in it.
const currencyPassages = new WeakMap<DocContext, Map<number, boolean>>();

function currencyPassageIsTrade(ctx: DocContext, si: number): boolean {
  let bySentence = currencyPassages.get(ctx);
  if (!bySentence) currencyPassages.set(ctx, (bySentence = new Map()));
  let v = bySentence.get(si);
  if (v === undefined) {
    const passage = sentenceText(ctx, si - 1) + ' ' + sentenceText(ctx, si) + ' ' + sentenceText(ctx, si + 1);
    v = countMatches(CURRENCY_TRADE, passage) > countMatches(CURRENCY_MARKET, passage);
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
