// An independent run of hostile pages (issue 6, "Done when: an independent run of similar
// hostile pages agrees"): pages of our own (tests/fixtures/pages/independent/), run against a
// production build in real Chromium and Firefox ESR through the e2e harness, with no vitest.
//
//   npx tsx scripts/bench-build.ts .output/indep        # production build, both browsers
//   npx tsx scripts/hostile-check.ts [chromium|firefox] [--only=name,name] [--ext=.output/indep]
//
// Prints a table (page × browser → pass/fail and what was seen) and writes it, with the raw
// observations, to .output/indep/hostile-check.{md,json}. Exit status 1 when a check failed.
//
// Page-side code lives in scripts/hostile-probes.js and is evaluated as a source string: tsx
// adds a `__name` helper to functions it compiles, which the page does not have.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FixtureServer, STRICT_CSP } from './harness/server';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import type { E2EBrowser, E2EPage, ErrorEntry } from './harness/types';
import type { PolicingOptions } from './harness/network';
import { latestTabId } from './harness/footnote';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROBES = readFileSync(join(ROOT, 'scripts/hostile-probes.js'), 'utf8').replace(/^\s*\/\/.*$/gm, '').trim();
const args = process.argv.slice(2);
const EXT = resolve(ROOT, args.find((a) => a.startsWith('--ext='))?.slice(6) ?? '.output/indep');
const ONLY = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const WHICH = args.filter((a) => a === 'chromium' || a === 'firefox');
const BROWSERS = (WHICH.length ? WHICH : ['chromium', 'firefox']) as Array<'chromium' | 'firefox'>;
const OUT = join(EXT, 'hostile-check');
/** Longer than the annotator's settle time (400 ms, README) plus a pass. */
const SETTLE = 1500;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- page helpers

function probe<R = unknown>(page: E2EPage, name: string, ...a: unknown[]): Promise<R> {
  return page.evaluateScript(`(function (o) { return o[${JSON.stringify(name)}].apply(o, ${JSON.stringify(a)}); })(${PROBES})`) as Promise<R>;
}
function js<R = unknown>(page: E2EPage, src: string): Promise<R> {
  return page.evaluateScript(src) as Promise<R>;
}
async function waitFor<R>(what: string, fn: () => Promise<R | null | undefined | false>, timeout = 15_000, every = 150): Promise<R> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as R;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out (${timeout} ms) waiting for ${what}${last instanceof Error ? ` (${last.message.split('\n')[0]})` : ''}`);
    await sleep(every);
  }
}
const markTexts = (page: E2EPage, within?: string) => probe<string[]>(page, 'markTexts', within ?? null);
function waitMarks(page: E2EPage, want: string[], within?: string, timeout = 15_000) {
  return waitFor(`marks ${JSON.stringify(want)}${within ? ` in ${within}` : ''}`, async () => {
    const have = await markTexts(page, within);
    return want.every((w) => have.includes(w)) ? have : null;
  }, timeout);
}
interface Card {
  hosts: number; open: boolean; text?: string; rect?: { left: number; top: number; width: number; height: number };
  style?: Record<string, string>; minFont?: number | null; minFontEl?: string; onTop?: string; hits?: string; inViewport?: boolean; dangerous?: number; tags?: string;
}
/** Hovers the mark reading `text` and waits for its card. */
async function openCard(page: E2EPage, text: string, tag: string, within?: string): Promise<Card> {
  const ok = await probe<boolean>(page, 'tagMark', text, tag, within ?? null);
  if (!ok) throw new Error(`no mark reading ${JSON.stringify(text)}`);
  await page.hover(`[data-indep="${tag}"]`);
  return waitFor(`the card for ${JSON.stringify(text)}`, async () => {
    const c = await probe<Card>(page, 'card');
    return c.open ? c : null;
  }, 5000);
}
async function mouseAway(page: E2EPage) {
  await js(page, 'window.scrollTo(0, 0)');
  await page.press('Escape');
  await sleep(400);
}
/**
 * The popup for `page`'s tab. The harness's openPopup() finds the tab by URL, which Chromium does
 * not show an extension without the "tabs" permission; then the newest tab (the page under test).
 */
async function openPopupFor(b: E2EBrowser, page: E2EPage): Promise<E2EPage> {
  const tab = await b.tabIdOf(page).catch(() => latestTabId(b));
  return b.openExtensionPage(`popup.html?tab=${tab}`);
}
const nextFrames = `new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(function () { r(true); }); }); })`;

// ---------------------------------------------------------------- checks

interface Ctx {
  b: E2EBrowser;
  server: FixtureServer;
  page: E2EPage;
  /** Records a finding; `ok` false makes the check fail. */
  expect(ok: boolean, what: string): void;
  note(what: string): void;
  net?: PolicingOptions;
  /** Page console errors that the page itself causes (matched, then not counted). */
  pageOwnErrors?: RegExp;
}
interface Check {
  name: string;
  page: string;
  covers: string;
  informational?: boolean;
  run(c: Ctx): Promise<void>;
}

async function cardIsUsable(c: Ctx, card: Card, label: string) {
  c.expect(card.open, `${label}: card open`);
  c.expect((card.minFont ?? 0) >= 11, `${label}: smallest card text ${card.minFont}px (${card.minFontEl}) ≥ 11px`);
  c.expect((card.rect?.width ?? 0) >= 200 && (card.rect?.height ?? 0) >= 40, `${label}: card ${card.rect?.width}×${card.rect?.height}px`);
  c.expect(card.style?.opacity === '1' && card.style?.visibility === 'visible', `${label}: opacity ${card.style?.opacity}, visibility ${card.style?.visibility}`);
  c.expect(card.onTop === '3/3', `${label}: card on top at ${card.onTop} points (hit: ${card.hits})`);
  c.expect(card.style?.bg !== 'rgba(0, 0, 0, 0)', `${label}: card styled (background ${card.style?.bg}, color ${card.style?.color})`);
}

async function cspCheck(c: Ctx, first: string, second: string) {
  const have = await waitMarks(c.page, [first, second, 'Steven Mnuchin']);
  c.expect(true, `marks: ${have.join(' | ')}`);
  await probe(c.page, 'tagMark', first, 's1');
  const st = await probe<Record<string, unknown>>(c.page, 'markStyle', 's1');
  c.expect(!!st?.styled, `mark styled under CSP (bg ${st?.bg}, decoration ${st?.deco}, border ${st?.borderBottom})`);
  const card = await openCard(c.page, first, 'c1');
  await cardIsUsable(c, card, 'card');
  c.expect(!!card.text && card.text.length > 20, `card has content: ${JSON.stringify(card.text?.slice(0, 90))}`);
  await mouseAway(c.page);
  const card2 = await openCard(c.page, 'Steven Mnuchin', 'c2');
  c.expect(card2.open && /Treasury|Secretary|Mnuchin/.test(card2.text ?? ''), `official's card: ${JSON.stringify(card2.text?.slice(0, 80))}`);
}

