// Which two-character word starts a regex can match at, read from its source: the build-time
// half of lib/text/keyed-alternation.ts (a big alternation tried per word start, split by
// start). Not imported at run time.

// A character is read as one of 28 symbols: a letter folded to lower case, DIGIT for any digit,
// or OTHER for anything else (`_`, white space, punctuation, letters outside ASCII). Coarser than
// the characters themselves, which only lets more branches into a start, never fewer; and a set
// of symbols fits in one 32-bit mask.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const DIGIT = 26;
const OTHER = 27;
const N = 28;
const SYMBOL_NAMES = LETTERS + '0#';
const ALL = (1 << N) - 1;

/** A character's symbol. */
function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
}

/**
 * What a pattern can match, cut to its first two symbols: the empty string (`empty`), single
 * symbols that are whole matches (`one`, a mask) and pairs (`two[i]`: the masks of the symbols
 * that may follow symbol i).
 */
interface Starts {
  empty: boolean;
  one: number;
  /** `undefined`: no pairs yet (most atoms; saves an array per atom). */
  two?: number[];
}

const pairAt = (s: Starts, i: number): number => (s.two ? s.two[i] : 0);

function concat(a: Starts, b: Starts): Starts {
  // Most of a pattern comes after its first two symbols are settled: nothing to add.
  if (!a.empty && a.one === 0) return a;
  if (a.empty && a.one === 0 && !a.two) return b;
  let firstOfB = b.one;
  for (let i = 0; i < N; i++) if (pairAt(b, i)) firstOfB |= 1 << i;
  const two: number[] = [];
  for (let i = 0; i < N; i++) two.push(pairAt(a, i) | (a.empty ? pairAt(b, i) : 0) | ((a.one >> i) & 1 ? firstOfB : 0));
  return { empty: a.empty && b.empty, one: (a.empty ? b.one : 0) | (b.empty ? a.one : 0), two };
}

function union(a: Starts, b: Starts): Starts {
  const one = a.one | b.one;
  const empty = a.empty || b.empty;
  if (!a.two && !b.two) return { empty, one };
  const two: number[] = [];
  for (let i = 0; i < N; i++) two.push(pairAt(a, i) | pairAt(b, i));
  return { empty, one, two };
}

const EMPTY: Starts = { empty: true, one: 0 };
const NOTHING: Starts = { empty: false, one: 0 };
const ANY: Starts = { empty: false, one: ALL };

const single = (mask: number): Starts => ({ empty: false, one: mask });
const BY_SYMBOL = [...Array(N).keys()].map((i) => single(1 << i));
const LETTER_MASK = (1 << DIGIT) - 1;
const ESCAPES: Record<string, Starts> = {
  w: ANY,
  W: ANY,
  d: BY_SYMBOL[DIGIT],
  D: single(LETTER_MASK | (1 << OTHER)),
  s: BY_SYMBOL[OTHER],
  S: ANY,
  n: BY_SYMBOL[OTHER],
  r: BY_SYMBOL[OTHER],
  t: BY_SYMBOL[OTHER],
  f: BY_SYMBOL[OTHER],
  v: BY_SYMBOL[OTHER],
  0: BY_SYMBOL[OTHER],
};

/** A character matched as itself (case-insensitively). */
function literal(c: string): Starts {
  return BY_SYMBOL[symbolOf(c.charCodeAt(0))];
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
  let one = 0;
  for (let i = 0; i < LETTERS.length; i++) if (re.test(LETTERS[i])) one |= 1 << i;
  if ([...'0123456789'].some((d) => re.test(d))) one |= 1 << DIGIT;
  // Other characters are not enumerated: any class may take one.
  out = single(one | (1 << OTHER));
  classCache.set(cls, out);
  return out;
}

/** Per first symbol, the mask of second symbols a match can begin with (a short match may be followed by anything). */
function rowsOf(s: Starts): Int32Array {
  const rows = new Int32Array(N);
  for (let i = 0; i < N; i++) rows[i] = s.empty || (s.one >> i) & 1 ? ALL : pairAt(s, i);
  return rows;
}

/**
 * Reads a regex source (no `u` flag, no back-references) and gives its Starts. Over-approximates:
 * lookarounds are taken as matching anything, so a branch is never left out of a start it could
 * match at.
 */
class StartReader {
  private i = 0;
  constructor(private readonly src: string) {}

  /** The top-level alternatives of a source, each with its Starts. */
  static alternatives(src: string): Array<{ source: string; starts: Starts }> {
    const reader = new StartReader(src);
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
      out = union(out, this.sequence());
    }
    return out;
  }

  private sequence(): Starts {
    let out = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') out = concat(out, this.quantified());
    return out;
  }

  private quantified(): Starts {
    const part = this.atom();
    const q = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(this.src.slice(this.i));
    if (!q) return part;
    this.i += q[0].length;
    const kind = q[0][0];
    const min = kind === '+' ? 1 : kind === '{' ? Number(q[1]) : 0;
    const max = kind === '?' ? 1 : kind === '{' && q[2] !== '' ? Number(q[2] ?? q[1]) : Infinity;
    // Two symbols are decided within the first min + 2 repetitions.
    let power = EMPTY;
    let out: Starts = NOTHING;
    for (let k = 0; k <= Math.min(max, min + 2); k++) {
      if (k >= min) out = union(out, power);
      power = concat(power, part);
    }
    return out;
  }

  private atom(): Starts {
    const { src } = this;
    const c = src[this.i];
    if (c === '(') {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/.exec(src.slice(this.i))![0];
      this.i += head.length;
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Error(`unclosed ( in ${src}`);
      this.i++;
      // A lookaround takes no characters; what it tests is not used to narrow the starts.
      return /^\(\?(?:[=!]|<[=!])/.test(head) ? EMPTY : inner;
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

/** The two-symbol word starts (`ta`, `a#`; `0` for any digit, `#` for any other character) a regex source can match at. */
export function wordStarts(source: string): Set<string> {
  const out = new Set<string>();
  for (const alt of StartReader.alternatives(source)) {
    const rows = rowsOf(alt.starts);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) if ((rows[i] >> j) & 1) out.add(SYMBOL_NAMES[i] + SYMBOL_NAMES[j]);
  }
  return out;
}

/**
 * The start table of `keyedAlternation` for these branches: for every two-symbol start some
 * branch can match at, `start:i.j` (its branches' indices, in order), space-separated.
 * Computed here, at build time, and checked in (reading the sources at load cost the
 * background's cold start about 25 ms).
 */
export function startTable(branches: string[]): string {
  const byStart = new Map<string, number[]>();
  branches.forEach((source, branch) => {
    for (const start of wordStarts(source)) byStart.set(start, [...(byStart.get(start) ?? []), branch]);
  });
  return [...byStart.keys()]
    .sort()
    .map((start) => `${start}:${byStart.get(start)!.join('.')}`)
    .join(' ');
}
