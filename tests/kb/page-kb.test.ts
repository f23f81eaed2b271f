// The part of the knowledge base the background sends a page (lib/kb/page-kb.ts): everything
// the cards and the popup's summary read for that page's annotations, and nothing more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/kb';
import { EMPTY_KB, kbForPage, withPageKb } from '../../lib/kb/page-kb';
import { annotatePage } from '../../lib/pipeline';
import { describeFigure } from '../../lib/describe/figure';
import { describeOfficial } from '../../lib/describe/official';
import { summarise } from '../../lib/describe/summary';
import type { Annotations, Finding } from '../../lib/types';
import type { KnowledgeBase } from '../../lib/kb/schema';

const kb = loadKb();
const demo = readFileSync(new URL('../../assets/demo/article.txt', import.meta.url), 'utf8');
const ids = (list: Array<{ id: string }>) => list.map((x) => x.id).sort();

/** Every card of the page, and its summary, as the content script describes them from `from`. */
function described(text: string, a: Annotations, from: KnowledgeBase) {
  const findings: Finding[] = [
    ...a.figures.map((figure, i): Finding => ({ kind: 'figure', id: `f${i}`, figure })),
    ...a.officials.map((official, i): Finding => ({ kind: 'official', id: `o${i}`, official })),
  ];
  return {
    figures: a.figures.map((f) => describeFigure(f, { text, figures: a.figures, kb: from })),
    officials: a.officials.map((o) => describeOfficial(o, text, a.officials, from)),
    summary: summarise(findings, from),
  };
}

describe('kbForPage', () => {
  const a = annotatePage(demo, { kb });
  const page = kbForPage(a, kb);

  it('holds the people the officials name, the facts the figures link to, and the reference totals', () => {
    expect(ids(page.people)).toEqual(['donald-trump', 'liu-he', 'robert-lighthizer', 'steven-mnuchin', 'wilbur-ross', 'xi-jinping']);
    expect(ids(page.facts)).toEqual([...new Set(a.figures.flatMap((f) => (f.kb ? [f.kb] : [])))].sort());
    expect(page.facts.length).toBeGreaterThan(0);
    expect(page.references).toEqual(kb.references);
  });

  it('is a small part of the whole: none of the people the page does not name', () => {
    expect(kb.people.length).toBeGreaterThan(800);
    expect(page.people.length).toBeLessThan(10);
    expect(page.people.map((p) => p.name)).not.toContain('He Lifeng');
  });

  it('describes every card and the summary exactly as the whole knowledge base does', () => {
    const whole = described(demo, a, kb);
    expect(described(demo, a, page)).toEqual(whole);
    // The test means something: cards that read people, facts and reference totals.
    expect(whole.officials.filter((c) => !c.fromPage).length).toBeGreaterThan(0);
    expect(whole.figures.filter((c) => c.fact).length).toBeGreaterThan(0);
    expect(whole.figures.some((c) => c.relations.some((r) => r.includes('2017 US goods')))).toBe(true);
  });

  it('sends nothing for a page with nothing marked, and no reference totals without figures', () => {
    expect(kbForPage({ figures: [], officials: [] }, kb)).toEqual(EMPTY_KB);
    const officialsOnly = annotatePage('Trade talks: Treasury Secretary Steven Mnuchin discussed tariffs and exports with Liu He.', { kb });
    expect(officialsOnly.figures).toEqual([]);
    const part = kbForPage(officialsOnly, kb);
    expect(ids(part.people)).toEqual(['liu-he', 'steven-mnuchin']);
    expect(part.references).toEqual([]);
    expect(described('', { figures: [], officials: [] }, EMPTY_KB).summary).toEqual({ figures: [], officials: [] });
  });

  it('withPageKb sends the annotations unchanged, with their part of the knowledge base', () => {
    const sent = withPageKb(a, kb);
    expect({ figures: sent.figures, officials: sent.officials }).toEqual(a);
    expect(sent.kb).toEqual(page);
    // What goes over the wire: a few kilobytes, not the whole knowledge base.
    expect(JSON.stringify(sent.kb).length).toBeLessThan(JSON.stringify(kb).length / 50);
  });
});
