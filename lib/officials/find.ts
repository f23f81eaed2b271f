// The officials detector. Four passes over the text, all regex and lexicon scans:
//   1. knowledge-base aliases ("Steven Mnuchin", "DONALD TRUMP"); non-officials are blocked;
//   2. capitalised name sequences with a title before them or an appositive after them
//      ("Trade Representative Clayton Yeutter", "Gary Cohn, Trump's top economic adviser,");
//   3. "the X administration" / "the X government", which names a head of government;
//   4. later short forms ("Yeutter", "Mr. Grassley", "NAKASONE") and repeated full names,
//      linked to the people the page has named.
// A bare surname links only after the page has named its person in full or with a title
// (headlines and all-caps/title-case subheads may name them first); a title right before it
// links it anywhere.
import type { KnowledgeBase, Person } from '../kb/schema';
import type { OfficialMention } from '../types';
import { currentTerm, firstWord, headsGovernment, indexKb, rolesText, type KbIndex } from './kb-index';
import { Lines, type Line } from './lines';
import { capitalisedChainStart, canonicalName, cutsName, NAME_SEQUENCE, NOT_NAME, piecesOf, shortForms, splitRuns, type Piece } from './names';
import { lowerBound, titleCaseAfter, titleGapOk, wordBefore } from './context';
import { isAlnumAt, isCapWord, isLowerAt, isUpperAt, LET, LOW, UP } from './chars';
import { isPlaceWord } from './places';
import { roleAfter, roleBefore, type Role, type RoleContext } from './roles';
import { headFitsRole, headOf, TITLE_WORD } from './titles';
import { findThroughInvisibles } from '../text/invisible';
import { trieSource } from './trie';

interface Entity {
  name: string;
  role?: string;
  country?: string;
  kb?: string;
  person?: Person;
  /** Written full names: they link anywhere on the page. */
  full: Set<string>;
  /** Surnames and other short forms: they link after `firstPos`. */
  short: Set<string>;
  /** Where the page first names the person in full or with a title. */
  firstPos: number;
  /** Named only by a surname so far ("Pres. Obama", "the Reagan administration"). */
  surnameOnly: boolean;
  /** Offsets of the mentions found so far, sorted. */
  seen: number[];
}

interface Mention {
  start: number;
  end: number;
  entity: Entity;
}


/** Capitalised words after a surname that make it part of a thing's name ("Trump Tower"). */
const THING_AFTER = new Set(
  'Act Tower Towers Organization Foundation University Airport Center Centre Hotel Building Plaza Avenue Road Street Hall Library Corp Inc Co Group Company Jr Sr Institute Park Bridge Doctrine Dam'.split(
    ' ',
  ),
);

/** Words after a name that use it attributively ("the Trump administration", "the Kohl government"). */
const ADMIN_WORDS = trieSource(['administration', 'Administration', 'White House', 'presidency', 'Presidency', 'government', 'Government', 'cabinet', 'Cabinet']);
const PARTY_OR_WHO = String.raw`[,(][ \u00a0]?(?:[RDI][ \u00a0]?[-–][ \u00a0]?[A-Z]|who[ \u00a0]+(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|oversees|oversaw)\b)`;
/**
 * One scan for every cue of pass 2 and 3: a title word; (1) "administration", "government"; or
 * (2) a party tag "(D-OH)", ", R-Utah" or ", who heads".
 */
const CUES = new RegExp(`${TITLE_WORD.source}|\\b(${ADMIN_WORDS})\\b|(${PARTY_OR_WHO})`, 'g');

const STICKY_SEQUENCE = new RegExp(NAME_SEQUENCE.source, 'y');
const SEQUENCE_AT_END = new RegExp(`(?:${NAME_SEQUENCE.source})$`);
/**
 * A capitalised word, not glued to a letter, digit or handle sign before it ("@realDonaldTrump").
 * The look-behind comes after the capital, so that V8 looks for capitals first and checks what
 * precedes only theirs, not every character's (twice as fast; same matches).
 */
