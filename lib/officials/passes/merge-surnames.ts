// Between the passes that name people and the one that links their later mentions: a person
// named by surname only ("Pres. Obama") and named in full elsewhere on the page ("former
// President Barack Obama") becomes one person.
import type { DetectionContext } from '../pass';

/** "Pres. Obama" ... "former President Barack Obama": one person, named in full. */
export function mergeSurnameOnly(ctx: DetectionContext): void {
  const { entities, mentions } = ctx.found;
  for (const e of entities) {
    if (!e.surnameOnly) continue;
    const word = [...e.short][0];
    const full = entities.find((f) => f !== e && !f.surnameOnly && f.short.has(word));
    if (!full) continue;
    for (const m of mentions) if (m.entity === e) m.entity = full;
    full.firstPos = Math.min(full.firstPos, e.firstPos);
    full.seen = [...full.seen, ...e.seen].sort((a, b) => a - b);
    if (!full.role && e.role) full.role = e.role;
    e.short.clear();
    e.seen = [];
  }
}
