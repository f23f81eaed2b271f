// The card for a figure: amount, what it measures, the statistic it states checked against the
// official series, the sourced fact and its check, relations.
// Everything from the page is rendered as text nodes (Preact escapes strings); never as HTML.
import { measureLabel, t } from '../lib/i18n';
import type { FigureCardData } from '../lib/describe/figure';
import type { StatisticCardData } from '../lib/describe/statistic';
import { SourceLinks } from './SourceLinks';
import { StatSeriesChart } from './StatSeriesChart';
import { TariffAction } from './TariffAction';

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
      {data.statistic && <Statistic data={data.statistic} />}
      {data.tariff && <TariffAction link={data.tariff} />}
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
        !data.statistic && <p class="fn-note">{t('figure_no_fact')}</p>
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

/** The statistic the figure states: checked against its official series, or said to be unchecked. */
function Statistic({ data }: { data: StatisticCardData }) {
  const check = data.check;
  return (
    <section class="fn-fact fn-stat" aria-label={t('stat_section')}>
      <p class="fn-fact-measure">{data.statement}</p>
      {check ? (
        <>
          <p>
            <strong>{check.official}</strong>
          </p>
          <p class={`fn-check fn-check-${check.verdict}`}>{check.text}</p>
          <StatSeriesChart chart={check.chart} />
          <p class="fn-note fn-caveat">{check.caveat}</p>
          {check.url.startsWith('https://') && (
            <p class="fn-sources">
              {t('stat_source_label')}{' '}
              <a href={check.url} target="_blank" rel="noopener noreferrer">
                {check.source}
              </a>
              , {check.publisher}
            </p>
          )}
        </>
      ) : (
        data.unchecked?.map((line) => (
          <p key={line} class="fn-note">
            {line}
          </p>
        ))
      )}
    </section>
  );
}
