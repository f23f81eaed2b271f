// Characters that take no room on the page: the soft hyphen, zero-width space, non-joiner and
// joiner, word joiner, and the byte-order mark. Hyphenation tools and CMSs leave them inside
// amounts and names ("$200 bil\u00adlion", "Light\u00adhizer", "$3\u200b.5 billion"), where a
// reader sees nothing; the finders read through them.

const INVISIBLE_RE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;

/** A span of text a finder returns: `text` is exactly the slice [start, end). */
interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Runs `find` on `text` read as if its invisible characters were not there, and maps the spans
 * it returns back onto `text`: a span covers the original characters, invisible ones inside
 * included, and its `text` is the original slice. Text without any (nearly every page) is
 * handed to `find` as it is.
 */
export function findThroughInvisibles<T extends Span>(text: string, find: (visible: string) => T[]): T[] {
  INVISIBLE_RE.lastIndex = 0;
  if (!INVISIBLE_RE.test(text)) return find(text);
  // at[i]: the index in `text` of the i-th character kept.
  const at = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let kept = 0;
  let from = 0;
  const keep = (to: number) => {
    for (let i = from; i < to; i++) at[kept++] = i;
    parts.push(text.slice(from, to));
  };
  INVISIBLE_RE.lastIndex = 0;
  for (let m = INVISIBLE_RE.exec(text); m; m = INVISIBLE_RE.exec(text)) {
    keep(m.index);
    from = m.index + 1;
  }
  keep(text.length);
  return find(parts.join('')).map((span) => {
    const start = at[span.start];
    const end = at[span.end - 1] + 1;
    return { ...span, start, end, text: text.slice(start, end) };
  });
}
