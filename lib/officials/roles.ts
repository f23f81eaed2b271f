// Reading the role phrase around a name: the title before it ("Chinese Foreign Minister Wang Yi",
// "Secretary of State George Shultz", "the director of the foreign trade department, Roberto Fendt")
// and the appositive after it ("Clayton Yeutter, the U.S. trade representative,", "Tim Ryan (D-OH)",
// "X, who heads the ministry's trade bureau"). Decides whether the phrase names a public office.
import { isLowerAt } from './letters';
import { countryOf, isPlace, STATE_TAG } from './places';
import {
  BARE_OK,
  COUNTRY_ENOUGH,
  GOVERNMENT_CORE,
  GOVERNMENT_WEAK,
  headOf,
  OCCUPATION_WORDS,
  PRIVATE_WORDS,
  SPEECH_VERBS,
  TITLE_ADJECTIVES,
  TITLE_PREPOSITIONS,
  governmentBank,
  type Head,
} from './titles';
import { BackTokens, bare, endsSentence, isCapitalised, isPossessive, tokenize } from './tokens';

export interface Role {
  /** The title as the page gives it, tidied ("Foreign Minister", "Trade Representative"). Worked out on first use. */
  readonly role: string;
  country?: string;
  head: Head;
  /** The phrase names a public office (false for "Mr." alone). */
  official: boolean;
}

export interface RoleContext {
  /** True when `word` names an official already known on the page ("Trump's top adviser"). */
  isOfficialName(word: string): boolean;
}

/** Capitalised words that begin sentences and clauses, never part of a title. */
const STOP_CAPS = new Set(
  (
    'The A An In On At By For With From To Of And But Or If As So When While After Before Since Until Why How What Who ' +
    'Where This That These Those It He She They We I You His Her Its Their Our There Here Then Now Also Even Just Still ' +
    'Yet Some Many Most All Both Each Every Other Another Such Only Not No Last Next Meanwhile However Although Though ' +
    'Despite Because Under Over Between Among During Through Without Within Against Amid Speaking Asked According Earlier ' +
    'Later Separately Instead Former'
  ).split(' '),
);

const PUNCT_STOP = new Set([',', ';', ':', '"', '“', '”', '—', '–', '!', '?']);
const DETERMINERS = new Set(['the', 'a', 'an', 'The', 'A', 'An']);

const ABBREVIATED: Record<string, string> = {
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Amb.': 'Ambassador',
  'Pres.': 'President',
  'Sens.': 'Senators',
  'Reps.': 'Representatives',
  'Govs.': 'Governors',
};

interface Verdict {
  official: boolean;
  country?: string;
}

const OTHER_SMALL = new Set(['the', 'and', 'of', 'a', 'an']);

/** Judge the words of a role phrase (qualifiers before the head and the prepositional phrase after it). */
function judge(head: Head, before: string[], after: string[], ctx: RoleContext): Verdict {
  const n = before.length + after.length;
  // One list, not a closure over the two: under tsx (esbuild's keepNames) a closure made per call
  // also has its name set per call, which was most of this function's cost.
  const words = after.length ? (before.length ? [...before, ...after] : after) : before;
  let country: string | undefined;
  let occupation = false;
  let core = false;
  let weak = false;
  let priv = false;
  let lowerOther = false;
  let onlyFormer = true;
  let prevLower = '';
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const b = bare(w);
    const lw = b.toLowerCase();
    const nextBare = i + 1 < n ? bare(words[i + 1]) : '';
    if (country === undefined) country = (nextBare && countryOf(`${b} ${nextBare}`)) || countryOf(b);
    if (!/^(former|then|acting|late)$/i.test(w)) onlyFormer = false;
    if (OCCUPATION_WORDS.has(lw) && !(lw === 'attorney' && nextBare.toLowerCase() === 'general')) occupation = true;
    if ((prevLower === 'white' && lw === 'house') || (prevLower === 'central' && lw === 'bank')) core = true;
    prevLower = lw;
    if (lw === 'bank') {
      if (governmentBank([bare(words[i - 1] ?? ''), b, nextBare, i + 2 < n ? bare(words[i + 2]) : ''], 1)) core = true;
      else if (!core) priv = true;
      continue;
    }
    if (GOVERNMENT_CORE.has(lw)) core = true;
    else if (GOVERNMENT_WEAK.has(lw)) weak = true;
    else if (PRIVATE_WORDS.has(lw)) {
      // "press secretary", "press office": a government job; "Associated Press": a newsroom.
      const pressJob = lw === 'press' && (i === before.length - 1 || /^(secretary|office|officer|aide|attache)$/i.test(nextBare));
      if (!pressJob) priv = true;
    } else if (isPossessive(w) && ctx.isOfficialName(b)) core = true;
    else if (i >= before.length && isLowerAt(w, 0) && !TITLE_ADJECTIVES.has(lw) && !TITLE_PREPOSITIONS.has(lw) && !OTHER_SMALL.has(lw)) {
      lowerOther = true;
    }
  }
  if (head.strength === 'honorific' || occupation) return { official: false, country };
  if (head.strength === 'strong') return { official: true, country };
  // Weak heads (president, chairman, spokesman, adviser, ...) need a government word.
  if (core && (!priv || country)) return { official: true, country };
  if ((weak || (country && COUNTRY_ENOUGH.has(head.word))) && !priv && !lowerOther) return { official: true, country };
  // "President Reagan", "former President Obama": the bare title is a head of state's.
  if (onlyFormer && BARE_OK.has(head.word)) return { official: true, country };
  return { official: false, country };
}

