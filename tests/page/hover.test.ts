// @vitest-environment happy-dom
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import { watchHover, type HoverController, type OpenReason } from '../../lib/page/hover';

let controller: HoverController | undefined;
afterEach(() => {
  controller?.destroy();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function setUp() {
  document.body.innerHTML =
    '<p>The <footnote-mark role="button" tabindex="0" data-footnote-id="a">$375 billion</footnote-mark> deficit and ' +
    '<footnote-mark role="button" tabindex="0" data-footnote-id="b">25 percent</footnote-mark> tariffs; ' +
    '<a href="#x"><footnote-mark data-footnote-id="c">$50 billion</footnote-mark></a>.</p><input id="elsewhere">';
  const card = document.createElement('div');
  card.innerHTML = '<button id="in-card">Copy</button>';
  document.body.appendChild(card);
  const events: string[] = [];
  controller = watchHover(document, {
    openDelay: 10,
    closeDelay: 10,
    isInCard: (n) => n instanceof Node && card.contains(n),
    onOpen: (m: HTMLElement, why: OpenReason) => events.push(`open:${m.dataset.footnoteId}:${why}`),
    onClose: () => events.push('close'),
  });
  const mark = (id: string) => document.querySelector<HTMLElement>(`[data-footnote-id="${id}"]`)!;
  return { events, mark, card };
}

const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('pinned cards', () => {
  it('a click pins; hovering elsewhere and moving focus away leave the pinned card open', async () => {
    vi.useFakeTimers();
    const { events, mark } = setUp();
    mark('a').click();
    expect(events).toEqual(['open:a:pin']);
    expect(controller!.isPinned()).toBe(true);
    mark('a').dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    mark('b').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    document.getElementById('elsewhere')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(100);
    expect(events).toEqual(['open:a:pin']);
  });

  it('Enter or Space on a focused mark pins it (and Space does not scroll); Escape closes', () => {
    const { events, mark } = setUp();
    const enter = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    mark('b').dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(events).toEqual(['open:b:pin']);
    key(mark('a'), 'Enter');
    expect(events).toEqual(['open:b:pin', 'open:a:pin']);
    key(document.body, 'Escape');
    expect(events.at(-1)).toBe('close');
    expect(controller!.isPinned()).toBe(false);
  });

  it('Escape from inside the pinned card gives focus back to its mark, without reopening the card', () => {
    const { events, mark, card } = setUp();
    key(mark('a'), 'Enter');
    const button = card.querySelector<HTMLElement>('#in-card')!;
    button.focus();
    key(button, 'Escape');
    expect(document.activeElement).toBe(mark('a'));
    expect(events).toEqual(['open:a:pin', 'close']);
  });

  it("a mark inside a link is not pinned by a click: the click is the link's", () => {
    const { events, mark } = setUp();
    mark('c').click();
    key(mark('c'), 'Enter');
    expect(events.filter((e) => e.endsWith(':pin'))).toEqual([]);
  });

  it('an unpinned hover card still closes when the pointer leaves', async () => {
    vi.useFakeTimers();
    const { events, mark } = setUp();
    mark('b').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(20);
    expect(events).toEqual(['open:b:hover']);
    mark('b').dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    await vi.advanceTimersByTimeAsync(20);
    expect(events).toEqual(['open:b:hover', 'close']);
  });
});

test('the hover delay is read at each hover, so a changed setting applies at once', () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p><footnote-mark data-footnote-id="a">$5 billion</footnote-mark> <span id="x">x</span></p>';
  const mark = document.querySelector('footnote-mark')!;
  let delay = 100;
  const onOpen = vi.fn();
  const hover = watchHover(document, { openDelay: () => delay, isInCard: () => false, onOpen, onClose: () => {} });
  mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  vi.advanceTimersByTime(99);
  expect(onOpen).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(onOpen).toHaveBeenCalledTimes(1);
  hover.close();
  delay = 800;
  mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  vi.advanceTimersByTime(700);
  expect(onOpen).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(100);
  expect(onOpen).toHaveBeenCalledTimes(2);
  hover.destroy();
});
