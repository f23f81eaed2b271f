// Pass 2, before the titled names: "(Prime Minister Yasuhiro) Nakasone", the title and given name
// in brackets and the surname after them.
import { isLowerAt, isUpperAt, LOW, UP } from '../letters';
import { roleBefore } from '../roles';
import type { DetectionContext } from '../pass';

const PAREN_TITLE = new RegExp(`\\(([^()\\n]{2,70}?)[ \\u00a0]([${UP}][${LOW}]+)\\)[ \\u00a0]+([${UP}][${LOW}]+)(?![${LOW}])`, 'y');

/** "(Prime Minister Yasuhiro) Nakasone": the title and given name in brackets, the surname after. */
export function parenthesisedTitles(ctx: DetectionContext): void {
  const { text, found } = ctx;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.slice(open, open + 73).indexOf(')') + open;
    if (close < open || close + 2 >= text.length || !isUpperAt(text, close + 2) || !isLowerAt(text, close - 1)) continue;
    PAREN_TITLE.lastIndex = open;
    const m = PAREN_TITLE.exec(text);
    if (!m) continue;
    const givenStart = open + 1 + m[1].length + 1;
    const role = roleBefore(text, givenStart, open + 1, ctx.roles);
    if (!role?.official) continue;
    const surname = m[3];
    const start = m.index + m[0].length - surname.length;
    const entity = found.namedEntity(`${m[2]} ${surname}`, role, start);
    if (entity) {
      entity.short.add(surname);
      found.addMention(start, start + surname.length, entity);
      found.claim(givenStart, givenStart + m[2].length);
    }
  }
}
