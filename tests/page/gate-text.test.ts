// @vitest-environment happy-dom
// The gate's text (lib/prefilter.ts): the body's text without its own scripts and styles, read by
// walking the children (gateText) or cut from a read of the whole text the content script's first
// look made already (gateTextFrom). The loader takes the second on the pages the first look hands
// over, so the two must agree on what the gate sees.
import { afterEach, describe, expect, it } from 'vitest';
import { gateText, gateTextFrom } from '../../lib/prefilter';

const config = (name: string) => `<script>window.${name} = ${JSON.stringify({ slots: Array.from({ length: 40 }, (_, i) => `slot-${i}`) })};</script>`;
const story = '<p>Washington will put a 25 percent tariff on $50 billion of imports from China.</p>';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('gateTextFrom', () => {
  it('cuts the body’s own scripts and styles out of its text, as walking the children does', () => {
    document.body.innerHTML = `${config('a')}<nav>Home · World</nav>${config('b')}<style>.x{color:red}${' '.repeat(80)}</style><article>${story}</article>${config('c')}`;
    const cut = gateTextFrom(document.body, document.body.textContent!);
    expect(cut).toBe(gateText(document.body, Infinity));
    expect(cut).not.toContain('slot-');
    expect(cut).toContain('25 percent tariff');
  });

  it('keeps scripts deeper in the page, as the walk does, and the text of a page without scripts whole', () => {
    document.body.innerHTML = `<div>${config('nested')}${story}</div>`;
    expect(gateTextFrom(document.body, document.body.textContent!)).toBe(gateText(document.body, Infinity));
    expect(gateTextFrom(document.body, document.body.textContent!)).toContain('slot-');
    document.body.innerHTML = `<main>${story}</main>`;
    expect(gateTextFrom(document.body, document.body.textContent!)).toBe(document.body.textContent);
  });

  it('leaves a short script in (too short to find for sure), and cuts one copy when the page repeats a script', () => {
    document.body.innerHTML = `<script>go()</script>${story}`;
    expect(gateTextFrom(document.body, document.body.textContent!)).toContain('go()');
    // A page that shows a script's own text before the script (a tutorial): the first copy is
    // cut, not the script's. The gate sees the same text, one copy of the code in another place.
    const code = 'window.trade = { tariffs: "25 percent", note: "a long enough string to be cut from the text" };';
    document.body.innerHTML = `<pre>${code}</pre><p>Between.</p><script>${code}</script>${story}`;
    const cut = gateTextFrom(document.body, document.body.textContent!);
    expect(cut.length).toBe(gateText(document.body, Infinity).length);
    expect(cut.split(code)).toHaveLength(2);
  });
});