const SPACE_BEFORE_CLOSE = /\s[,)]/;

function tidyRole(before: string[], headTok: string, after: string[]): string {
  const q = [...before];
  while (q.length && (DETERMINERS.has(q[0]) || isPossessive(q[0]) || isPlace(q[0]) || countryOf(q[0]) || q[0] === '(' || q[0] === ')')) q.shift();
  // "South Korea's": a two-word place split over tokens
  while (q.length > 1 && isPlace(`${q[0]} ${q[1].replace(/['’]s?$/, '')}`)) q.splice(0, 2);
  // (Each replace only when it has something to replace: a replace is costly even when it finds nothing.)
  const head = ABBREVIATED[headTok.includes('-') ? headTok.replace(/^(?:then|ex|Then|Ex)-/, '') : headTok] ?? headTok;
  const parts = [...q.map((w) => ABBREVIATED[w] ?? w), head, ...after].filter((w) => w !== '(' && w !== ')');
  let role = parts.join(' ');
  if (SPACE_BEFORE_CLOSE.test(role)) role = role.replace(/\s+([,)])/g, '$1');
  role = role.trim();
  if (isLowerAt(role, 0)) role = role[0].toUpperCase() + role.slice(1);
  return role;
}

/** A role whose display text is tidied only when someone reads it. */
class PhraseRole implements Role {
  private text: string | undefined;

  constructor(
    private readonly before: string[],
    private readonly headTok: string,
    private readonly after: string[],
    readonly country: string | undefined,
    readonly head: Head,
    readonly official: boolean,
  ) {}

  get role(): string {
    this.text ??= tidyRole(this.before, this.headTok, this.after);
    return this.text;
  }
}

function lazyRole(before: string[], headTok: string, after: string[], country: string | undefined, head: Head, official: boolean): Role {
  // Each of "Senators Ann Cole and Bill Ward" is a senator.
  const singular = head.plural ? (ABBREVIATED[headTok] ?? headTok).replace(/ies$/, 'y').replace(/men$/, 'man').replace(/s\.?$/, '') : headTok;
  return new PhraseRole(before, singular, after, country, head, official);
}

/** Qualifier tokens before a head, read leftwards from reverse index `h + 1` ("U.S. Treasury" before "Secretary"). */
function qualifiersBefore(bt: BackTokens, h: number): string[] {
  const q: string[] = [];
  for (let j = h + 1; q.length < 10; j++) {
    const tk = bt.at(j);
    if (tk === undefined || PUNCT_STOP.has(tk) || endsSentence(tk)) break;
    if (tk === '(' || tk === ')') {
      q.unshift(tk);
      continue;
    }
    if (isPossessive(tk)) {
      q.unshift(tk);
      continue;
    }
    if (isCapitalised(tk)) {
      if (STOP_CAPS.has(tk)) {
        if (tk === 'Former') q.unshift(tk);
        break;
      }
      q.unshift(tk);
      continue;
    }
    const lw = tk.toLowerCase();
    if (TITLE_ADJECTIVES.has(lw)) {
      q.unshift(tk);
      continue;
    }
    const left = bt.at(j + 1);
    if ((lw === 'and' || lw === '&') && q.length && left !== undefined && TITLE_ADJECTIVES.has(left.toLowerCase())) {
      q.unshift(tk);
      continue;
    }
    if (lw === 'of' && q.length && isCapitalised(q[0]) && left !== undefined && isCapitalised(left)) {
      q.unshift(tk);
      continue;
    }
    if (lw === 'the' && q.length && left === 'of') {
      q.unshift(tk);
      continue;
    }
    break;
  }
  // an "of" or "and" cannot begin the phrase
  while (q.length && /^(of|and|&|the|\))$/i.test(q[0])) q.shift();
  return q;
}

