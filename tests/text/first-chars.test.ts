import { describe, expect, it } from 'vitest';
import { startTable, wordStarts } from '../../lib/text/first-chars';
import { keyedAlternation } from '../../lib/text/keyed-alternation';
import { CUES } from '../../lib/figures/classify/cues';
import { CUE_STARTS } from '../../lib/figures/classify/cue-starts';

describe('wordStarts', () => {
  it('reads literal words, case-insensitively', () => {
    const starts = wordStarts('Tariffs?|duty');
    expect(starts.has('ta')).toBe(true);
    expect(starts.has('du')).toBe(true);
    expect(starts.has('tb')).toBe(false);
    expect(starts.has('ar')).toBe(false);
  });

  it('follows optional prefixes to what comes after them', () => {
    const starts = wordStarts(String.raw`(?:on\s+an?\s+)?basis`);
    expect([...starts].sort()).toEqual(['ba', 'on']);
  });

  it('lets a one-character match be followed by anything', () => {
    const starts = wordStarts('a|bc');
    expect(starts.has('a#')).toBe(true);
    expect(starts.has('az')).toBe(true);
    expect(starts.has('bc')).toBe(true);
    expect(starts.has('bd')).toBe(false);
  });

  it('reads punctuation, digits and classes as their symbols', () => {
    expect([...wordStarts('S&P')]).toEqual(['s#']);
    expect([...wordStarts(String.raw`10-year`)]).toEqual(['00']);
    const cls = wordStarts(String.raw`[A-C][\w.]`);
    expect(cls.has('ax')).toBe(true);
    expect(cls.has('c#')).toBe(true);
    expect(cls.has('dx')).toBe(false);
  });

  it('ignores lookarounds rather than narrowing by them', () => {
    const starts = wordStarts(String.raw`(?<!\bexport\s)financing(?!\s+costs)`);
    expect([...starts]).toEqual(['fi']);
  });

  it('counts repetitions up to the second character', () => {
    const starts = wordStarts(String.raw`(?:ab?){2}x|y*z`);
    for (const s of ['ab', 'aa', 'yy', 'yz', 'z#', 'zq']) expect(starts.has(s)).toBe(true);
    expect(starts.has('ax')).toBe(false);
  });
});

describe('wordStarts, three characters deep', () => {
  it('tells words apart by their third character', () => {
    const starts = wordStarts(String.raw`(?:in|of)\s+trade|inflation|interest\s+rates?`, 3);
    expect([...starts].sort()).toEqual(['in#', 'inf', 'int', 'of#']);
  });

  it('lets a short whole match be followed by anything', () => {
    const starts = wordStarts('ab|c', 3);
    expect(starts.has('abz')).toBe(true);
    expect(starts.has('ab#')).toBe(true);
    expect(starts.has('cxy')).toBe(true);
    expect(starts.size).toBe(28 + 28 * 28);
  });

  it('follows optional prefixes and repetitions to the third character', () => {
    const starts = wordStarts(String.raw`(?:the\s+)?votes?|(?:a\s*){2}x`, 3);
    for (const s of ['the', 'vot', 'a#a', 'aa#', 'aax']) expect(starts.has(s)).toBe(true);
    expect(starts.has('thx')).toBe(false);
    expect(starts.has('vox')).toBe(false);
  });

  it('reads past what follows settled starts and lookarounds without widening them', () => {
    const src = String.raw`share\s+of\s+(?:[\w'-]+\s+){0,3}?market|gold(?<!\b(?:of\s+[\w-]+\s+){1,3}gold)`;
    const t0 = performance.now();
    const starts = wordStarts(src, 4);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect([...starts].sort()).toEqual(['gold', 'shar']);
  });

  it('gives the two-character table when cut at two', () => {
    expect(startTable(['tax', 'duty|tb', 'ta'], 2)).toBe('du:1 ta:0.2 tb:1');
    expect(startTable(['tax', 'duty|tb', 'ta'], 3)).toBe(
      'dut:1 ta#:2 ta0:2 taa:2 tab:2 tac:2 tad:2 tae:2 taf:2 tag:2 tah:2 tai:2 taj:2 tak:2 tal:2 tam:2 tan:2 tao:2 tap:2 taq:2 tar:2 tas:2 tat:2 tau:2 tav:2 taw:2 tax:0.2 tay:2 taz:2 tb#:1 tb0:1 tba:1 tbb:1 tbc:1 tbd:1 tbe:1 tbf:1 tbg:1 tbh:1 tbi:1 tbj:1 tbk:1 tbl:1 tbm:1 tbn:1 tbo:1 tbp:1 tbq:1 tbr:1 tbs:1 tbt:1 tbu:1 tbv:1 tbw:1 tbx:1 tby:1 tbz:1',
    );
  });
});

