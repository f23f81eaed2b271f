// What every pass of the officials detector reads and writes: the page's text, its lines and
// capitalised words, the knowledge base, and the registry of what the passes before it found.
import type { Person, Term } from '../kb/schema';
import type { KbIndex } from './kb-index';
import { termsOn } from './terms';
import { Lines } from './lines';
import { isLowerAt, isUpperAt, LET, UP } from './letters';
import type { RoleContext } from './roles';
import { Registry } from './registry';

/** One pass: reads the page, adds what it finds to `ctx.found`. */
export type Pass = (ctx: DetectionContext) => void;

/**
 * A capitalised word, not glued to a letter, digit or handle sign before it ("@realDonaldTrump").
 * The look-behind comes after the capital, so that V8 looks for capitals first and checks what
 * precedes only theirs, not every character's (twice as fast; same matches).
 */
const CAPITALISED_WORD = new RegExp(`[${UP}](?<![${LET}0-9@#_/][${UP}])[${LET}0-9]*`, 'g');

export class DetectionContext {
  readonly lines: Lines;
  readonly found: Registry;
  readonly roles: RoleContext;
  /** The capitalised words of the text, scanned once for the knowledge-base and later-mention passes. */
  readonly words: { starts: number[]; ends: number[] } = { starts: [], ends: [] };
  /** Offsets of "administration", "government", ... found by the titled-name scan, for the administrations pass. */
  readonly adminCues: number[] = [];

  constructor(
    readonly text: string,
    readonly kb: KbIndex,
    /** The page's date (ISO), when the caller knows it. */
    readonly date?: string,
  ) {
    this.lines = new Lines(text);
    this.found = new Registry(kb, text.length, date);
    const re = CAPITALISED_WORD;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.words.starts.push(m.index);
      this.words.ends.push(m.index + m[0].length);
    }
    const found = this.found;
    this.roles = { isOfficialName: (w) => found.isOfficialName(w) };
  }

  /**
   * Of several KB people a surname may name ("Mr. Johnson", "Premier Li"): the one the page
   * names in full, else one in office on the page's date (in an office `fits` accepts, when
   * given), else the first.
   */
  choosePerson(people: Person[], fits?: (t: Term) => boolean): Person {
    if (people.length < 2) return people[0];
    const named = people.find((p) => this.found.namesKbPerson(p.id));
    if (named) return named;
    if (this.date) {
      const date = this.date;
      const serving = people.filter((p) => termsOn(p, date).some((t) => !fits || fits(t)));
      if (serving.length) return serving[0];
    }
    return people[0];
  }

  /**
   * The one KB person without a listed surname whose family name is `word` and who held, on the
   * page's date, an office `fits` accepts; none without a date, a specific title or a single one.
   */
  servingByFamilyName(word: string, fits: (t: Term) => boolean, specificTitle: boolean): Person | undefined {
    const date = this.date;
    if (!date || !specificTitle) return undefined;
    const serving = (this.kb.byFamilyName.get(word) ?? []).filter((p) => termsOn(p, date).some(fits));
    return serving.length === 1 ? serving[0] : undefined;
  }

  /** The longest form starting at the word [start, end) that is not followed by a lower-case letter. */
  formAt(start: number, end: number, byFirst: Map<string, string[]>): string | undefined {
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
}
