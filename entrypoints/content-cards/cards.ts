// The cards, and what they say: the part of the content script a reader needs only once they
// hover over, focus or pin a mark, or open the popup. Preact, the card UI and its styles, what
// the cards say and citations. The knowledge base they describe figures and officials from is
// not here: it stays in the background, which sends each page the part it needs with its
// annotations (lib/kb/page-kb.ts; AnnotatedPage's kb). Imported by the app
// (entrypoints/content-app/footnote.ts) through this script right after the first marks are painted, so that
// painting never waits for it (BENCHMARKS.md, target 3).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../assets/card.css?inline';
import { EMPTY_KB } from '../../lib/kb/page-kb';
import { CARD_TAG, UI_ATTRIBUTE } from '../../lib/page/dom-names';
import { citeFigure, citeOfficial } from '../../lib/describe/citation';
import { describeFigure } from '../../lib/describe/figure';
import { describeOfficial } from '../../lib/describe/official';
import { summarise, type PageSummary } from '../../lib/describe/summary';
import type { AnnotatedPage, Finding } from '../../lib/page/annotator';
import type { Theme } from '../../lib/settings';
import { createCardLayer, type CardLayer } from '../../components/card-layer';
import type { CardData } from '../../components/Card';
import { copyText } from './clipboard';

const log = (...args: unknown[]) => console.debug('[Footnote]', ...args);

/** The card layer on the page, in its shadow root. */
export interface MountedCards {
  layer: CardLayer;
  /** Announcements of the keyboard commands, for screen readers (an aria-live region). */
  live: HTMLElement;
  setTheme(theme: Theme): void;
  remove(): void;
}

/** A shadow root (WXT's UI helper) so the page's CSS cannot reach the cards. */
export async function mountCards(ctx: ContentScriptContext, theme: Theme): Promise<MountedCards> {
  let layer: CardLayer | undefined;
  let live: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: cardHostName(),
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: cardCss,
    onMount(container, shadow) {
      adoptCardStyles(shadow);
      live = document.createElement('div');
      live.className = 'fn-live';
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      container.appendChild(live);
      layer = createCardLayer(container);
      return layer;
    },
    onRemove: () => layer?.destroy(),
  });
  ui.shadowHost.setAttribute(UI_ATTRIBUTE, 'card');
  ui.shadowHost.setAttribute('data-theme', theme);
  ui.mount();
  return {
    layer: layer!,
    live: live!,
    setTheme: (next) => ui.shadowHost.setAttribute('data-theme', next),
    remove: () => ui.remove(),
  };
}

/** The part of the knowledge base the page's annotations link to (none where nothing is marked). */
const kbOf = (page: AnnotatedPage) => page.kb ?? EMPTY_KB;

/** What a finding's card says. */
export function describeFinding(finding: Finding, page: AnnotatedPage): CardData {
  return finding.kind === 'figure'
    ? describeFigure(finding.figure, { text: page.text, figures: page.annotations.figures, kb: kbOf(page) })
    : describeOfficial(finding.official, page.text, page.annotations.officials, kbOf(page), page.annotations.date);
}

/** The citation "Copy citation" puts on the clipboard. */
export function cite(data: CardData, cited: { title: string; url: string; accessed: Date }): string {
  return data.kind === 'figure' ? citeFigure(data, cited) : citeOfficial(data, cited);
}

/** The popup's summary of the page's findings, in page order. */
export function summarisePage(page: AnnotatedPage): PageSummary {
  return summarise(
    page.order.map((id) => page.findings.get(id)!),
    kbOf(page),
  );
}

export { copyText };

/**
 * The card host's tag name: `footnote-card-` and a random suffix, new on every page. A page that
 * defines a custom element under a fixed name of ours (with a shadow root of its own) would take
 * the host over: its constructor runs on our element and our shadow root cannot be attached.
 * Tests and our own code find the host by its attribute (`data-footnote-ui="card"`), never by name.
 */
function cardHostName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${CARD_TAG}-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** The card's styles as a constructed sheet: unlike WXT's <style>, a page's CSP cannot block it. */
function adoptCardStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch (e) {
    log('constructed stylesheets unavailable; relying on the <style> element', e);
  }
}
