// Issue 5, target 1: what every page loads is small. Sizes are deterministic, so unlike timings
// (BENCHMARKS.md) they are enforced here. Builds the production extension into a folder of its
// own (scripts/bench-build.ts), never the .output/ folders that `npm run build` and e2e use.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, type Target } from '../scripts/bench-build';
import { CONTENT_MODULES, FIREFOX_DECLARED } from '../lib/page/content-modules';

/** The budget of issue 5 for the content script every page gets, gzip. */
const EVERY_PAGE_KB = 30;
/** Well under the budget today (about 5 KB): a jump here means something heavy slipped in. */
const LOADER_ALARM_KB = 8;

const gzKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

let dirs: Record<Target, string>;
beforeAll(() => {
  dirs = buildExtension('.output/size-test');
}, 240_000);

describe.each(['chrome', 'firefox'] as const)('%s build', (target) => {
  const manifest = () => JSON.parse(readFileSync(join(dirs[target], 'manifest.json'), 'utf8'));
  /** The files of the content script every page gets (lib/page/content-modules.ts). */
  const everyPage = target === 'chrome' ? ['content-loader.js'] : [...FIREFOX_DECLARED.map((n) => `${n}.js`), 'content-loader.js'];

  it('declares one content script for the top frame of http(s) pages: the loader (Firefox: the app, then the loader)', () => {
    const scripts = manifest().content_scripts;
    expect(scripts).toHaveLength(1);
    expect(scripts[0].js).toEqual(everyPage);
    if (target === 'firefox') expect(everyPage).toEqual(['content-app.js', 'content-loader.js']);
    expect(scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    expect(scripts[0].all_frames).toBe(false);
  });

  it(`keeps the content script every page gets within ${EVERY_PAGE_KB} KB gzip`, () => {
    const kb = everyPage.reduce((sum, file) => sum + gzKB(join(dirs[target], file)), 0);
    expect(kb).toBeLessThanOrEqual(EVERY_PAGE_KB);
    const loader = gzKB(join(dirs[target], 'content-loader.js'));
    expect(loader, 'the loader grew well past its usual size: did the pipeline or Preact get imported statically?').toBeLessThanOrEqual(LOADER_ALARM_KB);
  });

  it('touches no extension API while the scripts every page gets are evaluated', async () => {
    // On a page the gate turns away, nothing may reach for the API: its first touch costs the
    // page 10–25 ms in Firefox (lib/browser/lazy-browser.ts). Evaluated as the browser would, in
    // order, in a window whose `chrome` and `browser` count who looks at them.
    const touched: string[] = [];
    const window = new Window({ url: 'https://example.com/recipes' });
    window.document.body.innerHTML = '<p>Stir the soup for ten minutes.</p>';
    for (const name of ['chrome', 'browser']) Object.defineProperty(window, name, { configurable: true, get: () => (touched.push(name), undefined) });
    for (const file of everyPage) window.eval(readFileSync(join(dirs[target], file), 'utf8'));
    await new Promise((settle) => setTimeout(settle, 100)); // what they start, too
    expect(touched).toEqual([]);
    // ...and the app registered itself where the loader looks for it (Firefox).
    const registry = (window as unknown as Record<string, Record<string, { exports?: unknown }> | undefined>).__footnoteContentModules;
    for (const name of FIREFOX_DECLARED) expect(Boolean(registry?.[name]?.exports), name).toBe(target === 'firefox');
  });

  it('wraps the loader into the first look: run only on a page the first look hands over', async () => {
    // wxt.config.ts, mergeContentLoader: the loader's own file is gone, its code is a function of
    // the every-page script. On a trade story the first look calls it, and the loader, its gate
    // passed, reaches for the extension API (the first thing it does then).
    expect(existsSync(join(dirs[target], 'content-loader-rest.js'))).toBe(false);
    const script = readFileSync(join(dirs[target], 'content-loader.js'), 'utf8');
    expect(script.startsWith('function footnoteStartLoader(footnoteLoaderWhy, footnoteLoaderText) {')).toBe(true);
    const touched: string[] = [];
    const window = new Window({ url: 'https://example.com/news/steel' });
    window.document.body.innerHTML =
      '<article><p>Washington will put a 25 percent tariff on $50 billion of imports from China, the trade representative said.</p></article>';
    for (const name of ['chrome', 'browser']) Object.defineProperty(window, name, { configurable: true, get: () => (touched.push(name), undefined) });
    window.eval(script);
    await new Promise((settle) => setTimeout(settle, 100));
    expect(touched.length).toBeGreaterThan(0);
  });

  it('ships every script as ASCII, so that the browser holds and parses it as one-byte text', () => {
    // wxt.config.ts, charset 'ascii'. One character past Latin-1 (a currency sign, a dash in a
    // String.raw regex, which the bundler cannot escape) makes V8 keep a whole script as two-byte
    // text: slower to compile on every page for the content script, twice the memory for the
    // background's knowledge base. Write such a character as \u2013 in a String.raw regex.
    const scripts = readdirSync(dirs[target], { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(scripts).toContain('content-loader.js');
    for (const file of scripts) {
      const text = readFileSync(join(dirs[target], file), 'utf8');
      const at = text.search(/[^\x00-\x7f]/);
      expect(at === -1 ? '' : `${JSON.stringify(text[at])} at ${at}: …${text.slice(Math.max(0, at - 60), at + 20)}…`, file).toBe('');
    }
  });

  it('leaves Preact, the cards and the knowledge base out of the loader', () => {
    const loader = readFileSync(join(dirs[target], 'content-loader.js'), 'utf8');
    // Strings that survive minification: the cards' class name, a knowledge-base name (the
    // pipeline runs in the background). Not the cards' host element's name: the text reader
    // skips that element, so it knows the name.
    const markers = ['fn-card', 'Mnuchin'];
    for (const m of markers) expect(loader).not.toContain(m);
    // ...while the cards module, injected once marks are painted, has the cards, and the app
    // (check, annotator, marks) has not.
    const app = readFileSync(join(dirs[target], 'content-app.js'), 'utf8');
    const cards = readFileSync(join(dirs[target], 'content-cards.js'), 'utf8');
    expect(cards).toContain('fn-card');
    expect(app).not.toContain('fn-card');
  });

  it('keeps the knowledge base in the background: no content script carries it', () => {
    // The background sends each page the part of it that page's annotations link to
    // (lib/kb/page-kb.ts). Names from the hand-written people and from the generated officials.
    const people = ['Mnuchin', 'Lighthizer', 'He Lifeng'];
    for (const name of CONTENT_MODULES.map((n) => `${n}.js`).concat('content-loader.js')) {
      const script = readFileSync(join(dirs[target], name), 'utf8');
      for (const person of people) expect(script, `${person} in ${name}`).not.toContain(person);
    }
    const background = readFileSync(join(dirs[target], 'background.js'), 'utf8');
    for (const person of people) expect(background).toContain(person);
  });

  it('keeps the module pages that pass the gate import well under the cards module', () => {
    // It stands between a page and its first highlight (BENCHMARKS.md, target 3).
    const app = gzKB(join(dirs[target], 'content-app.js'));
    expect(app).toBeLessThan(gzKB(join(dirs[target], 'content-cards.js')));
    expect(app).toBeLessThanOrEqual(30);
  });

  it('has toolbar and store icons at every size the browsers ask for, as real PNG files', () => {
    const icons: Record<string, string> = manifest().icons;
    expect(
      Object.keys(icons)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([16, 19, 32, 38, 48, 96, 128]);
    for (const [size, file] of Object.entries(icons)) {
      const png = readFileSync(join(dirs[target], file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      // IHDR width and height, big-endian at bytes 16 and 20
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
  });

  it('loads what some pages need without exposing a URL a page could probe for Footnote', () => {
    const m = manifest();
    if (target === 'chrome') expect(m.web_accessible_resources).toBeUndefined();
    else {
      // Firefox imports the cards (lib/page/content-modules.ts) from its per-install random URL.
      expect(m.web_accessible_resources).toEqual([{ resources: ['content-cards.js'], matches: m.content_scripts[0].matches }]);
    }
    // The background injects content-app.js and content-cards.js (lib/page/content-modules.ts):
    // the scripting permission, with host access to exactly the pages the content script runs on.
    expect(m.permissions).toEqual(['storage', 'scripting']);
    expect(m.host_permissions).toEqual(m.content_scripts[0].matches);
    for (const name of CONTENT_MODULES) expect(existsSync(join(dirs[target], `${name}.js`)), name).toBe(true);
  });
});
