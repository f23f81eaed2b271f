// Renders assets/icon/footnote.svg to the toolbar and store icons WXT picks up from
// public/icon/<size>.png. Run after changing the SVG (the PNGs are committed):
//   npx tsx scripts/make-icons.ts
// Uses Debian's Chromium through playwright-core (as the end-to-end tests do): a vector
// renderer we already have, rather than an image library for five files.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_EXECUTABLES } from './harness/env';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [16, 19, 32, 38, 48, 96, 128];

const svg = readFileSync(join(ROOT, 'assets/icon/footnote.svg'), 'utf8');
const out = join(ROOT, 'public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: BROWSER_EXECUTABLES.chromium, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
} finally {
  await browser.close();
}
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
