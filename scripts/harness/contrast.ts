/**
 * WCAG AA text contrast, measured in the page: every visible element with text of its own (HTML
 * text and SVG <text>), its computed colour against the first opaque background behind it
 * (semi-transparent backgrounds blended on the way), 4.5:1, or 3:1 for large text. Written for
 * what axe cannot decide (a card in the browser's top layer, SVG text, a scrolled popup); both
 * run, and a planted faint line in the tests shows this one catches what it should.
 */
import type { E2EPage } from './types';

export interface ContrastFailure {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

/** `hostSelector` given: the elements inside that host's open shadow root; else the document. */
export function contrastFailures(page: E2EPage, hostSelector?: string): Promise<ContrastFailure[]> {
  return page.evaluate((hostSelector) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA | null => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3] + under[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: RGBA) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const parentOf = (el: Element): Element | null => el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
    const backgroundOf = (el: Element): RGBA => {
      const layers: RGBA[] = [];
      for (let e: Element | null = el; e; e = parentOf(e)) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      // Nothing opaque found: the canvas, white unless the page is dark.
      let result: RGBA = matchMedia('(prefers-color-scheme: dark)').matches && !layers.length ? [0, 0, 0, 1] : [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const root: ParentNode = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
    const failures: ContrastFailure[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || (el as HTMLElement).closest?.('.sr-only')) continue; // visually hidden
      const isSvgText = el instanceof SVGElement;
      const fg = parse(isSvgText ? style.fill : style.color);
      if (!fg) continue;
      const bg = backgroundOf(el);
      const color = over(fg, bg);
      const [l1, l2] = [luminance(color), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio + 1e-6 < needed) {
        failures.push({
          text: el.textContent!.trim().slice(0, 40),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          color: isSvgText ? style.fill : style.color,
          background: `rgba(${bg.map((v) => Math.round(v * 100) / 100).join(', ')})`,
        });
      }
    }
    return failures;
  }, hostSelector);
}
