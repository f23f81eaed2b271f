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

// Words before "$X in tariffs" that say the money was paid or collected ("paid $1.2 billion in
// tariffs"), or that tariffs are being imposed, so that the money is what they cover ("threatened
// another $100 billion in tariffs", "will announce $29.8 billion in retaliatory tariffs").
const COLLECTED_BEFORE =
  /\b(?:paid|pay|pays|paying|collect\w*|rais(?:e|ed|es|ing)|brought\s+in|bring(?:s|ing)?\s+in|generat\w*|netted|took\s+in|revenues?|receipts|costs?|costing)\b/i;
const IMPOSING_BEFORE =
  /\b(?:threat\w*|announc\w*|impos\w*|slap\w*|levy|levie[sd]|levying|put|puts|putting|unveil\w*|propos\w*|plann?\w*|retaliat\w*|another|additional|further|extra|new|more)\s+(?:[\w.'’-]+\s+){0,3}$/i;
const IMPOSING_BETWEEN = /^\s+in\s+(?:new|additional|further|extra|retaliatory|punitive|reciprocal|counter\w*)\b/i;
// The money a tariff word is the subject of ("customs duties smashed through $100 billion"):
// what the tariffs brought in, unless goods follow it ("tariffs hit $200 billion of goods").
const LEVEL_VERB =
  /\b(?:reach\w*|total\w*|top(?:s|ped)?|exceed\w*|surpass\w*|smash\w*|amount\w*|climb\w*|rose|rise[sn]?|jump\w*|soar\w*|hit|hits|yield\w*|netted)\b/i;
const GOODS_AFTER = /^\s*(?:\)\s*)?(?:of|in|on|worth)\s+(?:[\w.'’-]+\s+){0,3}?(?:goods|imports|exports|products|shipments|steel|alumini?um|cars|autos)\b/i;
const ON_OBJECT =
  /\b(?:on|covering|affecting|targeting|against)\s+(?:(?:about|around|roughly|nearly|almost|some|more|than|over|another|additional|further|an?|the|up|to)\s+)*$/i;
// What ends a figure's clause before a later tariff word: "imports slumped to $351 billion as the
// blanket tariffs kicked in" (the tariffs are the cause, not what the money measures).
const CLAUSE_BREAK = /[;:]|\b(?:as|because|after|while|since|when|amid|although|though|despite|before|until|whereas)\b/i;

/** The clause's words just before a figure, back to the last punctuation mark (at most 80 characters). */
function clauseBefore(text: string, figure: FigureSpan, from: number): string {
  const before = text.slice(Math.max(from, figure.start - 80), figure.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. '));
  return before.slice(cut + 1);
}

// isTariff and covered are functions of their own, not closures in refineMoney: under tsx a
// named closure has its name set each time it is made, on every money figure refined here.

/** A tariff word: a tariff or sanction cue, or a tax on goods crossing a border. */
function isTariff(ctx: DocContext, si: number, h: CueHit): boolean {
  return (
    (h.def.role === 'trade' && (h.def.measure === 'tariffs' || h.def.measure === 'sanctions')) || (h.def.role === 'tax' && sentenceHas(ctx, si, GOODS_CONTEXT))
  );
}

/** Verdict `v` as the goods tariff word `h` covers, or as tariffs `collected`. */
function covered(text: string, v: Verdict, h: CueHit, collected: boolean): Verdict {
  const words = text.slice(h.start, h.end);
  if (collected) return { ...v, measure: 'tariffs collected', cue: words, hit: h };
  const measure: TradeMeasure = h.def.measure === 'sanctions' ? 'sanctions' : 'goods covered by tariffs';
  const own = v.hit && v.hit !== h ? text.slice(v.hit.start, v.hit.end) : '';
  return { ...v, measure, cue: own && own !== words ? `${words} … ${own}` : words };
}

/** Money decided as tariffs/goods: is it the goods a tariff covers, or tariffs collected? */
export function refineMoney(ctx: DocContext, figure: FigureSpan, v: Verdict, si: number, attached: Verdict | undefined): Verdict {
  if (figure.kind !== 'money' || !v.trade) return v;
  const text = ctx.text;
  // A specific duty ("67 cents a bushel", "150 Ecus per tonne") is a rate, not a value of goods.
  if (TARIFF_MEASURES.has(v.measure) && PER_UNIT.test(text.slice(figure.end, figure.end + 30))) return v;
  if (attached && TARIFF_MEASURES.has(attached.measure)) {
    const gap = text.slice(figure.end, attached.hit!.start);
    if (attached.measure === 'tariffs collected') return { ...attached, measure: 'tariffs collected' };
    if (/^\s+in\b/i.test(gap)) {
      const lead = clauseBefore(text, figure, ctx.sentenceStarts[si]);
      const imposing = !COLLECTED_BEFORE.test(lead) && (IMPOSING_BEFORE.test(lead) || IMPOSING_BETWEEN.test(gap));
      return { ...attached, measure: imposing ? 'goods covered by tariffs' : 'tariffs collected' };
    }
    return { ...attached, measure: 'goods covered by tariffs' };
  }
  if (!(v.measure === 'tariffs' || v.measure === 'traded goods' || v.measure === 'imports' || v.measure === 'exports')) {
    return v;
  }
  // A tariff word shortly before, in the sentence: "tariffs on $200 billion", "taxing $110 billion".
  const cues = ctx.cuesOf(si);
  const first = firstCueFrom(cues, figure.start);
  for (let k = first - 1; k >= 0; k--) {
    const h = cues[k];
    if (figure.start - h.end > 120) break;
    if (!isTariff(ctx, si, h)) continue;
    const between = text.slice(h.end, figure.start);
    // "tariffs were raised on $200 billion": the figure is what they are on, whatever the verb.
    if (ON_OBJECT.test(between)) return covered(text, v, h, false);
    const paid = /\b(?:paid|paying|pays?|collect\w*|rais(?:e|ed|es|ing)|br(?:ing|ings|ought)\s+in|generat\w*|netted|took\s+in)\b/i.test(between);
    const level = LEVEL_VERB.test(between) && !/\b(?:on|of)\b/i.test(between) && !GOODS_AFTER.test(text.slice(figure.end, figure.end + 60));
    return covered(text, v, h, paid || level);
  }
  // Or shortly after, in its own clause: "the $200 billion in goods being hit by the latest tariff
  // increase". Not a flow's value: "imports rose to $6.6 billion, customs said".
  if (v.measure === 'exports' || v.measure === 'imports') return v;
  for (let k = first; k < cues.length; k++) {
    const h = cues[k];
    if (h.start - figure.end > 80 || CLAUSE_BREAK.test(text.slice(figure.end, h.start))) break;
    if (isTariff(ctx, si, h)) return covered(text, v, h, false);
  }
  return v;
}
