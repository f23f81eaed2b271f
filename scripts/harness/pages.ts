/**
 * Pages built at test time from text, e.g. a seed article from ../shared/seeds/*.txt:
 * first non-empty line is the headline, blank-line-separated blocks become paragraphs.
 */
import { readFileSync } from 'node:fs';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function textToHtml(text: string, opts: { title?: string } = {}): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const headline = opts.title ?? blocks.shift() ?? 'Untitled';
  const paragraphs = blocks.map((b) => `    <p>${escapeHtml(b)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(headline)}</title>
</head>
<body>
  <article>
    <h1>${escapeHtml(headline)}</h1>
${paragraphs}
  </article>
</body>
</html>
`;
}

export function textFileToHtml(path: string, opts: { title?: string } = {}): string {
  return textToHtml(readFileSync(path, 'utf8'), opts);
}
