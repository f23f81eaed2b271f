// What every pass of the officials detector reads and writes: the page's text, its lines and
// capitalised words, the knowledge base, and the registry of what the passes before it found.
import type { Person, Term } from '../kb/schema';
import type { KbIndex } from './kb-index';
import { termsOn } from './terms';
import { Lines } from './lines';
import { CH_0, CH_9, CH_A, CH_a, CH_DIVIDE, CH_FIRST_LATIN1_LETTER, CH_LAST_LATIN_EXT_B, CH_TIMES, CH_Z, CH_z, isLowerAt, isUpperAt, LET, UP } from './letters';
import type { RoleContext } from './roles';
import { Registry } from './registry';
import type { FormsByFirstWord } from './forms-by-first';

/** One pass: reads the page, adds what it finds to `ctx.found`. */
export type Pass = (ctx: DetectionContext) => void;

/**
 * The capital that starts a capitalised word, not glued to a letter, digit or handle sign before
 * it ("@realDonaldTrump"). The look-behind comes after the capital, so that V8 looks for capitals
 * first and checks what precedes only theirs, not every character's (twice as fast; same matches).
 */
const CAPITAL_STARTING_WORD = new RegExp(`[${UP}](?<![${LET}0-9@#_/][${UP}])`, 'g');

/** `[${LET}0-9]` on a character code: ASCII letters and digits, and Latin-1 and Latin Extended-A/B letters. */
function isLetterOrDigitCode(c: number): boolean {
  if (c < CH_FIRST_LATIN1_LETTER) return (c >= CH_A && c <= CH_Z) || (c >= CH_a && c <= CH_z) || (c >= CH_0 && c <= CH_9);
  return c <= CH_LAST_LATIN_EXT_B && c !== CH_TIMES && c !== CH_DIVIDE;
}

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
    const re = CAPITAL_STARTING_WORD;
    re.lastIndex = 0;
    // test(), not exec(): no match array or string per word. The word runs on over letters and
    // digits; the search goes on after it.
    while (re.test(text)) {
      const start = re.lastIndex - 1;
      let end = start + 1;
      while (end < text.length && isLetterOrDigitCode(text.charCodeAt(end))) end++;
      re.lastIndex = end;
      this.words.starts.push(start);
      this.words.ends.push(end);
    }
    // The registry answers the roles' one question itself.
    this.roles = this.found;
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

  // The words' text and their glued heads ("Trump" of "TrumpSenate"), read on first use and kept:
  // the knowledge-base and later-mention passes both look every capitalised word up.
  private readonly wordTexts: string[] = [];
  private readonly gluedHeads: (string | null)[] = [];

  /** The longest form starting at capitalised word `w` that is not followed by a lower-case letter. */
  formAt(w: number, forms: FormsByFirstWord): string | undefined {
    const text = this.text;
    const start = this.words.starts[w];
    const end = this.words.ends[w];
    let list = forms.mayStart(text, start, end) ? forms.get((this.wordTexts[w] ??= text.slice(start, end))) : undefined;
    if (!list) {
      let head = this.gluedHeads[w];
      if (head === undefined) {
        // Scraped link text glued to the next word: "...Donald TrumpSenate votes".
        let camel = start + 2;
        while (camel < end && !(isUpperAt(text, camel) && isLowerAt(text, camel - 1))) camel++;
        head = this.gluedHeads[w] = camel >= end ? null : text.slice(start, camel);
      }
      if (head === null || !forms.mayStart(head, 0, head.length)) return undefined;
      list = forms.get(head);
      if (!list) return undefined;
    }
    for (const f of list) {
      if (text.startsWith(f, start) && !(start + f.length < text.length && isLowerAt(text, start + f.length))) return f;
    }
    return undefined;
  }
}
