// Footnote on one page: wires the pure pipeline and the DOM layer to the browser. Each part
// is independent and safe to fail: an error in one logs and leaves the page as it was.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { annotateInBackground } from '../../lib/page/background-pipeline';
import { PageAnnotator, type AnnotatedPage } from '../../lib/page/annotator';
import type { FirstRead } from '../../lib/page/first-read';
import { installMarkStyles, setMarkStyle, uninstallMarkStyles } from '../../lib/page/mark-style';
import { removeMarks } from '../../lib/page/marks';
import { CARD_TAG, MARK_TAG as MARK_SELECTOR, UI_ATTRIBUTE } from '../../lib/page/dom-names';
import { watchHover, type HoverController, type OpenReason } from '../../lib/page/hover';
import { useBrowserMessages } from '../../lib/i18n-browser';
import { t } from '../../lib/i18n';
import { onMessage, sendMessage, type PageState } from '../../lib/messages';
import { getSettings, watchSettings, type Settings } from '../../lib/settings';
import { addCorrection, getCorrections, isCorrected, watchCorrections, type Correction } from '../../lib/corrections';
import { markChoiceChanged, selectFindings } from '../../lib/page/select';
import { loadContentModule, moduleInjector } from '../../lib/page/content-modules';
import { markAnnouncement, noMarksAnnouncement, stepIndex, toggleAnnouncement, type CommandName } from '../../lib/page/commands';
import type { CardAnchor } from '../../components/card-layer';
import type { CardData } from '../../components/Card';
import type { ContentCards } from '../content-cards';
import type { MountedCards } from './cards';

const log = (...args: unknown[]) => console.debug('[Footnote]', ...args);

/** The cards (cards.ts), injected by the background or imported, once needed (lib/page/content-modules.ts). */
const loadCards = () =>
  loadContentModule<ContentCards>(
    'content-cards',
    moduleInjector((path) => browser.runtime.getURL(path), (name) => sendMessage('injectModule', name)),
  );

/** The settings and corrections as the loader read them (check.ts), so as not to wait for them again. */
export interface StartingState {
  settings: Settings;
  corrections: Correction[];
}

