// The gate (lib/prefilter.ts) over the whole of a page, however long: the first GATE_MAX_CHARS
// characters at once, as always (all of nearly every page), and on a longer page the rest in
// chunks, each in a slice of its own (slices.ts), so that an archive whose one trade story sits
// past the first million characters is still read, and no chunk is a long task. Plain DOM.
import { GATE_MAX_CHARS, gateText, mightHaveFindings, NEAR } from '../prefilter';
import { benchSlice } from './bench-timing';
import type { Slices } from './slices';

/** Characters the gate reads in one slice past the first GATE_MAX_CHARS (a few milliseconds). */
const CHUNK_CHARS = 250_000;
/** Chunks overlap by this much, so that a trade word and a figure across a seam are seen together. */
const OVERLAP = 2 * NEAR + 100;

/** Could the pipeline mark anything on the page under `root`? */
export async function pageMightHaveFindingsInSlices(root: Element, slices: Slices): Promise<boolean> {
  const text = benchSlice('gate', () => gateText(root, Infinity));
  if (benchSlice('gate', () => mightHaveFindings(text))) return true;
  return restMightHaveFindings(text, slices);
}

/** The text past the first GATE_MAX_CHARS, chunk by chunk. */
export async function restMightHaveFindings(text: string, slices: Slices): Promise<boolean> {
  for (let from = GATE_MAX_CHARS - OVERLAP; from + OVERLAP < text.length; from += CHUNK_CHARS) {
    await slices.check();
    const chunk = text.slice(from, from + CHUNK_CHARS + OVERLAP);
    if (benchSlice('gate', () => mightHaveFindings(chunk))) return true;
  }
  return false;
}
