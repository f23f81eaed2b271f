import { describe, expect, it } from 'vitest';
import { annotate } from '../../lib/pipeline';
import { bundledKb } from '../../lib/kb/bundled';
import { describeFigure } from '../../lib/describe/figure';
import { describeOfficial } from '../../lib/describe/official';
import { citeFigure, citeOfficial } from '../../lib/describe/citation';

const text =
  'WASHINGTON - U.S. Treasury Secretary Steven Mnuchin said on Friday that the $375 billion trade deficit with China was too large. ' +
  'The administration also plans tariffs on $50 billion worth of Chinese goods, Mnuchin said. ' +
  'Deputy Trade Minister Wang Shouwen, who is not in any list, answered that China would respond.';
const page = { title: 'Trade talk\n<script>x</script>', url: 'https://news.example/a?b=1', accessed: new Date('2026-11-28T12:00:00Z') };

const result = annotate(text);
const fig = (t: string) => result.figures.find((f) => f.text === t)!;
const card = (t: string) => describeFigure(fig(t), { text, figures: result.figures, kb: bundledKb });

describe('why is this marked', () => {
  it('names the cue words of a trade figure, with the passage they are in', () => {
    const why = card('$50 billion').why;
    expect(why.reason).toMatch(/^Marked as a trade figure \(.+\) because of the words ".+" next to "\$50 billion"\.$/);
    expect(why.passage).toContain('$50 billion worth of Chinese goods');
    expect(why.highlight && why.passage!.toLowerCase()).toContain(why.highlight!.toLowerCase());
  });

  it('says a known official is in the knowledge base, and how the page names them', () => {
    const m = result.officials.find((o) => o.text === 'Mnuchin')!;
    const why = describeOfficial(m, text, result.officials, bundledKb).why;
    expect(why.reason).toMatch(/^Steven Mnuchin is in Footnote's knowledge base of officials \(.*Treasury.*\)\. This page names them "Mnuchin"\.$/);
  });

  it("gives the page's title for an official the knowledge base does not know", () => {
    const m = result.officials.find((o) => o.name.includes('Wang Shouwen'));
    expect(m, 'the titled official is found').toBeDefined();
    const why = describeOfficial(m!, text, result.officials, bundledKb).why;
    expect(why.reason).toMatch(/^The page gives Wang Shouwen an official's title: ".*Minister.*"\.$/);
  });
});

describe('copy citation', () => {
  it('cites a checked figure with its source, date, check and the page it was read on', () => {
    const d = card('$375 billion');
    expect(d.fact).toBeDefined();
    const c = citeFigure(d, page);
    const lines = c.split('\n');
    expect(lines[0]).toBe(`${d.amount} (${d.measure}): "$375 billion" = ${d.normalised}.`);
    expect(lines[1]).toBe('As given on "Trade talk <script>x</script>", https://news.example/a?b=1 (accessed 2026-11-28).');
    expect(lines[2]).toContain(`Source: ${d.fact!.measure}, ${d.fact!.value}, ${d.fact!.date}, reported by ${d.fact!.reportedBy}.`);
    for (const url of d.fact!.sources) expect(lines[2]).toContain(url);
    expect(lines[3]).toBe(`Check: ${d.check!.text}`);
  });

  it('cites a statistic with its official value, source and verdict', () => {
    const t = 'The U.S. goods trade deficit with China shrank to $295.4 billion last year, the Commerce Department said.';
    const f = annotate(t, { date: '2025-02-07' }).figures[0];
    const d = describeFigure(f, { text: t, figures: [f], kb: bundledKb });
    const lines = citeFigure(d, page).split('\n');
    expect(lines[2]).toMatch(
      /^US goods trade deficit with China, 2024\. Official figure: \$297\.0 billion \(U\.S\. Census Bureau\)\. U\.S\. Trade in Goods by Country, U\.S\. Census Bureau https:\/\/www\.census\.gov\//,
    );
    expect(lines[3]).toMatch(/^Check: Close to the official figure/);
    expect(lines).not.toContain("Not checked: Footnote's knowledge base has no sourced figure for it.");
  });

  it('says plainly when a figure could not be checked', () => {
    const t = 'Exports of soybeans were worth $12.4 billion last year.';
    const f = annotate(t).figures[0];
    const d = describeFigure(f, { text: t, figures: [f], kb: bundledKb });
    expect(d.fact).toBeUndefined();
    expect(citeFigure(d, page).split('\n')[2]).toBe("Not checked: Footnote's knowledge base has no sourced figure for it.");
  });

  it('cites an official with role and dates, and one from the page as such', () => {
    const known = describeOfficial(
      result.officials.find((o) => o.text === 'Steven Mnuchin')!,
      text,
      result.officials,
      bundledKb,
    );
    expect(citeOfficial(known, page)).toMatch(/^Steven Mnuchin: .*Treasury.*\(.*2017.*\)\.\nAs given on /);
    const other = describeOfficial(
      result.officials.find((o) => o.name.includes('Wang'))!,
      text,
      result.officials,
      bundledKb,
    );
    expect(citeOfficial(other, page)).toContain("Role as the page gives it; not in Footnote's knowledge base.");
  });
});
