// Name shapes: capitalised sequences that can be personal names ("Kim Mahn-je", "Xi Jinping",
// "Jean-Claude Juncker", "Ursula von der Leyen", "Willy De Clercq", "Charles E. Grassley"),
// the words that cut a sequence into names ("Secretary", "Monday", "The"), the canonical form
// of a name, and the short forms a page may use for it later ("Yeutter", "Kim", "De Clercq").
import { LET, LOW, UP, isAlnumAt, isCapWord } from './letters';
import { countryOf, isUsState } from './places';
import { headOf } from './titles';

const WORD = `(?:(?:Mc|Mac|De|Di|Du|La|Le|Van|Von)?[${UP}][${LOW}]+|[OD]['’][${UP}][${LOW}]+)(?:-[${LET}][${LOW}]+)*`;
const INITIALS = `(?:[${UP}]\\.){1,2}`;
const PARTICLE = String.raw`(?:von|van|der|den|de|del|della|di|da|dos|du|la|le|bin|al|ter|ten)`;
const GAP = String.raw`[ \u00a0]+`;

/** A capitalised word sequence, possibly with middle initials and particles inside. */
export const NAME_SEQUENCE = new RegExp(`(?<![${LET}0-9@#_/'’.\\-])${WORD}(?:${GAP}(?:${INITIALS}${GAP})?(?:${PARTICLE}${GAP}){0,2}${WORD})*`, 'g');
const PIECE = new RegExp(`${WORD}|${INITIALS}|${PARTICLE}(?=${GAP})`, 'g');

export interface Piece {
  t: string;
  start: number;
  end: number;
}

