/**
 * vitest globalSetup for the e2e config: builds the extension once per run for Chrome and
 * Firefox, then hands the output folders to the tests through `inject('footnoteExtensions')`.
 *
 * Set FOOTNOTE_E2E_SKIP_BUILD=1 to reuse the newest existing .output/ folders (fast local
 * iteration on tests only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { OUTPUT_DIR, REPO_ROOT, assertBrowsersInstalled } from '../../scripts/harness/env';

export interface BuiltExtensions {
  /** Absolute path of the unpacked Chrome build, e.g. .output/chrome-mv3 */
  chrome: string;
  /** Absolute path of the unpacked Firefox build: .output/firefox-mv2 or firefox-mv3 */
  firefox: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    footnoteExtensions: BuiltExtensions;
  }
}

type Target = 'chrome' | 'firefox';

/**
 * WXT 0.20 writes `.output/{browser}-mv{manifestVersion}` (firefox defaults to MV2, becomes
 * firefox-mv3 once the config asks for it). Rather than guess, take the folder for this browser
 * whose manifest.json was written by this build (or the newest one when not built now).
 */
export function findBuildDir(target: Target, builtAfterMs = 0): string {
  const candidates = existsSync(OUTPUT_DIR)
    ? readdirSync(OUTPUT_DIR)
        .filter((name) => new RegExp(`^${target}-mv\\d+$`).test(name))
        .map((name) => join(OUTPUT_DIR, name))
        .filter((dir) => existsSync(join(dir, 'manifest.json')))
        .map((dir) => ({ dir, mtime: statSync(join(dir, 'manifest.json')).mtimeMs }))
        .filter((c) => c.mtime >= builtAfterMs)
        .sort((a, b) => b.mtime - a.mtime)
    : [];
  if (candidates.length === 0) {
    throw new Error(
      `e2e: no ${target} build found in ${OUTPUT_DIR} (expected ${target}-mv2/ or ${target}-mv3/ with a manifest.json` +
        (builtAfterMs ? ' written by this build' : '') +
        ').',
    );
  }
  return candidates[0].dir;
}

function build(target: Target): string {
  const args = target === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox'];
  // Coarse mtime on some filesystems: allow a second of slack.
  const startedAt = Date.now() - 1000;
  const t0 = Date.now();
  const res = spawnSync('npx', args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 180_000,
  });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim();
  if (res.error || res.status !== 0) {
    const why = res.error ? res.error.message : `exit code ${res.status}`;
    const tail = output.split('\n').slice(-40).join('\n');
    throw new Error(`e2e: \`npx ${args.join(' ')}\` failed (${why}); no e2e test ran.\n${tail}`);
  }
  const dir = findBuildDir(target, startedAt);
  console.log(`[e2e] built ${target} in ${Date.now() - t0} ms -> ${dir}`);
  return dir;
}

export default function setup(project: TestProject): void {
  // Fail before spending time on builds when a browser is missing (CI and locally alike).
  assertBrowsersInstalled();
  const skip = process.env.FOOTNOTE_E2E_SKIP_BUILD === '1';
  const built: BuiltExtensions = skip
    ? { chrome: findBuildDir('chrome'), firefox: findBuildDir('firefox') }
    : { chrome: build('chrome'), firefox: build('firefox') };
  if (skip) console.log(`[e2e] FOOTNOTE_E2E_SKIP_BUILD=1: reusing ${built.chrome} and ${built.firefox}`);
  project.provide('footnoteExtensions', built);
}
