// Generates lib/kb/data/officials.json: the officials Footnote knows beyond the hand-written
// people.json. Two inputs:
// - the US cabinet 1977-2018 (FiveThirtyEight's cabinet-turnover table, CC BY 4.0, in the
//   shared data folder), one term per row;
// - the curated files scripts/kb/curated/officials/<area>.json, written for this project:
//   { "offices": { key: { role, title?, country, source } },
//     "people": [ { name, id?, aliases?, surnames?, csv?, terms: [[office, from, to?, note?]],
//                   summary?, sources? } ] }
//   An office key is unique across all files, and any file's people may use any file's offices.
//   `csv` is the name as the cabinet table writes it ("Bob Rubin"), when it is not `name`.
//
// What the generator adds to each entry: the id (from the name, without accents), the name and
// the name without accents as aliases, Korean given names written three ways ("Lee Jae-myung",
// "Lee Jae Myung", "Lee Jae-Myung"), the last word of the name as the bare surname unless
// `surnames` is given or the word is too common to link alone, each office's source, and a
// summary made from the terms when none is written.
//
// It fails, naming both entries, when two people share an alias (with people.json too), when a
// surname or a one-word alias is too common to link safely, and when a cabinet-table term is
// still open ("Still in office" in early 2019) without a curated end. A person of people.json
// (same id, or a table name that is one of their aliases) is left to people.json: hand entries
// win, and lib/kb/merge.ts applies the same rule when the two files are loaded.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { Person, type Person as PersonT, type Term } from '../../../lib/kb/schema';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const OUTPUT = 'lib/kb/data/officials.json';
const CURATED = 'scripts/kb/curated/officials';
const HAND_FILE = 'lib/kb/data/people.json';
const CSV = 'officials/us-cabinet-1977-2019.csv';
const CSV_CREDIT = 'https://github.com/fivethirtyeight/data/tree/master/cabinet-turnover';

interface Office {
  role: string;
  title?: string;
  country: string;
  source: string;
}
type TermTuple = [office: string, from: string, to?: string | null, note?: string];
interface CuratedPerson {
  name: string;
  id?: string;
  aliases?: string[];
  surnames?: string[];
  /** The news names them by surname alone (lib/kb/schema.ts, Person.knownAlone). */
  knownAlone?: boolean;
  csv?: string;
  terms: TermTuple[];
  summary?: string;
  sources?: string[];
}
interface CuratedFile {
  offices?: Record<string, Office>;
  /** Cabinet-table names of people.json's people that are not among their aliases ("Mac Baldrige"). */
  csvInHand?: Record<string, string>;
  people?: CuratedPerson[];
}

/**
 * Words that cannot stand alone for one person: the commonest family names (in the US, Britain,
 * China, Korea, Japan, India, Latin America, Germany, France), names that are ordinary words or
 * companies' names ("Power", "McDonald's"), and names shared with a better-known official the
 * knowledge base does not know (Kevin McCarthy for Gina McCarthy). A bare "Lee" or "Young" after
 * a title would link whoever the knowledge base lists first. The last word of a name becomes its
 * surname unless it is here; a curated entry's own `surnames` are its author's judgement.
 */