const CAPITALISED_WORD = new RegExp(`[${UP}](?<![${LET}0-9@#_/][${UP}])[${LET}0-9]*`, 'g');
const PARTICLES_BEFORE = /(?<![A-Za-z])(?:(?:von|van|de|di|da|du|le|la|bin|al) (?:(?:der|den|de|la|le) )?)$/;
const HYPHEN_BEFORE = new RegExp(`([${UP}][${LET}]*)-$`);
const HYPHEN_AFTER = new RegExp(`^-([${UP}][${LET}]*)`);
const NEXT_WORD = new RegExp(`^[ \\u00a0]+([${UP}][${LOW}]+)`);
const PREV_WORD = new RegExp(`(?:^|[\\s("“‘'])([${UP}][${LET}'’-]*)[ \\u00a0]+$`);
const LIST_SEPARATOR = /^(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+|[ \u00a0]*&[ \u00a0]*)/;

const PAREN_TITLE = new RegExp(`\\(([^()\\n]{2,70}?)[ \\u00a0]([${UP}][${LOW}]+)\\)[ \\u00a0]+([${UP}][${LOW}]+)(?![${LOW}])`, 'y');

class Detector {
  private readonly lines: Lines;
  private readonly entities: Entity[] = [];
  private readonly byKb = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  private readonly mentions: Mention[] = [];
  /** Characters no later pass may touch (found mentions and non-officials from the KB). */
  private readonly claimed: Uint8Array;
  private readonly ctx: RoleContext;
  /** The capitalised words of the text, scanned once for passes 1 and 4. */
  private readonly words: { starts: number[]; ends: number[] } = { starts: [], ends: [] };
  /** Offsets of "administration", "government", ... found by the pass-2 scan, for pass 3. */
  private readonly adminCues: number[] = [];

