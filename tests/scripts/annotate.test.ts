// The command-line annotator as a user runs it: a real process, real files, real stdin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'footnote-cli-'));
const article = 'Commerce Secretary Wilbur Ross said tariffs of 25 percent would cover $48 billion of imports. Ross spoke on Friday.';

describe('annotate (command line)', { timeout: 60_000 }, () => {
  it('prints a table for the demo article when given no file', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Footnote: demo article/);
    expect(r.stdout).toMatch(/\$375 billion\s+375,000,000,000 USD\s+yes\s+trade deficit\s+us-china-goods-deficit-2017/);
    expect(r.stdout).toMatch(/Steven Mnuchin\s+Steven Mnuchin\s+Treasury Secretary\s+steven-mnuchin/);
    expect(r.stdout).not.toMatch(/Bartiromo/);
  });

  it('writes the documented JSON for a text file', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, article);
    const r = run(['--json', file]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['figures', 'officials']);
    expect(out.figures.map((f: { text: string }) => f.text)).toEqual(['25 percent', '$48 billion']);
    expect(out.figures[1]).toMatchObject({ kind: 'money', value: 48e9, currency: 'USD', trade: true });
    for (const f of out.figures) expect(article.slice(f.start, f.end)).toBe(f.text);
    expect(out.officials.map((o: { text: string; name: string }) => [o.text, o.name])).toEqual([
      ['Wilbur Ross', 'Wilbur Ross'],
      ['Ross', 'Wilbur Ross'],
    ]);
    expect(out.officials[0].kb).toBe('wilbur-ross');
  });

  it('reads an HTML file as the browser would (no script or style text)', () => {
    const file = join(dir, 'a.html');
    writeFileSync(
      file,
      `<html><head><style>p{}</style><script>var x = "$9 billion tariff";</script></head><body><p>${article}</p><textarea>$7 billion in tariffs</textarea></body></html>`,
    );
    const r = run(['--json', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).figures.map((f: { text: string }) => f.text)).toEqual(['25 percent', '$48 billion']);
  });

  it('annotates JSON lines from stdin, one output line per input, and reports bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: article }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Exports rose 5 pct.' }),
      JSON.stringify({ id: 'd' }),
    ].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
    expect(lines[1].figures[0]).toMatchObject({ start: 13, end: 18, text: '5 pct', kind: 'percent', value: 5, currency: null, trade: true });
    expect(r.stderr).toContain('stdin line 2: invalid JSON');
    expect(r.stderr).toContain('stdin line 4: expected an object with a string "text"');
  });

  it('links a stated statistic to its series, read with the page date, and checks it (--date)', () => {
    const file = join(dir, 'stat.txt');
    // Written for this test; the 2024 goods deficit with China as first published, and a monthly one.
    writeFileSync(
      file,
      'The U.S. goods trade deficit with China shrank to $295.4 billion last year, Commerce Department data showed. ' +
        'The company said its exports rose by $2 billion.',
    );
    const r = run(['--json', '--date', '2025-02-07', file]);
    expect(r.status).toBe(0);
    const [deficit, company] = JSON.parse(r.stdout).figures;
    expect(deficit.stat).toEqual({
      reporter: 'US',
      partner: 'CN',
      flow: 'balance',
      scope: 'goods',
      period: '2024',
      value: 295.4e9,
      source: 'U.S. Census Bureau, U.S. Trade in Goods by Country',
    });
    expect(deficit.check.verdict).toMatch(/^(agrees|close)$/);
    expect(Math.abs(deficit.check.official)).toBeGreaterThan(290e9);
    expect(deficit.check.difference).toBeCloseTo(295.4e9 - Math.abs(deficit.check.official), -3);
    expect(company.stat).toBeUndefined(); // a change, not a total
    // Without the date, "last year" is not read as any year in particular.
    expect(JSON.parse(run(['--json', file]).stdout).figures[0].stat).toBeUndefined();
    expect(run(['--date', 'soon', file]).status).toBe(2);
  });

  it('takes each JSON line\'s "date"', () => {
    const text = 'The U.S. goods trade deficit with China shrank to $295.4 billion last year.';
    const r = run(['--jsonl'], [JSON.stringify({ id: 'a', text, date: '2025-02-07' }), JSON.stringify({ id: 'b', text, date: 'tomorrow' })].join('\n'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: "date" must be an ISO date/);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a']);
    expect(lines[0].figures[0].stat).toMatchObject({ partner: 'CN', period: '2024' });
  });

  it('names a missing file and exits non-zero', () => {
    const r = run([join(dir, 'nope.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot read ${join(dir, 'nope.txt')}: ENOENT`);
  });
});
