// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { installMarkStyles, MARK_CSS, markCss, setMarkStyle, uninstallMarkStyles } from '../../lib/page/mark-style';

afterEach(() => {
  uninstallMarkStyles(document);
  document.adoptedStyleSheets = [];
});

test('installs one adopted sheet, idempotently, and keeps the page’s own sheets', () => {
  const pageSheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [pageSheet];
  installMarkStyles(document);
  installMarkStyles(document);
  expect(document.adoptedStyleSheets).toHaveLength(2);
  expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
  expect(document.querySelector('style')).toBeNull();
  uninstallMarkStyles(document);
  expect(document.adoptedStyleSheets).toEqual([pageSheet]);
});

test('falls back to a <style> element where a sheet cannot be adopted', () => {
  const doc = document.implementation.createHTMLDocument('t');
  Object.defineProperty(doc, 'adoptedStyleSheets', {
    get: () => [],
    set: () => {
      throw new TypeError('Accessing from Xray wrapper is not supported.');
    },
  });
  installMarkStyles(doc);
  const style = doc.head.querySelector('style')!;
  expect(style.textContent).toBe(MARK_CSS);
  expect(style.hasAttribute('data-footnote-ui')).toBe(true);
  uninstallMarkStyles(doc);
  expect(doc.querySelector('style')).toBeNull();
});

test('the stylesheet parses, tells the kinds apart by shape, and changes no layout', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(MARK_CSS);
  expect(sheet.cssRules.length).toBeGreaterThan(5);
  expect(MARK_CSS).toMatch(/kind="figure"\][^}]*text-decoration-style: solid/);
  expect(MARK_CSS).toMatch(/kind="official"\][^}]*text-decoration-style: dotted/);
  expect(MARK_CSS).toContain(':focus-visible');
  expect(MARK_CSS).toContain('prefers-color-scheme: dark');
  expect(MARK_CSS).toContain('forced-colors: active');
  expect(MARK_CSS).toContain('display: inline !important');
  // Nothing that takes room: no non-zero padding, margin or border width anywhere.
  expect(MARK_CSS).not.toMatch(/(padding|margin|border(-\w+)?-width)\s*:\s*[1-9.]/);
});

test('the highlight style switches in place, in the adopted sheet and in the <style> fallback', () => {
  installMarkStyles(document, 'underline');
  const sheet = document.adoptedStyleSheets.at(-1)!;
  const text = () =>
    Array.from(sheet.cssRules)
      .map((r) => r.cssText)
      .join('\n');
  expect(text()).toMatch(/:not\(:hover\):not\(\[data-footnote-active\]\)/);
  setMarkStyle(document, 'tint');
  expect(document.adoptedStyleSheets.at(-1)).toBe(sheet); // the same sheet, new rules
  expect(text()).not.toContain(':not(:hover)');
  installMarkStyles(document, 'underline'); // installing again only switches the style
  expect(document.adoptedStyleSheets.filter((s) => s === sheet)).toHaveLength(1);
  expect(text()).toContain(':not(:hover)');

  const doc = document.implementation.createHTMLDocument('t');
  Object.defineProperty(doc, 'adoptedStyleSheets', {
    get: () => [],
    set: () => {
      throw new TypeError('Xray');
    },
  });
  installMarkStyles(doc);
  setMarkStyle(doc, 'underline');
  expect(doc.head.querySelector('style')!.textContent).toBe(markCss('underline'));
  uninstallMarkStyles(doc);
});

test('underline takes the tint off marks at rest only, and parses', () => {
  expect(markCss('tint')).toBe(MARK_CSS);
  const css = markCss('underline');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  expect(sheet.cssRules.length).toBeGreaterThan(Array.from(new CSSStyleSheet().cssRules).length + 5);
  expect(css).toMatch(/:not\(:hover\):not\(\[data-footnote-active\]\) \{\s*background-color: transparent !important;/);
});
