// kb:draft: the knowledge-base entries drafted from an article for a reviewer. The article is
// our own: two officials the KB does not have, two it has (one with a title it lacks), an
// economist, a statistic the KB's series can check and one it cannot.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bundledSources, loadKb, validateKb } from '../../lib/kb';
import { Fact, Person } from '../../lib/kb/schema';
import { draftArticle } from '../../scripts/kb/draft/index';
import { DraftPersonEntry } from '../../scripts/kb/draft/schema';

const ARTICLE = `Hungary and Chile sign a farm trade pact as US deficit questions linger

BUDAPEST, May 2 - Hungary's Trade Minister Elena Varga and Chilean Foreign Minister Rafael Duarte signed the pact on Friday in the Hungarian capital. Varga, the trade minister, said wine and fruit would be the first goods to benefit.
Vice Premier He Lifeng sent a message of support, and Canada's Public Safety Minister Dominic LeBlanc called the pact a model for small economies.
Economist Maria Ortega of the Halden Institute said the pact was modest. Ortega expects little change this year.
The backdrop is Washington's trade gap: the U.S. goods trade deficit with China was $295.4 billion in 2024, according to the Commerce Department. Hungarian exports to Chile reached 410 million euros last year.
`;

const draft = draftArticle(ARTICLE, { source: 'pact.txt', date: '2025-05-02', kb: loadKb() });
const person = (name: string) => {
  const p = draft.people.find((x) => x.name === name);
  if (!p) throw new Error(`no draft for ${name}: ${draft.people.map((x) => x.name).join(', ')}`);
  return p;
};

describe('kb:draft people', () => {
  it('finds each person once, in order, with the titles the article gives', () => {
    expect(draft.people.map((p) => p.name)).toEqual(['Elena Varga', 'Rafael Duarte', 'He Lifeng', 'Dominic LeBlanc', 'Maria Ortega']);
    expect(person('Elena Varga').titles).toEqual([{ title: 'Trade Minister', country: 'HU', official: true }]);
    expect(person('Rafael Duarte').titles).toEqual([{ title: 'Foreign Minister', country: 'CL', official: true }]);
    // Her later surname is her mention too, not a person of its own.
    expect(person('Elena Varga').mentions.map((m) => m.text)).toEqual(['Elena Varga', 'Varga']);
    for (const p of draft.people) for (const m of p.mentions) expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes names with no office from compromise, with the title compromise tags', () => {
    const ortega = person('Maria Ortega');
    expect(ortega.foundBy).toEqual(['compromise']);
    expect(ortega.official).toBe(false);
    expect(ortega.titles).toEqual([{ title: 'Economist', official: false }]);
    expect(ortega.mentions.map((m) => m.text)).toEqual(['Maria Ortega', 'Ortega']);
  });

  it('marks people the KB has as known, with only the titles it lacks', () => {
    const he = person('He Lifeng');
    expect(he.known).toBe('he-lifeng');
    expect(he.entry).toBeUndefined();
    expect(he.newTitles).toBeUndefined();
    const leblanc = person('Dominic LeBlanc');
    expect(leblanc.known).toBe('dominic-leblanc');
    expect(leblanc.entry).toBeUndefined();
    expect(leblanc.newTitles).toEqual([{ title: 'Public Safety Minister', country: 'CA', official: true }]);
  });

  it('drafts new people as entries the KB schema accepts once the reviewer fills in what is listed', () => {
    const fresh = draft.people.filter((p) => !p.known);
    expect(fresh.map((p) => p.entry?.id)).toEqual(['elena-varga', 'rafael-duarte', 'maria-ortega']);
    for (const p of fresh) {
      expect(p.source).toBe('pact.txt');
      expect(v.safeParse(DraftPersonEntry, p.entry).success).toBe(true);
      // As drafted it is not yet an entry: the article cannot say when a term began.
      expect(v.safeParse(Person, p.entry).success).toBe(false);
      expect(p.review?.some((r) => r.startsWith('sources'))).toBe(true);
    }
    expect(person('Elena Varga').entry).toMatchObject({ name: 'Elena Varga', aliases: ['Elena Varga'], surnames: ['Varga'], official: true });
    expect(person('Elena Varga').review).toContain('terms[0].from: when the term began');
    expect(person('Maria Ortega').review).toContain('terms[0].country: not stated in the article');

    const filled = fresh.map((p) => ({
      ...p.entry,
      terms: p.entry!.terms.map((t) => ({ country: 'HU', ...t, from: '2024-01-01' })),
      summary: 'Filled in by the reviewer.',
      sources: ['https://example.org/article'],
    }));
    for (const e of filled) expect(v.safeParse(Person, e).success).toBe(true);
    // Together with the whole KB: no id or alias of a new person clashes with a known one.
    const people = [...(bundledSources.people.data as unknown[]), ...filled];
    expect(() => validateKb({ ...bundledSources, people: { file: 'people', data: people } })).not.toThrow();
  });
});

