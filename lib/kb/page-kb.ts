// The part of the knowledge base one page needs, sent by the background with the page's
// annotations. The whole of it (880 generated officials and more) lives in the background only:
// in a content script it would be compiled again on every page with marks, to describe a handful
// of them. What the cards and the popup's summary read (lib/describe/) decides what goes:
//   - people: those the page's officials name by `kb` id (describeOfficial, whyOfficial, summarise);
//   - facts: those the page's figures link to by `kb` id (describeFigure);
//   - references: all of them, on a page with figures: describeFigure compares every money
//     figure with the totals whose cue words are in its sentence (and those its fact names), and
//     they are a few entries.
import type { Annotations } from '../types';
import type { KnowledgeBase } from './schema';

/** Annotations as the background sends them: with the part of the knowledge base they link to. */
export interface AnnotationsWithKb extends Annotations {
  kb: KnowledgeBase;
}

/** A knowledge base that knows nobody: a page with nothing marked needs nothing of it. */
export const EMPTY_KB: KnowledgeBase = { people: [], facts: [], references: [] };

export function kbForPage(annotations: Annotations, kb: KnowledgeBase): KnowledgeBase {
  const people = new Set(annotations.officials.map((o) => o.kb));
  const facts = new Set(annotations.figures.map((f) => f.kb));
  return {
    people: kb.people.filter((p) => people.has(p.id)),
    facts: kb.facts.filter((f) => facts.has(f.id)),
    references: annotations.figures.length ? kb.references : [],
  };
}

/** The annotations with their part of `kb` (kbForPage), ready to send to the page. */
export function withPageKb(annotations: Annotations, kb: KnowledgeBase): AnnotationsWithKb {
  return { ...annotations, kb: kbForPage(annotations, kb) };
}
