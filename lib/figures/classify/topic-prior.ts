// Step 7: the article's topic, the last and weakest evidence.

import type { TradeJudgement } from '../../types';
import type { DocContext } from './document';

/** The article's topic decides: trade-heavy articles lean trade, with their first trade word as cue. */
export function prior(ctx: DocContext): TradeJudgement {
  if (!ctx.topic.tradeHeavy) return { trade: false };
  const cue = ctx.topic.firstPolicyWord;
  return cue ? { trade: true, cue } : { trade: true };
}
