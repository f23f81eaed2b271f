// Which word starts (the first two or three characters) a regex can match at, read from its
// source: the build-time half of lib/text/keyed-alternation.ts (a big alternation tried per word
// start, split by start). Not imported at run time.

// A character is read as one of 28 symbols: a letter folded to lower case, `0` for any digit,
// or `#` for anything else (`_`, white space, punctuation, letters outside ASCII). Coarser than
// the characters themselves, which only lets more branches into a start, never fewer.
const SYMBOL_NAMES = 'abcdefghijklmnopqrstuvwxyz0#';
const LETTER_NAMES = SYMBOL_NAMES.slice(0, 26);

/** A character's symbol name. */
function symbolOf(code: number): string {
  if (code >= 97 && code <= 122) return SYMBOL_NAMES[code - 97];
  if (code >= 65 && code <= 90) return SYMBOL_NAMES[code - 65];
  if (code >= 48 && code <= 57) return '0';
  return '#';
}

/**
 * What a pattern can match, cut to its first `depth` symbols: whether the empty string is a
 * match, and `words`, strings of symbol names: one shorter than `depth` is a whole match (it may
 * be followed by anything), one `depth` long is how longer matches begin.
 */
interface Starts {
  empty: boolean;
  words: Set<string>;
}

const EMPTY: Starts = { empty: true, words: new Set() };
const NOTHING: Starts = { empty: false, words: new Set() };
const symbols = (names: string): Starts => ({ empty: false, words: new Set(names) });
const ANY = symbols(SYMBOL_NAMES);
const ESCAPES: Record<string, Starts> = {
  w: ANY,
  W: ANY,
  d: symbols('0'),
  D: symbols(LETTER_NAMES + '#'),
  S: ANY,
  ...Object.fromEntries([...'srntfv0'].map((e) => [e, symbols('#')])),
};

/** A character matched as itself (case-insensitively). */
function literal(c: string): Starts {
  return symbols(symbolOf(c.charCodeAt(0)));
}

/** An escape `\e`: a class (`\w`, `\s`), a control character, or a literal (`\.`). */
function escaped(e: string): Starts {
  if (ESCAPES[e]) return ESCAPES[e];
  // Any other letter escape (\u, \x, \c, \p) is taken as matching anything.
  return /[A-Za-z]/.test(e) ? ANY : literal(e);
}

const classCache = new Map<string, Starts>();

/** The symbols a character class (`[^.;]`, `[\w.’'-]`) accepts, case-insensitively. */
function classSymbols(cls: string): Starts {
  let out = classCache.get(cls);
  if (out) return out;
  const re = new RegExp(`^${cls}$`, 'i');
  let names = '';
  for (const c of LETTER_NAMES) if (re.test(c)) names += c;
  if ([...'0123456789'].some((d) => re.test(d))) names += '0';
  // Other characters are not enumerated: any class may take one.
  out = symbols(names + '#');
  classCache.set(cls, out);
  return out;
}

/** The algebra of Starts at one depth. */
function startsAlgebra(depth: number) {
  function concat(a: Starts, b: Starts): Starts {
    // Most of a pattern comes after its first symbols are settled: nothing to add.
    if (!a.empty && [...a.words].every((w) => w.length === depth)) return a;
    if (a.empty && a.words.size === 0) return b;
    const words = new Set<string>();
    for (const w of a.words) {
      if (w.length === depth) {
        words.add(w);
        continue;
      }
      if (b.empty) words.add(w);
      for (const x of b.words) words.add(w.length + x.length > depth ? (w + x).slice(0, depth) : w + x);
    }
    if (a.empty) for (const x of b.words) words.add(x);
    return { empty: a.empty && b.empty, words };
  }
  const union = (a: Starts, b: Starts): Starts => ({ empty: a.empty || b.empty, words: new Set([...a.words, ...b.words]) });
  return { concat, union };
}

/** Every `depth`-symbol start of a Starts: a whole match shorter than that may be followed by anything. */
function startsOf(s: Starts, depth: number): Set<string> {
  const out = new Set<string>();
  const expand = (w: string): void => {
    if (w.length === depth) out.add(w);
    else for (const c of SYMBOL_NAMES) expand(w + c);
  };
  if (s.empty) expand('');
  for (const w of s.words) expand(w);
  return out;
}

/**
 * Reads a regex source (no `u` flag, no back-references) and gives its Starts. Over-approximates:
 * lookarounds are taken as matching anything, so a branch is never left out of a start it could
 * match at.
 */
