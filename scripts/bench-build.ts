// Builds the extension into a folder of its own, so that the benchmarks and the size-budget test
// never read, or overwrite, the .output/ folders that `npm run build` and the end-to-end tests use.
//   tsx scripts/bench-build.ts OUT_DIR [--bench] [chrome] [firefox]
// --bench sets FOOTNOTE_BENCH=1: wxt.config.ts then defines import.meta.env.FOOTNOTE_BENCH as true
// and the content script records performance marks (lib/page/bench-timing.ts); without it the
// build is the production build, byte for byte. Writes OUT_DIR/chrome-mv3/ and
// OUT_DIR/firefox-mv3/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export type Target = 'chrome' | 'firefox';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds `targets` into `outDir` (absolute or relative to the repo) in a child process. */
export function buildExtension(outDir: string, opts: { bench?: boolean; targets?: Target[] } = {}): Record<Target, string> {
  const out = resolve(ROOT, outDir);
  const targets = opts.targets ?? ['chrome', 'firefox'];
  for (const browser of targets) {
    // A child process: WXT keeps one global instance per process, and the vitest process that
    // runs the size test has one of its own (WxtVitest).
    const code = `import { build } from 'wxt'; await build({ root: ${JSON.stringify(ROOT)}, browser: ${JSON.stringify(browser)}, outDir: ${JSON.stringify(out)}, logger: { ...console, level: 1, debug() {}, info() {}, log() {}, success() {}, start() {}, box() {}, ready() {} } });`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FOOTNOTE_BENCH: opts.bench ? '1' : '', FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 300_000,
    });
    if (res.status !== 0) {
      const tail = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
      throw new Error(`building the ${browser} extension into ${out} failed (${res.error?.message ?? `exit code ${res.status}`}):\n${tail}`);
    }
  }
  return { chrome: resolve(out, 'chrome-mv3'), firefox: resolve(out, 'firefox-mv3') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('--') && a !== 'chrome' && a !== 'firefox');
  if (!outDir) {
    process.stderr.write('usage: tsx scripts/bench-build.ts OUT_DIR [--bench] [chrome] [firefox]\n');
    process.exit(2);
  }
  const targets = args.filter((a): a is Target => a === 'chrome' || a === 'firefox');
  const dirs = buildExtension(outDir, { bench: args.includes('--bench'), targets: targets.length ? targets : undefined });
  console.log(JSON.stringify(dirs));
}
