// The page's side of a load: what a main-world script notes before the page's first script runs.
/**
 * Main world, before the page's first script: long tasks, and the first <footnote-mark>.
 * The observer starts at DOMContentLoaded (a document_idle content script cannot run before),
 * so it costs nothing while a large page is parsed.
 */
export const INIT = `(() => {
  if (window.__fnCheck) return;
  const s = { lt: [], mark: null, frame: null };
  Object.defineProperty(window, '__fnCheck', { value: s });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) s.lt.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  } catch (e) {}
  let mo = null;
  const seen = () => {
    if (s.mark !== null) return;
    s.mark = performance.now();
    if (mo) mo.disconnect();
    requestAnimationFrame(() => { s.frame = performance.now(); });
  };
  const start = () => {
    if (document.querySelector('footnote-mark')) return seen();
    mo = new MutationObserver((recs) => {
      for (const r of recs) for (const n of r.addedNodes) {
        if (n.nodeType === 1 && (n.localName === 'footnote-mark' || (n.querySelector && n.querySelector('footnote-mark')))) return seen();
      }
    });
    mo.observe(document.documentElement || document, { childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', start, { once: true });
})();`;

export interface PageSide {
  dcl: number; // domContentLoadedEventStart (ms since time origin)
  load: number; // loadEventEnd
  mark: number | null; // first <footnote-mark> in the DOM
  frame: number | null; // the animation frame after it
  marks: number;
  lt: Array<[number, number]>; // long tasks [start, duration]
  origin: number; // performance.timeOrigin (wall clock, ms)
  /** Chromium: when the extension's isolated world was created, seen from Node (page clock, ms). */
  world?: number | null;
}
export const READ = `(() => {
  const s = window.__fnCheck || { lt: [], mark: null, frame: null };
  const n = performance.getEntriesByType('navigation')[0] || {};
  return { dcl: n.domContentLoadedEventStart, load: n.loadEventEnd, mark: s.mark, frame: s.frame, marks: document.querySelectorAll('footnote-mark').length, lt: s.lt, origin: performance.timeOrigin };
})()`;
