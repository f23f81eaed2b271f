// The UTF-16 code units the figure readers compare characters with, by name.
//
// A module binds the codes it uses as its own constants, `const { CH_DOT } = codes` after
// `import * as codes from './char-codes'`, rather than importing each by name: V8 folds a module's
// own constants into its code, but reads an imported (or exported) one from its cell at every use
// in Node's ES modules (the benchmark, eval, the CLI), which cost the parser's per-character loops
// some 3% of its speed. (In the extension's bundle every module shares one scope anyway.)

export const CH_TAB = 9;
export const CH_LF = 10;
export const CH_CR = 13;
export const CH_SPACE = 32;
export const CH_EXCLAMATION = 33; // !
export const CH_QUOTE = 34; // "
export const CH_DOLLAR = 36; // $
export const CH_PERCENT = 37; // %
export const CH_APOSTROPHE = 39; // '
export const CH_LPAREN = 40; // (
export const CH_RPAREN = 41; // )
export const CH_PLUS = 43; // +
export const CH_COMMA = 44; // ,
export const CH_HYPHEN = 45; // - (hyphen-minus)
export const CH_DOT = 46; // .
export const CH_SLASH = 47; // /
export const CH_0 = 48;
export const CH_9 = 57;
export const CH_QUESTION = 63; // ?
export const CH_A = 65;
export const CH_Z = 90;
export const CH_a = 97;
export const CH_o = 111;
export const CH_t = 116;
export const CH_z = 122;
export const CH_NBSP = 0xa0;
/** À, the first letter of Latin-1; Latin Extended-B ends at CH_LATIN_LAST. */
export const CH_LATIN_FIRST = 0xc0;
export const CH_LATIN_LAST = 0x24f;
export const CH_UNICODE_HYPHEN = 0x2010; // ‐
export const CH_NB_HYPHEN = 0x2011; // ‑ (non-breaking)
export const CH_EN_DASH = 0x2013; // –
export const CH_LSQUO = 0x2018; // ‘
export const CH_RSQUO = 0x2019; // ’
export const CH_LDQUO = 0x201c; // “
export const CH_RDQUO = 0x201d; // ”
export const CH_THIN_SPACE = 0x2009;
export const CH_NARROW_NBSP = 0x202f;
export const CH_MINUS = 0x2212; // − (minus sign)
export const CH_FULLWIDTH_PERCENT = 0xff05; // ％

/** The bit that makes an ASCII letter lower-case: `(c | ASCII_LOWER_BIT) === CH_a` matches "a" and "A". */
export const ASCII_LOWER_BIT = 0x20;
