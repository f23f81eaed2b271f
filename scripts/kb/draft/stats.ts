// The trade statistics an article states, read as Footnote reads them in the extension: the
// pipeline finds and classifies the figures, the statistic reader says which statistic each
// money figure states (reporter, partner, flow, period) and linkStatistic checks it against the
// official series the KB holds. A statistic checked against an official value drafts a whole
// facts.json entry (the official value, with the series as its source); one the KB has no
// series for is listed for the reviewer with the article as its only source.
import type { Figure } from '../../../lib/types';
import type { Fact } from '../../../lib/kb/schema';
import { bundledStats } from '../../../lib/kb/stats/bundled';
import { parsePeriod, formatMonth } from '../../../lib/kb/stats/period';
import { linkStatistic, readStatistic, type LinkedStat, type StatCheck } from '../../../lib/kb/stats/read';
import { sentenceAround } from '../../../lib/text/sentence';
import { slug } from './schema';

export interface StatDraft {
  figure: { start: number; end: number; text: string; value: number; unit: string; measure?: string };
  stat: LinkedStat;
  /** The reading was confirmed by linkStatistic (else only readStatistic read it). */
  linked: boolean;
  check?: Pick<StatCheck, 'verdict' | 'official' | 'difference' | 'source' | 'publisher' | 'url'>;
  /** Where the sentence stating it is, and a few words around the figure (not the sentence). */
  sentence: { start: number; end: number };
  excerpt: string;
  source: string;
  /** A facts.json entry, when the KB's series gives the official value. */
  entry?: Fact;
  review?: string[];
}

const EXCERPT_REACH = 40;

const partnerNames = new Map(bundledStats().meta.partners.map((p) => [p.key, p.name]));
const nameOf = (code: string) => (code === 'US' ? 'US' : code === 'WORLD' ? 'the world' : (partnerNames.get(code) ?? code));

/** A few words either side of the figure, cut at word boundaries. */
function excerpt(text: string, f: Figure, sentence: { start: number; end: number }): string {
  let a = Math.max(sentence.start, f.start - EXCERPT_REACH);
  let b = Math.min(sentence.end, f.end + EXCERPT_REACH);
  if (a > sentence.start) a = text.indexOf(' ', a) + 1 || a;
  if (b < sentence.end) b = Math.max(text.lastIndexOf(' ', b), f.end);
  return `${a > sentence.start ? '…' : ''}${text.slice(a, b).replace(/\s+/g, ' ').trim()}${b < sentence.end ? '…' : ''}`;
}

const FLOW_WORDS: Record<LinkedStat['flow'], { what: (deficit: boolean) => string; cues: string[]; preposition: string }> = {
  balance: { what: (d) => (d ? 'trade deficit' : 'trade surplus'), cues: ['deficit', 'surplus', 'imbalance'], preposition: 'with' },
  exports: { what: () => 'exports', cues: ['exports', 'exported', 'sales to'], preposition: 'to' },
  imports: { what: () => 'imports', cues: ['imports', 'imported', 'purchases from'], preposition: 'from' },
  total: { what: () => 'two-way trade', cues: ['trade'], preposition: 'with' },
};

/** facts.json dates are a year or a month: a quarter or a span is dated by its last month. */
function factDate(period: string): string {
  const p = parsePeriod(period);
  if (!p || p.kind === 'year' || p.kind === 'month') return period;
  return formatMonth(p.last);
}

function factEntry(s: LinkedStat, written: string, check: StatCheck, article: string): Fact {
  const deficit = check.official < 0;
  const words = FLOW_WORDS[s.flow];
  const scope = s.scope === 'goods+services' ? 'goods and services' : s.scope;
  const partner = s.partner === 'WORLD' ? '' : ` ${words.preposition} ${nameOf(s.partner)}`;
  const measure = `${nameOf(s.reporter)} ${scope} ${words.what(deficit)}${partner}, ${s.period}`;
  const flowWord = s.flow === 'balance' ? (deficit ? 'deficit' : 'surplus') : s.flow;
  return {
    id: slug(`${s.reporter} ${s.scope.replace('+', ' and ')} ${flowWord} ${s.partner} ${s.period}`),
    measure,
    kind: 'money',
    value: Math.abs(check.official),
    currency: 'USD',
    date: factDate(s.period),
    reportedBy: `${check.publisher}, ${check.source}`,
    summary: `The official figure for the ${measure.replace(/, [^,]*$/, '')} in ${s.period}; drafted from ${article}, which gives ${written} (${check.verdict} with it).`,
    cues: words.cues,
    ...(s.partner !== 'WORLD' ? { pageCues: [nameOf(s.partner)] } : {}),
    tolerance: 0.02,
    sources: [check.url],
  };
}

/** The article's trade statistics, in text order. */
export function draftStatistics(text: string, figures: Figure[], date: string | undefined, source: string): StatDraft[] {
  const out: StatDraft[] = [];
  for (const f of figures) {
    if (!f.trade || f.kind !== 'money') continue;
    const link = linkStatistic(text, f, date);
    const reading = link ? undefined : readStatistic(text, f, date);
    if (!link && !reading) continue;
    const stat: LinkedStat = link?.stat ?? {
      reporter: reading!.reporter,
      partner: reading!.partner,
      flow: reading!.flow,
      scope: reading!.scope,
      period: reading!.period,
      value: f.value,
      currency: f.currency,
    };
    const sentence = sentenceAround(text, f.start);
    const draft: StatDraft = {
      figure: { start: f.start, end: f.end, text: f.text, value: f.value, unit: f.currency ?? '%', ...(f.measure ? { measure: f.measure } : {}) },
      stat,
      linked: Boolean(link),
      sentence,
      excerpt: excerpt(text, f, sentence),
      source,
    };
    if (link?.check) {
      const { verdict, official, difference, source: series, publisher, url } = link.check;
      draft.check = { verdict, official, difference, source: series, publisher, url };
      draft.entry = factEntry(stat, f.text, link.check, source);
      draft.review = ['id: not already in facts.json', 'summary: in our own words', 'related, pageCues: as the story needs'];
    } else {
      draft.review = [
        reading?.periodImplied ? 'period: the article names none; the latest full year was assumed' : 'period: as the article states it',
        'sources: the KB has no series for this statistic; find the office that publishes it',
      ];
    }
    out.push(draft);
  }
  return out;
}