/** Capitalised words that may complete a title before a name ("of State", "of the Exchequer", "to China"). */
const OFFICE_WORDS = new Set(
  (
    'State Commerce Treasury Trade Industry International Exchequer Finance Agriculture Defence Defense Foreign Affairs ' +
    'Economy Economics Energy Labor Labour Justice Interior Health Transport Transportation Environment Planning Budget ' +
    'Economic Relations External Home Commons Lords Parliament Congress Senate House Representatives Cabinet Ministry ' +
    'Department Board Bureau Council Commission Committee Subcommittee Staff Fisheries Food Forestry Science Technology ' +
    'Industries Development Cooperation Security Intelligence Customs Tariffs Negotiations Means Ways Bank Reserve Federal ' +
    'National European Community Union Nations United States Kingdom Republic Central Monetary Fund World Organization ' +
    'Joint Chiefs Armed Services Finance Investment Public Works Tourism Culture Education Social Welfare Trade-Industry'
  ).split(' '),
);

function officeWord(w: string): boolean {
  if (/^(the|and|of|for|on|to|&|\(|\)|staff)$/.test(w)) return true;
  const b = bare(w);
  return OFFICE_WORDS.has(b) || countryOf(b) !== undefined || isPlace(b) || /^[A-Z][A-Z.&-]+$/.test(b);
}

/** Tokens of a prepositional phrase between a head and the name ("of State", "to the United States"). */
function prepositionOk(tk: string, appositive: boolean): boolean {
  if (PUNCT_STOP.has(tk) || endsSentence(tk)) return false;
  if (appositive) return true;
  return isCapitalised(tk) || /^(the|and|of|&|\(|\)|staff)$/.test(tk) || isPossessive(tk);
}

/**
 * The title standing before a name that starts at `pos` ("Treasury Secretary ", "Rep. ",
 * "Chinese ambassador to the United States, "), or null.
 */
export function roleBefore(text: string, pos: number, lineStart: number, ctx: RoleContext): Role | null {
  const bt = new BackTokens(text, pos, Math.max(lineStart, pos - 160));
  let r = 0;
  let appositive = false;
  if (bt.at(0) === ',') {
    appositive = true;
    r = 1;
  }
  if (bt.at(r) === undefined) return null;
  for (let k = r; k <= r + 16; k++) {
    const tk = bt.at(k);
    if (tk === undefined) break;
    const head = headOf(tk, bt.at(k + 1));
    if (head && (k === r || (k - 1 > r && TITLE_PREPOSITIONS.has(bt.at(k - 1) as string)))) {
      if (appositive && k === r && head.strength === 'honorific') return null;
      const general = head.word.endsWith(' general');
      const headTok = general ? `${bt.at(k + 1)} ${tk}` : tk;
      const before = qualifiersBefore(bt, general ? k + 1 : k);
      const after: string[] = [];
      for (let x = k - 1; x >= r; x--) after.push(bt.at(x) as string);
      // "Secretary of State George Shultz", not "chairman of U.S. Games Systems Name".
      if (!appositive && after.length && !after.every(officeWord)) return null;
      // A left appositive must be a whole phrase: "the director of X, Name" / "Chinese ambassador to Y, Name".
      if (appositive) {
        const prev = bt.at(k + (general ? 1 : 0) + before.length + 1);
        if (prev !== undefined && !DETERMINERS.has(prev) && !PUNCT_STOP.has(prev) && !endsSentence(prev)) {
          if (!/^(said|says|told|and|while|but)$/.test(prev)) return null;
        }
        if (head.strength === 'weak' && before.length === 0 && after.length === 0) return null;
      }
      const v = judge(head, before, after, ctx);
      return lazyRole(before, headTok, after, v.country, head, v.official);
    }
    if (k > r && !prepositionOk(tk, appositive)) break;
    if (k === r && !appositive && !isCapitalised(tk) && tk !== 'staff') break;
  }
  return null;
}

