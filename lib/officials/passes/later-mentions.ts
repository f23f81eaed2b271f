// Pass 4: later short forms ("Yeutter", "Mr. Grassley", "NAKASONE") and repeated full names,
// linked to the people the passes before have named. A bare surname links only after the page
// has named its person in full or with a title (headlines and all-caps/title-case subheads may
// name them first); a title right before it links it anywhere.
import type { Person } from '../../kb/schema';
import { firstWord } from '../kb-index';
import { FormsByFirstWord } from '../forms-by-first';
import { isWordSurname, NOT_NAME } from '../names';
import { lowerBound } from '../../sorted';
import { isLowerAt, LET, LOW, UP } from '../letters';
import { isPlaceWord } from '../places';
import { roleBefore } from '../roles';
import { headOf } from '../titles';
import type { DetectionContext } from '../pass';
import type { Entity } from '../registry';

/** Capitalised words after a surname that make it part of a thing's name ("Trump Tower"). */
const THING_AFTER = new Set(
  'Act Tower Towers Organization Foundation University Airport Center Centre Hotel Building Plaza Avenue Road Street Hall Library Corp Inc Co Group Company Jr Sr Institute Park Bridge Doctrine Dam'.split(
    ' ',
  ),
);

const CARD_AFTER = /^[ \u00a0]+cards?\b/i;