describe('kb:draft statistics', () => {
  it('drafts the statistics the article states, with their periods', () => {
    expect(draft.statistics.map((s) => [s.figure.text, s.stat.reporter, s.stat.partner, s.stat.flow, s.stat.period])).toEqual([
      ['$295.4 billion', 'US', 'CN', 'balance', '2024'],
      // "last year", read against the article's date
      ['410 million euros', 'HU', 'CL', 'exports', '2024'],
    ]);
    for (const s of draft.statistics) {
      expect(ARTICLE.slice(s.figure.start, s.figure.end)).toBe(s.figure.text);
      expect(s.sentence.start).toBeLessThanOrEqual(s.figure.start);
      expect(s.sentence.end).toBeGreaterThanOrEqual(s.figure.end);
      expect(s.excerpt).toContain(s.figure.text);
      expect(s.excerpt.length).toBeLessThan(s.figure.text.length + 90);
    }
  });

  it('checks a US statistic against the series and drafts a facts.json entry from it', () => {
    const [deficit, hungary] = draft.statistics;
    expect(deficit.check?.verdict).toMatch(/^(agrees|close)$/);
    expect(deficit.check?.url).toMatch(/^https:\/\/www\.census\.gov\//);
    expect(v.safeParse(Fact, deficit.entry).success).toBe(true);
    expect(deficit.entry).toMatchObject({ id: 'us-goods-deficit-cn-2024', kind: 'money', currency: 'USD', date: '2024', pageCues: ['China'] });
    // The official value, as a positive deficit the way pages write it, near the page's.
    expect(deficit.entry!.value).toBe(Math.abs(deficit.check!.official));
    expect(Math.abs(deficit.entry!.value - 295.4e9) / 295.4e9).toBeLessThan(0.03);
    expect(() => validateKb({ ...bundledSources, facts: { file: 'facts', data: [...(bundledSources.facts.data as unknown[]), deficit.entry] } })).not.toThrow();
    // No series to check Hungary's exports against: listed for review, not claimed as an entry.
    expect(hungary.linked).toBe(true);
    expect(hungary.check).toBeUndefined();
    expect(hungary.entry).toBeUndefined();
    expect(hungary.figure).toMatchObject({ value: 410e6, unit: 'EUR' });
  });
});

const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/kb/draft.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'footnote-draft-'));

describe('kb:draft (command line)', { timeout: 60_000 }, () => {
  it('prints the drafts as JSON and a summary on standard error, from an HTML page too', () => {
    const file = join(dir, 'pact.html');
    const paragraphs = ARTICLE.trim()
      .split('\n')
      .filter(Boolean)
      .map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`);
    writeFileSync(file, `<!doctype html><html><body><article>${paragraphs.join('\n')}</article><script>var x = "Minister Zed Quux";</script></body></html>`);
    const r = run([file, '--date', '2025-05-02']);
    expect(r.stderr).toContain('kb:draft: pact.html (2025-05-02)');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toBe('pact.html');
    expect(out.people.map((p: { name: string }) => p.name)).toEqual(['Elena Varga', 'Rafael Duarte', 'He Lifeng', 'Dominic LeBlanc', 'Maria Ortega']);
    expect(out.statistics.map((s: { stat: { period: string } }) => s.stat.period)).toEqual(['2024', '2024']);
    expect(r.stderr).toMatch(/new\s+Elena Varga: Trade Minister \(HU\)/);
    expect(r.stderr).toMatch(/known\s+dominic-leblanc, new title: Public Safety Minister/);
  });

  it('says what is wrong with the input, with exit status 1 for an unreadable file and 2 for a usage mistake', () => {
    const missing = run([join(dir, 'nowhere.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/kb:draft: cannot read .*nowhere\.txt: ENOENT/);
    expect(missing.stdout).toBe('');

    const flag = run(['--verbose', join(dir, 'pact.html')]);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/kb:draft: unknown option --verbose\nusage: /);

    const none = run([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no article given/);
    const date = run([join(dir, 'pact.html'), '--date', '2 May 2025']);
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/--date needs a date written YYYY-MM-DD, not "2 May 2025"/);
    const pdf = run([join(dir, 'pact.pdf')]);
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toMatch(/must be a \.txt or \.html file/);
  });
});
