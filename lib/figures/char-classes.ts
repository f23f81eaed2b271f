// Character classes on UTF-16 code units: the tests the figure readers read text with, by hand,
// without allocating.

import * as codes from './char-codes';

const {
  CH_TAB,
  CH_SPACE,
  CH_PLUS,
  CH_HYPHEN,
  CH_0,
  CH_9,
  CH_a,
  CH_z,
  CH_NBSP,
  CH_LATIN_FIRST,
  CH_LATIN_LAST,
  CH_UNICODE_HYPHEN,
  CH_NB_HYPHEN,
  CH_NARROW_NBSP,
  CH_MINUS,
  ASCII_LOWER_BIT,
} = codes;

export const isDigit = (c: number) => c >= CH_0 && c <= CH_9;
export const isAsciiLetter = (c: number) => (c | ASCII_LOWER_BIT) >= CH_a && (c | ASCII_LOWER_BIT) <= CH_z;
export const isLetter = (c: number) => isAsciiLetter(c) || (c >= CH_LATIN_FIRST && c <= CH_LATIN_LAST);
export const isSpace = (c: number) => c === CH_SPACE || c === CH_TAB || c === CH_NBSP || c === CH_NARROW_NBSP;
export const isHyphen = (c: number) => c === CH_HYPHEN || c === CH_UNICODE_HYPHEN || c === CH_NB_HYPHEN;
export const isSignChar = (c: number) => c === CH_HYPHEN || c === CH_PLUS || c === CH_MINUS;