const PARTICLES_BEFORE = /(?<![A-Za-z])(?:(?:von|van|de|di|da|du|le|la|bin|al) (?:(?:der|den|de|la|le) )?)$/;
const HYPHEN_BEFORE = new RegExp(`([${UP}][${LET}]*)-$`);
const HYPHEN_AFTER = new RegExp(`^-([${UP}][${LET}]*)`);
const NEXT_WORD = new RegExp(`^[ \\u00a0]+([${UP}][${LOW}]+)`);
const SENTENCE_START = /(?:^|[.!?]["”’]?[ \u00a0]+|\n[ \u00a0]*)$/;
const NAME_GOES_ON = /^(?:['’]s\b|,|[ \u00a0]+(?:said|says|told|added|has|had|was|is|will|would|wrote|noted|argued|insisted)\b)/;
const PREV_WORD = new RegExp(`(?:^|[\\s("“‘'])([${UP}][${LET}'’-]*)[ \\u00a0]+$`);

/**
 * The page's forms by first word: one table, cleared for each page (a new one per page was
 * garbage to collect), and a small one, as a page names a few people.
 */
const PAGE_FORMS = new FormsByFirstWord(512);

export function laterMentions(ctx: DetectionContext): void {
  const found = ctx.found;
  // first word → the forms starting with it; each form → the people it may name.
  const byFirst = PAGE_FORMS;
  byFirst.clear();
  const byForm = new Map<string, FormInfo>();
  for (const e of found.entities) {
    for (const v of variantsOf(e)) {
      let info = byForm.get(v.form);
      if (!info) {
        byForm.set(v.form, (info = { people: [], full: [], caps: v.caps }));
        byFirst.add(v.first, v.form);
      }
      if (!info.people.includes(e)) info.people.push(e);
      if (v.full && !info.full.includes(e)) info.full.push(e);
    }
  }
  if (!byForm.size) return;
  byFirst.sortLongestFirst();
  // Only forms that begin with a lower-case particle ("von der Leyen") are looked for with one.
  let withParticles = false;
  for (const form of byForm.keys()) if (isLowerAt(form, 0)) withParticles = true;
  // The capitalised words scanned once (a fixed regex: V8 compiles it to native code, while a
  // regex of this page's forms would run in the bytecode interpreter), each looked up as the
  // first word of a form.
  const text = ctx.text;
  const { starts } = ctx.words;
  for (let w = 0; w < starts.length; w++) {
    let start = starts[w];
    let form = ctx.formAt(w, byFirst);
    if (form === undefined) continue;
    const end = start + form.length;
    // "von der Leyen": lower-case particles before the capitalised word belong to the name.
    const particles = withParticles ? PARTICLES_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[0] : undefined;
    if (particles && byForm.has(particles + form)) {
      form = particles + form;
      start = end - form.length;
    }
    if (found.isClaimed(start, end)) continue;
    const info = byForm.get(form);
    if (!info) continue;
    const isFull = info.full.length > 0;
    const line = ctx.lines.at(start);
    const loose = line.headline || line.kind !== 'text';
    // "NAKASONE" in an all-caps line, not an acronym in running text.
    if (info.caps && !isFull && line.kind !== 'caps') continue;
    if (!isFull && !shortFormFits(ctx, form, start, end, loose)) continue;
    let titled: boolean | undefined;
    let eligible = info.people.filter((e) => {
      if (info.full.includes(e)) return true;
      if (isFull) return false;
      if (e.firstPos <= start || loose || line.headingLike) return true;
      titled ??= roleBefore(text, start, line.start, ctx.roles) !== null;
      return titled;
    });
    if (!eligible.length) continue;
    // A KB person named on the page keeps their surname ("Trump" is not "Ivanka Trump" again),
    // unless the page has named the other person more often so far (an article about Howard Baker).
    if (!isFull && eligible.length > 1 && eligible.some((e) => e.kb)) {
      // How often each was named before here. (Inline callbacks: under tsx a named closure has its
      // name set on every call, which costs more than the count.)
      const kbMost = Math.max(...eligible.filter((e) => e.kb).map((e) => lowerBound(e.seen, start)));
      if (!eligible.some((e) => !e.kb && lowerBound(e.seen, start) > kbMost)) eligible = eligible.filter((e) => e.kb);
    }
    let best = eligible[0];
    let bestSeen = -1;
    for (const e of eligible) {
      const i = lowerBound(e.seen, start) - 1;
      const last = i >= 0 ? e.seen[i] : -1;
      if (last > bestSeen) {
        best = e;
        bestSeen = last;
      }
    }
    found.addMention(start, end, best);
  }
}

/** Checks around a bare surname: not a given name's surname, not part of a thing's name. */
function shortFormFits(ctx: DetectionContext, form: string, start: number, end: number, loose: boolean): boolean {
  const { text, found } = ctx;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  // Hyphen compounds: "Baker-Chung meeting" links both; "Smoot-Hawley" links neither.
  // (The hyphen checks first, without a regex: most words have none.)
  const hyBefore = text[start - 1] === '-' ? HYPHEN_BEFORE.exec(before) : null;
  if (hyBefore && !found.isOfficialName(hyBefore[1])) return false;
  const hyAfter = text[end] === '-' ? HYPHEN_AFTER.exec(after) : null;
  if (hyAfter && !found.isOfficialName(hyAfter[1])) return false;
  if (
    form === 'May' &&
    (/^[ \u00a0]*\d/.test(after) || /\b(in|of|since|by|early|late|mid|until|last|next|this|from|before|after|during|through|on)[ \u00a0]+$/i.test(before))
  ) {
    return false;
  }
  const next = NEXT_WORD.exec(after)?.[1];
  if (next && THING_AFTER.has(next)) return false;
  // "21 Trump cards" (a tarot deck), "played the Trump card": the card game's word, not a name.
  if (form === 'Trump' && CARD_AFTER.test(after)) return false;
  // "Major exporters ...": at a sentence start such a surname must go on like a name.
  if (isWordSurname(form) && SENTENCE_START.test(before) && !NAME_GOES_ON.test(after)) return false;
  if (loose) return true;
  if (next && !NOT_NAME.has(next) && !headOf(next) && !found.isOfficialName(next) && !isPlaceWord(next)) return false;
  const prev = PREV_WORD.exec(before)?.[1];
  if (prev && !NOT_NAME.has(prev) && !headOf(prev) && !isPlaceWord(prev) && !found.isOfficialName(prev.replace(/['’]s$/, ''))) {
    if (!/['’]s$/.test(prev)) return false;
  }
  return true;
}

interface FormInfo {
  people: Entity[];
  /** Those for whom the form is a whole name (it links anywhere on the page). */
  full: Entity[];
  /** An ALL-CAPS variant ("NAKASONE"): only in all-caps lines. */
  caps: boolean;
}

interface Variant {
  form: string;
  first: string;
  full: boolean;
  caps: boolean;
}

const kbVariants = new WeakMap<Person, Variant[]>();

/** A form and its ALL-CAPS variant, with the first word of each. (A function, not a closure in variantsOf: see laterMentions.) */
function pushVariants(out: Variant[], form: string, full: boolean): void {
  if (!form) return;
  const first = firstWord(form);
  out.push({ form, first, full, caps: false });
  const upper = form.toUpperCase();
  if (upper !== form) out.push({ form: upper, first: first.toUpperCase(), full, caps: true });
}

/** Every written form of an entity's name and its ALL-CAPS variant, with the first word of each. */
function variantsOf(e: Entity): Variant[] {
  if (e.person) {
    const cached = kbVariants.get(e.person);
    if (cached) return cached;
  }
  const out: Variant[] = [];
  for (const f of e.full) pushVariants(out, f, true);
  for (const f of e.short) {
    pushVariants(out, f, false);
    // "Von der Leyen said": a particle capitalised at the start of a sentence.
    if (isLowerAt(f, 0)) pushVariants(out, f[0].toUpperCase() + f.slice(1), false);
  }
  // A KB person's forms are the KB's: the same on every page.
  if (e.person) kbVariants.set(e.person, out);
  return out;
}
