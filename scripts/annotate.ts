// Command-line annotator: the extension's pipeline, run in Node.
//   npm run -s annotate -- [FILE]          readable table (FILE .txt or .html; default: the demo article)
//   npm run -s annotate -- --json [FILE]   one JSON object {"figures": [...], "officials": [...]}
//   npm run -s annotate -- --jsonl         stdin lines {"id","text","date"?} -> one JSON line each
//   --date YYYY-MM-DD                      the page's date (what "last year" means); --jsonl: each line's "date"
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { annotate } from '../lib/pipeline';
import { loadKb } from '../lib/kb';
import type { Annotations, Figure } from '../lib/types';
import { htmlToText } from './html-text';
import { formatTable } from './format';

const DEMO = fileURLToPath(new URL('../assets/demo/article.txt', import.meta.url));

function usage(): never {
  process.stderr.write('usage: annotate [--json] [--date YYYY-MM-DD] [FILE.txt|FILE.html]\n       annotate --jsonl < lines.jsonl\n');
  process.exit(2);
}

/** A linked statistic on the wire (README): `source` is the official series when the figure was
 * checked against one, else the office the page quotes, else null. */
function wireStat({ stat, check }: Figure) {
  const { reporter, partner, flow, scope, period, value } = stat!;
  const source = check ? `${check.publisher}, ${check.source}` : (stat!.source ?? null);
  return { reporter, partner, flow, scope, period, value, source };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The wire shape: only the documented fields, in a stable order. */
function toWire(a: Annotations) {
  return {
    figures: a.figures.map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
      kind: f.kind,
      value: f.value,
      ...(f.high !== undefined ? { high: f.high } : {}),
      currency: f.currency,
      trade: f.trade,
      ...(f.measure ? { measure: f.measure } : {}),
      ...(f.kb ? { kb: f.kb } : {}),
      ...(f.stat ? { stat: wireStat(f) } : {}),
      ...(f.check ? { check: { verdict: f.check.verdict, official: f.check.official, difference: f.check.difference } } : {}),
    })),
    officials: a.officials.map((o) => ({
      start: o.start,
      end: o.end,
      text: o.text,
      name: o.name,
      ...(o.role ? { role: o.role } : {}),
      ...(o.country ? { country: o.country } : {}),
      ...(o.kb ? { kb: o.kb } : {}),
    })),
  };
}

function readDocument(file: string): string {
  const raw = readFileSync(file, 'utf8');
  return /\.html?$/i.test(file) ? htmlToText(raw) : raw;
}

async function runJsonl(): Promise<number> {
  let failures = 0;
  let lineNo = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown; date?: unknown };
    try {
      input = JSON.parse(line);
    } catch (e) {
      failures++;
      process.stderr.write(`annotate: stdin line ${lineNo}: invalid JSON (${(e as Error).message})\n`);
      continue;
    }
    if (typeof input !== 'object' || input === null || typeof input.text !== 'string') {
      failures++;
      process.stderr.write(`annotate: stdin line ${lineNo}: expected an object with a string "text"\n`);
      continue;
    }
    if (input.date !== undefined && input.date !== null && !(typeof input.date === 'string' && ISO_DATE.test(input.date))) {
      failures++;
      process.stderr.write(`annotate: stdin line ${lineNo}: "date" must be an ISO date (YYYY-MM-DD)\n`);
      continue;
    }
    const date = typeof input.date === 'string' ? input.date : undefined;
    process.stdout.write(JSON.stringify({ id: input.id ?? null, ...toWire(annotate(input.text, { date })) }) + '\n');
  }
  return failures ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--date');
  const date = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0) {
    if (!date || !ISO_DATE.test(date)) {
      process.stderr.write('annotate: --date needs an ISO date (YYYY-MM-DD)\n');
      return 2;
    }
    argv = argv.filter((_, i) => i !== at && i !== at + 1);
  }
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  for (const f of flags) if (!['--json', '--jsonl', '--help'].includes(f)) usage();
  if (flags.has('--help')) usage();
  loadKb(); // fail early, with the KB's own message, if the data is malformed
  if (flags.has('--jsonl')) {
    if (files.length || date) usage();
    return runJsonl();
  }
  if (files.length > 1) usage();
  const file = files[0] ?? DEMO;
  let text: string;
  try {
    text = readDocument(file);
  } catch (e) {
    process.stderr.write(`annotate: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
  const result = annotate(text, { date });
  if (flags.has('--json')) process.stdout.write(JSON.stringify(toWire(result), null, 2) + '\n');
  else process.stdout.write(formatTable(text, result, file === DEMO ? 'demo article' : file));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`annotate: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
