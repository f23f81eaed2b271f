// Title vocabulary: the words that say a named person holds public office, and the words that
// say a title belongs to a company, a union or a newsroom instead ("AFL-CIO President", "Ford
// chairman", "chief economist"). Used by roles.ts to read the phrase around a name.
import { isUpperAt } from './letters';

export type Strength = 'strong' | 'weak' | 'honorific';

export interface Head {
  /** Canonical head word ("minister", "senator", "president"). */
  word: string;
  strength: Strength;
  /** True for "Senators", "Reps.", "ministers": a list of names may follow. */
  plural: boolean;
}

// Strength when written capitalised / in lower case. Strong heads name a public office on their
// own ("Minister", "Sen.", "Gov."); weak ones need a government word beside them ("Bundesbank
// President", "Foreign Ministry spokesman"); honorifics only say that a name follows.
const HEADS: Record<string, [Strength | null, Strength | null]> = {
  minister: ['strong', 'strong'],
  'vice-minister': ['strong', 'strong'],
  premier: ['strong', 'strong'],
  'vice-premier': ['strong', 'strong'],
  secretary: ['strong', 'weak'],
  undersecretary: ['strong', 'strong'],
  'under-secretary': ['strong', 'strong'],
  'secretary-general': ['weak', 'weak'],
  senator: ['strong', 'strong'],
  sen: ['strong', null],
  congressman: ['strong', 'strong'],
  congresswoman: ['strong', 'strong'],
  congressmember: ['strong', 'strong'],
  rep: ['strong', null],
  representative: ['strong', 'weak'],
  lawmaker: ['strong', 'strong'],
  legislator: ['strong', 'strong'],
  mp: ['strong', null],
  ambassador: ['strong', 'weak'],
  'ambassador-at-large': ['strong', 'strong'],
  amb: ['strong', null],
  governor: ['strong', 'weak'],
  gov: ['strong', null],
  chancellor: ['strong', 'weak'],
  commissioner: ['strong', 'weak'],
  speaker: ['strong', 'weak'],
  mayor: ['strong', 'strong'],
  councilor: ['strong', 'weak'],
  councillor: ['strong', 'weak'],
  ustr: ['strong', null],
  pres: ['strong', null],
  president: ['weak', 'weak'],
  'vice-president': ['weak', 'weak'],
  'president-elect': ['weak', 'weak'],
  chairman: ['weak', 'weak'],
  chairwoman: ['weak', 'weak'],
  chair: ['weak', 'weak'],
  director: ['weak', 'weak'],
  'director-general': ['weak', 'weak'],
  chief: ['weak', 'weak'],
  justice: ['strong', 'weak'],
  judge: ['strong', 'weak'],
  head: [null, 'weak'],
  spokesman: ['weak', 'weak'],
  spokeswoman: ['weak', 'weak'],
  spokesperson: ['weak', 'weak'],
  adviser: ['weak', 'weak'],
  advisor: ['weak', 'weak'],
  counselor: ['weak', 'weak'],
  counsellor: ['weak', 'weak'],
  aide: [null, 'weak'],
  official: [null, 'weak'],
  negotiator: ['weak', 'weak'],
  envoy: ['weak', 'weak'],
  leader: ['weak', 'weak'],
  administrator: ['weak', 'weak'],
  treasurer: ['weak', 'weak'],
  member: [null, 'weak'],
  delegate: [null, 'weak'],
  diplomat: [null, 'weak'],
  // Royal and noble titles name offices only with a country or body beside them ("Saudi King Salman",
  // "NATO Secretary-General Lord Carrington"); alone they are as often fiction or history.
  king: ['weak', null],
  queen: ['weak', null],
  emperor: ['weak', null],
  prince: ['weak', null],
  sultan: ['weak', null],
  emir: ['weak', null],
  sheikh: ['weak', null],
  lord: ['weak', null],
  mr: ['honorific', null],
  mrs: ['honorific', null],
  ms: ['honorific', null],
  messrs: ['honorific', null],
  dr: ['honorific', null],
  sir: ['honorific', null],
  dame: ['honorific', null],
  madam: ['honorific', null],
  mme: ['honorific', null],
  herr: ['honorific', null],
};

const PLURALS: Record<string, string> = {
  ministers: 'minister',
  secretaries: 'secretary',
  senators: 'senator',
  sens: 'sen',
  reps: 'rep',
  representatives: 'representative',
  congressmen: 'congressman',
  congresswomen: 'congresswoman',
  lawmakers: 'lawmaker',
  legislators: 'legislator',
  governors: 'governor',
  govs: 'gov',
  ambassadors: 'ambassador',
  presidents: 'president',
  premiers: 'premier',
  chancellors: 'chancellor',
  commissioners: 'commissioner',
  leaders: 'leader',
  negotiators: 'negotiator',
  spokesmen: 'spokesman',
  officials: 'official',
  advisers: 'adviser',
  advisors: 'adviser',
  mps: 'mp',
};