/** The pieces (words, initials, particles) of a matched sequence. */
export function piecesOf(seq: string, offset: number): Piece[] {
  const out: Piece[] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(seq); m; m = PIECE.exec(seq)) out.push({ t: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday';
const MONTHS = 'January February March April June July August September October November December';

/** Capitalised words that are never part of a personal name: function words, days, office nouns, verbs of headlines. */
export const NOT_NAME = new Set(
  (
    `${WEEKDAYS} ${MONTHS} ` +
    'The A An In On At By For With From To Of And But Or Nor If As So When While After Before Since Until Why How What ' +
    'Who Whom Whose Where Which This That These Those It He She They We I You Me Him Us Them His Her Its Their Our My Your ' +
    'There Here Then Now Also Even Just Still Yet Some Many Most All Any Both Each Every Other Another Such Only Not No ' +
    'Subsequently Separately Additionally Finally Similarly Likewise Earlier Later Previously Currently Recently Initially ' +
    'Ultimately Notably Importantly Instead Nevertheless Nonetheless Furthermore Moreover Consequently Accordingly ' +
    'Yes Last Next Meanwhile However Although Though Despite Because Under Over Between Among During Through Without ' +
    'Within Against Amid Into Onto Upon About Above Below Across Along Around Behind Beyond Near Toward Towards ' +
    'Read More Said Says Say Will Would Could Should Can Must Might Shall Is Are Was Were Be Been Being Has Have Had Do ' +
    'Does Did Get Gets Got Let Lets Make Makes Made Take Takes Took See Sees Seen Seek Seeks Urge Urges Warn Warns Call ' +
    'Calls Expect Expects Meet Meets Visit Visits Plan Plans Want Wants Back Backs Reject Rejects Deny Denies Hit Hits ' +
    'Slam Slams Vow Vows Threaten Threatens Announce Announces Agree Agrees Sign Signs Set Sets Raise Raises Cut Cuts ' +
    'Ask Asks Tell Tells Talk Talks Leave Leaves Lead Leads Head Heads Push Pushes Keep Keeps Go Goes Is Isn ' +
    'Welcome Welcomes Defend Defends Blame Blames Praise Praises Open Opens Win Wins Lose Loses Fight Fights Like ' +
    'Administration Government Cabinet House Senate Congress Parliament Department Ministry Office Bureau Agency ' +
    'Commission Committee Subcommittee Council Board Bank Fund Reserve Treasury Commerce State Trade Finance Foreign ' +
    'Affairs Industry Agriculture Defence Defense Economy Economic Economics Planning Justice Labor Labour Energy Staff ' +
    'Exchequer Federal National International Republican Republicans Democrat Democrats Democratic Party White Street ' +
    'Act Tariff Tariffs Agreement Accord Deal Summit Times News Post Journal Inc Corp Co Ltd Group Company Union ' +
    'Tower Organization Foundation University Airport Center Hotel Building Plaza Avenue Road Hall Library Doctrine ' +
    'Twitter Facebook Tweet Tweets Advertisement Photo Video Image Reuters Bloomberg Associated Press Opinion Analysis ' +
    'Update Breaking Exclusive Factbox Editorial Chief Vice Deputy Acting Former Premier General Minister Secretary ' +
    'Chamber Institute Association Federation Council Roundtable Coalition Alliance Bureau Authority Corporation ' +
    'Commons Lords Congressional Representatives Senators Officials Ministry Ministries Embassy Consulate Court ' +
    'League Cup Club Championship Olympics Commonwealth Colonial Dept Division Unit Team Games Systems Services Holdings'
  ).split(' '),
);

/** True for a capitalised piece that cuts a sequence: a non-name word or any title head. */
export function cutsName(t: string): boolean {
  // Country words cut ("Chinese Xi"), but not US states, which are also given names ("Rep. Virginia Foxx").
  return NOT_NAME.has(t) || headOf(t) !== null || (countryOf(t) !== undefined && !isUsState(t));
}

/** Common Chinese, Korean, Taiwanese and Vietnamese family names: written first. */
export const EAST_ASIAN_SURNAMES = new Set(
  (
    'Kim Lee Park Pak Choi Chung Jung Chun Chang Jang Kang Cho Yoon Yun Lim Han Shin Oh Seo Kwon Hwang Ahn Song Hong Yoo ' +
    'Ko Moon Roh Rha Nam Baek Huh Hyun Noh Bae Ryu Rhee Yu Wang Li Liu Zhang Chen Yang Huang Zhao Wu Zhou Xu Sun Ma ' +
    'Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye ' +
    'Cheng Wei Su Lu Ding Ren Shen Yao Xi Gu Zhong Cui Geng Hua Qian Wen Bo Fu Yi Shi Kong Mao Qin Bai Lai Tsai Chiang ' +
    'Hsu Kuo Soong Siew Yen Chou Chao Hsieh Lien Ong Goh Tan Teo Ng Nguyen Tran Pham Vo Hoang Phan Dang Bui Do Ho Duong ' +
    'Lam Leung Tung Tsang Wong Chan Cheung Ho Hu Lo Mak Tse Yeung Fan Jia Qiao Wan Hao Kou Shao Xiong Meng Qiu Xue'
  ).split(' '),
);

/** Family names that are Korean rather than Chinese or Singaporean ("Lee Kuan Yew" stays as written). */
const KOREAN_SURNAMES = new Set('Kim Park Choi Chung Jung Chun Yoon Shin Oh Seo Kwon Hwang Ahn Yoo Moon Roh Rha Nam Baek Bae Ryu Rhee Huh Noh'.split(' '));
const SYLLABLE = /^[A-Z][a-z]{1,4}$/;
const HYPHENATED = new RegExp(`^[${UP}][${LOW}]+-[${LET}][${LOW}]*$`);
const lowerAfterHyphen = (w: string) => w.replace(/-([A-Z\u00C0-\u00DE])/g, (_, c: string) => `-${c.toLowerCase()}`);

/** True when a name is written family-name first ("Kim Mahn-je", "Wang Yi", "Chiang Ching-Kuo"). */
export function familyNameFirst(words: string[]): boolean {
  return words.length >= 2 && EAST_ASIAN_SURNAMES.has(words[0]) && !HYPHENATED.test(words[0]);
}

const INITIAL = new RegExp(`^(?:[${UP}]\\.)+$`);
const isInitial = (w: string) => INITIAL.test(w);
const SUFFIX = /^(Jr|Sr|II|III|IV)\.?$/;

/**
 * Canonical form of a written name: middle initials dropped ("Charles E. Grassley" → "Charles
 * Grassley"), romanised East Asian given names as "Ching-kuo", and a Korean name written given-name
 * first put family-name first ("Woong-Bae Rha" → "Rha Woong-bae").
 */
export function canonicalName(written: string): string {
  let words = written.split(/\s+/).filter((w) => w && !SUFFIX.test(w));
  if (words.length > 2) words = words.filter((w, i) => i === 0 || !isInitial(w));
  if (words.length === 3 && KOREAN_SURNAMES.has(words[0]) && SYLLABLE.test(words[1]) && SYLLABLE.test(words[2]) && words[1] !== 'Jong' && words[1] !== 'Il') {
    // "Rha Woong Bae": a Korean given name of two syllables, written with a hyphen ("Rha Woong-bae").
    // North Korea's leaders keep their own unhyphenated spelling ("Kim Jong Un").
    words = [words[0], `${words[1]}-${words[2].toLowerCase()}`];
  } else if (words.length === 2 && HYPHENATED.test(words[0]) && EAST_ASIAN_SURNAMES.has(words[1])) {
    words = [words[1], lowerAfterHyphen(words[0])];
  } else if (familyNameFirst(words) && HYPHENATED.test(words[words.length - 1])) {
    words = [...words.slice(0, -1), lowerAfterHyphen(words[words.length - 1])];
  }
  return words.join(' ');
}

/** Pronouns and function words a surname must never be matched as ("Liu He" is not "He said"). */
const NEVER_SHORT = new Set(['He', 'She', 'It', 'We', 'I', 'You', 'They', 'Un', 'An', 'In', 'On', 'Do', 'Ho', 'Le', 'La', 'De', 'Di', 'Du', 'Van', 'Von']);

/** The short forms a page may use for a person once named in full ("Yeutter"; "Kim" for "Kim Mahn-je"). */
export function shortForms(written: string): string[] {
  const words = written.split(/\s+/).filter((w) => w && !SUFFIX.test(w) && !isInitial(w));
  if (words.length < 2) return words.filter((w) => !NEVER_SHORT.has(w));
  const forms = new Set<string>();
  const last = words[words.length - 1];
  forms.add(last);
  // "von der Leyen", "De Clercq": the family name starts at the first particle.
  const p = words.findIndex((w, i) => i > 0 && /^(von|van|der|den|de|del|della|di|da|dos|du|la|le|De|Da|Di|Van|Von|Le|La|bin|al)$/.test(w));
  if (p > 0) forms.add(words.slice(p).join(' '));
  // "Lopez Obrador": a double family name is used alone too.
  if (words.length >= 3 && p < 0) forms.add(words.slice(-2).join(' '));
  if (familyNameFirst(words)) forms.add(words[0]);
  if (words.length === 2 && HYPHENATED.test(words[0]) && EAST_ASIAN_SURNAMES.has(last)) forms.add(last);
  return [...forms].filter((f) => !NEVER_SHORT.has(f) && f.length > 1);
}

/** Countries whose people write the family name first ("Wang Yi", "Lee Jae-myung", "To Lam"). */
const FAMILY_FIRST_COUNTRIES = new Set(['CN', 'TW', 'HK', 'KR', 'KP', 'VN', 'KH']);

/** Surnames that are ordinary words at the start of a sentence ("Major exporters", "Fast action"). */
const WORD_SURNAMES = new Set(
  'Major Fast Card Power Price Rice King Young Bell Snow Hunt Cook West Fox Crow Dodge Swan Hockey Bishop Gates Mills Ridge May Day Love Rich Little Hope Frank Wise Strong Noble Justice Chase Banks Church Long Hill Green White Black Grant Stone Hall Wood Lane Fields Rivers Summers Winter Park Brown'.split(
    ' ',
  ),
);

/** True for a surname that is also an ordinary word ("Major", "Hunt"): at a sentence start it needs more. */
export const isWordSurname = (form: string) => WORD_SURNAMES.has(form);

/**
 * The short forms of a knowledge-base person whose entry lists no bare surname (left out because
 * the surname is common: "Johnson", "Wang"): usable once the page has named them in full. A name
 * written family name first gives only the family name ("Wang" for "Wang Yi", not "Yi").
 */
export function pageShortForms(name: string, countries: readonly string[]): string[] {
  const words = name.split(/\s+/).filter((w) => w && !SUFFIX.test(w) && !isInitial(w));
  if (words.length < 2) return [];
  if (countries.some((c) => FAMILY_FIRST_COUNTRIES.has(c)) && !HYPHENATED.test(words[0])) {
    return NEVER_SHORT.has(words[0]) ? [] : [words[0]];
  }
  return shortForms(name);
}

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'bin', 'al', 'ter', 'ten']);