const TOO_COMMON = new Set(
  // English
  (
    'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson White ' +
    'Harris Thompson Young King Wright Hill Green Baker Clark Lewis Walker Hall Allen Scott Adams Nelson Carter ' +
    'Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook ' +
    'Morgan Bell Murphy Bailey Cooper Richardson Cox Howard Ward Peterson Gray James Watson Brooks Kelly Sanders ' +
    'Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Washington ' +
    'Butler Simmons Foster Bryant Alexander Russell Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace ' +
    'Woods Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson Marshall Murray Freeman Wells Webb ' +
    'Simpson Stevens Tucker Porter Hunter Hicks Crawford Henry Boyd Mason Kennedy Warren Dixon Burns Gordon ' +
    'Shaw Holmes Rice Robertson Hunt Black Daniels Palmer Mills Grant Knight Ferguson Stone Hawkins Dunn ' +
    'Perkins Hudson Spencer Stephens Pierce Payne Berry Lane Andrews Ruiz Fox Riley Armstrong Carpenter Weaver ' +
    'Greene Lawrence Elliott Chavez Sims Austin Peters Kelley Franklin Lawson Fields May Love Rich Little Gates ' +
    'Chase Hope Justice Strong Noble Wise Frank Day Moon Sun Summers Winter Snow Rivers Banks Church Chambers ' +
    'Brady Duncan Watt Cohen McCarthy McDonald Lynch Schwab Kemp Power Blair Leavitt McConnell Gonzales ' +
    'Reeves Kirk Nielsen Casey Fast Dodge Crow Norton Nicholson Skinner Walters Reilly Watkins McLaughlin Bowen ' +
    'Preston Abraham Ridge Goldschmidt Kirkpatrick ' +
    // Chinese, Korean, Vietnamese
    'Li Lee Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song ' +
    'Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Chu ' +
    'Yao Kim Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Shin Oh Seo Kwon Hwang Ahn Yoo Hong Ko Moon Nam ' +
    'Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly ' +
    // Japanese
    'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki ' +
    'Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto Ishikawa Ogawa Okada ' +
    'Hasegawa Fujita Goto Kondo Murakami Endo Aoki Sakamoto Saito Ota Nishimura Fujii Okamoto Matsuda ' +
    'Nakagawa Nakano Harada Ono Takeuchi Kaneko Wada Nakayama Ishii Ueda Morita Hara Shibata Sakai Kudo ' +
    'Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Imai Takeda Murata Ueno Sugiyama Masuda Noda ' +
    // Indian
    'Singh Kumar Sharma Gupta Patel Shah Khan Rao Reddy Das Jain Mehta Joshi Iyer Nair Ali Ahmed ' +
    // Spanish, Portuguese
    'Silva Santos Oliveira Souza Lima Pereira Costa Rodrigues Ferreira Alves Gomes Martins Barbosa Ribeiro ' +
    'Garcia García Hernandez Hernández Lopez López Martinez Martínez Gonzalez González Perez Pérez Sanchez ' +
    'Sánchez Ramirez Ramírez Torres Flores Rivera Gomez Gómez Diaz Díaz Cruz Morales Reyes Romero Herrera ' +
    'Fernandez Fernández Medina Castro Vargas Ortiz Moreno Jimenez Jiménez Ruiz Alvarez Álvarez Mendoza Guerrero Rojas ' +
    // German, French, Italian
    'Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein ' +
    'Wolf Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler Maier ' +
    'Bernard Petit Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Fontaine ' +
    'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti'
  ).split(/\s+/),
);

const csvOffice: Record<string, string> = {
  'Secretary of the Treasury': 'us-treasury',
  'Secretary of Commerce': 'us-commerce',
  'Secretary of State': 'us-state',
  'Secretary of Agriculture': 'us-agriculture',
  'U.S. Trade Representative': 'us-ustr',
  'Vice President': 'us-vp',
  'Secretary of Defense': 'us-defense',
  'Secretary of Labor': 'us-labor',
  'Secretary of Energy': 'us-energy',
  'Secretary of Transportation': 'us-transportation',
  'Secretary of the Interior': 'us-interior',
  'Secretary of Education': 'us-education',
  'Secretary of Health & Human Services': 'us-hhs',
  'Secretary of Health, Education & Welfare': 'us-hew',
  // Patricia Harris's one term spans HEW's renaming in 1980: the table gives both names.
  'Secretary of Health, Education & Welfare/Secretary of Health & Human Services': 'us-hhs',
  'Secretary of Housing & Urban Development': 'us-hud',
  'Secretary of Veterans Affairs': 'us-va',
  'Secretary of Homeland Security': 'us-dhs',
  'Attorney General': 'us-ag',
  'Chief of Staff': 'us-chief-of-staff',
  'OMB Director': 'us-omb',
  'UN Ambassador': 'us-un',
  'EPA Administrator': 'us-epa',
  'SBA Administrator': 'us-sba',
  'Director of Central Intelligence': 'us-dci',
  'Director of Central Intelligence/CIA Director': 'us-cia',
  'CIA Director': 'us-cia',
  'Director of National Intelligence': 'us-dni',
};

