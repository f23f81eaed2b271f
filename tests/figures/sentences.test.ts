// Where classification's sentences start: full stops after initials and dotted abbreviations
// ("U.S.", "a.m.", "John F. Kennedy") end none; other marks before white space do.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/figures/classify/document';

const starts = (text: string) => splitSentences(text).map((s) => text.slice(s, s + 3));

describe('splitSentences', () => {
  it('reads initials and dotted abbreviations as no sentence end', () => {
    expect(starts('U.S. goods rose. At 9 a.m. trading began. John F. Kennedy spoke. e.g. this')).toEqual(['U.S', 'At ', 'Joh', 'e.g']);
  });

  it('ends sentences after words and numbers, not after a long dotted run', () => {
    expect(starts('Exports fell 5 pct. AB. Then U.S.A.B.C.D. Next! "Quoted." Last')).toEqual(['Exp', 'AB.', 'The', '"Qu', 'Las']);
  });

  it('needs letters between the dots of an abbreviation', () => {
    expect(starts('It was 1.2. Then 3.4.5. More.. Done')).toEqual(['It ', 'The', 'Mor', 'Don']);
  });
});