/** Start of the run of capitalised words (and particles) that ends at `end`, not before `min`. */
export function capitalisedChainStart(text: string, end: number, min: number): number {
  let start = end;
  let i = end;
  while (i > min) {
    let j = i;
    while (j > min && (isAlnumAt(text, j - 1) || text[j - 1] === '.' || text[j - 1] === "'" || text[j - 1] === '’' || text[j - 1] === '-')) j--;
    if (j === i) break;
    const first = text[j];
    if (first !== first.toLowerCase()) start = j;
    else if (!PARTICLES.has(text.slice(j, i))) break;
    if (j - 1 >= min && (text[j - 1] === ' ' || text[j - 1] === '\u00a0')) i = j - 1;
    else break;
  }
  return start;
}

/** Cut a capitalised sequence at title words and non-name words into candidate names. */
export function splitRuns(pieces: Piece[]): Piece[][] {
  const runs: Piece[][] = [];
  // A helper, not a closure: run under tsx (esbuild's keepNames), a closure made per call also
  // has its name set per call, which cost more than the split itself.
  let from = 0;
  for (let i = 0; i < pieces.length; i++) {
    const t = pieces[i].t;
    if (isCapWord(t) && cutsName(t)) {
      pushRun(runs, pieces, from, i);
      from = i + 1;
    }
  }
  pushRun(runs, pieces, from, pieces.length);
  return runs;
}

/** Adds `pieces[from, to)` to `runs`, trimmed to start and end with a capitalised word (and not end in "Jr"), if any is left. */
function pushRun(runs: Piece[][], pieces: Piece[], from: number, to: number): void {
  while (to > from && !isCapWord(pieces[to - 1].t)) to--;
  while (to > from && (pieces[to - 1].t === 'Jr' || pieces[to - 1].t === 'Sr')) to--;
  while (from < to && !isCapWord(pieces[from].t)) from++;
  if (from < to) runs.push(pieces.slice(from, to));
}
