// Step 2: the nearest cue to the left of the figure in its sentence ("exports rose 5.2 pct to",
// "tariffs on $200 billion", "shares of Deere rose 1.9 percent"). Cues in asides, cues after a
// preposition and the base of an earlier percent yield to a cue further left, and speak only if
// none does; a move verb after a name ("Nvidia dropped 5.3%") is a market move.

import type { FigureSpan } from '../../types';
import { asides, isDenominatorOfOther, isPrepositionalObject } from './clause';
import type { CueHit, DocContext } from './document';
import { firstCueFrom, insideFigure } from './positions';
import { refineMoney } from './tariff-coverage';
import { resolve, type Verdict } from './verdict';

// How far left of a figure its governing words may be, in characters. Wire and news sentences
// put the subject well within this; it keeps run-on page text (menus, lists) from being scanned.
const LEFT_REACH = 400;

// Names that, before "fell 5%", are places rather than companies ("exports to the U.S. fell").
const PLACES = new Set(
  (
    'us u.s. usa america china japan korea taiwan canada mexico germany france britain uk u.k. italy spain brazil ' +
    'india russia australia europe eu ec asia beijing washington tokyo seoul ottawa brussels london paris bonn ' +
    'hong kong singapore thailand indonesia malaysia vietnam argentina chile'
  ).split(' '),
);
// A prepositional object nearer the figure is the subject of the figure's own clause when words
// that start another clause separate it from the cue further left, and its own verb follows it
// ("the deficit cut 4.8 points from GDP, resulting in the economy contracting at a 0.3% rate").
const CLAUSE_BETWEEN =
  /[;:]|\b(?:is|was|are|were|be|been|being|will|would|has|have|had|said|says|resulting|leaving|bringing|pushing|sending|making|dragging|driving)\b/i;
const OWN_VERB = /^[^,;:()]*\b(?:\w+ing|\w+ed|is|was|are|were|rose|fell|grew|shrank|sank)\b[^,;:()]*$/i;

const NOT_NAMES = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'which', 'he', 'she', 'we', 'the', 'a', 'an']);

/**
 * "Nvidia dropped 5.3%", "Apple and Qualcomm were both down by 5%": a move verb right before the
 * figure, after a name with no cue word: a share-price move, not trade.
 */
function marketMove(ctx: DocContext, cues: CueHit[], k: number, figure: FigureSpan, ss: number): Verdict | null {
  const text = ctx.text;
  const h = cues[k];
  if (
    !/^\s+(?:by\s+)?(?:at\s+least\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|over\s+|some\s+|just\s+|another\s+|a\s+further\s+|at\s+)?$/i.test(
      text.slice(h.end, figure.start),
    )
  ) {
    return null;
  }
  // The subject: back to the clause's start, at most six words, none of them a cue word.
  const from = Math.max(ss, h.start - 60);
  let subject = text.slice(from, h.start);
  const punct = /[,;:()"“”—]|\s-\s|--|\.\s/g;
  let cut = 0;
  while (punct.exec(subject)) cut = punct.lastIndex;
  if (k > 0 && cues[k - 1].end > from + cut) return null; // "China's exports to the U.S. fell 16%"
  subject = subject.slice(cut);
  const words = subject.trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last || words.length > 6) return null;
  if (!/^[A-Z0-9][\w&.'’-]*$/.test(last) || /^\d/.test(last)) return null;
  if (NOT_NAMES.has(last.toLowerCase()) || PLACES.has(last.toLowerCase().replace(/['’]s$/, ''))) return null;
  return { trade: false, cue: `${last} ${text.slice(h.start, h.end)}`, hit: h };
}

/** Whether cue `h` lies inside one of the asides. (Not a closure in leftCue: under tsx a named closure has its name set each time it is made.) */
function inAside(side: [number, number][], h: CueHit): boolean {
  return side.some(([a, b]) => h.start >= a && h.end <= b);
}

/**
 * What the nearest cue to the left says (`verdict`), or null; then `weak` is the nearest goods
 * word to the left, for when nothing stronger speaks. `attachedWeak` is step 1's goods word.
 */
export function leftCue(
  ctx: DocContext,
  figure: FigureSpan,
  figures: FigureSpan[],
  idx: number,
  si: number,
  ss: number,
  se: number,
  cues: CueHit[],
  attachedWeak: Verdict | undefined,
): { verdict: Verdict | null; weak?: Verdict } {
  const text = ctx.text;
  // Asides are looked for in a window around the figure, as far as the left scan reaches.
  const ws = Math.max(ss, figure.start - LEFT_REACH);
  const side = asides(text, ws, Math.min(se, figure.end + 200)).filter(([a, b]) => !(figure.start >= a && figure.end <= b));
  let leftWeak: Verdict | undefined;
  let asideVerdict: Verdict | undefined;
  let objectVerdict: Verdict | undefined;
  for (let k = firstCueFrom(cues, figure.start) - 1; k >= 0; k--) {
    const h = cues[k];
    if (h.start < ws) break;
    if (h.end > figure.start) continue;
    if (h.def.role === 'people' || h.def.attachOnly || insideFigure(figures, h)) continue;
    if (h.def.role === 'mover') {
      const mover = marketMove(ctx, cues, k, figure, ss);
      if (mover) return { verdict: mover };
      continue;
    }
    if (isDenominatorOfOther(text, figures, idx, h, ss)) continue;
    const v = resolve(ctx, h, si);
    if (!v) continue;
    if (v.weak) {
      leftWeak ??= v;
      continue;
    }
    if (inAside(side, h)) {
      asideVerdict ??= v;
      continue;
    }
    // "exports from the world's second largest economy fell 1%": the noun after a preposition
    // modifies the subject further left; it speaks only if no subject does.
    if (isPrepositionalObject(text, h, Math.max(ss, h.start - 40))) {
      objectVerdict ??= v;
      continue;
    }
    if (objectVerdict && CLAUSE_BETWEEN.test(text.slice(h.end, objectVerdict.hit!.start)) && OWN_VERB.test(text.slice(objectVerdict.hit!.end, figure.start))) {
      break;
    }
    return { verdict: refineMoney(ctx, figure, v, si, attachedWeak) };
  }
  if (objectVerdict) return { verdict: refineMoney(ctx, figure, objectVerdict, si, attachedWeak) };
  if (asideVerdict) return { verdict: refineMoney(ctx, figure, asideVerdict, si, attachedWeak) };
  return { verdict: null, weak: leftWeak };
}
