// What a bare "the deficit" refers to: the nearest balance mention whose kind is written out
// ("trade deficit", "budget deficit"), found through per-document tables.

import { balanceMention, type BalanceMention, type DocContext } from './document';
import { sentenceIndex } from './positions';

/**
 * What a bare "the deficit" at `pos` refers to: the last mention before it whose kind is written
 * out ("trade deficit", "budget deficit"), else the first one after it. The mentions of whole
 * sentences are looked up in per-document tables filled once, outward from the first sentence
 * that asks, so a page with many bare deficits does not rescan its sentences for each.
 */
export function antecedentBalance(ctx: DocContext, pos: number): BalanceMention | undefined {
  const si = sentenceIndex(ctx, pos);
  const cues = ctx.cuesOf(si);
  for (let k = cues.length - 1; k >= 0; k--) {
    if (cues[k].start >= pos) continue;
    const b = balanceMention(ctx.text, cues[k]);
    if (b) return b;
  }
  const before = lastMentionUpTo(ctx, si - 1);
  if (before) return before;
  for (const h of cues) {
    if (h.start <= pos) continue;
    const b = balanceMention(ctx.text, h);
    if (b) return b;
  }
  return firstMentionFrom(ctx, si + 1);
}

/** The last (or first) balance mention of sentence i. */
function mentionIn(ctx: DocContext, i: number, last: boolean): BalanceMention | null {
  const cues = ctx.cuesOf(i);
  for (let n = 0; n < cues.length; n++) {
    const b = balanceMention(ctx.text, cues[last ? cues.length - 1 - n : n]);
    if (b) return b;
  }
  return null;
}

interface MentionTables {
  /** upTo[i]: the last balance mention in sentences 0..i (null: none); filled as scans pass. */
  upTo: Array<BalanceMention | null | undefined>;
  /** from[i]: the first balance mention in sentences i..end (null: none). */
  from: Array<BalanceMention | null | undefined>;
}
const mentionTables = new WeakMap<DocContext, MentionTables>();

function tablesOf(ctx: DocContext): MentionTables {
  let t = mentionTables.get(ctx);
  if (!t) mentionTables.set(ctx, (t = { upTo: [], from: [] }));
  return t;
}

/**
 * The last balance mention in sentences 0..i. Scans back only until it finds one (or a sentence
 * an earlier scan already answered for), and records the answer for every sentence it passed:
 * each sentence is read at most once per document.
 */
function lastMentionUpTo(ctx: DocContext, i: number): BalanceMention | undefined {
  const t = tablesOf(ctx).upTo;
  let j = i;
  let found: BalanceMention | null = null;
  for (; j >= 0; j--) {
    const known = t[j];
    if (known !== undefined) {
      found = known;
      break;
    }
    found = mentionIn(ctx, j, true);
    if (found) break;
  }
  for (let k = Math.max(j, 0); k <= i; k++) t[k] = found;
  return found ?? undefined;
}

/** The first balance mention in sentences i..end; the forward twin of lastMentionUpTo. */
function firstMentionFrom(ctx: DocContext, i: number): BalanceMention | undefined {
  const n = ctx.sentenceStarts.length;
  const t = tablesOf(ctx).from;
  let j = i;
  let found: BalanceMention | null = null;
  for (; j < n; j++) {
    const known = t[j];
    if (known !== undefined) {
      found = known;
      break;
    }
    found = mentionIn(ctx, j, false);
    if (found) break;
  }
  for (let k = Math.min(j, n - 1); k >= i; k--) t[k] = found;
  return found ?? undefined;
}
