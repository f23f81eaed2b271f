// "Copy citation": a plain-text citation of a figure or an official, as a student or a
// journalist would paste it: what, the value, its date, who reported it, the source link, and
// the page it was read on. Pure: the card puts it on the clipboard.
import { measureLabel, t } from '../i18n';
import type { FigureCardData } from './figure';
import type { OfficialCardData } from './official';

export interface CitedPage {
  title: string;
  url: string;
  /** When the reader read it; a citation's "accessed" date. */
  accessed: Date;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Page titles can be anything: one line, no control characters, not absurdly long. */
const clean = (s: string, max = 200) => {
  const one = s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

function seenOn(page: CitedPage): string {
  const title = clean(page.title);
  return title ? t('cite_seen_on', title, page.url, isoDay(page.accessed)) : t('cite_seen_on_untitled', page.url, isoDay(page.accessed));
}

export function citeFigure(d: FigureCardData, page: CitedPage): string {
  const what = d.measure ? `${d.amount} (${measureLabel(d.measure)})` : d.amount;
  const lines = [`${what}: "${clean(d.text)}" = ${d.normalised}.`, seenOn(page)];
  const stat = d.statistic?.check;
  if (stat) {
    // The statistic the figure states, checked against the official series.
    lines.push(`${d.statistic!.statement}. ${stat.official}. ${stat.source}, ${stat.publisher} ${stat.url}`);
    lines.push(t('cite_check', stat.text));
  }
  if (d.fact) {
    const source = t('cite_source', d.fact.measure, d.fact.value, d.fact.date, d.fact.reportedBy);
    lines.push(d.fact.sources.length ? `${source} ${d.fact.sources.join(' ')}` : source);
    if (d.check) lines.push(t('cite_check', d.check.text));
  } else if (!stat) {
    lines.push(t('cite_not_checked'));
  }
  return lines.join('\n');
}

export function citeOfficial(d: OfficialCardData, page: CitedPage): string {
  const terms = d.terms.map((t) => [t.role, t.country].filter(Boolean).join(', ') + (t.dates ? ` (${t.dates})` : '')).join('; ');
  const lines = [`${d.name}${terms ? `: ${terms}` : ''}.`, seenOn(page)];
  if (d.fromPage) lines.push(t('cite_page_role'));
  else if (d.sources.length) lines.push(t('cite_links', d.sources.join(' ')));
  return lines.join('\n');
}
