// kb:draft's core: an article's text in, the draft knowledge-base entries drawn from it out.
// Node only (compromise is loaded here, never in the extension).
import { annotate } from '../../../lib/pipeline';
import type { KnowledgeBase } from '../../../lib/kb/schema';
import { draftPeople, type PersonDraft } from './people';
import { draftStatistics, type StatDraft } from './stats';

export interface ArticleDraft {
  source: string;
  date?: string;
  people: PersonDraft[];
  statistics: StatDraft[];
}

export interface DraftOptions {
  /** The article's file name, recorded as each draft's source. */
  source: string;
  /** The article's date (YYYY-MM-DD): "last year" and "in March" are read against it. */
  date?: string;
  kb: KnowledgeBase;
}

export function draftArticle(text: string, { source, date, kb }: DraftOptions): ArticleDraft {
  const { figures, officials } = annotate(text, { kb });
  return {
    source,
    ...(date ? { date } : {}),
    people: draftPeople(text, officials, kb, source),
    statistics: draftStatistics(text, figures, date, source),
  };
}
