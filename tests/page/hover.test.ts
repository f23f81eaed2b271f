// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { watchHover } from '../../lib/page/hover';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
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
