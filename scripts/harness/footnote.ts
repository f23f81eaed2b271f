/**
 * Footnote's own view of a page under test, shared by the e2e suites: its marks, its card host,
 * the tab under test. Written for hostile pages too: no Array.prototype.map or other globals a
 * page may patch run in the page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './env';
import type { E2EBrowser, E2EPage } from './types';

/** Footnote's marks; a page may have <footnote-mark> elements of its own (without the id). */
export const MARK = 'footnote-mark[data-footnote-id]';
/**
 * Footnote's card host, by attribute: its tag is `footnote-card-` and a random suffix, and a page
 * may have <footnote-card> elements of its own.
 */
export const CARD_HOST = '[data-footnote-ui="card"]';

export interface MarkInfo {
  id: string;
  kind: string;
  text: string;
  /** id of the nearest ancestor element with an id (where the mark sits). */
  where: string;
}

/** Footnote's marks on the page in document order, pieces of one annotation joined. */
export function marksOnPage(page: E2EPage): Promise<MarkInfo[]> {
  return page.evaluate((sel) => {
    const out: MarkInfo[] = [];
    const byId: Record<string, MarkInfo> = {};
    const marks = document.getElementsByTagName('footnote-mark');
    for (let i = 0; i < marks.length; i++) {
      const m = marks[i];
      if (!m.matches(sel)) continue;
      const id = m.getAttribute('data-footnote-id')!;
      if (byId[id]) {
        byId[id].text += m.textContent;
        continue;
      }
      const holder = m.parentElement ? m.parentElement.closest('[id]') : null;
      const info = { id, kind: m.getAttribute('data-footnote-kind')!, text: m.textContent!, where: holder ? holder.id : '' };
      byId[id] = info;
      out.push(info);
    }
    return out;
  }, MARK) as Promise<MarkInfo[]>;
}

/**
 * Sets data-test=`tag` on the first piece of the mark whose whole text is `text`, so the driver
 * can point at it; false when there is no such mark.
 */
export function tagMark(page: E2EPage, text: string, tag: string): Promise<boolean> {
  return page.evaluate(
    ([sel, text, tag]) => {
      const marks = document.getElementsByTagName('footnote-mark');
      const full: Record<string, string> = {};
      for (let i = 0; i < marks.length; i++) {
        const id = marks[i].getAttribute('data-footnote-id');
        if (id && marks[i].matches(sel)) full[id] = (full[id] ?? '') + marks[i].textContent;
      }
      for (let i = 0; i < marks.length; i++) {
        const id = marks[i].getAttribute('data-footnote-id');
        if (id && full[id] === text && marks[i].matches(sel)) {
          marks[i].setAttribute('data-test', tag);
          return true;
        }
      }
      return false;
    },
    [MARK, text, tag] as [string, string, string],
  );
}

/** The id of the tab most recently opened (the page under test), seen from the extension. */
export function latestTabId(b: E2EBrowser): Promise<number> {
  return b.evalInExtension(async () => {
    type Tab = { id?: number };
    type Api = { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const self = (await api.tabs.getCurrent())?.id;
    const ids = (await api.tabs.query({})).map((t) => t.id!).filter((id) => id !== self);
    return Math.max(...ids);
  });
}

/** The seed article's text file (../shared/seeds beside the checkout), for tests that serve it. */
export function seedFile(): string {
  const dir = join(REPO_ROOT, '../shared/seeds');
  if (!existsSync(dir)) throw new Error(`e2e: the seed article is read from ${dir} (../shared beside the checkout)`);
  return join(
    dir,
    readdirSync(dir).find((f) => f.endsWith('.txt'))!,
  );
}