/** The name without accents: "Jean-Noël Barrot" → "Jean-Noel Barrot", "Müller" → "Muller". */
export function fold(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o'))
    .replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l'))
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
    .replace(/[İı]/g, (c) => (c === 'İ' ? 'I' : 'i'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function slug(name: string): string {
  return fold(name)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** The last word of a name, before any "Jr." ("Ferdinand Marcos Jr." → "Marcos"). */
function lastWord(name: string): string {
  const words = name.split(/\s+/).filter((w) => !SUFFIX.test(w.replace(/,$/, '')));
  return words[words.length - 1].replace(/,$/, '');
}

/** "Lee Jae-myung" → also "Lee Jae Myung" and "Lee Jae-Myung", as news writes Korean names. */
function koreanForms(name: string): string[] {
  const m = /^(\S+) (\S+)-(\S+)$/.exec(name);
  if (!m) return [];
  const cap = m[3][0].toUpperCase() + m[3].slice(1);
  return [`${m[1]} ${m[2]} ${cap}`, `${m[1]} ${m[2]}-${cap}`];
}

/** "1/23/1977" → "1977-01-23". */
function isoFromUs(date: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
  if (!m) throw new Error(`officials: cannot read the date "${date}"`);
  return `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/** RFC 4180 rows (quoted fields may hold commas). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        row.push(field);
        field = '';
      } else field += c;
    }
    row.push(field);
    rows.push(row);
  }
  return rows;
}

interface CsvTerm {
  appointee: string;
  office: string;
  from: string;
  to?: string;
  open: boolean;
  under: string[];
}

/** The table's administrations as a summary names them. */
const ADMINISTRATION: Record<string, string> = {
  Carter: 'Carter',
  Reagan: 'Reagan',
  'Bush 41': 'George H. W. Bush',
  Clinton: 'Clinton',
  'Bush 43': 'George W. Bush',
  Obama: 'Obama',
  Trump: 'Trump',
};

/** One term per person and post: rows split at a change of administration ("Bush admin") are joined. */
function cabinetTerms(csvText: string): CsvTerm[] {
  const [header, ...rows] = parseCsv(csvText);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`officials: the cabinet table has no column "${name}"`);
    return i;
  };
  const [W, P, A, S, E] = [col('President'), col('Position'), col('Appointee'), col('Start Date'), col('End Date')];
  const out: CsvTerm[] = [];
  const carried = new Map<string, CsvTerm>();
  for (const r of rows) {
    const office = csvOffice[r[P]];
    const under = ADMINISTRATION[r[W]];
    if (!under) throw new Error(`officials: the cabinet table's president "${r[W]}" is not known here`);
    if (!office) throw new Error(`officials: no office for the cabinet table's position "${r[P]}"`);
    const key = `${r[A]}|${office}`;
    if (/ admin$/.test(r[S])) {
      // The second half of a term begun under the previous president.
      const first = carried.get(key);
      if (!first) throw new Error(`officials: "${r[A]}" (${r[P]}) starts under an earlier administration with no row for it`);
      first.to = isoFromUs(r[E]);
      first.under.push(under);
      carried.delete(key);
      continue;
    }
    const open = r[E] === 'Still in office';
    const term: CsvTerm = { appointee: r[A], office, from: isoFromUs(r[S]), open, under: [under] };
    if (/ admin$/.test(r[E])) carried.set(key, term);
    else if (!open) term.to = isoFromUs(r[E]);
    out.push(term);
  }
  for (const t of carried.values()) throw new Error(`officials: "${t.appointee}" continues into a later administration with no row for it`);
  return out;
}

const YEAR = (d: string) => d.slice(0, 4);

/** A YYYY[-MM[-DD]] date not before another, partial dates compared by their common prefix. */
function notBefore(later: string, earlier: string): boolean {
  const n = Math.min(later.length, earlier.length);
  return later.slice(0, n) >= earlier.slice(0, n);
}

/**
 * "Secretary of Labor under Reagan (1985–1987); ...": the card's line when none is written.
 * `under` names the administrations of the cabinet table's terms.
 */
function summaryFromTerms(terms: Term[], under: Map<Term, string[]>): string {
  const parts = terms.map((t) => {
    const span = t.to ? (YEAR(t.from) === YEAR(t.to) ? YEAR(t.from) : `${YEAR(t.from)}–${YEAR(t.to)}`) : `from ${YEAR(t.from)}`;
    const admins = under.get(t);
    return `${t.role}${admins ? ` under ${admins.join(' and ')}` : ''} (${span})`;
  });
  return `${parts.join('; ')}.`;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`officials: ${path}: ${(e as Error).message}`, { cause: e });
  }
}

interface Draft {
  id: string;
  name: string;
  aliases: string[];
  surnames: string[];
  knownAlone?: boolean;
  terms: Term[];
  summary?: string;
  sources: string[];
  where: string;
}

const byDate = (a: Term, b: Term) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);

