// Money decided as tariffs or goods: is it the goods a tariff covers ("tariffs on $200 billion")
// or tariffs collected ("$40 billion in tariffs", "paid $1.2 billion")?

import type { FigureSpan } from '../../types';
import type { TradeMeasure } from './cues';
import type { CueHit, DocContext } from './document';
import { firstCueFrom, sentenceHas } from './positions';
import { GOODS_CONTEXT, type Verdict } from './verdict';

const PER_UNIT =
  /^\s*(?:a|an|per|each)\s+(?:tonnes?|tons?|bushels?|barrels?|units?|kilo\w*|kg|pounds?|lbs?|head|gallons?|lit(?:re|er)s?|cars?|vehicles?|items?|pieces?|pairs?|dozen|square\s+\w+)\b/i;

const TARIFF_MEASURES = new Set<TradeMeasure | undefined>(['tariffs', 'tariffs collected']);

/** Money decided as tariffs/goods: is it the goods a tariff covers, or tariffs collected? */
export function refineMoney(ctx: DocContext, figure: FigureSpan, v: Verdict, si: number, attached: Verdict | undefined): Verdict {
  if (figure.kind !== 'money' || !v.trade) return v;
  const text = ctx.text;
  // A specific duty ("67 cents a bushel", "150 Ecus per tonne") is a rate, not a value of goods.
  if (TARIFF_MEASURES.has(v.measure) && PER_UNIT.test(text.slice(figure.end, figure.end + 30))) return v;
  if (attached && TARIFF_MEASURES.has(attached.measure)) {
    const gap = text.slice(figure.end, attached.hit!.start);
    if (/^\s+in\b/i.test(gap) || attached.measure === 'tariffs collected') {
      return { ...attached, measure: 'tariffs collected' };
    }
    return { ...attached, measure: 'goods covered by tariffs' };
  }
  if (!(v.measure === 'tariffs' || v.measure === 'traded goods' || v.measure === 'imports' || v.measure === 'exports')) {
    return v;
  }
  const isTariff = (h: CueHit) =>
    (h.def.role === 'trade' && (h.def.measure === 'tariffs' || h.def.measure === 'sanctions')) || (h.def.role === 'tax' && sentenceHas(ctx, si, GOODS_CONTEXT));
  const covered = (h: CueHit, collected: boolean): Verdict => {
    const words = text.slice(h.start, h.end);
    if (collected) return { ...v, measure: 'tariffs collected', cue: words, hit: h };
    const measure: TradeMeasure = h.def.measure === 'sanctions' ? 'sanctions' : 'goods covered by tariffs';
    const own = v.hit && v.hit !== h ? text.slice(v.hit.start, v.hit.end) : '';
    return { ...v, measure, cue: own && own !== words ? `${words} … ${own}` : words };
  };
  // A tariff word shortly before, in the sentence: "tariffs on $200 billion", "taxing $110 billion".
  const cues = ctx.cuesOf(si);
  const first = firstCueFrom(cues, figure.start);
  for (let k = first - 1; k >= 0; k--) {
    const h = cues[k];
    if (figure.start - h.end > 120) break;
    if (!isTariff(h)) continue;
    const between = text.slice(h.end, figure.start);
    return covered(h, /\b(?:paid|paying|pay|collected|collecting|raised|brought\s+in)\b/i.test(between));
  }
  // Or shortly after: "the $200 billion in goods being hit by the latest tariff increase".
  for (let k = first; k < cues.length; k++) {
    const h = cues[k];
    if (h.start - figure.end > 80 || /[;:]/.test(text.slice(figure.end, h.start))) break;
    if (isTariff(h)) return covered(h, false);
  }
  return v;
}