/** "Attorney General", "Director General": the word before "General" decides. */
const GENERAL_HEADS: Record<string, Strength> = {
  attorney: 'strong',
  solicitor: 'strong',
  surgeon: 'strong',
  inspector: 'strong',
  postmaster: 'strong',
  secretary: 'weak',
  director: 'weak',
  governor: 'strong',
};

const headCache = new Map<string, Head | null>();

/** The head a token names, if it is a title word. `prev` is the token before it. */
export function headOf(tok: string, prev?: string): Head | null {
  if (tok === 'General' || tok === 'general') return headOfUncached(tok, prev);
  let h = headCache.get(tok);
  if (h === undefined) {
    h = headOfUncached(tok, prev);
    if (headCache.size < 5000) headCache.set(tok, h);
  }
  return h;
}

function headOfUncached(tok: string, prev?: string): Head | null {
  let w = tok.replace(/\.$/, '');
  if (/['’]/.test(w)) return null; // "Minister's office": a possessive title is not before a name
  // "then-Sen. Obama", "ex-Minister": the prefix dates the title, the title stays.
  if (/^(?:then|ex|Then|Ex)-/.test(w)) w = w.slice(w.indexOf('-') + 1);
  const cap = isUpperAt(w, 0);
  let key = w.toLowerCase().replace(/\s+/g, '-');
  if (key.startsWith('vice') && key.length > 4 && key[4] !== '-') key = `vice-${key.slice(4)}`;
  if (key === 'general' && prev) {
    const s = GENERAL_HEADS[prev.toLowerCase()];
    return s ? { word: `${prev.toLowerCase()} general`, strength: s, plural: false } : null;
  }
  let plural = false;
  if (!(key in HEADS) && PLURALS[key]) {
    key = PLURALS[key];
    plural = true;
  }
  const entry = HEADS[key];
  if (!entry) return null;
  const strength = cap ? entry[0] : entry[1];
  if (!strength) return null;
  return { word: key, strength, plural };
}

/** Lower-case words that may stand inside a title before its head ("top economic adviser"). */
export const TITLE_ADJECTIVES = new Set(
  (
    'economic trade top chief senior deputy former foreign acting then vice assistant special principal first second junior ' +
    'state federal national international agriculture agricultural farm finance financial commerce treasury defence defense ' +
    'industry external affairs economy economics interior justice labor labour energy health transport transportation ' +
    'environment science education planning budget monetary fiscal security intelligence house senate ministry department ' +
    'government central bank board committee subcommittee commission council office bureau agency cabinet congressional ' +
    'parliamentary presidential ruling opposition majority minority longtime long-time veteran lead leading incoming outgoing ' +
    'newly new current sitting interim permanent retired powerful influential trade-policy white republican democratic ' +
    'conservative liberal communist socialist party provincial regional municipal city county district press communications ' +
    'executive general managing policy team administration staff ways means fisheries food forestry technology'
  ).split(' '),
);

/** Words that make a role phrase a government one on their own. Checked lower-cased, without possessive. */
export const GOVERNMENT_CORE = new Set(
  (
    'ministry ministries minister ministerial department dept treasury government govt administration senate senator ' +
    'congress congressional parliament parliamentary commons lords cabinet embassy consulate fed reserve bundesbank customs ' +
    'politburo mofcom miti ustr cbo nec kremlin gatt wto imf oecd ec eu eec un opec nato asean state presidential ' +
    'legislature diet bundestag ecb boj pboc fomc regulator regulatory mayor premier president white-house exchequer ' +
    'government-run state-run ambassador'
  ).split(' '),
);

/** Words that make a role phrase a government one unless a private word is there too. */
export const GOVERNMENT_WEAK = new Set(
  (
    'commission committee subcommittee board bureau agency office council city municipal provincial party federal ' +
    'national liberal conservative labour socialist communist republican republicans democratic democrat democrats gop ' +
    'diplomat diplomatic foreign staff assembly legislative central european trade'
  ).split(' '),
);

/** Words that make a role phrase a private one (company, union, newsroom, think tank). */
export const PRIVATE_WORDS = new Set(
  (
    'corp corporation inc co company companies ltd llc plc ag group holdings firm association federation union unions ' +
    'institute institution foundation university college school center centre chamber roundtable capital partners ' +
    'securities sachs morgan goldman jpmorgan citigroup motors motor airlines airways industries systems technologies ' +
    'electronics news times journal post network television tv radio magazine press reuters bloomberg cnbc cnn fox nbc ' +
    'abc cbs msnbc npr politico axios afl-cio teamsters club league society church exchange brokerage hospital ' +
    'think-tank tank consultancy lobby campaign business alliance coalition'
  ).split(' '),
);

/** Occupations that are never public office, wherever they stand in the phrase. */
export const OCCUPATION_WORDS = new Set(
  (
    'economist economists analyst analysts strategist strategists executive executives ceo cfo coo founder co-founder ' +
    'partner anchor host correspondent reporter reporters columnist editor lawyer attorney lobbyist consultant professor ' +
    'researcher fellow scholar trader traders investor farmer owner manager broker banker bankers writer author producer ' +
    'commentator contributor student candidate'
  ).split(' '),
);

/** Bank names that are government ones: "central bank", "World Bank", "Bank of Japan". */
export function governmentBank(words: string[], i: number): boolean {
  const prev = (words[i - 1] ?? '').toLowerCase();
  if (/^(central|reserve|world|development|national|people['’]s|export-import|investment)$/.test(prev)) return true;
  const next = (words[i + 1] ?? '').toLowerCase();
  return next === 'of' && isUpperAt(words[i + 2] ?? '', 0) && words[i + 2] !== 'America';
}

/** Verbs of speech that end an appositive ("X, the U.S. trade representative, said"). */
export const SPEECH_VERBS = new Set(
  'said says say told tells added adds noted notes stated argued warned wrote tweeted explained insisted asked replied declared'.split(' '),
);

/** Prepositions that may follow a head ("Secretary of State", "ambassador to the United States"). */
export const TITLE_PREPOSITIONS = new Set(['of', 'to', 'for', 'at', 'in', 'on', 'with']);

/** Weak heads that a country alone makes official ("Chinese President", "a U.S. official"; not "French director"). */
export const COUNTRY_ENOUGH = new Set([
  'president',
  'vice-president',
  'president-elect',
  'official',
  'negotiator',
  'envoy',
  'diplomat',
  'leader',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'king',
  'queen',
  'emperor',
  'prince',
  'sultan',
  'emir',
  'sheikh',
  'lord',
  'secretary',
  'representative',
  'ambassador',
  'governor',
  'commissioner',
  'chancellor',
  'speaker',
]);

/** Heads that need no qualifier to be official when capitalised before a name ("President Reagan"). */
export const BARE_OK = new Set(['president', 'vice-president', 'president-elect', 'chairman', 'chairwoman']);

/** Title heads compatible with a knowledge-base term (for "Secretary Ross" vs "Sen. Ross"). */
export function headFitsRole(head: Head, roles: string): boolean {
  if (head.strength === 'honorific') return true;
  const r = roles.toLowerCase();
  const w = head.word;
  if (w === 'leader') return /president|premier|prime minister|secretary|chancellor|leader/.test(r);
  if (w === 'sen') return r.includes('senator');
  if (w === 'rep') return r.includes('representative') || r.includes('congress');
  if (w === 'gov') return r.includes('governor');
  if (w === 'amb') return r.includes('ambassador');
  if (w === 'pres') return r.includes('president');
  const base = w.replace(/^vice-/, '');
  return r.includes(base) || (base === 'adviser' && r.includes('advis')) || (base === 'director' && r.includes('director'));
}

/**
 * Every title word as written in running text, headlines and all-caps lines ("Minister", "minister",
 * "MINISTER", "Sen.", "Mr"), for finding the places where a titled name may stand (cues.ts):
 * abbreviations, which stand only with their period ("Sen."); honorifics, with or without one
 * ("Mr", "Mr."); and whole title words and phrases ("Vice President", "vice-premier").
 */
export const TITLE_SPELLINGS: { abbreviated: string[]; honorific: string[]; words: string[] } = (() => {
  const abbreviated = ['sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'amb', 'pres', 'messrs'];
  const honorific = ['mr', 'mrs', 'ms', 'dr'];
  const skip = new Set([...abbreviated, ...honorific]);
  const forms = new Set<string>();
  for (const w of [...Object.keys(HEADS), ...Object.keys(PLURALS), 'general']) {
    if (skip.has(w)) continue;
    const spellings = w.includes('-') ? [w, w.replace(/-/g, ' '), w.replace(/-/g, '')] : [w];
    for (const f of spellings) {
      forms.add(f);
      forms.add(f[0].toUpperCase() + f.slice(1));
      forms.add(f.replace(/(^|[- ])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase()));
      forms.add(f.toUpperCase());
    }
  }
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  return {
    abbreviated: [...abbreviated.map(cap), ...abbreviated.map((w) => w.toUpperCase())],
    honorific: [...honorific.map(cap), ...honorific.map((w) => w.toUpperCase())],
    words: [...forms],
  };
})();
