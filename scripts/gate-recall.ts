// The gate's page-level recall, as the content script runs it: the sampled first look
// (lib/page/gate-sample.ts), then the whole page's text (lib/prefilter.ts), on article pages with
// furniture around the story (scripts/furnished-pages.ts), in happy-dom. Every article the
// extension would mark something in must get through: what the gate stops is never annotated.
import { readGateSample, sampleReadsOn } from '../lib/page/gate-sample';
import { gateTextFrom, mightHaveFindings } from '../lib/prefilter';
import { furnishedPages } from './furnished-pages';
import { withHtmlDocument } from './html-text';

export interface GateRecall {
  pages: number;
  passed: number;
  /** Pages the sample alone stopped (it said "nothing here"). */
  missed: Array<{ id: string; layout: string }>;
  /** Pages the sample let on to the whole-page gate (a measure of what it saves, not of recall). */
  readWhole: number;
}

/** What the content script's gate decides on `html` (a reader at the top of the page). */
export function gatePasses(html: string): { passes: boolean; readWhole: boolean } {
  return withHtmlDocument(html, (doc) => {
    // As the content script decides: its first look (entrypoints/content-loader/first-look.ts),
    // then the loader's whole-page gate on the text the first look handed it (loader.ts).
    const sample = readGateSample(doc);
    const readWhole = sampleReadsOn(sample, () => false);
    return { passes: readWhole && !!doc.body && mightHaveFindings(gateTextFrom(doc.body, sample.bodyText)), readWhole };
  });
}

/** Recall over every article in every layout. */
export function pageGateRecall(articles: Array<{ id: string; text: string }>): GateRecall {
  const result: GateRecall = { pages: 0, passed: 0, missed: [], readWhole: 0 };
  for (const a of articles) {
    for (const p of furnishedPages(a.text)) {
      const { passes, readWhole } = gatePasses(p.html);
      result.pages++;
      if (readWhole) result.readWhole++;
      if (passes) result.passed++;
      else result.missed.push({ id: a.id, layout: p.layout });
    }
  }
  return result;
}
