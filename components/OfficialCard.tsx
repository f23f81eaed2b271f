// The card for an official: role, country and dates from the knowledge base, or, for someone
// the knowledge base does not know, the role as the page gives it, marked as such.
import { t } from '../lib/i18n';
import { officeOnDate, type OfficialCardData } from '../lib/describe/official';
import { SourceLinks } from './SourceLinks';

/** `pageDate` (ISO): the page's date, for a card built without one, to say whether they were in office then. */
export function OfficialCard({ data, pageDate }: { data: OfficialCardData; pageDate?: string }) {
  const onPageDate = data.onPageDate ?? (pageDate && !data.fromPage ? officeOnDate(data.terms, pageDate) : undefined);
  return (
    <div class="fn-body">
      <p class="fn-kicker">{data.fromPage ? t('official_kicker_page') : t('official_kicker')}</p>
      <p class="fn-title">{data.name}</p>
      {onPageDate && <p class="fn-note fn-on-date">{onPageDate}</p>}
      {data.terms.length > 0 && (
        <ul class="fn-terms">
          {data.terms.map((t, i) => (
            <li key={i}>
              <span class="fn-role">{t.role}</span>
              {t.country && <span>, {t.country}</span>}
              {t.dates && <span class="fn-dates"> · {t.dates}</span>}
              {t.note && <span class="fn-note-inline"> ({t.note})</span>}
            </li>
          ))}
        </ul>
      )}
      {data.summary && <p class="fn-summary">{data.summary}</p>}
      {data.pageSays && (
        <blockquote class="fn-quote">
          <span class="fn-quote-label">{data.mentions > 1 ? t('official_on_page_n', data.mentions) : t('official_on_page')}</span>
          {data.pageSays}
        </blockquote>
      )}
      {data.fromPage ? <p class="fn-note">{t('official_not_in_kb')}</p> : <SourceLinks urls={data.sources} />}
    </div>
  );
}
