// npx tsx scripts/hostile-big-control.ts -- ticker gaps on independent/big.html in Chromium, without and with the extension (.output/indep).
// Control for big-page: the same page and scroll schedule with and without the extension.
import { chromium } from 'playwright-core';
import { FixtureServer } from './harness/server';
import { BROWSER_EXECUTABLES, freshTmpDir } from './harness/env';
import { chromiumArgs } from './harness/chromium';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const server = await FixtureServer.start();
const ext = new URL('../.output/indep/chrome-mv3', import.meta.url).pathname;
for (const round of [1, 2]) {
  for (const withExt of [false, true]) {
    const ctx = await chromium.launchPersistentContext(freshTmpDir('ctl'), {
      executablePath: BROWSER_EXECUTABLES.chromium,
      headless: true,
      args: chromiumArgs(server.proxyUrl, withExt ? ext : null),
    });
    const p = await ctx.newPage();
    await p.goto(server.url('/independent/big.html'), { waitUntil: 'load' });
    await sleep(1000);
    for (let i = 0; i < 8; i++) {
      await p.evaluate(`window.scrollTo(0, ${i} * document.body.scrollHeight / 8); true`);
      await sleep(750);
    }
    const t = (await p.evaluate('window.__ticker()')) as { maxGap: number; gaps: string[]; firstMarkAt: number };
    console.log(
      `round ${round} ${withExt ? 'WITH   ' : 'WITHOUT'} extension: max gap ${t.maxGap} ms; first mark ${t.firstMarkAt}; gaps>120: ${JSON.stringify(t.gaps)}`,
    );
    await ctx.close();
  }
}
await server.close();