  constructor(
    private readonly text: string,
    private readonly kb: KbIndex,
  ) {
    this.lines = new Lines(text);
    this.claimed = new Uint8Array(text.length);
    const re = CAPITALISED_WORD;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.words.starts.push(m.index);
      this.words.ends.push(m.index + m[0].length);
    }
    this.ctx = { isOfficialName: (w) => this.isOfficialName(w) };
  }

  run(): OfficialMention[] {
    this.kbAliases();
    this.parenthesisedTitles();
    this.titledNames();
    this.administrations();
    this.mergeSurnameOnly();
    this.shortForms();
    return this.output();
  }

  // ---- helpers ---------------------------------------------------------------------------

  private isOfficialName(word: string): boolean {
    if (this.kb.bySurname.get(word)?.some((p) => p.official)) return true;
    if (this.kb.byAlias.get(word)?.official) return true;
    return this.entities.some((e) => e.short.has(word) || e.full.has(word));
  }

  private isClaimed(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return true;
    return false;
  }

  private claim(start: number, end: number): void {
    this.claimed.fill(1, start, end);
  }

  private addMention(start: number, end: number, entity: Entity): void {
    if (this.isClaimed(start, end)) return;
    this.claim(start, end);
    this.mentions.push({ start, end, entity });
    const i = lowerBound(entity.seen, start);
    entity.seen.splice(i, 0, start);
  }

  private kbEntity(p: Person, pos: number): Entity {
    let e = this.byKb.get(p.id);
    if (!e) {
      const term = currentTerm(p);
      e = {
        name: p.name,
        role: term.title ?? term.role,
        country: term.country,
        kb: p.id,
        person: p,
        full: new Set([p.name, ...p.aliases]),
        short: new Set(p.surnames),
        firstPos: pos,
        surnameOnly: false,
        seen: [],
      };
      this.byKb.set(p.id, e);
      this.entities.push(e);
    }
    e.firstPos = Math.min(e.firstPos, pos);
    return e;
  }

  /** The entity for a full name written on the page (a KB person when the name is one of theirs). */
  private namedEntity(written: string, role: Role | null, pos: number): Entity | null {
    const canon = canonicalName(written);
    const person = this.kb.byAlias.get(written) ?? this.kb.byAlias.get(canon);
    if (person) return person.official ? this.kbEntity(person, pos) : null;
    let e = this.byName.get(canon);
    if (!e) {
      const short = new Set<string>();
      for (const f of shortForms(written)) short.add(f);
      e = {
        name: canon,
        role: role?.role,
        country: role?.country,
        full: new Set([written, canon]),
        short,
        firstPos: pos,
        surnameOnly: false,
        seen: [],
      };
      this.byName.set(canon, e);
      this.entities.push(e);
    } else {
      e.full.add(written);
      if (!e.role && role) e.role = role.role;
      if (!e.country && role?.country) e.country = role.country;
    }
    e.firstPos = Math.min(e.firstPos, pos);
    return e;
  }

  private surnameEntity(word: string, role: Role | undefined, pos: number): Entity {
    const key = `?${word}`;
    let e = this.byName.get(key);
    if (!e) {
      e = {
        name: word,
        role: role?.role,
        country: role?.country,
        full: new Set(),
        short: new Set([word]),
        firstPos: pos,
        surnameOnly: true,
        seen: [],
      };
      this.byName.set(key, e);
      this.entities.push(e);
    }
    e.firstPos = Math.min(e.firstPos, pos);
    return e;
  }

  /** True when `form` already names someone registered before `pos`. */
  private knownBefore(form: string, pos: number): boolean {
    for (const e of this.entities) if (e.firstPos < pos && (e.short.has(form) || e.full.has(form))) return true;
    return false;
  }

  private entitiesWithForm(form: string): Entity[] {
    return this.entities.filter((e) => e.short.has(form) || e.full.has(form));
  }

  // ---- pass 1: knowledge-base aliases ------------------------------------------------------

  private kbAliases(): void {
    const byFirst = this.kb.aliasesByFirstWord;
    const { starts, ends } = this.words;
    for (let w = 0; w < starts.length; w++) {
      const start = starts[w];
      const alias = this.formAt(start, ends[w], byFirst);
      if (alias === undefined) continue;
      const end = start + alias.length;
      const person = this.kb.byAlias.get(alias);
      if (!person) continue;
      if (!person.official) {
        this.claim(start, end);
        continue;
      }
      // "Donald Trump Jr." is someone else, unless a title says otherwise.
      if (/^,?[ \u00a0]+Jr\b/.test(this.text.slice(end, end + 6))) {
        const line = this.lines.at(start);
        if (!roleBefore(this.text, start, line.start, this.ctx)?.official) continue;
      }
      this.addMention(start, end, this.kbEntity(person, start));
    }
  }

  /** The longest form starting at the word [start, end) that is not followed by a lower-case letter. */
  private formAt(start: number, end: number, byFirst: Map<string, string[]>): string | undefined {
    const text = this.text;
    let forms = byFirst.get(text.slice(start, end));
    if (!forms) {
      // Scraped link text glued to the next word: "...Donald TrumpSenate votes".
      let camel = start + 2;
      while (camel < end && !(isUpperAt(text, camel) && isLowerAt(text, camel - 1))) camel++;
      if (camel >= end) return undefined;
      forms = byFirst.get(text.slice(start, camel));
      if (!forms) return undefined;
    }
    for (const f of forms) {
      if (text.startsWith(f, start) && !(start + f.length < text.length && isLowerAt(text, start + f.length))) return f;
    }
    return undefined;
  }

  // ---- pass 2: names with a title or an appositive -----------------------------------------

  /** Driven by title words: a name right after one, or a name whose appositive holds one. */
  private titledNames(): void {
    const text = this.text;
    const re = CUES;
    re.lastIndex = 0;
    for (let h = re.exec(text); h; h = re.exec(text)) {
      const hs = h.index;
      if (h[1] !== undefined) {
        this.adminCues.push(hs);
        continue;
      }
      if (h[2] !== undefined) {
        this.nameBeforeAppositive(hs + 1, null);
        continue;
      }
      const he = hs + h[0].length;
      const word = h[0];
      const head = headOf(word, word === 'General' || word === 'general' ? wordBefore(text, hs)?.word : undefined);
      if (!head) continue;
      // Cheap looks first: a capital right after the title, or "of"/"to"/"for" for "Secretary of State".
      const next = text[he] === ' ' || text[he] === '\u00a0' ? he + 1 : he;
      if (
        next < text.length &&
        (isUpperAt(text, next) || (!head.plural && /^(?:(?:of|to|for) |, ?[A-Z\u00C0-\u00DE])/.test(text.slice(next, next + 4))))
      ) {
        this.nameAfterTitle(he, this.lines.at(hs));
      }
      if (!head.plural && head.strength !== 'honorific') this.nameBeforeAppositive(hs, null);
    }
  }

  /** The names after a title word ending at `he`: "Minister Kim Mahn-je", "Secretary of State George Shultz". */
  private nameAfterTitle(he: number, line: Line): void {
    const text = this.text;
    const c = text[he] === ' ' || text[he] === '\u00a0' ? text[he + 1] : text[he];
    if (c === undefined) return;
    const upper = isUpperAt(c, 0);
    const to = Math.min(line.end, upper ? he + 2 : he + 100);
    // Walk to each capitalised word in reach and read the sequence there (sticky: no search).
    for (let p = he; p < to; p++) {
      if (!isUpperAt(text, p) || (p > 0 && isAlnumAt(text, p - 1))) continue;
      STICKY_SEQUENCE.lastIndex = p;
      const m = STICKY_SEQUENCE.exec(text);
      if (!m) continue;
      for (const run of splitRuns(piecesOf(m[0], p))) {
        if (!titleGapOk(text, he, run[0].start)) return;
        // After "president of the U.S. ...", a lone capitalised word is an organisation's, not a name.
        if (run.length === 1 && run[0].start > he + 1 && text[run[0].start - 2] !== ',') continue;
        const runEnd = run[run.length - 1].end;
        if (this.isClaimed(run[0].start, runEnd)) return;
        // Someone the page has already named ("President Trump" again): pass 4 links it.
        if (this.knownBefore(text.slice(run[0].start, runEnd), run[0].start)) return;
        // A left appositive closes with a comma too: "Chinese ambassador to the U.S., Cui Tiankai, said".
        if (text.slice(he, run[0].start).includes(',') && !/^[ \u00a0]*[,(]/.test(text.slice(runEnd, runEnd + 3))) return;
        const role = roleBefore(text, run[0].start, line.start, this.ctx);
        if (role) {
          this.acceptRun(run, role, line);
          return;
        }
      }
      p += m[0].length;
    }
  }

  /** The name before a comma that opens an appositive holding a title word at `hs`. */
  private nameBeforeAppositive(hs: number, knownLine: Line | null): void {
    const text = this.text;
    const from = Math.max(0, hs - 120);
    // Bounded backward search (lastIndexOf would run to the top of the page when there is no comma).
    let c = -1;
    let paren = -1;
    for (let i = hs - 1; i >= from; i--) {
      const ch = text[i];
      if (ch === ',') {
        c = i;
        break;
      }
      if (ch === '(' && paren < 0) paren = i;
      if (ch === '\n') break;
    }
    if (c < 0) c = paren;
    if (c < 0) return;
    // The name must end right before the comma (or the bracket, after a space).
    let end = c;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
    if (end === 0 || !(isLowerAt(text, end - 1) || text[end - 1] === '.')) return;
    const between = text.slice(c + 1, hs);
    if (/[a-z]{2}[.!?]\s|[;:!?"“”\n]/.test(between) || between.split(' ').length > 12) return;
    const line = knownLine ?? this.lines.at(hs);
    if (end <= line.start) return;
    const run = this.runEndingAt(end, line);
    if (!run || this.isClaimed(run[0].start, end)) return;
    const role = roleAfter(text, end, line.end, this.ctx);
    if (role?.official) this.acceptRun(run, role, line);
  }

  /** The candidate name (a run of a capitalised sequence) that ends exactly at `end`. */
  private runEndingAt(end: number, line: Line): Piece[] | null {
    const from = capitalisedChainStart(this.text, end, Math.max(line.start, end - 80));
    if (from >= end) return null;
    const m = SEQUENCE_AT_END.exec(this.text.slice(from, end));
    if (!m) return null;
    const runs = splitRuns(piecesOf(m[0], from + m.index));
    const last = runs[runs.length - 1];
    return last && last[last.length - 1].end === end ? last : null;
  }

  /** Record a titled name: a new official, a KB person, or a later mention of one. */
  private acceptRun(run: Piece[], role: Role, line: Line): void {
    const start = run[0].start;
    const end = run[run.length - 1].end;
    if (this.isClaimed(start, end)) return;
    const written = this.text.slice(start, end);
    if (run.length === 1) {
      this.titledSurname(written, start, end, role, line);
      return;
    }
    if (!role.official) return;
    if ((line.kind !== 'text' || titleCaseAfter(this.text, end)) && !this.kb.byAlias.get(written)) {
      // Headline capitals make any word look like a name: only link people named elsewhere.
      const known = this.byName.get(canonicalName(written));
      if (known) this.addMention(start, end, known);
      return;
    }
    if (run.filter((p) => isCapWord(p.t)).length > 4) return;
    const entity = this.namedEntity(written, role, start);
    if (!entity) {
      this.claim(start, end);
      return;
    }
    this.addMention(start, end, entity);
    if (role.head.plural) this.listAfter(end, role, line);
  }

  /** "Senators Chuck Grassley and Ron Wyden": the names listed after a plural title. */
  private listAfter(end: number, role: Role, line: Line): void {
    const text = this.text;
    for (let guard = 0; guard < 8; guard++) {
      const sep = LIST_SEPARATOR.exec(text.slice(end, Math.min(line.end, end + 12)));
      if (!sep) return;
      const at = end + sep[0].length;
      // Sticky: a search would run on through the page to the next name when none starts here.
      STICKY_SEQUENCE.lastIndex = at;
      const m = STICKY_SEQUENCE.exec(text);
      if (!m) return;
      const run = splitRuns(piecesOf(m[0], m.index))[0];
      if (!run || run[0].start !== at || run.length < 2) return;
      const runEnd = run[run.length - 1].end;
      if (this.isClaimed(at, runEnd)) return;
      const entity = this.namedEntity(text.slice(at, runEnd), role, at);
      if (!entity) return;
      this.addMention(at, runEnd, entity);
      end = runEnd;
    }
  }

  /** A single word after a title: "President Trump", "Sen. Grassley", "Mr. Baker", "Premier Li". */
  private titledSurname(word: string, start: number, end: number, role: Role, line: Line): void {
    const kbPeople = this.kb.bySurname.get(word) ?? [];
    if (kbPeople.some((p) => !p.official) && !kbPeople.some((p) => p.official)) {
      this.claim(start, end);
      return;
    }
    // A specific title must fit the KB person ("Sen. Ross" is not the Commerce Secretary); a generic
    // one ("Kudlow, the top White House economic adviser") names them when they are the only one.
    let fit = kbPeople.filter((p) => p.official && headFitsRole(role.head, rolesText(p)));
    const officials = kbPeople.filter((p) => p.official);
    if (!fit.length && role.official && role.head.strength === 'weak' && officials.length === 1) fit = officials;
    if (fit.length) {
      this.addMention(start, end, this.kbEntity(fit[0], start));
      return;
    }
    const known = this.entitiesWithForm(word);
    if (known.length) {
      this.addMention(start, end, known[known.length - 1]);
      return;
    }
    if (!role.official || line.kind !== 'text' || cutsName(word) || isPlaceWord(word) || titleCaseAfter(this.text, end)) return;
    // A lone name after a title goes on like prose: "President Reagan said", "Premier Li's", "Kohl, who".
    if (!/^(?:[ \u00a0]*(?:[a-z(]|['’]s\b)|[,.;:)'’"”]|[ \u00a0]*$)/.test(this.text.slice(end, end + 3))) return;
    if (kbPeople.length && role.head.strength === 'weak') return;
    this.addMention(start, end, this.surnameEntity(word, role, start));
  }

  /** "(Prime Minister Yasuhiro) Nakasone": the title and given name in brackets, the surname after. */
  private parenthesisedTitles(): void {
    const text = this.text;
    for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      const close = text.slice(open, open + 73).indexOf(')') + open;
      if (close < open || close + 2 >= text.length || !isUpperAt(text, close + 2) || !isLowerAt(text, close - 1)) continue;
      PAREN_TITLE.lastIndex = open;
      const m = PAREN_TITLE.exec(text);
      if (!m) continue;
      const givenStart = open + 1 + m[1].length + 1;
      const role = roleBefore(text, givenStart, open + 1, this.ctx);
      if (!role?.official) continue;
      const surname = m[3];
      const start = m.index + m[0].length - surname.length;
      const entity = this.namedEntity(`${m[2]} ${surname}`, role, start);
      if (entity) {
        entity.short.add(surname);
        this.addMention(start, start + surname.length, entity);
        this.claim(givenStart, givenStart + m[2].length);
      }
    }
  }

  // ---- pass 3: "the X administration" --------------------------------------------------------

  private administrations(): void {
    for (const at of this.adminCues) {
      const found = wordBefore(this.text, at);
      if (!found) continue;
      const { start, word, possessive } = found;
      const end = start + word.length;
      if (this.isClaimed(start, end) || cutsName(word) || isPlaceWord(word)) continue;
      const prev = /(\S+)[ \u00a0]*$/.exec(this.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
      if (isCapWord(prev) && !/^(The|A)$/.test(prev)) continue; // "International Trade Administration"
      const kind = this.text[at];
      const kbPeople = (this.kb.bySurname.get(word) ?? []).filter((p) => p.official && headsGovernment(p));
      if (kbPeople.length) {
        this.addMention(start, end, this.kbEntity(kbPeople[0], start));
        continue;
      }
      const known = this.entitiesWithForm(word);
      if (known.length) {
        this.addMention(start, end, known[known.length - 1]);
        continue;
      }
      // "Administration" capitalised is an agency's name; "the Sudan government" may be a place's.
      if (isUpperAt(kind, 0) || !/^(administration|presidency)$/.test(this.text.slice(at, at + 14).split(/\b/)[0])) continue;
      if (this.lines.at(start).kind !== 'text') continue;
      if (this.kb.bySurname.has(word)) continue;
      if (!/^(the|The)$/.test(prev) && !possessive) continue;
      this.addMention(start, end, this.surnameEntity(word, undefined, start));
    }
  }

  /** "Pres. Obama" ... "former President Barack Obama": one person, named in full. */
  private mergeSurnameOnly(): void {
    for (const e of this.entities) {
      if (!e.surnameOnly) continue;
      const word = [...e.short][0];
      const full = this.entities.find((f) => f !== e && !f.surnameOnly && f.short.has(word));
      if (!full) continue;
      for (const m of this.mentions) if (m.entity === e) m.entity = full;
      full.firstPos = Math.min(full.firstPos, e.firstPos);
      full.seen = [...full.seen, ...e.seen].sort((a, b) => a - b);
      if (!full.role && e.role) full.role = e.role;
      e.short.clear();
      e.seen = [];
    }
  }

  // ---- pass 4: later mentions by surname or full name ---------------------------------------

  private shortForms(): void {
    // first word → the forms starting with it; each form → the people it may name.
    const byFirst = new Map<string, string[]>();
    const byForm = new Map<string, FormInfo>();
    for (const e of this.entities) {
      for (const v of variantsOf(e)) {
        let info = byForm.get(v.form);
        if (!info) {
          byForm.set(v.form, (info = { people: [], full: [], caps: v.caps }));
          const list = byFirst.get(v.first);
          if (list) list.push(v.form);
          else byFirst.set(v.first, [v.form]);
        }
        if (!info.people.includes(e)) info.people.push(e);
        if (v.full && !info.full.includes(e)) info.full.push(e);
      }
    }
    if (!byForm.size) return;
    for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
    // The capitalised words scanned once (a fixed regex: V8 compiles it to native code, while a
    // regex of this page's forms would run in the bytecode interpreter), each looked up as the
    // first word of a form.
    const text = this.text;
    const { starts, ends } = this.words;
    for (let w = 0; w < starts.length; w++) {
      let start = starts[w];
      let form = this.formAt(start, ends[w], byFirst);
      if (form === undefined) continue;
      const end = start + form.length;
      // "von der Leyen": lower-case particles before the capitalised word belong to the name.
      const particles = PARTICLES_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[0];
      if (particles && byForm.has(particles + form)) {
        form = particles + form;
        start = end - form.length;
      }
      if (this.isClaimed(start, end)) continue;
      const info = byForm.get(form);
      if (!info) continue;
      const isFull = info.full.length > 0;
      const line = this.lines.at(start);
      const loose = line.headline || line.kind !== 'text';
      // "NAKASONE" in an all-caps line, not an acronym in running text.
      if (info.caps && !isFull && line.kind !== 'caps') continue;
      if (!isFull && !this.shortFormFits(form, start, end, loose)) continue;
      let titled: boolean | undefined;
      let eligible = info.people.filter((e) => {
        if (info.full.includes(e)) return true;
        if (isFull) return false;
        if (e.firstPos <= start || loose) return true;
        titled ??= roleBefore(text, start, line.start, this.ctx) !== null;
        return titled;
      });
      if (!eligible.length) continue;
      // A KB person named on the page keeps their surname ("Trump" is not "Ivanka Trump" again),
      // unless the page has named the other person more often so far (an article about Howard Baker).
      if (!isFull && eligible.length > 1 && eligible.some((e) => e.kb)) {
        const count = (e: Entity) => lowerBound(e.seen, start);
        const kbMost = Math.max(...eligible.filter((e) => e.kb).map(count));
        if (!eligible.some((e) => !e.kb && count(e) > kbMost)) eligible = eligible.filter((e) => e.kb);
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
      this.addMention(start, end, best);
    }
  }

  /** Checks around a bare surname: not a given name's surname, not part of a thing's name. */
  private shortFormFits(form: string, start: number, end: number, loose: boolean): boolean {
    const text = this.text;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    // Hyphen compounds: "Baker-Chung meeting" links both; "Smoot-Hawley" links neither.
    const hyBefore = HYPHEN_BEFORE.exec(before);
    if (hyBefore && !this.isOfficialName(hyBefore[1])) return false;
    const hyAfter = HYPHEN_AFTER.exec(after);
    if (hyAfter && !this.isOfficialName(hyAfter[1])) return false;
    if (form === 'May' && (/^[ \u00a0]*\d/.test(after) || /\b(in|of|since|by|early|late|mid|until|last|next|this|from|before|after|during|through|on)[ \u00a0]+$/i.test(before))) {
      return false;
    }
    const next = NEXT_WORD.exec(after)?.[1];
    if (next && THING_AFTER.has(next)) return false;
    if (loose) return true;
    if (next && !NOT_NAME.has(next) && !headOf(next) && !this.isOfficialName(next) && !isPlaceWord(next)) return false;
    const prev = PREV_WORD.exec(before)?.[1];
    if (prev && !NOT_NAME.has(prev) && !headOf(prev) && !isPlaceWord(prev) && !this.isOfficialName(prev.replace(/['’]s$/, ''))) {
      if (!/['’]s$/.test(prev)) return false;
    }
    return true;
  }

  // ---- output ---------------------------------------------------------------------------------

  private output(): OfficialMention[] {
    const sorted = [...this.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: OfficialMention[] = [];
    let lastEnd = -1;
    for (const m of sorted) {
      if (m.start < lastEnd) continue;
      lastEnd = m.end;
      const e = m.entity;
      const mention: OfficialMention = { start: m.start, end: m.end, text: this.text.slice(m.start, m.end), name: e.name };
      if (e.role) mention.role = e.role;
      if (e.country) mention.country = e.country;
      if (e.kb) mention.kb = e.kb;
      out.push(mention);
    }
    return out;
  }
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

/** Every written form of an entity's name and its ALL-CAPS variant, with the first word of each. */
function variantsOf(e: Entity): Variant[] {
  if (e.person) {
    const cached = kbVariants.get(e.person);
    if (cached) return cached;
  }
  const out: Variant[] = [];
  const push = (form: string, full: boolean) => {
    if (!form) return;
    const first = firstWord(form);
    out.push({ form, first, full, caps: false });
    const upper = form.toUpperCase();
    if (upper !== form) out.push({ form: upper, first: first.toUpperCase(), full, caps: true });
  };
  for (const f of e.full) push(f, true);
  for (const f of e.short) {
    push(f, false);
    // "Von der Leyen said": a particle capitalised at the start of a sentence.
    if (isLowerAt(f, 0)) push(f[0].toUpperCase() + f.slice(1), false);
  }
  // A KB person's forms are the KB's: the same on every page.
  if (e.person) kbVariants.set(e.person, out);
  return out;
}

/** Every mention of a government official in `text`, sorted and non-overlapping. */
export function findOfficials(text: string, kb: KnowledgeBase): OfficialMention[] {
  if (!text) return [];
  // Read through soft hyphens and zero-width characters ("Light\u00adhizer"), as figures are.
  return findThroughInvisibles(text, (visible) => new Detector(visible, indexKb(kb)).run());
}