/** A title written into an alias would put it inside the mark, which the labels keep outside. */
const TITLE_IN_ALIAS = /^(?:Sir|Lord|Lady|Baroness|Dame|Mr|Mrs|Ms|Dr|President|King|Queen|Prince|Crown Prince)\b/;

/** Where the inputs are read from; the tests point these at small fixtures. */
export interface GenerateOptions {
  /** The curated folder (default scripts/kb/curated/officials). */
  curatedDir?: string;
  /** The hand-written people (default lib/kb/data/people.json). */
  handFile?: string;
}

interface Curated {
  offices: Record<string, Office>;
  people: Array<{ person: CuratedPerson; where: string }>;
  csvInHand: Map<string, string>;
}

/** Every curated file, in name order; an office key may be defined once across them. */
function readCurated(dir: string, shownDir: string | undefined): Curated {
  const out: Curated = { offices: {}, people: [], csvInHand: new Map() };
  const officeFile: Record<string, string> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const rel = shownDir ? `${shownDir}/${file}` : file;
    const data = readJson<CuratedFile>(join(dir, file));
    for (const [key, office] of Object.entries(data.offices ?? {})) {
      if (officeFile[key]) throw new Error(`officials: office "${key}" is defined in ${officeFile[key]} and in ${rel}`);
      out.offices[key] = office;
      officeFile[key] = rel;
    }
    (data.people ?? []).forEach((person, i) => out.people.push({ person, where: `${rel} › people[${i}] (${person.name})` }));
    for (const [csvName, id] of Object.entries(data.csvInHand ?? {})) out.csvInHand.set(csvName, id);
  }
  return out;
}