const CHECKS: Check[] = [
  {
    name: 'csp-header',
    page: '/independent/csp.html',
    covers: `strict CSP response header (${STRICT_CSP})`,
    run: (c) => cspCheck(c, '$375 billion', '25 percent'),
  },
  {
    name: 'csp-meta',
    page: '/independent/csp-meta.html',
    covers: 'CSP in a <meta http-equiv> (default/style/script/img none)',
    run: (c) => cspCheck(c, '$375 billion', '25 percent'),
  },
  {
    name: 'editable',
    page: '/independent/editable.html',
    covers: 'textarea, input, search, contenteditable, plaintext-only; contenteditable added later; typing while a card is open',
    async run(c) {
      const p = c.page;
      await waitMarks(p, ['$375 billion', '25 percent'], '#lead');
      await waitMarks(p, ['25 percent'], '#later');
      await sleep(SETTLE);
      c.expect(!(await probe(p, 'anyMark', '#letter')) && !(await probe(p, 'anyMark', '#editor')) && !(await probe(p, 'anyMark', '#plaintext')), 'no marks in form, contenteditable, plaintext-only');
      const orig = await js<Record<string, string>>(p, 'window.__orig');
      c.expect((await probe(p, 'html', '#editor')) === orig.editor, 'contenteditable markup unchanged');
      c.expect((await probe(p, 'html', '#plaintext')) === orig.plaintext, 'plaintext-only markup unchanged');
      c.expect((await js(p, 'document.getElementById("body").value')) === orig.body, 'textarea value unchanged');
      // Typing in each field.
      const typed = ' so a 25 percent tariff on $375 billion of imports, said Steven Mnuchin.';
      await js(p, 'var t = document.getElementById("body"); t.focus(); t.setSelectionRange(t.value.length, t.value.length); true');
      await p.type('#body', typed);
      c.expect((await js(p, 'document.getElementById("body").value')) === orig.body + typed, 'textarea: typed text exactly');
      await js(p, 'var i = document.getElementById("subject"); i.focus(); i.setSelectionRange(i.value.length, i.value.length); true');
      await p.type('#subject', ' up 25 percent');
      c.expect((await js(p, 'document.getElementById("subject").value')) === 'The $375 billion trade deficit and the 25 percent tariff up 25 percent', 'input: typed text exactly');
      await js(p, 'var e = document.getElementById("editor"); e.focus(); var r = document.createRange(); r.selectNodeContents(e.querySelector("p")); r.collapse(false); var s = getSelection(); s.removeAllRanges(); s.addRange(r); true');
      await p.type('#editor', ' Imports rose by $12 billion after the 10 percent tariff.');
      await sleep(SETTLE);
      const ed = await probe<string>(p, 'text', '#editor');
      c.expect(ed.endsWith('Steven Mnuchin. Imports rose by $12 billion after the 10 percent tariff.'), `contenteditable: typed text at the caret (${JSON.stringify(ed.slice(-60))})`);
      c.expect(!(await probe(p, 'anyMark', '#editor')), 'contenteditable: still no marks after typing figures and settling');
      // Typing while a card is open: focus must stay in the textarea.
      await js(p, 'var t = document.getElementById("body"); t.focus(); t.setSelectionRange(t.value.length, t.value.length); true');
      const before = await js<string>(p, 'document.getElementById("body").value');
      await probe(p, 'tagMark', '$375 billion', 'lead', '#lead');
      await p.hover('[data-indep="lead"]');
      const card = await waitFor('card while typing', async () => ((await probe<Card>(p, 'card')).open ? true : null), 5000).catch(() => false);
      await p.press('X');
      await p.press('Y');
      await p.press('Z');
      const after = await js<{ value: string; active: string }>(p, '({ value: document.getElementById("body").value, active: document.activeElement && document.activeElement.id })');
      c.expect(!!card, 'card opened on hover while the textarea had focus');
      c.expect(after.active === 'body' && after.value === before + 'XYZ', `typing with a card open: focus on #${after.active}, value ends ${JSON.stringify(after.value.slice(-8))}`);
      const blurs = await js<string[]>(p, 'window.__blurs');
      c.note(`focusout events seen: ${JSON.stringify(blurs)}`);
      await mouseAway(p);
      // contenteditable added later on text that was marked.
      await js(p, 'document.getElementById("later").setAttribute("contenteditable", "true"); true');
      await waitFor('marks gone from #later', async () => !(await probe(p, 'anyMark', '#later')), 5000).catch(() => false);
      await sleep(SETTLE);
      c.expect(!(await probe(p, 'anyMark', '#later')), 'contenteditable added later: marks taken off');
      c.expect((await probe(p, 'html', '#later')) === orig.later, 'contenteditable added later: markup exactly as the page wrote it');
      await js(p, 'var e = document.getElementById("later1"); e.focus(); var r = document.createRange(); r.selectNodeContents(e); r.collapse(false); var s = getSelection(); s.removeAllRanges(); s.addRange(r); true');
      await p.type('#later', ' Up 25 percent.'); // the editing host: Playwright's focus() on a <p> inside it blurs it
      await sleep(SETTLE);
      const lt = await probe<string>(p, 'text', '#later1');
      c.expect(lt.endsWith('still growing. Up 25 percent.') && !(await probe(p, 'anyMark', '#later')), `typing in it: ${JSON.stringify(lt.slice(-40))}, marks ${await probe(p, 'anyMark', '#later')}`);
      c.expect(await probe(p, 'anyMark', '#lead'), 'the non-editable article keeps its marks');
    },
  },
  {
    name: 'designmode-later',
    page: '/independent/designmode.html',
    covers: 'document.designMode switched on after the page was marked; typing',
    async run(c) {
      const p = c.page;
      await waitMarks(p, ['$375 billion', '25 percent', 'Wilbur Ross']);
      const origText = await js<string>(p, 'document.getElementById("story").textContent');
      await js(p, 'window.startEditing()');
      // The caret at the end of the first paragraph (what a click there does), then keys.
      await js(p, 'var e = document.getElementById("p1"); var r = document.createRange(); r.selectNodeContents(e); r.collapse(false); var s = getSelection(); s.removeAllRanges(); s.addRange(r); true');
      const typed = ' QQ 30 percent';
      for (const ch of typed) await p.press(ch === ' ' ? (p.browserName === 'firefox' ? ' ' : 'Space') : ch);
      await sleep(SETTLE);
      const after = (await js<string>(p, 'document.getElementById("story").textContent')).replace(/\u00a0/g, ' ');
      c.expect(!(await probe(p, 'anyMark', '#story')), `designMode on + typing: marks gone (left: ${JSON.stringify(await markTexts(p))})`);
      c.expect(after.includes('talks. QQ 30 percent') && after.replace(typed, '') === origText, `typed text landed intact at the caret (${JSON.stringify(after.slice(Math.max(0, after.indexOf('QQ') - 20), after.indexOf('QQ') + 20))})`);
      const html = (await probe<string>(p, 'html', '#story')).replace(/&nbsp;/g, ' ');
      const orig = await js<string>(p, 'window.__orig');
      c.expect(html.replace(typed, '') === orig, 'markup exactly the page\'s plus the typed text');
    },
  },
  {
    name: 'rerender',
    page: '/independent/rerender.html',
    covers: 'page script re-renders the article 5 times: nodeValue in place, remove+insertBefore its own text nodes, replace nodes',
    async run(c) {
      const p = c.page;
      await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin']);
      const amounts = ['$419 billion', '$566 billion', '$200 billion', '$375 billion', '$250 billion'];
      const modes = ['nodeValue', 'move', 'replace', 'nodeValue', 'move'];
      for (let i = 0; i < modes.length; i++) {
        await sleep(600); // let painting finish, so the page writes over marked text
        const expected = await js<string>(p, `window.rerender(${JSON.stringify(modes[i])})`);
        await js(p, nextFrames);
        const shown = await probe<string>(p, 'text', '#app');
        c.expect(shown === expected, `${modes[i]}: next frame shows exactly the page's text${shown === expected ? '' : ` (got ${JSON.stringify(shown)})`}`);
        let back: string[] | null = null;
        try {
          back = await waitMarks(p, [amounts[i]], '#app', 8000);
        } catch {
          /* reported below */
        }
        c.expect(!!back, `${modes[i]}: marks back on the new text (${JSON.stringify(back ?? (await markTexts(p, '#app')))})`);
        const prev = i === 0 ? '$375 billion' : amounts[i - 1];
        const nowMarks = await markTexts(p, '#app');
        c.expect(!nowMarks.includes(prev), `${modes[i]}: the old figure's mark (${prev}) is gone`);
        const settled = await probe<string>(p, 'text', '#app');
        c.expect(settled === expected, `${modes[i]}: after marking, text still exactly the page's`);
      }
      const errs = await js<string[]>(p, 'window.__errors');
      c.expect(errs.length === 0, `page framework errors: ${JSON.stringify(errs)}`);
      const card = await openCard(p, amounts[amounts.length - 1], 'rr', '#app');
      c.expect(card.open && (card.text ?? '').length > 10, `card on the re-rendered mark: ${JSON.stringify(card.text?.slice(0, 70))}`);
    },
  },
  {
    name: 'spa',
    page: '/independent/spa.html',
    covers: 'pushState to a new article, popstate back, appended feed items; marks, popup and badge follow',
    async run(c) {
      const p = c.page;
      await waitMarks(p, ['25 percent', '$375 billion', 'Steven Mnuchin']);
      const tab = await c.b.tabIdOf(p).catch(() => latestTabId(c.b));
      const badge = () =>
        c.b.evalInExtension(async (id: number) => {
          const g = globalThis as unknown as { browser?: any; chrome?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
          const api = g.browser ?? g.chrome;
          return (await api.action.getBadgeText({ tabId: id })) as string;
        }, tab);
      const popupText = async () => {
        const pop = await openPopupFor(c.b, p);
        try {
          return await waitFor('popup summary', async () => {
            const t = await js<string>(pop, 'document.body.innerText');
            return /\d/.test(t) && !/loading|Reading/i.test(t) ? t : null;
          }, 8000);
        } finally {
          await pop.close();
        }
      };
      const b0 = await badge().catch((e) => `error ${e}`);
      const pop0 = await popupText().catch((e) => `error ${e}`);
      c.note(`article 1: badge ${JSON.stringify(b0)}; popup mentions $375 billion: ${pop0.includes('$375 billion')}`);
      c.expect(pop0.includes('$375 billion'), 'popup lists the first article\'s figure');
      await p.bringToFront();
      await js(p, 'window.go("steel")');
      let after: string[] = [];
      try {
        after = await waitFor('the new article marked, the old gone', async () => {
          const t = await markTexts(p);
          return t.includes('10 percent') && t.includes('$6.2 billion') && !t.includes('$375 billion') ? t : null;
        }, 10_000);
      } catch (e) {
        after = await markTexts(p);
        c.expect(false, `${(e as Error).message}; marks now ${JSON.stringify(after)}`);
      }
      c.expect(after.length > 0, `after pushState: marks ${JSON.stringify(after)} (url ${await p.url()})`);
      const b1 = await badge().catch((e) => `error ${e}`);
      const pop1 = await popupText().catch((e) => `error ${e}`);
      c.expect(pop1.includes('$6.2 billion') && !pop1.includes('$375 billion'), `popup follows pushState (has $6.2 billion: ${pop1.includes('$6.2 billion')}, has old $375 billion: ${pop1.includes('$375 billion')})`);
      c.expect(b0 === String(3) && b1 === String(after.length), `badge follows pushState: ${JSON.stringify(b0)} → ${JSON.stringify(b1)} (marks now ${after.length})`);
      await p.bringToFront();
      await js(p, 'window.appendMore(); window.appendMore(); true');
      try {
        await waitMarks(p, ['20 percent'], '#feed-0', 10_000);
        await waitMarks(p, ['25 percent'], '#feed-1', 10_000);
        c.expect(true, 'appended feed items marked');
      } catch (e) {
        c.expect(false, `appended: ${(e as Error).message}; feed marks ${JSON.stringify(await markTexts(p, '#feed'))}`);
      }
      await sleep(SETTLE);
      const b2 = await badge().catch((e) => `error ${e}`);
      const n2 = (await markTexts(p)).length;
      c.expect(b2 === String(n2), `badge counts appended items: ${JSON.stringify(b1)} → ${JSON.stringify(b2)} (marks now ${n2})`);
      await p.bringToFront();
      await js(p, 'history.back(); true');
      try {
        const back = await waitFor('popstate back to article 1', async () => {
          const t = await markTexts(p, '#story');
          return t.includes('$375 billion') && !t.includes('$6.2 billion') ? t : null;
        }, 10_000);
        c.expect(true, `popstate: marks ${JSON.stringify(back)}`);
      } catch (e) {
        c.expect(false, `popstate: ${(e as Error).message}; marks ${JSON.stringify(await markTexts(p, '#story'))}`);
      }
      const card = await openCard(p, '$375 billion', 'spa', '#story');
      c.expect(card.open, 'card opens after navigating back');
    },
  },
  {
    name: 'sanitizer',
    page: '/independent/sanitizer.html',
    covers: 'page MutationObserver replaces any element it did not write (our marks) with text and normalize()s: no endless loop, text intact',
    async run(c) {
      const p = c.page;
      await sleep(5000);
      const a = await js<{ strips: number; times: number[] }>(p, '({ strips: window.__strips, times: window.__stripTimes.slice(-5) })');
      await sleep(4000);
      const b2 = await js<{ strips: number; times: number[]; same: boolean }>(p, "({ strips: window.__strips, times: window.__stripTimes.slice(-5), same: document.getElementById('story').textContent === window.__orig })");
      c.expect(b2.strips === a.strips, `marks stripped by the page: ${a.strips} after 5 s, ${b2.strips} after 9 s (last strip times ${JSON.stringify(b2.times)} ms)`);
      c.expect(b2.same, 'page text intact');
      c.note(`marks now: ${JSON.stringify(await markTexts(p))}`);
    },
  },
  {
    name: 'big-page',
    page: '/independent/big.html',
    covers: '12,000 paragraphs (~1.4 M characters) with a 20 ms setInterval ticker in the page',
    async run(c) {
      const p = c.page;
      const t0 = Date.now();
      await waitFor('a first mark', () => probe(p, 'anyMark', '#rows'), 30_000, 250);
      const firstMs = Date.now() - t0;
      // Let the painting run its course, scrolling like a reader, then read the ticker.
      for (let i = 0; i < 8; i++) {
        await js(p, `window.scrollTo(0, ${i} * document.body.scrollHeight / 8); true`);
        await sleep(750);
      }
      const tick = await js<{ maxGap: number; ticks: number; gaps: string[]; firstMarkAt: number; elapsed: number }>(p, 'window.__ticker()');
      const stats = await js<{ marks: number; lastRow: number; chars: number }>(
        p,
        `(function () { var ms = document.querySelectorAll('footnote-mark[data-footnote-id]'); var last = ms[ms.length - 1]; var row = last ? last.closest('p') : null; var n = row ? Number(row.id.slice(1)) : -1; var chars = 0; var rows = document.getElementById('rows').children; for (var i = 0; i <= n; i++) chars += rows[i].textContent.length; return { marks: ms.length, lastRow: n, chars: chars }; })()`,
      );
      c.expect(tick.maxGap <= 220, `page ticker (20 ms) longest gap ${tick.maxGap} ms over ${tick.elapsed} ms (${tick.ticks} ticks); gaps >120 ms: ${JSON.stringify(tick.gaps)}; first mark at ${tick.firstMarkAt} ms`);
      c.note(`first mark seen by the runner ${firstMs} ms after load; ${stats.marks} mark pieces, last marked row ${stats.lastRow} of 12000 (~${stats.chars} characters of row text)`);
      c.expect(stats.lastRow > 100 && stats.lastRow < 11_999, `work capped: rows marked up to ${stats.lastRow} (cap 500,000 characters documented)`);
      const rt0 = Date.now();
      await js(p, '1');
      c.note(`evaluate round trip afterwards ${Date.now() - rt0} ms`);
      await js(p, 'window.scrollTo(0, 0); true');
      const card = await openCard(p, '5 percent', 'big', '#r0');
      c.expect(card.open, 'card opens on the big page');
    },
  },
  {
    name: 'frames',
    page: '/independent/frames.html',
    covers: 'same-origin iframe, cross-origin iframe (localhost vs 127.0.0.1), srcdoc iframe',
    async run(c) {
      const p = c.page;
      await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin'], '#top1');
      await sleep(3000);
      await js(p, 'for (var i = 0; i < frames.length; i++) frames[i].postMessage("report", "*"); true');
      const reports = await waitFor('frame reports', async () => {
        const r = await js<Record<string, { origin: string; marks: number; hosts: number; text: string; errors: string[] }>>(p, 'window.__reports');
        return r.same && r.cross ? r : null;
      }, 8000);
      const inline = await js<{ marks: number; hosts: number }>(p, '(function () { var d = document.getElementById("inline").contentDocument; return { marks: d.querySelectorAll("footnote-mark").length, hosts: d.querySelectorAll("[data-footnote-ui]").length }; })()');
      for (const [k, r] of Object.entries(reports)) {
        c.expect(r.marks === 0 && r.hosts === 0 && r.text === 'unchanged' && r.errors.length === 0, `${k} frame (${r.origin}): ${r.marks} marks, ${r.hosts} Footnote hosts, markup ${r.text}, errors ${JSON.stringify(r.errors)}`);
      }
      c.expect(inline.marks === 0 && inline.hosts === 0, `srcdoc frame: ${inline.marks} marks, ${inline.hosts} hosts`);
      const card = await openCard(p, '$375 billion', 'fr', '#top1');
      c.expect(card.open, 'top frame card opens');
    },
  },
  {
    name: 'shadow-and-names',
    page: '/independent/shadow.html',
    covers: 'open/closed shadow roots, the page\'s own <footnote-mark>/<footnote-card> (undefined, styled by the page, one with a shadow root)',
    async run(c) {
      const p = c.page;
      await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin'], '#plain');
      await sleep(SETTLE);
      const orig = await js<Record<string, string>>(p, 'window.__orig');
      const now = await js<Record<string, string>>(p, `({ ownMark: document.getElementById('own-mark').innerHTML, pc: document.getElementById('pc1').innerHTML, pcShadow: document.getElementById('pc1').shadowRoot.innerHTML, openShadow: window.__roots['box-open'].innerHTML, closedShadow: window.__roots['box-closed'].innerHTML })`);
      for (const k of Object.keys(orig)) c.expect(now[k] === orig[k], `${k} unchanged${now[k] === orig[k] ? '' : `: ${JSON.stringify(now[k]).slice(0, 160)}`}`);
      const look = await js<Record<string, string>>(p, `(function () { var a = getComputedStyle(document.getElementById('pm1')), b = getComputedStyle(document.getElementById('pm2')), c = getComputedStyle(document.getElementById('pc1')); return { pm1: a.color + ' / ' + a.backgroundColor, pm2: b.color + ' / ' + b.backgroundColor, pc1: c.borderTopColor + ' ' + c.borderTopWidth }; })()`);
      c.expect(look.pm1 === 'rgb(0, 128, 0) / rgb(255, 255, 0)' && look.pm2 === 'rgb(0, 128, 0) / rgb(255, 255, 0)' && look.pc1 === 'rgb(0, 0, 255) 3px', `page's own elements keep their look: ${JSON.stringify(look)}`);
      const hostIsOurs = await js<boolean>(p, `(function () { var h = document.querySelector('[data-footnote-ui="card"]'); return !h || (h.id !== 'pc1' && h.tagName.toLowerCase() !== 'footnote-card'); })()`);
      const card = await openCard(p, '$375 billion', 'sh', '#plain');
      c.expect(card.open && hostIsOurs, `our card opens in our own host (${await js(p, `(document.querySelector('[data-footnote-ui="card"]') || {}).tagName`)})`);
      c.note(`marks inside the open shadow root: ${await js(p, "window.__roots['box-open'].querySelectorAll('footnote-mark').length")}`);
    },
  },
  {
    name: 'custom-elements',
    page: '/independent/elements.html',
    covers: 'page registers customElements footnote-mark and footnote-card before Footnote runs',
    async run(c) {
      const p = c.page;
      await sleep(4000);
      const marks = await markTexts(p);
      const seen = await js<{ now: { mark: number; card: number }; atLoad: { mark: number; card: number }; same: boolean; pageMark: string | null }>(
        p,
        `({ now: window.__seen, atLoad: window.__seenAtLoad, same: document.getElementById('story').innerHTML === window.__orig, pageMark: document.getElementById('pm1').getAttribute('data-page-owned') })`,
      );
      c.note(`marks: ${JSON.stringify(marks)}; page element callbacks at load ${JSON.stringify(seen.atLoad)}, now ${JSON.stringify(seen.now)}`);
      if (marks.length === 0) {
        c.expect(seen.same, 'gave up quietly: no marks, page markup untouched');
      } else {
        const card = await openCard(p, marks[0], 'ce');
        c.expect(card.open, `marks present and card opens (${JSON.stringify(card.text?.slice(0, 60))})`);
      }
      c.expect(seen.pageMark === 'yes', "page's own footnote-mark still upgraded by the page");
    },
  },
  {
    name: 'unicode',
    page: '/independent/unicode.html',
    covers: 'nbsp, soft hyphen, zero-width space/joiner, word joiner, RTL paragraph, bidi override/marks',
    async run(c) {
      const p = c.page;
      const want = ['$375\u00a0billion', '25\u00a0percent', '$375 bil\u00adlion', '25 per\u00adcent', '$375\u200b billion', '2\u200d5 percent', '10\u2060percent', 'Steven\u00a0Mnuchin'];
      let have: string[] = [];
      try {
        have = await waitMarks(p, ['$375\u00a0billion', '25\u00a0percent'], undefined, 15_000);
        await sleep(SETTLE);
        have = await markTexts(p);
      } catch (e) {
        have = await markTexts(p);
      }
      for (const w of want) c.expect(have.includes(w), `mark ${JSON.stringify(w)}`);
      const rtl = await markTexts(p, '#rtl');
      const bidi = await markTexts(p, '#bidi');
      c.expect(rtl.length >= 1, `RTL paragraph marks: ${JSON.stringify(rtl)}`);
      c.expect(bidi.length >= 1, `bidi-controls paragraph marks: ${JSON.stringify(bidi)}`);
      c.expect((await probe(p, 'text', '#story')) === (await js(p, 'window.__orig')), 'page text unchanged character for character');
      const card = await openCard(p, '$375 bil\u00adlion', 'uni', '#shy');
      c.expect(card.open, `card on the soft-hyphen figure: ${JSON.stringify(card.text?.slice(0, 60))}`);
    },
  },
  {
    name: 'markup-text',
    page: '/independent/markup.html',
    covers: 'text that looks like <img onerror>, <script>, <iframe>, <svg onload> next to figures and a name (also in the title)',
    async run(c) {
      const p = c.page;
      const have = await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin']);
      await sleep(SETTLE);
      c.note(`marks: ${JSON.stringify(have)}`);
      c.expect(have.every((t) => !/[<>]/.test(t)), 'no mark text holds markup characters');
      const story = await js<{ same: boolean; bad: number }>(p, `({ same: document.getElementById('story').textContent === window.__origText, bad: document.getElementById('story').querySelectorAll('img, script, iframe, svg').length })`);
      c.expect(story.same && story.bad === 0, `page text unchanged, ${story.bad} elements made from it`);
      for (const [t, tag] of [['$375 billion', 'x1'], ['Steven Mnuchin', 'x2'], ['25 percent', 'x3']] as const) {
        const card = await openCard(p, t, tag);
        c.expect(card.dangerous === 0, `card for ${t}: ${card.dangerous} img/script/iframe/on* elements (tags: ${card.tags})`);
        await mouseAway(p);
      }
      const pop = await openPopupFor(c.b, p);
      try {
        const r = await waitFor('popup', async () => {
          const x = await js<{ text: string; bad: number; pwned: unknown }>(pop, `({ text: document.body.innerText, bad: document.querySelectorAll('img[src="x"], [onerror], [onload], iframe, main script').length, pwned: window.__pwned === undefined ? null : window.__pwned })`);
          return /\$375 billion/.test(x.text) ? x : null;
        }, 8000);
        c.expect(r.bad === 0 && r.pwned === null, `popup: ${r.bad} elements made from page text, __pwned ${r.pwned}`);
        c.note(`popup text: ${JSON.stringify(r.text.replace(/\s+/g, ' ').slice(0, 200))}`);
      } finally {
        await pop.close();
      }
      await p.bringToFront();
      c.expect((await js(p, 'window.__pwned === undefined')) === true, `page __pwned: ${await js(p, 'String(window.__pwned)')}`);
    },
  },
  {
    name: 'css-attack',
    page: '/independent/css-attack.html',
    covers: '* { all: unset !important }, html { font-size: 4px }, full-screen z-index 2147483647 overlay, [popover] hidden by the page',
    async run(c) {
      const p = c.page;
      await waitMarks(p, ['$375 billion', 'Steven Mnuchin']);
      await probe(p, 'tagMark', '$375 billion', 'm');
      const st = await probe<Record<string, unknown>>(p, 'markStyle', 'm');
      c.expect(!!st?.styled, `mark still styled (bg ${st?.bg}, decoration ${st?.deco}, font ${st?.fontSize})`);
      const card = await openCard(p, '$375 billion', 'ca');
      await cardIsUsable(c, card, 'figure card');
      await p.screenshot(join(OUT, `css-attack-${p.browserName}.png`));
      await mouseAway(p);
      const card2 = await openCard(p, 'Steven Mnuchin', 'cb');
      await cardIsUsable(c, card2, 'official card');
    },
  },
  {
    name: 'css-targeted',
    page: '/independent/css-targeted.html',
    covers: 'as css-attack, plus rules aimed at footnote-mark[data-footnote-id] and [data-footnote-ui] by name (informational)',
    informational: true,
    async run(c) {
      const p = c.page;
      await waitMarks(p, ['$375 billion']);
      await probe(p, 'tagMark', '$375 billion', 'm');
      const st = await probe<Record<string, unknown>>(p, 'markStyle', 'm');
      c.note(`mark: font ${st?.fontSize}, opacity ${st?.opacity}, size ${st?.width}×${st?.height}`);
      const card = await openCard(p, '$375 billion', 'ct').catch((e) => ({ open: false, err: String(e) }) as unknown as Card);
      c.note(`card: open ${card.open}, min font ${card.minFont}, opacity ${card.style?.opacity}, on top ${card.onTop}`);
      await p.screenshot(join(OUT, `css-targeted-${p.browserName}.png`));
    },
  },
  {
    name: 'patched-globals',
    page: '/independent/patched.html',
    covers: 'Array.prototype.map/push, Node.prototype.appendChild (refuses footnote-*)/insertBefore, setTimeout, queueMicrotask, requestIdleCallback, CSSStyleSheet.replaceSync (empties), MutationObserver, JSON.stringify, window.chrome/browser, String.normalize',
    async run(c) {
      const p = c.page;
      const calls0 = await js<Record<string, number>>(p, 'Object.assign({}, window.__calls)');
      let marks: string[] = [];
      try {
        marks = await waitMarks(p, ['$375 billion', '25 percent', 'Steven Mnuchin'], undefined, 10_000);
      } catch {
        marks = await markTexts(p);
      }
      await sleep(SETTLE);
      const ok = await js<boolean>(p, 'window.__pageOk()');
      c.expect(ok, 'the page still works (its map, appendChild, setInterval)');
      if (marks.length) {
        await probe(p, 'tagMark', '$375 billion', 'pm');
        const st = await probe<Record<string, unknown>>(p, 'markStyle', 'pm');
        c.expect(!!st?.styled, `marks styled (bg ${st?.bg}, decoration ${st?.deco})`);
        const card = await openCard(p, '$375 billion', 'pc');
        await cardIsUsable(c, card, 'card');
      } else {
        c.note('no marks: Footnote gave up');
      }
      const calls1 = await js<Record<string, number>>(p, 'Object.assign({}, window.__calls)');
      c.note(`marks ${JSON.stringify(marks)}; page's patched functions called while Footnote worked: ${JSON.stringify(Object.fromEntries(Object.keys(calls1).map((k) => [k, calls1[k] - (calls0[k] ?? 0)])))}`);
    },
  },
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
      ctx.expect(pageErrors.length === 0, `page console errors: ${pageErrors.length ? JSON.stringify(pageErrors.map((e) => `${e.kind}: ${e.text.slice(0, 200)} @${e.url ?? ''}`)) : 'none'}`);
      const extErrors = b.extensionErrors();
      ctx.expect(extErrors.length === 0, `extension errors: ${extErrors.length ? JSON.stringify(extErrors.map((e) => `${e.kind}: ${e.text.slice(0, 200)}`)) : 'none'}`);
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
    ...names.map((n) => `| ${n} | ${(CHECKS.find((c) => c.name === n)?.covers ?? '').replace(/\|/g, '\\|')} | ${BROWSERS.map((b) => cell(n, b)).join(' | ')} |`),
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
