// Pass 3: "the X administration" / "the X government", which names a head of government. The
// titled-name pass's scan finds the cue words; this pass reads the name before each.
import { headsGovernment, termHeadsGovernment } from '../kb-index';
import { cutsName } from '../names';
import { wordBefore } from '../context';
import { isCapWord, isUpperAt } from '../letters';
import { isPlaceWord } from '../places';
import type { DetectionContext } from '../pass';

/** Words after a name that use it attributively ("the Trump administration", "the Kohl government"). */
export const ADMIN_WORDS = ['administration', 'Administration', 'White House', 'presidency', 'Presidency', 'government', 'Government', 'cabinet', 'Cabinet'];

export function administrations(ctx: DetectionContext): void {
  const { text, found } = ctx;
  for (const at of ctx.adminCues) {
    const hit = wordBefore(text, at);
    if (!hit) continue;
    const { start, word, possessive } = hit;
    const end = start + word.length;
    if (found.isClaimed(start, end) || cutsName(word) || isPlaceWord(word)) continue;
    const prev = /(\S+)[ \u00a0]*$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
    if (isCapWord(prev) && !/^(The|A)$/.test(prev)) continue; // "International Trade Administration"
    const kind = text[at];
    const kbPeople = (ctx.kb.bySurname.get(word) ?? []).filter((p) => p.official && headsGovernment(p));
    if (kbPeople.length) {
      found.addMention(start, end, found.kbEntity(ctx.choosePerson(kbPeople, termHeadsGovernment), start));
      continue;
    }
    const known = found.entitiesWithForm(word);
    if (known.length) {
      found.addMention(start, end, known[known.length - 1]);
      continue;
    }
    // "Administration" capitalised is an agency's name; "the Sudan government" may be a place's.
    if (isUpperAt(kind, 0) || !/^(administration|presidency)$/.test(text.slice(at, at + 14).split(/\b/)[0])) continue;
    if (ctx.lines.at(start).kind !== 'text') continue;
    if (ctx.kb.bySurname.has(word)) continue;
    if (!/^(the|The)$/.test(prev) && !possessive) continue;
    found.addMention(start, end, found.surnameEntity(word, undefined, start));
  }
}
