// The generated officials (lib/kb/data/officials.json): what the generator makes of its inputs,
// what it refuses, how the knowledge base merges them with people.json, and what the finder
// makes of them on a page.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKb, type Person } from '../../lib/kb';
import { bundledKb } from '../../lib/kb/bundled';
import { mergePeople } from '../../lib/kb/merge';
import hand from '../../lib/kb/data/people.json';
import officials from '../../lib/kb/data/officials.json';
import { findOfficials } from '../../lib/officials';
import { generate, OUTPUT } from '../../scripts/kb/generators/officials';

const root = fileURLToPath(new URL('../..', import.meta.url));
const generated = officials as Person[];
const byId = (id: string) => generated.find((p) => p.id === id);
/** The shared data folder beside the checkout (FOOTNOTE_SHARED_DATA where it lives elsewhere). */
const sharedData = process.env.FOOTNOTE_SHARED_DATA ?? join(root, '../shared/data');

describe('officials.json', () => {
  it.skipIf(!existsSync(join(sharedData, 'officials')))('is what the generator makes of its inputs', () => {
    const [out] = generate(sharedData);
    expect(out.path).toBe(OUTPUT);
    expect(out.content === readFileSync(join(root, OUTPUT), 'utf8'), 'run the generator and commit its output').toBe(true);
  });

  it('loads into a valid knowledge base beside people.json, which it does not repeat', () => {
    const kb = loadKb();
    expect(kb.people.length).toBe(hand.length + generated.length);
    const handIds = new Set(hand.map((p) => p.id));
    expect(generated.filter((p) => handIds.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('names each person once: no written form belongs to two people, in either file', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of [...(hand as Person[]), ...generated]) {
      for (const a of new Set([p.name, ...p.aliases].map((x) => x.toUpperCase()))) {
        const before = owner.get(a);
        if (before && before !== p.id) clashes.push(`${a}: ${before} and ${p.id}`);
        owner.set(a, p.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('holds officials only, each with a source, dated terms in order, and no title inside an alias', () => {
    for (const p of generated) {
      expect(p.official, p.id).toBe(true);
      expect(
        p.sources.every((s) => s.startsWith('https://')),
        p.id,
      ).toBe(true);
      const froms = p.terms.map((t) => t.from);
      expect(froms, p.id).toEqual([...froms].sort());
      for (const a of p.aliases) expect(a, p.id).not.toMatch(/^(?:Sir|Lord|Baroness|Mr|Mrs|Ms|President|King)\b/);
    }
  });

  it('leaves out bare surnames too common to link safely, and keeps one-word aliases to the unambiguous', () => {
    const common = new Set(['Lee', 'Kim', 'Wang', 'Li', 'Zhang', 'Singh', 'Smith', 'Johnson', 'Brown', 'He', 'Park']);
    expect(generated.filter((p) => p.surnames.some((s) => common.has(s))).map((p) => p.id)).toEqual([]);
    const oneWord = generated.flatMap((p) => p.aliases.filter((a) => !/\s/.test(a)));
    expect(oneWord.sort()).toEqual(['Jokowi', 'Lula', 'Megawati', 'Soeharto', 'Suharto']);
  });

  it('writes Korean names every way the news does', () => {
    const lee = byId('lee-jae-myung')!;
    expect(lee.aliases).toEqual(expect.arrayContaining(['Lee Jae-myung', 'Lee Jae Myung', 'Lee Jae-Myung']));
    expect(lee.surnames).toEqual([]);
    expect(byId('luiz-inacio-lula-da-silva')!.aliases).toEqual(
      expect.arrayContaining(['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula']),
    );
  });

  it('takes the US cabinet from the 1977-2018 table, in the forms people.json uses', () => {
    const rubin = byId('robert-rubin')!;
    expect(rubin.aliases).toContain('Bob Rubin');
    expect(rubin.terms.find((t) => t.role === 'Secretary of the Treasury')).toEqual({
      role: 'Secretary of the Treasury',
      title: 'Treasury Secretary',
      country: 'US',
      from: '1995-01-10',
      to: '1999-07-02',
    });
    expect(rubin.sources).toContain('https://github.com/fivethirtyeight/data/tree/master/cabinet-turnover');
    // A term split between two administrations in the table is one term.
    const brady = byId('nicholas-brady')!.terms;
    expect(brady.map((t) => [t.from, t.to])).toEqual([['1988-09-16', '1993-01-17']]);
    // Terms still open when the table was made end where the curated entry says.
    expect(byId('betsy-devos')!.terms[0]).toMatchObject({ role: 'Secretary of Education', from: '2017-02-07', to: '2021-01-08' });
    // The table's people who are in people.json, under any form of their name, stay there only.
    expect(byId('mac-baldrige')).toBeUndefined();
    expect(byId('steve-mnuchin')).toBeUndefined();
  });

  it('knows the officials of the present-day trade news', () => {
    for (const id of [
      'scott-bessent',
      'howard-lutnick',
      'jamieson-greer',
      'he-lifeng',
      'li-chenggang',
      'kaja-kallas',
      'maros-sefcovic',
      'ursula-von-der-leyen',
      'lin-jian',
      'mao-ning',
      'guo-jiakun',
      'sanae-takaichi',
      'mark-carney',
      'claudia-sheinbaum',
      'javier-milei',
      'to-lam',
      'ferdinand-marcos-jr',
      'anthony-albanese',
      'ngozi-okonjo-iweala',
    ])
      expect(byId(id), id).toBeDefined();
    expect(byId('kaja-kallas')!.terms.at(-1)).toMatchObject({ country: 'EU', from: '2024-12-01', title: 'High Representative' });
  });
});

describe('the merge of people.json and officials.json', () => {
  it('keeps the hand-written entry, first, when both have the id', () => {
    const a = { id: 'a', from: 'hand' };
    const b = { id: 'b', from: 'generated' };
    expect(mergePeople([a], [{ id: 'a', from: 'generated' }, b])).toEqual([a, b]);
    expect(bundledKb.people.slice(0, hand.length).map((p) => p.id)).toEqual(hand.map((p) => p.id));
  });
});

describe('the generator refuses', () => {
  /** A shared folder holding a cabinet table of the given rows, and a curated folder of the given files. */
  function fixture(rows: string[], files: Record<string, unknown>) {
    const dir = mkdtempSync(join(tmpdir(), 'officials-'));
    mkdirSync(join(dir, 'shared/officials'), { recursive: true });
    writeFileSync(
      join(dir, 'shared/officials/us-cabinet-1977-2019.csv'),
      ['President,Position,Appointee,Start Date,End Date,Length of Tenure,Day of Admin of Departure', ...rows].join('\r\n'),
    );
    mkdirSync(join(dir, 'curated'));
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, 'curated', name), JSON.stringify(data));
    return () => generate(join(dir, 'shared'), { curatedDir: join(dir, 'curated') });
  }
  const offices = { 'jp-pm': { role: 'Prime Minister of Japan', title: 'Prime Minister', country: 'JP', source: 'https://example.org/pm' } };

  it('an alias of a people.json person on someone else, naming both', () => {
    const run = fixture([], { 'a.json': { offices, people: [{ name: 'Shinzo Abe Two', aliases: ['Shinzo Abe'], terms: [['jp-pm', '2030']] }] } });
    expect(run).toThrow(/"Shinzo Abe" names both lib\/kb\/data\/people\.json › shinzo-abe and a\.json › people\[0\] \(Shinzo Abe Two\)/);
  });

  it('nothing when the same person is in people.json by id: that entry wins', () => {
    const run = fixture([], { 'a.json': { offices, people: [{ name: 'Shinzo Abe', terms: [['jp-pm', '2012-12-26']] }] } });
    expect(JSON.parse(run()[0].content)).toEqual([]);
  });

  it('a term the table leaves open, without a curated end', () => {
    const run = fixture(['Trump,Secretary of Energy,Rick Perry,3/2/2017,Still in office,,'], {
      'us.json': { offices: { 'us-energy': { role: 'Secretary of Energy', country: 'US', source: 'https://example.org/doe' } } },
    });
    expect(run).toThrow(/Rick Perry \(us-energy\): still in office in early 2019/);
  });

  it('a person of people.json under a name the table spells otherwise', () => {
    const run = fixture(['Reagan,Secretary of Commerce,Mac Baldrige,1/20/1981,7/25/1987,,'], {
      'us.json': { offices: { 'us-commerce': { role: 'Secretary of Commerce', country: 'US', source: 'https://example.org/doc' } } },
    });
    expect(run).toThrow(/is this lib\/kb\/data\/people\.json › malcolm-baldrige\?/);
  });

  it('a one-word alias too common to name one person', () => {
    const run = fixture([], { 'a.json': { offices, people: [{ name: 'Taro Example', aliases: ['Sato'], terms: [['jp-pm', '2030']] }] } });
    expect(run).toThrow(/the one-word alias "Sato" is too common/);
  });
});

describe('on a page', () => {
  const found = (text: string) => findOfficials(text, bundledKb).map((m) => [m.text, m.kb]);

  it('finds an official by name alone and follows them by surname', () => {
    expect(found('Tariffs were discussed as Kaja Kallas arrived in Beijing. Kallas said the talks were frank.')).toEqual([
      ['Kaja Kallas', 'kaja-kallas'],
      ['Kallas', 'kaja-kallas'],
    ]);
    expect(found('President Lee Jae Myung met President Ferdinand R. Marcos Jr. at the summit.')).toEqual([
      ['Lee Jae Myung', 'lee-jae-myung'],
      ['Ferdinand R. Marcos Jr.', 'ferdinand-marcos-jr'],
    ]);
  });

  it('does not take a common surname alone for a known official', () => {
    expect(found('Mr. Lee, a trader in Seoul, said exports fell.')).toEqual([]);
  });
});
