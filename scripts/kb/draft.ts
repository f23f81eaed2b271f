// Draft knowledge-base entries from an article, for a person to review:
//   npm run -s kb:draft -- ARTICLE [--date YYYY-MM-DD]
// ARTICLE is a .txt file or an .html page (read as the browser would). The drafts go to standard
// output as JSON ({source, date, people, statistics}: see scripts/kb/draft/), a short summary to
// standard error. Nothing is written into lib/kb/data/: the reviewer copies what is right.
// Exit status: 0 drafted, 1 the article cannot be read, 2 a usage mistake.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ArticleDraft } from './draft/index';
import type { TitleSeen } from './draft/people';

const USAGE = 'usage: npm run -s kb:draft -- ARTICLE.txt|ARTICLE.html [--date YYYY-MM-DD]\n';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

class UsageError extends Error {}

function parseArgs(argv: string[]): { file: string; date?: string } {
  const files: string[] = [];
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') throw new UsageError('');
    if (a === '--date' || a.startsWith('--date=')) {
      date = a === '--date' ? argv[++i] : a.slice('--date='.length);
      if (!date || !DATE.test(date) || Number.isNaN(Date.parse(date)))
        throw new UsageError(`--date needs a date written YYYY-MM-DD, not ${date ? `"${date}"` : 'nothing'}`);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'give one article at a time' : 'no article given');
  if (!/\.(txt|html?)$/i.test(files[0])) throw new UsageError(`${files[0]}: the article must be a .txt or .html file`);
  return { file: files[0], date };
}

function summary(d: ArticleDraft): string {
  const known = d.people.filter((p) => p.known);
  const lines = [`kb:draft: ${d.source}${d.date ? ` (${d.date})` : ''}`];
  lines.push(`  people: ${d.people.length} (${d.people.length - known.length} new, ${known.length} already in the KB)`);
  const titled = (ts: TitleSeen[]) => ts.map((t) => t.title + (t.country ? ` (${t.country})` : '')).join('; ');
  for (const p of d.people) {
    if (!p.known) lines.push(`    new    ${p.name}: ${titled(p.titles) || 'no title'}`);
    else if (p.newTitles) lines.push(`    known  ${p.known}, new title: ${titled(p.newTitles)}`);
  }
  const checked = d.statistics.filter((s) => s.check);
  lines.push(`  statistics: ${d.statistics.length} (${checked.length} checked against an official series)`);
  for (const s of d.statistics) {
    const { reporter, partner, flow, period } = s.stat;
    lines.push(`    ${s.figure.text}: ${reporter} ${flow} ${partner === 'WORLD' ? 'total' : `/ ${partner}`} ${period}${s.check ? `, ${s.check.verdict}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  let args: { file: string; date?: string };
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write((e.message ? `kb:draft: ${e.message}\n` : '') + USAGE);
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`kb:draft: cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
  // Loaded only now (the KB, compromise, happy-dom take seconds): a mistake is told at once.
  const [{ loadKb }, { draftArticle }] = await Promise.all([import('../../lib/kb'), import('./draft/index')]);
  const text = /\.html?$/i.test(args.file) ? (await import('../html-text')).htmlToText(raw) : raw;
  const draft = draftArticle(text, { source: basename(args.file), date: args.date, kb: loadKb() });
  process.stdout.write(JSON.stringify(draft, null, 2) + '\n');
  process.stderr.write(summary(draft));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`kb:draft: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
