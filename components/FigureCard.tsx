// The card for a figure: amount, what it measures, the sourced fact and its check, relations.
// Everything from the page is rendered as text nodes (Preact escapes strings); never as HTML.
import { measureLabel, t } from '../lib/i18n';
import type { FigureCardData } from '../lib/describe/figure';
import { SourceLinks } from './SourceLinks';

/** "Trade figure · trade deficit"; a figure that is not about trade is only a figure. */
function kicker(data: FigureCardData): string {
  if (!data.trade) return t('figure_kicker_other');
  return data.measure ? t('figure_kicker_measure', measureLabel(data.measure)) : t('figure_kicker');
}

export function FigureCard({ data }: { data: FigureCardData }) {
  return (
    <div class="fn-body">
      <p class="fn-kicker">{kicker(data)}</p>
      <p class="fn-title">
        <span class="fn-amount">{data.amount}</span>
        <span class="fn-equals"> = {data.normalised}</span>
      </p>
      {data.currencyInferred && <p class="fn-note">{t('figure_currency_inferred')}</p>}
      {data.fact ? (
        <section class="fn-fact" aria-label={t('figure_source')}>
          <p class="fn-fact-measure">{data.fact.measure}</p>
          <p>
            <strong>{data.fact.value}</strong> · {data.fact.date} · {data.fact.reportedBy}
          </p>
          {data.check && <p class={`fn-check fn-check-${data.check.verdict}`}>{data.check.text}</p>}
          <p class="fn-summary">{data.fact.summary}</p>
          <SourceLinks urls={data.fact.sources} />
        </section>
      ) : (
        <p class="fn-note">{t('figure_no_fact')}</p>
      )}
      {data.relations.length > 0 && (
        <ul class="fn-relations" aria-label={t('figure_compared')}>
          {data.relations.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
