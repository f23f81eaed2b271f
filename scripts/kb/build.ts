// npm run kb:build: makes Footnote's own knowledge-base files from the public data in
// ../shared/data (see ../shared/data/SOURCES.md) by running every generator in
// scripts/kb/generators/. npm run kb:check (--check): writes nothing, exits 1 naming each
// committed file that differs from what the generators make.
// Without ../shared/data (a clone on its own) it says so and exits 0, leaving the committed
// files alone: the extension builds from them. FOOTNOTE_SHARED=<dir> points elsewhere.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KbValidationError } from '../../lib/kb/validate';
import { loadGenerators, ROOT, runGenerators, sharedDataDir, type GeneratedFile } from './run';

const check = process.argv.includes('--check');
const dataDir = sharedDataDir();
const say = (s: string) => process.stdout.write(`${s}\n`);

if (!existsSync(dataDir)) {
  process.stderr.write(
    `kb:${check ? 'check' : 'build'}: no shared data at ${dataDir} (../shared/data beside the checkout, or set FOOTNOTE_SHARED); ` +
      'the committed knowledge-base files are left as they are.\n',
  );
  process.exit(0);
}

let files: GeneratedFile[];
try {
  files = runGenerators(await loadGenerators(), dataDir);
} catch (e) {
  process.stderr.write(
    `kb:${check ? 'check' : 'build'}: ${e instanceof KbValidationError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exit(1);
}

const committed = (path: string) => {
  const full = join(ROOT, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};
const kB = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (check) {
  const differing = files.filter((f) => committed(f.path) !== f.content);
  for (const f of differing) process.stderr.write(`kb:check: ${f.path} differs from what the generators make (run npm run kb:build)\n`);
  if (differing.length) process.exit(1);
  say(`kb:check: ${files.length} files as generated`);
} else {
  for (const f of files) {
    const changed = committed(f.path) !== f.content;
    if (changed) {
      mkdirSync(dirname(join(ROOT, f.path)), { recursive: true });
      writeFileSync(join(ROOT, f.path), f.content);
    }
    const raw = Buffer.byteLength(f.content);
    say(`${changed ? 'wrote    ' : 'unchanged'} ${f.path}  ${kB(raw)}, ${kB(gzipSync(f.content, { level: 9 }).length)} gzip`);
  }
}