export function generate(sharedDataDir: string, options: GenerateOptions = {}): { path: string; content: string }[] {
  const handFile = options.handFile ?? HAND_FILE;
  const hand = readJson<PersonT[]>(isAbsolute(handFile) ? handFile : join(ROOT, handFile));
  const handIds = new Set(hand.map((p) => p.id));
  const handAlias = new Set(hand.flatMap((p) => [p.name, ...p.aliases].map((a) => a.toUpperCase())));
  const { offices, people: curated, csvInHand } = readCurated(options.curatedDir ?? join(ROOT, CURATED), options.curatedDir ? undefined : CURATED);
  for (const id of csvInHand.values()) if (!handIds.has(id)) throw new Error(`officials: csvInHand: no "${id}" in ${handFile}`);

  const office = (key: string, where: string): Office => {
    const o = offices[key];
    if (!o) throw new Error(`officials: ${where}: no office "${key}"`);
    return o;
  };
  const term = (key: string, from: string, to: string | null | undefined, note: string | undefined, where: string): Term => {
    const o = office(key, where);
    const t: Term = { role: o.role, ...(o.title ? { title: o.title } : {}), country: o.country, from };
    if (to) t.to = to;
    if (note) t.note = note;
    return t;
  };

  const drafts = new Map<string, Draft>();
  const byCsvName = new Map<string, Draft>();
  for (const { person: c, where } of curated) {
    const id = c.id ?? slug(c.name);
    if (handIds.has(id)) continue; // the hand-written entry speaks for them
    if (drafts.has(id)) throw new Error(`officials: ${where}: the id "${id}" is also ${drafts.get(id)!.where}`);
    const last = lastWord(c.name);
    const d: Draft = {
      id,
      name: c.name,
      aliases: c.aliases ?? [],
      surnames: c.surnames ?? (TOO_COMMON.has(last) ? [] : [last]),
      ...(c.knownAlone ? { knownAlone: true } : {}),
      terms: c.terms.map(([key, from, to, note]) => term(key, from, to, note, where)),
      summary: c.summary,
      sources: [...(c.sources ?? []), ...c.terms.map(([key]) => office(key, where).source)],
      where,
    };
    drafts.set(id, d);
    byCsvName.set(c.csv ?? c.name, d);
  }

  // The cabinet table: each term joins its curated person, or makes a person of its own; the
  // table's people who are in people.json are left to that entry.
  const administrations = new Map<Term, string[]>();
  for (const t of cabinetTerms(readFileSync(join(sharedDataDir, CSV), 'utf8'))) {
    const where = `${CSV} › ${t.appointee} (${t.office})`;
    const role = office(t.office, where).role;
    let d = byCsvName.get(t.appointee);
    if (!d && (csvInHand.has(t.appointee) || handAlias.has(t.appointee.toUpperCase()) || handIds.has(slug(t.appointee)))) continue;
    if (!d) {
      const last = lastWord(t.appointee);
      // A hand-written person under another form of their name would be known twice.
      const twin = hand.find((p) => lastWord(p.name) === last && p.terms.some((h) => h.role === role));
      if (twin) throw new Error(`officials: ${where}: is this ${handFile} › ${twin.id}? Map the name in a curated file's csvInHand, or give a curated entry`);
      d = { id: slug(t.appointee), name: t.appointee, aliases: [], surnames: TOO_COMMON.has(last) ? [] : [last], terms: [], sources: [], where };
      drafts.set(d.id, d);
      byCsvName.set(t.appointee, d);
    }
    if (d.terms.some((w) => w.role === role && w.from === t.from)) continue; // the curated term says more (its end, for one still open in 2019)
    if (t.open) throw new Error(`officials: ${where}: still in office in early 2019; give the term's end in a curated entry`);
    const made = term(t.office, t.from, t.to, undefined, where);
    d.terms.push(made);
    administrations.set(made, t.under);
    d.sources.push(office(t.office, where).source, CSV_CREDIT);
  }

  // Aliases: every written form, without accents too; a clash with anyone else fails.
  const aliasOwner = new Map<string, string>();
  for (const p of hand) for (const a of [p.name, ...p.aliases]) aliasOwner.set(a.toUpperCase(), `${handFile} › ${p.id}`);
  const people = [...drafts.values()].map((d) => finish(d, aliasOwner, administrations));
  return [{ path: OUTPUT, content: `${JSON.stringify(people, null, 2)}\n` }];
}

/** The entry as the knowledge base stores it, checked against the schema and the other entries. */
function finish(d: Draft, aliasOwner: Map<string, string>, administrations: Map<Term, string[]>): PersonT {
  const korean = d.terms.some((t) => t.country === 'KR');
  const forms = new Set<string>();
  for (const a of [d.name, ...d.aliases]) {
    forms.add(a);
    forms.add(fold(a));
    if (korean) for (const k of koreanForms(a)) forms.add(k);
  }
  for (const a of forms) {
    const owner = aliasOwner.get(a.toUpperCase());
    if (owner && owner !== d.where) throw new Error(`officials: the alias "${a}" names both ${owner} and ${d.where}`);
    aliasOwner.set(a.toUpperCase(), d.where);
    if (!/\s/.test(a) && TOO_COMMON.has(a)) throw new Error(`officials: ${d.where}: the one-word alias "${a}" is too common`);
    if (TITLE_IN_ALIAS.test(a)) throw new Error(`officials: ${d.where}: the alias "${a}" begins with a title`);
  }
  const surnames = new Set<string>();
  for (const s of d.surnames) {
    surnames.add(s);
    surnames.add(fold(s));
  }
  const terms = [...d.terms].sort(byDate);
  const p = {
    id: d.id,
    name: d.name,
    aliases: [...forms],
    surnames: [...surnames],
    official: true,
    ...(d.knownAlone ? { knownAlone: true } : {}),
    terms,
    summary: d.summary ?? summaryFromTerms(terms, administrations),
    sources: [...new Set(d.sources)],
  };
  const checked = v.safeParse(Person, p);
  if (!checked.success) {
    const issue = checked.issues[0];
    throw new Error(`officials: ${d.where}: ${issue.path?.map((k) => k.key).join('.') ?? ''}: ${issue.message}`);
  }
  for (const t of terms) if (t.to && !notBefore(t.to, t.from)) throw new Error(`officials: ${d.where}: a term ends (${t.to}) before it starts (${t.from})`);
  return p;
}
