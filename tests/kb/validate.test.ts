import { describe, expect, it } from 'vitest';
import { bundledSources, KbValidationError, loadKb, validateKb, type KnowledgeBase } from '../../lib/kb';
import type { KbSources } from '../../lib/kb/validate';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Runs validation on a copy of the bundled data after `edit`, and returns the problems. */
function problemsAfter(edit: (s: { people: any[]; facts: any[]; references: any[] }) => void): string[] {
  const data = {
    people: clone(bundledSources.people.data) as any[],
    facts: clone(bundledSources.facts.data) as any[],
    references: clone(bundledSources.references.data) as any[],
  };
  edit(data);
  const sources: KbSources = {
    people: { file: 'people.json', data: data.people },
    facts: { file: 'facts.json', data: data.facts },
    references: { file: 'references.json', data: data.references },
  };
  try {
    validateKb(sources);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(KbValidationError);
    return (e as KbValidationError).problems;
  }
}

describe('the bundled knowledge base', () => {
  let kb: KnowledgeBase;
  it('is valid', () => {
    kb = loadKb();
    expect(kb.people.length).toBeGreaterThan(0);
  });
  it('holds every person and figure of the seed story', () => {
    kb = loadKb();
    const ids = new Set([...kb.people, ...kb.facts, ...kb.references].map((e) => e.id));
    for (const id of [
      'steven-mnuchin',
      'donald-trump',
      'maria-bartiromo',
      'robert-lighthizer',
      'wilbur-ross',
      'larry-kudlow',
      'peter-navarro',
      'terry-branstad',
      'everett-eissenstat',
      'liu-he',
      'xi-jinping',
      'li-keqiang',
      'zhong-shan',
      'us-china-goods-deficit-2017',
      'deficit-cut-demand-100b',
      'deficit-cut-demand-200b',
      'made-in-china-2025',
      'section-301-tariffs-50b',
      'china-retaliation-50b',
      'additional-tariffs-100b',
      'section-232-steel-tariff',
      'us-goods-imports-from-china-2017',
      'us-goods-exports-to-china-2017',
    ])
      expect(ids, id).toContain(id);
  });
  it('knows Maria Bartiromo only as a non-official', () => {
    expect(loadKb().people.find((p) => p.id === 'maria-bartiromo')?.official).toBe(false);
  });
  it("dates Mnuchin's term as Treasury Secretary", () => {
    const t = loadKb().people.find((p) => p.id === 'steven-mnuchin')!.terms[0];
    expect([t.from, t.to]).toEqual(['2017-02-13', '2021-01-20']);
  });
});