describe('startTable', () => {
  it('lists each start with the branches that can match there, in order', () => {
    expect(startTable(['tax', 'duty|tb', 'ta'])).toBe('du:1 ta:0.2 tb:1');
    // A one-letter branch may be followed by anything: every second symbol.
    expect(startTable(['x']).split(' ')).toHaveLength(28);
  });

  it('is what the checked-in cue table says (run `npx tsx scripts/cue-starts.ts` after changing cues.ts)', () => {
    expect(CUE_STARTS).toBe(
      startTable(
        CUES.map((c) => c.re),
        4,
      ),
    );
  });
});

describe('keyedAlternation', () => {
  const whole = new RegExp(String.raw`\b(?:${CUES.map((c) => `(${c.re})`).join('|')})(?!\w)`, 'iy');
  const keyedAfter = (uses: number) =>
    keyedAlternation(
      CUES.map((c) => c.re),
      CUE_STARTS,
      String.raw`\b`,
      String.raw`(?!\w)`,
      'iy',
      uses,
    );
  // Every start its own regex from the first use.
  const keyed = keyedAfter(0);

  /** At every word start: the cue the whole alternation finds and how long it is, by both routes. */
  function both(text: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (let at = 0; at < text.length; at++) {
      if (!/\w/.test(text[at]) || (at > 0 && /\w/.test(text[at - 1]))) continue;
      whole.lastIndex = at;
      const w = whole.exec(text);
      const wholeSays = w ? `${w.findIndex((g, i) => i > 0 && g !== undefined) - 1}:${w[0]}` : '-';
      const entry = keyed(text, at);
      let keyedSays = '-';
      if (entry) {
        entry.regex.lastIndex = at;
        const k = entry.regex.exec(text);
        if (k) keyedSays = `${entry.branchOf[k.findIndex((g, i) => i > 0 && g !== undefined) - 1]}:${k[0]}`;
      }
      out.push([wholeSays, keyedSays]);
    }
    return out;
  }

  it('finds the same cue as the whole table at every word', () => {
    const texts = [
      'The U.S. trade deficit with Japan widened to $5.4 billion in March, on a seasonally adjusted basis.',
      "Seoul's exports rose 12 pct while the won's fall against the dollar helped S&P 500 firms.",
      'Farmers got $12 billion in aid; 10-year notes yielded 2.9% and the budget deficit grew.',
      'Tariffs of 25 percent on steel, a duty of 67 cents a bushel, and a price cap of $60 a barrel.',
      'Trade with the European Union totaled $1.1 trillion. Of all Americans polled, 45% said no. a',
    ];
    let hits = 0;
    for (const text of texts) {
      for (const [wholeSays, keyedSays] of both(text)) {
        expect(keyedSays).toBe(wholeSays);
        if (wholeSays !== '-') hits++;
      }
    }
    expect(hits).toBeGreaterThan(20);
  });

  it('tries the whole alternation at a start until it has been used often enough', () => {
    const lookup = keyedAfter(2);
    const first = lookup('tariffs', 0)!;
    expect(first.branchOf).toHaveLength(CUES.length);
    expect(lookup('Tariff', 0)).toBe(first);
    const own = lookup('tariff rates', 0)!;
    expect(own.branchOf.length).toBeLessThan(CUES.length);
    expect(lookup('tariffs', 0)).toBe(own);
    // Another start is counted on its own.
    expect(lookup('duty', 0)).toBe(first);
  });

  it('tries nothing at a word no cue can start', () => {
    expect(keyed('xylophone', 0)).toBeUndefined();
    expect(keyed('tariffs', 0)).toBeDefined();
  });
});