class StartReader {
  private i = 0;
  /** Above 0 while reading what cannot change the starts (after they are settled, lookarounds): parsed, not computed. */
  private skipping = 0;
  private readonly algebra: ReturnType<typeof startsAlgebra>;
  constructor(
    private readonly src: string,
    private readonly depth: number,
  ) {
    this.algebra = startsAlgebra(depth);
  }

  /** The top-level alternatives of a source, each with its Starts. */
  static alternatives(src: string, depth: number): Array<{ source: string; starts: Starts }> {
    const reader = new StartReader(src, depth);
    const out: Array<{ source: string; starts: Starts }> = [];
    for (;;) {
      const from = reader.i;
      const starts = reader.sequence();
      out.push({ source: src.slice(from, reader.i), starts });
      if (reader.i >= src.length) return out;
      if (src[reader.i] !== '|') throw new Error(`unbalanced ) in ${src}`);
      reader.i++;
    }
  }

  private alternation(): Starts {
    let out = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      out = this.algebra.union(out, this.sequence());
    }
    return out;
  }

  private sequence(): Starts {
    let out = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      // Once every start is `depth` long, the rest of the sequence adds nothing: read past it
      // without computing it (at depth 4, a `[\w'-]+` after the settled words took minutes).
      if (this.settled(out)) {
        this.skipping++;
        this.quantified();
        this.skipping--;
      } else out = this.algebra.concat(out, this.quantified());
    }
    return out;
  }

  private settled(s: Starts): boolean {
    if (s.empty || s.words.size === 0) return false;
    for (const w of s.words) if (w.length < this.depth) return false;
    return true;
  }

  private quantified(): Starts {
    const part = this.atom();
    const q = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(this.src.slice(this.i));
    if (!q) return part;
    this.i += q[0].length;
    const kind = q[0][0];
    const min = kind === '+' ? 1 : kind === '{' ? Number(q[1]) : 0;
    const max = kind === '?' ? 1 : kind === '{' && q[2] !== '' ? Number(q[2] ?? q[1]) : Infinity;
    // `depth` symbols are decided within the first min + depth repetitions.
    const { concat, union } = this.algebra;
    let power = EMPTY;
    let out: Starts = NOTHING;
    for (let k = 0; k <= Math.min(max, min + this.depth); k++) {
      if (k >= min) out = union(out, power);
      power = concat(power, part);
    }
    return out;
  }

  private atom(): Starts {
    const part = this.readAtom();
    return this.skipping ? EMPTY : part;
  }

  private readAtom(): Starts {
    const { src } = this;
    const c = src[this.i];
    if (c === '(') {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/.exec(src.slice(this.i))![0];
      this.i += head.length;
      const lookaround = /^\(\?(?:[=!]|<[=!])/.test(head);
      if (lookaround) this.skipping++;
      const inner = this.alternation();
      if (lookaround) this.skipping--;
      if (src[this.i] !== ')') throw new Error(`unclosed ( in ${src}`);
      this.i++;
      // A lookaround takes no characters; what it tests is not used to narrow the starts.
      return lookaround ? EMPTY : inner;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\') {
      const e = src[this.i + 1];
      this.i += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      if (/\d/.test(e)) throw new Error(`back-reference in ${src}`);
      return escaped(e);
    }
    if (c === '[') {
      const cls = /^\[\^?\]?(?:\\.|[^\]\\])*\]/.exec(src.slice(this.i));
      if (!cls) throw new Error(`unclosed [ in ${src}`);
      this.i += cls[0].length;
      return classSymbols(cls[0]);
    }
    this.i++;
    if (c === '.') return ANY;
    return literal(c);
  }
}

/**
 * The word starts of `depth` symbols (`tar`, `a#`; `0` for any digit, `#` for any other
 * character) a regex source can match at.
 */
export function wordStarts(source: string, depth = 2): Set<string> {
  const out = new Set<string>();
  for (const alt of StartReader.alternatives(source, depth)) for (const start of startsOf(alt.starts, depth)) out.add(start);
  return out;
}

/**
 * The start table of `keyedAlternation` for these branches: for every start of `depth` symbols
 * some branch can match at, `start:i.j` (its branches' indices, in order), space-separated.
 * Computed here, at build time, and checked in (reading the sources at load cost the
 * background's cold start about 25 ms).
 */
export function startTable(branches: string[], depth = 2): string {
  const byStart = new Map<string, number[]>();
  branches.forEach((source, branch) => {
    for (const start of wordStarts(source, depth)) byStart.set(start, [...(byStart.get(start) ?? []), branch]);
  });
  return [...byStart.keys()]
    .sort()
    .map((start) => `${start}:${byStart.get(start)!.join('.')}`)
    .join(' ');
}
