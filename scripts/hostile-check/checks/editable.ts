import { caretAtEnd, SETTLE_MS, sleep } from '../../harness/hostile';
import type { Check } from '../check';
import { probe, js, waitFor, waitMarks, mouseAway, type Card } from '../page';

export const editableCheck: Check = {
  name: 'editable',
  page: '/independent/editable.html',
  covers: 'textarea, input, search, contenteditable, plaintext-only; contenteditable added later; typing while a card is open',
  async run(c) {
    const p = c.page;
    await waitMarks(p, ['$375 billion', '25 percent'], '#lead');
    await waitMarks(p, ['25 percent'], '#later');
    await sleep(SETTLE_MS);
    c.expect(
      !(await probe(p, 'anyMark', '#letter')) && !(await probe(p, 'anyMark', '#editor')) && !(await probe(p, 'anyMark', '#plaintext')),
      'no marks in form, contenteditable, plaintext-only',
    );
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
    c.expect(
      (await js(p, 'document.getElementById("subject").value')) === 'The $375 billion trade deficit and the 25 percent tariff up 25 percent',
      'input: typed text exactly',
    );
    await caretAtEnd(p, '#editor p', { focus: '#editor' });
    await p.type('#editor', ' Imports rose by $12 billion after the 10 percent tariff.');
    await sleep(SETTLE_MS);
    const ed = await probe<string>(p, 'text', '#editor');
    c.expect(
      ed.endsWith('Steven Mnuchin. Imports rose by $12 billion after the 10 percent tariff.'),
      `contenteditable: typed text at the caret (${JSON.stringify(ed.slice(-60))})`,
    );
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
    const after = await js<{ value: string; active: string }>(
      p,
      '({ value: document.getElementById("body").value, active: document.activeElement && document.activeElement.id })',
    );
    c.expect(!!card, 'card opened on hover while the textarea had focus');
    c.expect(
      after.active === 'body' && after.value === before + 'XYZ',
      `typing with a card open: focus on #${after.active}, value ends ${JSON.stringify(after.value.slice(-8))}`,
    );
    const blurs = await js<string[]>(p, 'window.__blurs');
    c.note(`focusout events seen: ${JSON.stringify(blurs)}`);
    await mouseAway(p);
    // contenteditable added later on text that was marked.
    await js(p, 'document.getElementById("later").setAttribute("contenteditable", "true"); true');
    await waitFor('marks gone from #later', async () => !(await probe(p, 'anyMark', '#later')), 5000).catch(() => false);
    await sleep(SETTLE_MS);
    c.expect(!(await probe(p, 'anyMark', '#later')), 'contenteditable added later: marks taken off');
    c.expect((await probe(p, 'html', '#later')) === orig.later, 'contenteditable added later: markup exactly as the page wrote it');
    await caretAtEnd(p, '#later1', { focus: '#later1' });
    await p.type('#later', ' Up 25 percent.'); // the editing host: Playwright's focus() on a <p> inside it blurs it
    await sleep(SETTLE_MS);
    const lt = await probe<string>(p, 'text', '#later1');
    c.expect(
      lt.endsWith('still growing. Up 25 percent.') && !(await probe(p, 'anyMark', '#later')),
      `typing in it: ${JSON.stringify(lt.slice(-40))}, marks ${await probe(p, 'anyMark', '#later')}`,
    );
    c.expect(await probe(p, 'anyMark', '#lead'), 'the non-editable article keeps its marks');
  },
};
