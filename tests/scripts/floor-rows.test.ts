import { describe, expect, it } from 'vitest';
import { floorRows } from '../../scripts/bench-check/target2-floor';
import type { Load, PageLoads } from '../../scripts/bench-check/chromium';
import type { Row } from '../../scripts/bench-check/report';

// Footnote's script time on each of a page's loads, the empty content script's and the floor's.
function loads(own: number, floor: number, gatePassed: boolean[]): PageLoads {
  const load = (scriptMs: number, passed?: boolean): Load => ({ taskMs: 0, scriptMs, side: {} as Load['side'], gatePassed: passed });
  return {
    w: gatePassed.map((p) => load(own, p)),
    wo: [load(0)],
    e: [load(1)],
    f: [load(floor)],
  };
}

describe("the floor's rows", () => {
  it("count a page by the browser's gate decision when it differs from Node's", () => {
    const per = new Map<string, PageLoads>([
      ['quiet.html', loads(3, 2, [false, false, false])], // own 2 ms, floor 1 ms: 2×
      ['scripted.html', loads(21, 2, [true, true, false])], // stopped in Node, passes in Chromium
      ['odd.html', loads(4, 2, [false, false, false])], // passes in Node, stopped in Chromium
      ['busy.html', loads(9, 2, [true, true, true])],
    ]);
    const rows: Row[] = [];
    const notes: string[] = [];
    floorRows(['quiet.html', 'scripted.html'], ['odd.html', 'busy.html'], per, 3, rows, notes);

    const [median, p95, passed] = rows;
    // Stopped in the browser: quiet (2 ms) and odd (3 ms), each against a floor of 1 ms.
    expect(median.q).toContain('2 pages');
    expect(median.measured).toMatch(/^2\.50×/);
    expect(median.ok).toBe(false);
    expect(p95.ok).toBe(false);
    // Passed in the browser with nothing to mark: busy (8 ms) and scripted (20 ms).
    expect(passed.q).toContain('2 pages');
    expect(passed.measured).toMatch(/^14\.00 /);
    expect(notes.join('\n')).toMatch(/scripted\.html: stopped by the gate in Node, passed in Chromium/);
    expect(notes.join('\n')).toMatch(/odd\.html: passed by the gate in Node, stopped in Chromium/);
  });

  it("keeps Node's decision for a page whose loads were not asked", () => {
    const per = new Map<string, PageLoads>([['plain.html', { ...loads(2.2, 2, []), w: [{ taskMs: 0, scriptMs: 2.2, side: {} as Load['side'] }] }]]);
    const rows: Row[] = [];
    floorRows(['plain.html'], [], per, 1, rows, []);
    expect(rows[0].q).toContain('1 pages');
    expect(rows[0].measured).toMatch(/^1\.20×/);
    expect(rows[0].ok).toBe(true);
  });
});
