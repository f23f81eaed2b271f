// What extraction returns: a page's text, with a map from every character of it back to the DOM
// Text node it came from. Its own module so that ranges.ts and marks.ts, which read the map, and
// extract.ts, which makes it, need not import each other.

export interface TextSegment {
  node: Text;
  /** Offsets into `PageText.text`; `text.slice(start, end) === node.data` when extracted. */
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  /** Sorted by `start`, non-overlapping; the gaps between them are block separators. */
  segments: TextSegment[];
  /** True when extraction stopped at `maxChars`: the text is a prefix of the page's. */
  truncated: boolean;
}
