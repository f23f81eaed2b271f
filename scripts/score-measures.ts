// Measure accuracy: does each labelled trade figure get the measure a careful reader gives it
// ("goods covered by tariffs", "imports", ...)? The labels (tests/fixtures/measure-labels.json)
// hold article ids and offsets only, never the articles' text. A labelled figure the pipeline
// does not mark as trade shows no measure, so it counts as wrong.

import { context, type ErrorItem, type Span } from './score';

/** One labelled measure: [start, end, measure], offsets into the article's text. */
export type MeasureLabel = [number, number, string];

export interface MeasureLabels {
  articles: Record<string, MeasureLabel[]>;
}

export interface MeasuredFigure extends Span {
  trade: boolean;
  measure?: string;
}

export interface MeasureReport {
  /** Labelled figures of the evaluated articles. */
  labelled: number;
  right: number;
  /** right / labelled (1 when nothing is labelled). */
  accuracy: number;
  errors: ErrorItem[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Scores the measures of a set's predicted figures against the labels of its articles. */
export function scoreMeasures(docs: Array<{ doc: { id: string; text: string }; figures: MeasuredFigure[] }>, labels: MeasureLabels): MeasureReport {
  let labelled = 0;
  let right = 0;
  const errors: ErrorItem[] = [];
  for (const { doc, figures } of docs) {
    for (const [start, end, measure] of labels.articles[doc.id] ?? []) {
      labelled++;
      const span = { start, end };
      const got = figures.find((f) => overlaps(f, span));
      const shown = got?.trade ? (got.measure ?? 'no measure') : 'not marked as trade';
      if (shown === measure) right++;
      else errors.push({ doc: doc.id, kind: 'MEASURE', what: `measure "${shown}", labelled "${measure}"`, start, end, context: context(doc.text, span) });
    }
  }
  return { labelled, right, accuracy: labelled ? right / labelled : 1, errors };
}
