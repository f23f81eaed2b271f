// "Why is this marked?": the words that made a figure a trade figure, or what made a name an
// official's, in a sentence a reader can check against the page. Plain data for the card.
import type { Figure, OfficialMention } from '../types';
import type { KnowledgeBase } from '../kb/schema';
import { sentenceAround } from '../text/sentence';

export interface WhyMarked {
  /** One plain sentence: the reason. */
  reason: string;
  /** The passage of the page it rests on, with the deciding words marked out by `highlight`. */
  passage?: string;
  /** The deciding words, as they appear in `passage` (for emphasis), if any. */
  highlight?: string;
}

/** Up to this many characters of the sentence either side of the figure. */
const REACH = 140;

function passageAround(text: string, start: number, end: number): string {
  const s = sentenceAround(text, start, REACH * 2);
  const from = Math.max(s.start, start - REACH);
  const to = Math.min(Math.max(s.end, end), end + REACH);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > s.start ? '…' : ''}${body}${to < s.end ? '…' : ''}`;
}

export function whyFigure(f: Figure, text: string): WhyMarked {
  const passage = passageAround(text, f.start, f.end);
  if (!f.trade) {
    return { reason: `Marked as a figure: "${f.text}" is an amount, but no trade words govern it.`, passage };
  }
  if (f.cue) {
    return {
      reason: `Marked as a trade figure (${f.measure ?? 'trade'}) because of the words "${f.cue}" next to "${f.text}".`,
      passage,
      highlight: passage.toLowerCase().includes(f.cue.toLowerCase()) ? f.cue : undefined,
    };
  }
  // Inherited verdicts: "… $50 billion … and another $100 billion" takes the first one's cue.
  return { reason: `Marked as a trade figure (${f.measure ?? 'trade'}): it continues a list or comparison of trade figures in this passage.`, passage };
}

export function whyOfficial(m: OfficialMention, text: string, kb: KnowledgeBase): WhyMarked {
  const passage = passageAround(text, m.start, m.end);
  const person = m.kb ? kb.people.find((p) => p.id === m.kb) : undefined;
  if (person) {
    const term = person.terms[0];
    const alias = m.text !== person.name ? ` ("${m.text}" is how this page names ${person.name})` : '';
    return {
      reason: `${person.name} is in Footnote's knowledge base of officials${term ? ` (${term.role})` : ''}${alias}.`,
      passage,
    };
  }
  if (m.role) {
    return { reason: `The page gives ${m.name} an official's title: "${m.role}".`, passage, highlight: passage.includes(m.role) ? m.role : undefined };
  }
  return { reason: `The page names ${m.name} as a government official.`, passage };
}
