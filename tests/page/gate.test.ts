// @vitest-environment happy-dom
// The gate over the whole of a page (lib/page/gate.ts): an archive whose one trade story sits
// past the first GATE_MAX_CHARS characters still passes, read on in slices.
import { afterEach, describe, expect, it } from 'vitest';
import { pageMightHaveFindingsInSlices, restMightHaveFindings } from '../../lib/page/gate';
import { Slices } from '../../lib/page/slices';
import { GATE_MAX_CHARS, mightHaveFindings } from '../../lib/prefilter';

const STORY = 'The tariff on $200 billion of imports rose to 25 percent as the trade talks failed.';
const filler = (chars: number) => 'The choir met in the old hall on Monday, and the neighbours came by. '.repeat(Math.ceil(chars / 69)).slice(0, chars);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the gate on a page longer than it reads at once', () => {
  it('finds the story past the first GATE_MAX_CHARS characters, in a later chunk', async () => {
    const text = `${filler(GATE_MAX_CHARS + 700_000)} ${STORY}`;
    expect(mightHaveFindings(text)).toBe(false); // what one call reads: the first million
    expect(await restMightHaveFindings(text, new Slices(null))).toBe(true);
    expect(await restMightHaveFindings(filler(GATE_MAX_CHARS + 700_000), new Slices(null))).toBe(false);
  });

  it('sees a trade word and a figure on either side of a seam between two chunks', async () => {
    // "tariff" just before the first seam, "$200 billion" just after it.
    const before = filler(GATE_MAX_CHARS - 10);
    const text = `${before} tariff, then $200 billion. ${filler(600_000)}`;
    expect(mightHaveFindings(text)).toBe(false);
    expect(await restMightHaveFindings(text, new Slices(null))).toBe(true);
  });

  it('on the page itself, from the body, and stops a long page with nothing', async () => {
    document.body.innerHTML = `<main><p>${filler(GATE_MAX_CHARS + 300_000)}</p><p>${STORY}</p></main>`;
    expect(await pageMightHaveFindingsInSlices(document.body, new Slices(null))).toBe(true);
    document.body.innerHTML = `<main><p>${filler(GATE_MAX_CHARS + 300_000)}</p></main>`;
    expect(await pageMightHaveFindingsInSlices(document.body, new Slices(null))).toBe(false);
  });
});
