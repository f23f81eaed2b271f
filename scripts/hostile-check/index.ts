// An independent run of hostile pages (issue 6, "Done when: an independent run of similar
// hostile pages agrees"): pages of our own (tests/fixtures/pages/independent/), run against a
// production build in real Chromium and Firefox ESR through the e2e harness, with no vitest.
//
//   npx tsx scripts/bench-build.ts .output/indep        # production build, both browsers
//   npx tsx scripts/hostile-check/index.ts [chromium|firefox] [--only=name,name] [--ext=.output/indep]
//
// Prints a table (page × browser → pass/fail and what was seen) and writes it, with the raw
// observations, to .output/indep/hostile-check.{md,json}. Exit status 1 when a check failed.
//
// One check per file in checks/, run in the order below; page-side code lives in probes.js (see
// page.ts). The harness serves both this run and the e2e suite, mechanics only: what each
// expects is its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FixtureServer, STRICT_CSP } from '../harness/server';
import { launchChromium } from '../harness/chromium';
import { launchFirefox } from '../harness/firefox';
import { sleep } from '../harness/hostile';
import type { ErrorEntry } from '../harness/types';
import type { Check, Ctx } from './check';
import { BROWSERS, EXT, ONLY, OUT } from './options';
import { cspHeaderCheck } from './checks/csp-header';
import { cspMetaCheck } from './checks/csp-meta';
import { editableCheck } from './checks/editable';
import { designmodeLaterCheck } from './checks/designmode-later';
import { rerenderCheck } from './checks/rerender';
import { spaCheck } from './checks/spa';
import { sanitizerCheck } from './checks/sanitizer';
import { bigPageCheck } from './checks/big-page';
import { framesCheck } from './checks/frames';
import { shadowAndNamesCheck } from './checks/shadow-and-names';
import { customElementsCheck } from './checks/custom-elements';
import { unicodeCheck } from './checks/unicode';
import { markupTextCheck } from './checks/markup-text';
import { cssAttackCheck } from './checks/css-attack';
import { cssTargetedCheck } from './checks/css-targeted';
import { patchedGlobalsCheck } from './checks/patched-globals';

const CHECKS: Check[] = [
  cspHeaderCheck,
  cspMetaCheck,
  editableCheck,
  designmodeLaterCheck,
  rerenderCheck,
  spaCheck,
  sanitizerCheck,
  bigPageCheck,
  framesCheck,
  shadowAndNamesCheck,
  customElementsCheck,
  unicodeCheck,
  markupTextCheck,
  cssAttackCheck,
  cssTargetedCheck,
  patchedGlobalsCheck,
];

// ---------------------------------------------------------------- run

interface Result {
  check: string;
  browser: string;
  status: 'pass' | 'FAIL' | 'info';
  ms: number;
  findings: string[];
}

