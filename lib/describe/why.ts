// "Why is this marked?": the words that made a figure a trade figure, or what made a name an
// official's, in a sentence a reader can check against the page. Plain data for the card.
import { measureLabel, t } from '../i18n';
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
    return { reason: t('why_not_trade', f.text), passage };
  }
  if (f.cue) {
    return {
      reason: t('why_cue', measureLabel(f.measure ?? 'trade'), f.cue, f.text),
      passage,
      highlight: passage.toLowerCase().includes(f.cue.toLowerCase()) ? f.cue : undefined,
    };
  }
  // Inherited verdicts: "… $50 billion … and another $100 billion" takes the first one's cue.
  return { reason: t('why_inherited', measureLabel(f.measure ?? 'trade')), passage };
}

export function whyOfficial(m: OfficialMention, text: string, kb: KnowledgeBase): WhyMarked {
  const passage = passageAround(text, m.start, m.end);
  const person = m.kb ? kb.people.find((p) => p.id === m.kb) : undefined;
  if (person) {
    const term = person.terms[0];
    const reason = t('why_official_kb', person.name, term?.role ?? '');
    return { reason: m.text !== person.name ? `${reason} ${t('why_official_alias', m.text)}` : reason, passage };
  }
  if (m.role) {
    return { reason: t('why_official_title', m.name, m.role), passage, highlight: passage.includes(m.role) ? m.role : undefined };
  }
  return { reason: t('why_official_named', m.name), passage };
}
