// The officials detector. Four passes over the text, all regex and lexicon scans, each in its
// own file under passes/, sharing what they found through the registry (registry.ts):
//   1. knowledge-base aliases ("Steven Mnuchin", "DONALD TRUMP"); non-officials are blocked;
//   2. capitalised name sequences with a title before them or an appositive after them
//      ("Trade Representative Clayton Yeutter", "Gary Cohn, Trump's top economic adviser,"),
//      after the titles in brackets before a surname ("(Prime Minister Yasuhiro) Nakasone");
//   3. "the X administration" / "the X government", which names a head of government;
//   4. later short forms ("Yeutter", "Mr. Grassley", "NAKASONE") and repeated full names,
//      linked to the people the page has named, and to the few the news of their time names by
//      surname alone ("Trump", "Putin"; passes/known-alone.ts).
// A bare surname links only after the page has named its person in full or with a title
// (headlines and all-caps/title-case subheads may name them first), or for those few on a page
// of their time; a title right before it links it anywhere.
import type { KnowledgeBase } from '../kb/schema';
import type { OfficialMention } from '../types';
import { indexKb } from './kb-index';
import { findThroughInvisibles } from '../text/invisible';
import { DetectionContext, type Pass } from './pass';
import { knowledgeBaseNames } from './passes/kb-names';
import { parenthesisedTitles } from './passes/parenthesised-titles';
import { titledNames } from './passes/titled-names';
import { administrations } from './passes/administrations';
import { mergeSurnameOnly } from './passes/merge-surnames';
import { surnamesKnownAlone } from './passes/known-alone';
import { laterMentions } from './passes/later-mentions';

/** In order: each pass sees what the ones before it found (and the characters they claimed). */
const PASSES: readonly Pass[] = [
  knowledgeBaseNames,
  parenthesisedTitles,
  titledNames,
  // Reads the cues the titled-name scan collected.
  administrations,
  // "Pres. Obama" and "Barack Obama" become one person before their later mentions are linked.
  mergeSurnameOnly,
  // "Trump", "Putin": named from the page's start, on a page of their time.
  surnamesKnownAlone,
  laterMentions,
];

/** The mentions found, sorted; where two overlap, the one that starts first (the longer one at a tie). */
function output(ctx: DetectionContext): OfficialMention[] {
  const text = ctx.text;
  const sorted = [...ctx.found.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OfficialMention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    const e = m.entity;
    const mention: OfficialMention = { start: m.start, end: m.end, text: text.slice(m.start, m.end), name: e.name };
    if (e.role) mention.role = e.role;
    if (e.country) mention.country = e.country;
    if (e.kb) mention.kb = e.kb;
    out.push(mention);
  }
  return out;
}

/** What the page says about itself that the text may not. */
export interface FindOfficialsOptions {
  /** The page's date (ISO YYYY-MM-DD or YYYY-MM): chooses between people of one name or title. */
  date?: string;
}

function detect(text: string, kb: KnowledgeBase, options: FindOfficialsOptions): OfficialMention[] {
  const ctx = new DetectionContext(text, indexKb(kb), options.date);
  for (const pass of PASSES) pass(ctx);
  return output(ctx);
}

/**
 * Spaces other than U+0020 that pages put inside names ("Steven\u00a0Mnuchin"): each is one
 * UTF-16 unit, so reading them as plain spaces keeps every offset.
 */
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Every mention of a government official in `text`, sorted and non-overlapping. */
export function findOfficials(text: string, kb: KnowledgeBase, options: FindOfficialsOptions = {}): OfficialMention[] {
  if (!text) return [];
  // Read through soft hyphens and zero-width characters ("Light\u00adhizer"), as figures are.
  return findThroughInvisibles(text, (visible) => {
    UNICODE_SPACE.lastIndex = 0;
    if (!UNICODE_SPACE.test(visible)) return detect(visible, kb, options);
    const plain = visible.replace(UNICODE_SPACE, ' ');
    // The mention's text is the page's own slice; its name is read with plain spaces.
    return detect(plain, kb, options).map((m) => ({ ...m, text: visible.slice(m.start, m.end) }));
  });
}