const FUNCTION_WORDS = new Set(
  'while when as but and or because although if though since after before who which that so then now also not still even just later where whose whom than'.split(
    ' ',
  ),
);

const PARTY_TAG = new RegExp(String.raw`^(?:\s*\(\s*|,\s*)([RDI])\s?[-\u2013]\s?(${STATE_TAG})\s*\)?(?=[\s,.;:)]|$)`);

const WHO_IS = /^(is|was|became|has|had|serves|served|remains)$/;
const WHO_HEADS = /^(heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|oversees|oversaw)$/;

/**
 * The appositive after a name that ends at `end` (", the U.S. trade representative,",
 * " (D-OH)", ", R-Utah,", ", who heads the ... ministry"), or null.
 */
export function roleAfter(text: string, end: number, lineEnd: number, ctx: RoleContext): Role | null {
  const m = PARTY_TAG.exec(text.slice(end, Math.min(lineEnd, end + 40)));
  if (m) {
    return {
      role: `legislator (${m[1]}-${m[2].replace(/\.$/, '')})`,
      country: 'US',
      head: { word: 'legislator', strength: 'strong', plural: false },
      official: true,
    };
  }
  if (text[end] !== ',') return null;
  const toks = tokenize(text, end, Math.min(lineEnd, end + 160));
  let k = 1;
  if (/^\d{2}$/.test(toks[k]?.t ?? '') && toks[k + 1]?.t === ',') k += 2;
  let stop = k;
  while (stop < toks.length && stop - k < 20) {
    const tk = toks[stop].t;
    if (PUNCT_STOP.has(tk) || tk === ')' || endsSentence(tk) || SPEECH_VERBS.has(tk)) break;
    if (tk === 'who' && stop > k) break;
    stop++;
  }
  if (toks[k]?.t === 'who') {
    const verb = toks[k + 1]?.t ?? '';
    if (WHO_HEADS.test(verb)) {
      const phrase = toks.slice(k + 2, stop).map((x) => x.t);
      const head: Head = { word: 'head', strength: 'weak', plural: false };
      const v = judge(head, [], ['of', ...phrase], ctx);
      const govNoun = phrase.some((w) => GOVERNMENT_CORE.has(bare(w).toLowerCase()) || GOVERNMENT_WEAK.has(bare(w).toLowerCase()));
      if (!v.official || !govNoun) return null;
      return { role: `Head of ${phrase.filter((w) => !DETERMINERS.has(w)).join(' ')}`, country: v.country, head, official: true };
    }
    if (!WHO_IS.test(verb)) return null;
    k += 2;
    if (toks[k]?.t === 'been') k++;
    if (toks[k]?.t === 'as') k++;
  }
  while (k < stop && /^(the|a|an|also|now|currently|formerly|once)$/.test(toks[k].t)) k++;
  let unknown = 0;
  for (let p = k; p < stop && p < k + 9; p++) {
    const tk = toks[p].t;
    const head = headOf(tk, toks[p - 1]?.t);
    if (!head || head.strength === 'honorific') {
      if (
        !isCapitalised(tk) &&
        !isPossessive(tk) &&
        !TITLE_ADJECTIVES.has(tk.toLowerCase()) &&
        !/^(and|of|&|former|\(|\))$/.test(tk) &&
        !OCCUPATION_WORDS.has(tk.toLowerCase()) &&
        // one or two other adjectives: "China's paramount leader", "a veteran Japanese negotiator"
        (++unknown > 2 || !/^[a-z]+$/.test(tk) || SPEECH_VERBS.has(tk) || FUNCTION_WORDS.has(tk) || /(?:ed|ing|ly)$/.test(tk))
      )
        return null;
      continue;
    }
    // "Director General": take the two-word head.
    if (head.word === 'director' && toks[p + 1]?.t === 'General') continue;
    const startQ = head.word.endsWith(' general') ? p - 1 : p;
    const before = toks.slice(k, startQ).map((x) => x.t);
    const next = toks[p + 1]?.t;
    const after = next !== undefined && TITLE_PREPOSITIONS.has(next) && p + 1 < stop ? toks.slice(p + 1, stop).map((x) => x.t) : [];
    const v = judge(head, before, after, ctx);
    if (!v.official) return null;
    const headTok = head.word.endsWith(' general') ? `${toks[p - 1].t} ${tk}` : tk;
    return lazyRole(before, headTok, after, v.country, head, true);
  }
  return null;
}