async function runBrowser(name: 'chromium' | 'firefox', results: Result[]) {
  const server = await FixtureServer.start();
  server.route('/independent/csp.html', { file: 'independent/csp.html', headers: { 'Content-Security-Policy': STRICT_CSP } });
  const extensionPath = join(EXT, name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  const launch = name === 'chromium' ? launchChromium : launchFirefox;
  const t0 = Date.now();
  const b = await launch({ server, extensionPath });
  console.log(`[${name}] launched in ${Date.now() - t0} ms (${b.extensionOrigin})`);
  try {
    for (const check of CHECKS) {
      if (ONLY && !ONLY.includes(check.name)) continue;
      const started = Date.now();
      const findings: string[] = [];
      let failed = false;
      b.clearLogs();
      const page = await b.newPage();
      const ctx: Ctx = {
        b,
        server,
        page,
        expect(ok, what) {
          findings.push(`${ok ? 'ok' : 'FAIL'}: ${what}`);
          if (!ok) failed = true;
        },
        note(what) {
          findings.push(`note: ${what}`);
        },
      };
      try {
        await page.goto(server.url(check.page));
        await Promise.race([
          check.run(ctx),
          sleep(90_000).then(() => {
            throw new Error('check timed out after 90 s');
          }),
        ]);
      } catch (e) {
        ctx.expect(false, `threw: ${(e as Error).message.split('\n').slice(0, 3).join(' / ')}`);
      }
      // Every page: no page console errors, nothing from extension code, no request.
      const pageErrors: ErrorEntry[] = page.consoleErrors();
      ctx.expect(
        pageErrors.length === 0,
        `page console errors: ${pageErrors.length ? JSON.stringify(pageErrors.map((e) => `${e.kind}: ${e.text.slice(0, 200)} @${e.url ?? ''}`)) : 'none'}`,
      );
      const extErrors = b.extensionErrors();
      ctx.expect(
        extErrors.length === 0,
        `extension errors: ${extErrors.length ? JSON.stringify(extErrors.map((e) => `${e.kind}: ${e.text.slice(0, 200)}`)) : 'none'}`,
      );
      try {
        const allow = check.name === 'frames' ? (r: { url: string }) => /\/independent\/frame-child\.html/.test(r.url) : undefined;
        await b.expectNoExtensionRequests({ settleMs: 300, allow });
        ctx.expect(true, 'no network request from the extension');
      } catch (e) {
        ctx.expect(false, (e as Error).message.replace(/\n/g, ' / '));
      }
      await page.close().catch(() => {});
      const status = failed ? (check.informational ? 'info' : 'FAIL') : check.informational ? 'info' : 'pass';
      results.push({ check: check.name, browser: name, status, ms: Date.now() - started, findings });
      console.log(`[${name}] ${check.name}: ${status} (${Date.now() - started} ms)`);
      for (const f of findings) if (!f.startsWith('ok') || process.env.VERBOSE) console.log(`    ${f}`);
    }
  } finally {
    await b.close();
    await server.close();
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const results: Result[] = [];
  const t0 = Date.now();
  for (const name of BROWSERS) {
    try {
      await runBrowser(name, results);
    } catch (e) {
      results.push({ check: '(launch)', browser: name, status: 'FAIL', ms: 0, findings: [`FAIL: ${(e as Error).message}`] });
      console.log(`[${name}] ${(e as Error).message}`);
    }
  }
  const total = Date.now() - t0;
  const names = [...new Set(results.map((r) => r.check))];
  const cell = (c: string, b: string) => {
    const r = results.find((x) => x.check === c && x.browser === b);
    if (!r) return '—';
    const bad = r.findings.filter((f) => f.startsWith('FAIL')).map((f) => f.slice(6));
    return `**${r.status}**${bad.length ? `: ${bad.join('; ').replace(/\|/g, '\\|')}` : ''}`;
  };
  const lines = [
    `# Independent hostile-page run`,
    '',
    `${new Date().toISOString()}, extension ${EXT}, ${Math.round(total / 1000)} s in all.`,
    '',
    `| page | covers | ${BROWSERS.join(' | ')} |`,
    `|---|---|${BROWSERS.map(() => '---').join('|')}|`,
    ...names.map(
      (n) => `| ${n} | ${(CHECKS.find((c) => c.name === n)?.covers ?? '').replace(/\|/g, '\\|')} | ${BROWSERS.map((b) => cell(n, b)).join(' | ')} |`,
    ),
    '',
    '## Findings',
    '',
    ...results.flatMap((r) => [`### ${r.check} — ${r.browser}: ${r.status} (${r.ms} ms)`, '', ...r.findings.map((f) => `- ${f.replace(/\n/g, ' ')}`), '']),
  ];
  writeFileSync(`${OUT}.md`, lines.join('\n'));
  writeFileSync(`${OUT}.json`, JSON.stringify({ total, results }, null, 2));
  console.log(`\n${lines.slice(4, 6 + names.length).join('\n')}\n\ntotal ${Math.round(total / 1000)} s; written to ${OUT}.md`);
  process.exit(results.some((r) => r.status === 'FAIL') ? 1 : 0);
}

void main();
