// Putting a citation on the clipboard from a content script. The async Clipboard API needs a
// secure context and a recent user gesture (the click on "Copy citation"); where a page's
// permissions policy or an older browser refuses it, a selection inside our own shadow root and
// execCommand('copy') still work, and touch nothing of the page's.
export async function copyText(text: string, inside: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    /* refused: fall back below */
  }
  const doc = inside.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  inside.appendChild(area);
  const active = (inside.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus?.({ preventScroll: true });
  }
}
