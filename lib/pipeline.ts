// The one entry point: text in, annotations out. The content script, the command-line
// annotator, the tests, the evaluation and the benchmarks all call `annotate`, so what
// a reader sees in the browser is exactly what the evaluation measured.
import type { Annotations, Figure } from './types';
import { findFigures } from './figures/parse';
import { analyseDocument, classifyFigure } from './figures/classify';
import { findOfficials } from './officials';
import type { KnowledgeBase } from './kb/schema';
import { bundledKb } from './kb/bundled';
import { linkContext, linkFigure } from './kb/link';

export interface AnnotateOptions {
  /** Defaults to the bundled knowledge base (validated at build and test time, not here). */
  kb?: KnowledgeBase;
}

export function annotateFigures(text: string, kb: KnowledgeBase): Figure[] {
  const spans = findFigures(text);
  if (spans.length === 0) return [];
  const doc = analyseDocument(text);
  const ctx = linkContext(text);
  return spans.map((span) => {
    const judgement = classifyFigure(text, span, spans, doc);
    const figure: Figure = { ...span, ...judgement };
    if (figure.trade) {
      const fact = linkFigure(ctx, span, kb);
      if (fact) figure.kb = fact.id;
    }
    return figure;
  });
}

export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  const kb = options.kb ?? bundledKb;
  return {
    figures: annotateFigures(text, kb),
    officials: findOfficials(text, kb),
  };
}