describe('validation names the file, the entry and the field', () => {
  it('a missing required field', () => {
    expect(problemsAfter((d) => delete d.people[0].summary)).toEqual([
      'people.json › entry 0 (steven-mnuchin) › summary: Invalid key: Expected "summary" but received undefined',
    ]);
  });
  it('an unknown field (a typo must not pass silently)', () => {
    expect(problemsAfter((d) => (d.people[1].alias = ['Trump']))).toEqual([
      'people.json › entry 1 (donald-trump) › alias: Invalid key: Expected never but received "alias"',
    ]);
  });
  it('a malformed date inside a term', () => {
    expect(problemsAfter((d) => (d.people[0].terms[0].from = '13 Feb 2017'))).toEqual([
      'people.json › entry 0 (steven-mnuchin) › terms[0].from: must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });
  it('a term that ends before it starts', () => {
    expect(problemsAfter((d) => (d.people[0].terms[0].to = '2016-01-01'))).toEqual([
      'people.json › entry 0 (steven-mnuchin) › terms[0].to: 2016-01-01 is before terms[0].from 2017-02-13',
    ]);
  });
  it('a person with no term', () => {
    expect(problemsAfter((d) => (d.people[2].terms = []))).toEqual(['people.json › entry 2 (maria-bartiromo) › terms: needs at least one term']);
  });
  it('a bad country code', () => {
    expect(problemsAfter((d) => (d.people[0].terms[0].country = 'usa'))).toEqual([
      'people.json › entry 0 (steven-mnuchin) › terms[0].country: must be an ISO 3166 alpha-2 code or an organisation code',
    ]);
  });
  it('a source that is not an https URL, and no source at all', () => {
    expect(problemsAfter((d) => (d.facts[0].sources = ['census.gov']))).toEqual([
      'facts.json › entry 0 (us-china-goods-deficit-2017) › sources[0]: must be an absolute URL',
      'facts.json › entry 0 (us-china-goods-deficit-2017) › sources[0]: must be an https URL',
    ]);
    expect(problemsAfter((d) => (d.references[0].sources = []))).toEqual([
      'references.json › entry 0 (us-goods-deficit-with-china-2017) › sources: needs at least one source URL',
    ]);
  });
  it('an id that is not lower-case-hyphenated, named by index', () => {
    expect(problemsAfter((d) => (d.facts[1].id = 'Deficit Cut'))).toEqual([
      'facts.json › entry 1 (Deficit Cut) › id: must be lower-case words joined by hyphens',
    ]);
  });
  it('an entry that is not an object is named by its index', () => {
    expect(problemsAfter((d) => d.facts.push('oops'))[0]).toMatch(/^facts\.json › entry 9 › \(entry\): Invalid type: Expected Object/);
  });
  it('a file that is not an array', () => {
    expect(problemsAfter((d) => ((d as any).references = { id: 'x' }))).toEqual(['references.json: must be a JSON array of entries']);
  });
  it('a duplicate id across files', () => {
    expect(problemsAfter((d) => (d.facts[8].id = 'liu-he'))).toEqual([
      'facts.json › entry 8 (liu-he) › id: "liu-he" is already used by people.json › entry 9 (liu-he)',
    ]);
  });
  it('an alias shared by two people', () => {
    expect(problemsAfter((d) => d.people[4].aliases.push('Robert Lighthizer'))).toEqual([
      'people.json › entry 4 (wilbur-ross) › aliases[2]: "Robert Lighthizer" also names robert-lighthizer',
    ]);
  });
  it('a surname known alone: for an official with a surname, and one such person per surname', () => {
    expect(
      problemsAfter((d) => {
        Object.assign(d.people[4], { knownAlone: true, official: false, surnames: [] });
        Object.assign(d.people[3], { knownAlone: true });
        d.people[3].surnames.push('Trump');
      }),
    ).toEqual([
      'people.json › entry 3 (robert-lighthizer) › surnames[1]: "Trump" is also known alone as donald-trump',
      "people.json › entry 4 (wilbur-ross) › knownAlone: only an official's surname may link alone",
      'people.json › entry 4 (wilbur-ross) › knownAlone: needs a surname to be known by',
    ]);
  });
  it('a name missing from its aliases', () => {
    expect(problemsAfter((d) => (d.people[4].aliases = ['Wilbur L. Ross']))).toEqual([
      'people.json › entry 4 (wilbur-ross) › aliases: must include the name "Wilbur Ross"',
    ]);
  });
  it('a money fact without a currency, and a percent fact with one', () => {
    expect(problemsAfter((d) => delete d.facts[0].currency)).toEqual([
      'facts.json › entry 0 (us-china-goods-deficit-2017) › currency: a money fact needs a currency',
    ]);
    expect(problemsAfter((d) => (d.facts[7].currency = 'USD'))).toEqual([
      'facts.json › entry 7 (section-232-steel-tariff) › currency: a percent fact has no currency',
    ]);
  });
  it('a related id that does not exist', () => {
    expect(problemsAfter((d) => (d.facts[0].related = ['no-such-total']))).toEqual([
      'facts.json › entry 0 (us-china-goods-deficit-2017) › related[0]: no entry has the id "no-such-total"',
    ]);
  });
  it('a non-finite value, a tolerance out of range, no cues', () => {
    expect(
      problemsAfter((d) => {
        d.facts[0].value = 'lots';
        d.facts[1].tolerance = 2;
        d.facts[2].cues = [];
      }),
    ).toEqual([
      'facts.json › entry 0 (us-china-goods-deficit-2017) › value: Invalid type: Expected number but received "lots"',
      'facts.json › entry 1 (deficit-cut-demand-100b) › tolerance: Invalid value: Expected <=0.5 but received 2',
      'facts.json › entry 2 (deficit-cut-demand-200b) › cues: needs at least one cue word',
    ]);
  });
  it('a reference with a bad year or currency', () => {
    expect(
      problemsAfter((d) => {
        d.references[1].year = 17;
        d.references[2].currency = 'usd';
      }),
    ).toEqual([
      'references.json › entry 1 (us-goods-imports-from-china-2017) › year: Invalid value: Expected >=1900 but received 17',
      'references.json › entry 2 (us-goods-exports-to-china-2017) › currency: must be an ISO 4217 code',
    ]);
  });
  it('the thrown error lists every problem in its message', () => {
    const sources: KbSources = { ...bundledSources, people: { file: 'p.json', data: [{ id: 'x' }] } };
    expect(() => validateKb(sources)).toThrow(/Knowledge base is invalid:\n {2}p\.json › entry 0 \(x\) › name:/);
  });
});
