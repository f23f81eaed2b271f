// Pass 1: the knowledge base's aliases ("Steven Mnuchin", "DONALD TRUMP"), each looked up at a
// capitalised word; non-officials are claimed so that no later pass takes them for one.
import { roleBefore } from '../roles';
import type { DetectionContext } from '../pass';

export function knowledgeBaseNames(ctx: DetectionContext): void {
  const { text, found } = ctx;
  const byFirst = ctx.kb.aliasesByFirstWord;
  const { starts } = ctx.words;
  for (let w = 0; w < starts.length; w++) {
    const start = starts[w];
    const alias = ctx.formAt(w, byFirst);
    if (alias === undefined) continue;
    const end = start + alias.length;
    const person = ctx.kb.byAlias.get(alias);
    if (!person) continue;
    if (!person.official) {
      found.claim(start, end);
      continue;
    }
    // "Donald Trump Jr." is someone else, unless a title says otherwise.
    if (/^,?[ \u00a0]+Jr\b/.test(text.slice(end, end + 6))) {
      const line = ctx.lines.at(start);
      if (!roleBefore(text, start, line.start, ctx.roles)?.official) continue;
    }
    found.addMention(start, end, found.kbEntity(person, start));
  }
}
