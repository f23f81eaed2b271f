/**
 * axe-core in a page under test: injected into the main world as a script (not through the
 * page's CSP, so extension pages can be checked too), run on a context, violations returned in
 * a form that reads well in a failed expectation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { E2EPage } from './types';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA, which is what the issue asks for (AA contrast included). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  /** "selector :: what to fix", one per failing node. */
  nodes: string[];
}

/** An axe context: a selector, or a path into open shadow roots (host selector, then inner). */
export type AxeContext = string | { fromShadowDom: string[] } | Array<string | { fromShadowDom: string[] }>;

/**
 * Violations, and, for the rules in `mustDecide`, what axe could not decide ("incomplete"),
 * which then counts as failing too. Colour contrast is often undecidable for axe here (a card in
 * the top layer, text in SVG, a scrolled popup): contrast.ts measures it instead.
 */
export async function axeViolations(page: E2EPage, context?: AxeContext, mustDecide: string[] = []): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluateScript(AXE_SOURCE);
  return page.evaluate(
    async ([context, tags, mustDecide]) => {
      type Rule = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> };
      type Result = { violations: Rule[]; incomplete: Rule[] };
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
      const ctx = context === null ? document : Array.isArray(context) ? { include: context } : { include: [context] };
      const result = await axe.run(ctx, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
      const undecided = result.incomplete.filter((r) => mustDecide.includes(r.id)).map((r) => ({ ...r, id: `${r.id} (undecided)` }));
      return [...result.violations, ...undecided].map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} :: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      }));
    },
    [context ?? null, TAGS, mustDecide] as [AxeContext | null, string[], string[]],
  );
}
