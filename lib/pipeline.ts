// The one entry point: text in, annotations out. The content script, the command-line
// annotator, the tests, the evaluation and the benchmarks all call `annotate`, so what
// a reader sees in the browser is exactly what the evaluation measured.
import type { Annotations, Figure } from './types';
import { findFigures } from './figures/parse';
import { analyseDocument, classifyFigures } from './figures/classify';
import { findOfficials } from './officials';
import type { KnowledgeBase } from './kb/schema';
import { bundledKb } from './kb/bundled';
import { linkContext, linkFigure } from './kb/link';
import { linkStatistic } from './kb/stats/read';
import { linkTariffAction } from './kb/tariffs/link';

export interface AnnotateOptions {
  /** Defaults to the bundled knowledge base (validated at build and test time, not here). */
  kb?: KnowledgeBase;
  /**
   * The page's date, ISO (`2025-03-06`, or a full timestamp): what "last year" and "in March"
   * mean. None: periods without a year are not resolved (an old article is not read as today's).
   */
  date?: string;
}

export function annotateFigures(text: string, kb: KnowledgeBase, date?: string): Figure[] {
  const spans = findFigures(text);
  if (spans.length === 0) return [];
  const doc = analyseDocument(text);
  const ctx = linkContext(text);
  // By index: classifyFigure looks each figure up in the list, n² on a page of many figures.
  const judgements = classifyFigures(text, spans, doc);
  return spans.map((span, i) => {
    const figure: Figure = { ...span, ...judgements[i] };
    if (figure.trade) {
      const fact = linkFigure(ctx, span, kb);
      if (fact) figure.kb = fact.id;
      // Only money states a statistic; the reader keeps the page's sentences for the next figure.
      const link = figure.kind === 'money' ? linkStatistic(text, figure, date) : undefined;
      if (link) {
        figure.stat = link.stat;
        if (link.check) figure.check = link.check;
        if (link.mirror) figure.mirror = link.mirror;
      }
      const tariff = link ? undefined : linkTariffAction(text, figure, date);
      if (tariff) figure.tariff = tariff;
    }
    return figure;
  });
}

const dated = (date: string | undefined) => (date ? { date: date.slice(0, 10) } : {});

export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  const kb = options.kb ?? bundledKb;
  return {
    figures: annotateFigures(text, kb, options.date),
    officials: findOfficials(text, kb, { date: options.date }),
    ...dated(options.date),
  };
}

// Footnote is for trade news: officials are marked on a page only when it is a trade story,
// that is, when it has a trade figure or talks about trade more than in passing. A profile of
// a head of state on a sports page stays unmarked.
const TRADE_WORD = /\b(?:tariffs?|trade|exports?|imports?|dut(?:y|ies)|quotas?|sanctions?|surplus|deficit)\b/gi;
const TRADE_WORDS_FOR_A_STORY = 3;

export function isTradeStory(text: string, figures: Figure[]): boolean {
  if (figures.some((f) => f.trade)) return true;
  let n = 0;
  TRADE_WORD.lastIndex = 0;
  while (TRADE_WORD.exec(text)) if (++n >= TRADE_WORDS_FOR_A_STORY) return true;
  return false;
}

/** What the extension shows on a page: the annotations, with officials only on trade stories. */
export function annotatePage(text: string, options: AnnotateOptions = {}): Annotations {
  const kb = options.kb ?? bundledKb;
  const figures = annotateFigures(text, kb, options.date);
  // Officials are looked for only on a trade story: on other pages they would be dropped, and
  // finding them is nearly half of the pipeline's time on pages that are not (BENCHMARKS.md).
  return { figures, officials: isTradeStory(text, figures) ? findOfficials(text, kb, { date: options.date }) : [], ...dated(options.date) };
}