export async function startFootnote(ctx: ContentScriptContext, firstRead?: FirstRead, initial?: StartingState): Promise<void> {
  if (!document.body || !/^https?:$/.test(location.protocol)) {
    firstRead?.release();
    return;
  }
  useBrowserMessages(); // cards in the reader's language
  const host = location.hostname;
  // Until the settings are read, the popup is told "working" rather than nothing at all.
  let enabled: boolean | undefined;
  let page: AnnotatedPage | null = null;
  /** The cards module, and the card layer it mounted on this page (ensureCards). */
  let cards: ContentCards | undefined;
  let mounted: MountedCards | undefined;
  let hover: HoverController | undefined;
  // The reader's settings and corrections, kept current by the watchers below.
  let settings: Settings | undefined;
  let corrections: Correction[] = [];
  /** Marks hidden on this page by the keyboard command (not a setting: this page only). */
  let hidden = false;
  /** Where next / previous mark last went, when focus is not on a mark. */
  let lastIndex: number | null = null;

  onMessage('getPageState', async (): Promise<PageState> => {
    if (enabled === undefined) return { status: 'working', host };
    if (!enabled) return { status: 'off', host };
    if (hidden) return { status: 'annotated', host, summary: { figures: [], officials: [] } };
    if (!page) return { status: 'working', host };
    const summarisePage = (await loadCards()).summarisePage;
    if (!page) return { status: 'working', host };
    return { status: 'annotated', host, summary: summarisePage(page.order.map((id) => page!.findings.get(id)!)) };
  });
  onMessage('revealMark', ({ data: id }) => revealMark(id));
  onMessage('runCommand', ({ data: name }) => runCommand(name));

  const report = () => {
    if (orphaned()) return;
    const count = page?.order.length ?? 0;
    sendMessage('reportFindings', enabled ? count : 0).catch(() => {}); // the badge is optional
  };

  // What a content script of an earlier version of the extension left behind: Firefox stops
  // that script dead on an update or reload, with no chance to clean up, and injects the new
  // version into the open tab. Its marks are unwrapped (this one paints its own) and its card
  // host and styles removed.
  // Only where an earlier version put them (card hosts last in <html>, the fallback <style> in
  // <head>): a page's own elements with our attribute stay.
  removeMarks(document.body);
  for (const el of Array.from(document.querySelectorAll(`:root > [${UI_ATTRIBUTE}], head > style[${UI_ATTRIBUTE}]`))) {
    if (el.localName.startsWith(CARD_TAG) || el.localName === 'style') el.remove();
  }

  // After an extension update or reload this script is an orphan: its extension APIs throw
  // "Extension context invalidated". No event says so; `ctx.isInvalid` asks (and runs the
  // onInvalidated clean-up below when it is). Asked before each use of the extension and
  // whenever the reader or the page does something that involves Footnote: a pass for changed
  // content, a mark hovered or focused, the tab shown again.
  const orphaned = () => ctx.isInvalid;

  const annotator = new PageAnnotator(document.body, {
    // What to mark is chosen here, from the settings and corrections (lib/page/select.ts).
    analyse: async (text) => {
      if (orphaned()) throw new Error('Footnote was updated or removed');
      const all = await annotateInBackground(text);
      const url = pageUrl();
      return settings ? selectFindings(all, settings, (kind, t) => isCorrected(corrections, url, kind, t)) : all;
    },
    markFigure: () => true,
    firstRead,
    onUpdate: (p) => {
      page = p;
      if (p.order.length) void ensureCards();
      report();
    },
  });

  // Cards: injected and mounted once the page has marks, after they are painted (cards.ts).
  let cardsPromise: Promise<void> | undefined;
  const ensureCards = () =>
    (cardsPromise ??= (async () => {
      cards = await loadCards();
      if (orphaned()) return;
      mounted = await cards.mountCards(ctx, settings?.theme ?? 'auto');
      hover = watchHover(document, {
        openDelay: () => settings?.hoverDelayMs ?? 250,
        isInCard: (node) => mounted?.layer.contains(node) ?? false,
        onOpen: openCard,
        onClose: closeCard,
      });
    })().catch((e) => log('cards unavailable', e)));

  let expanded: HTMLElement | null = null;
  function openCard(mark: HTMLElement, reason: OpenReason) {
    if (orphaned()) return;
    const id = mark.getAttribute('data-footnote-id');
    const finding = id ? page?.findings.get(id) : undefined;
    if (!finding || !page || !cards || !mounted) return;
    const { layer } = mounted;
    const { cite, copyText } = cards;
    const data: CardData = cards.describeFinding(finding, page);
    const pinned = reason === 'pin';
    layer.show(data, anchorFor(id!), {
      pinned,
      // Pinned from the keyboard (Enter or Space on the mark): the card's buttons must be reachable.
      focus: pinned && document.activeElement === mark,
      actions: {
        onClose: () => hover?.close(),
        onPin: (pin) => hover?.open(mark, pin ? 'pin' : 'hover'),
        citation: () => cite(data, { title: document.title, url: pageUrl(), accessed: new Date() }),
        copy: (text) => copyText(text, layer.element),
        notRight: async (note) => {
          const correction = { url: pageUrl(), host, kind: finding.kind, text: data.text, note };
          corrections = [...corrections, { ...correction, at: new Date().toISOString() }];
          hover?.close();
          // Every mark of the same words on this page goes, as it would on the next visit.
          for (const [other, f] of page?.findings ?? []) {
            if (f.kind === finding.kind && (f.kind === 'figure' ? f.figure.text : f.official.text) === data.text) annotator.unmark(other);
          }
          await addCorrection(correction);
        },
      },
    });
    expanded?.setAttribute('aria-expanded', 'false');
    expanded = document.querySelector<HTMLElement>(`${MARK_SELECTOR}[data-footnote-id="${id}"][aria-expanded]`);
    expanded?.setAttribute('aria-expanded', 'true');
  }
  function closeCard() {
    mounted?.layer.hide();
    expanded?.setAttribute('aria-expanded', 'false');
    expanded = null;
  }

  const start = async () => {
    try {
      installMarkStyles(document, settings?.highlightStyle);
      // Watching first: what the page changes while the first pass waits for the background is
      // seen, and the check's read of the page is handed over only if nothing changed since.
      annotator.observe();
      await annotator.run();
    } catch (e) {
      log('annotation failed; the page is left as it was', e);
    }
  };
  const stop = () => {
    hover?.close();
    annotator.clear();
    page = null;
    report();
  };

  /** Mark the page again from scratch: what to mark changed. */
  const remark = () => {
    if (!enabled || hidden) return;
    closeCard();
    annotator.clear();
    annotator.restart();
    void start();
  };

  const onSettings = (next: Settings) => {
    const before = settings;
    settings = next;
    if (enabled === undefined || !before) return; // not started yet: start() reads them
    setMarkStyle(document, next.highlightStyle);
    mounted?.setTheme(next.theme);
    const now = !next.disabledSites.includes(host);
    if (now !== enabled) {
      enabled = now;
      hidden = false; // switching the site back on shows its marks
      if (enabled) {
        annotator.restart();
        void start();
      } else stop();
    } else if (markChoiceChanged(before, next)) remark();
  };
  // Only a change in what is corrected on this page marks it again (not a new note, not others).
  const correctedHere = (all: Correction[], url: string) =>
    JSON.stringify([...new Set(all.filter((c) => c.url === url).map((c) => `${c.kind}|${c.text}`))].sort());
  const onCorrections = (all: Correction[]) => {
    const url = pageUrl();
    const changed = correctedHere(all, url) !== correctedHere(corrections, url);
    corrections = all;
    if (changed) remark();
  };
  // Watched from now, or where the loader handed the stored values over, from after the first
  // pass (below): setting the watchers up cost Firefox 5–9 ms before the first marks.
  let unwatchSettings = () => {};
  let unwatchCorrections = () => {};
  const watchStored = () => {
    unwatchSettings = watchSettings(onSettings);
    unwatchCorrections = watchCorrections(onCorrections);
  };
  if (!initial) watchStored();

  const announce = (text: string): string => {
    const live = mounted?.live;
    if (live) {
      // Emptied first, so the same words said twice are announced twice.
      live.textContent = '';
      const el = live;
      setTimeout(() => (el.textContent = text), 50);
    }
    return text;
  };

  async function runCommand(name: CommandName): Promise<string> {
    if (!enabled) return t('announce_off', host);
    await ensureCards();
    if (name === 'toggle-marks') {
      hidden = !hidden;
      if (hidden) {
        stop();
        return announce(toggleAnnouncement(false, 0));
      }
      annotator.restart();
      await start();
      return announce(toggleAnnouncement(true, page?.order.length ?? 0));
    }
    if (hidden || !page?.order.length) return announce(noMarksAnnouncement());
    const order = page.order;
    // Start from the mark in focus (or the link that holds it), else from where we last went.
    const active = document.activeElement;
    const inFocus = active?.closest?.(MARK_SELECTOR) ?? (active?.matches?.('a[href], [tabindex]') ? active.querySelector(MARK_SELECTOR) : null);
    const focusedId = inFocus?.getAttribute('data-footnote-id');
    const current = focusedId && order.includes(focusedId) ? order.indexOf(focusedId) : lastIndex;
    const i = stepIndex(current, order.length, name === 'next-mark' ? 1 : -1)!;
    lastIndex = i;
    const id = order[i];
    const pieces = Array.from(document.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}[data-footnote-id="${id}"]`));
    const first = pieces[0];
    if (!first) return announce(noMarksAnnouncement());
    // A mark inside a link is not a tab stop of its own: the link takes focus, and focusing it
    // opens the card of its first mark; open this one's card either way.
    const focusable = first.hasAttribute('tabindex') ? first : first.closest<HTMLElement>('a[href], [tabindex]');
    focusable?.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
    hover?.open(first, 'focus');
    return announce(markAnnouncement(i, order.length, pieces.map((p) => p.textContent ?? '').join('')));
  }

  // The extension was updated, reloaded or removed: leave the page exactly as it was (marks
  // unwrapped, the card layer and styles gone). Each step on its own: one failing must not keep
  // the others from running, and nothing may throw into the page.
  ctx.onInvalidated(() => {
    for (const step of [() => unwatchSettings(), () => unwatchCorrections(), () => hover?.destroy(), () => annotator.clear(), () => mounted?.remove(), () => uninstallMarkStyles(document)]) {
      try {
        step();
      } catch (e) {
        log('clean-up step failed', e);
      }
    }
  });
  // In-page navigation (pushState): read the new article once it has rendered.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    lastIndex = null;
    if (enabled && !hidden && !orphaned()) void annotator.run().catch((e: unknown) => log('pass failed', e));
  });
  // The reader comes back to the tab (after updating the extension, perhaps).
  ctx.addEventListener(document, 'visibilitychange', () => void orphaned());
  ctx.addEventListener(window, 'focus', () => void orphaned());

  [settings, corrections] = initial ? [initial.settings, initial.corrections] : await Promise.all([getSettings(), getCorrections()]);
  enabled = !settings.disabledSites.includes(host);
  if (enabled) await start();
  else {
    firstRead?.release();
    report();
  }
  if (initial && !orphaned()) {
    // The loader read the storage before the watchers are set, now: a change made in between
    // (the popup's switch, say) is caught up with now, as if it had just been made.
    watchStored();
    const [nowSettings, nowCorrections] = await Promise.all([getSettings(), getCorrections()]);
    if (JSON.stringify(nowSettings) !== JSON.stringify(settings)) onSettings(nowSettings);
    if (JSON.stringify(nowCorrections) !== JSON.stringify(corrections)) onCorrections(nowCorrections);
  }
}

/** The page a correction is recorded against: its address without the fragment. */
function pageUrl(): string {
  return location.href.split('#')[0];
}

function anchorFor(id: string): CardAnchor {
  const pieces = () => Array.from(document.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}[data-footnote-id="${id}"]`));
  return {
    getClientRects: () => pieces().flatMap((p) => Array.from(p.getClientRects())),
    getBoundingClientRect() {
      const rects = pieces().flatMap((p) => Array.from(p.getClientRects()));
      if (!rects.length) return new DOMRect();
      const left = Math.min(...rects.map((r) => r.left));
      const top = Math.min(...rects.map((r) => r.top));
      const right = Math.max(...rects.map((r) => r.right));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    },
  };
}

function revealMark(id: string): boolean {
  const mark = document.querySelector<HTMLElement>(`${MARK_SELECTOR}[data-footnote-id="${id}"]`);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const pieces = document.querySelectorAll(`${MARK_SELECTOR}[data-footnote-id="${id}"]`);
  pieces.forEach((p) => p.setAttribute('data-footnote-active', ''));
  setTimeout(() => pieces.forEach((p) => p.removeAttribute('data-footnote-active')), 1600);
  return true;
}
