// @vitest-environment happy-dom
// The page's date of publication as the content script reads it (lib/page/page-date.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { readPageDate, today } from '../../lib/page/page-date';

const NOW = new Date(2026, 2, 15, 12); // 15 March 2026, local time

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('readPageDate', () => {
  it("reads Open Graph's article:published_time, time zone and all", () => {
    document.head.innerHTML = '<meta property="og:title" content="2020-01-01"><meta property="article:published_time" content="2025-04-03T21:15:00-04:00">';
    expect(readPageDate(document, NOW)).toBe('2025-04-03');
  });

  it('reads other meta names for it, whatever their case', () => {
    document.head.innerHTML = '<meta name="PubDate" content="2024-11-06">';
    expect(readPageDate(document, NOW)).toBe('2024-11-06');
    document.head.innerHTML = '<meta itemprop="datePublished" content="2023-07-25">';
    expect(readPageDate(document, NOW)).toBe('2023-07-25');
  });

  it('reads JSON-LD datePublished, in a graph, and survives broken JSON-LD', () => {
    document.head.innerHTML =
      '<script type="application/ld+json">{not json</script>' +
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"x","datePublished":"2025-06-04T08:00:00Z"}]}</script>';
    expect(readPageDate(document, NOW)).toBe('2025-06-04');
  });

  it("takes the article's own <time datetime> before a sidebar's", () => {
    document.body.innerHTML =
      '<aside><time datetime="2019-01-01">old story</time></aside><article><h1>Tariffs</h1><time datetime="2025-05-12T10:00">May 12</time></article>';
    expect(readPageDate(document, NOW)).toBe('2025-05-12');
  });

  it('prefers the metadata to a <time> in the text', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2025-02-01">';
    document.body.innerHTML = '<p>Talks resume on <time datetime="2025-03-10">March 10</time>.</p>';
    expect(readPageDate(document, NOW)).toBe('2025-02-01');
  });

  it('falls back to today when the page says nothing usable (no date, a malformed one, one in the future)', () => {
    expect(readPageDate(document, NOW)).toBe('2026-03-15');
    document.head.innerHTML = '<meta property="article:published_time" content="last Tuesday"><meta name="date" content="2025-13-40">';
    expect(readPageDate(document, NOW)).toBe('2026-03-15');
    document.head.innerHTML = '<meta name="date" content="2031-01-01">';
    expect(readPageDate(document, NOW)).toBe('2026-03-15');
    expect(today(NOW)).toBe('2026-03-15');
  });
});
