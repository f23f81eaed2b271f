// The tariff-action section of a figure's card: the action a rate or value of goods covered
// belongs to, its law, documents, dates and countries, and whether it applied on the article's
// date. Everything is rendered as text (Preact escapes strings), never as HTML.
import { t } from '../lib/i18n';
import { describeTariff } from '../lib/describe/tariff';
import type { TariffLink } from '../lib/kb/tariffs/link';
import { SourceLinks } from './SourceLinks';

export function TariffAction({ link }: { link: TariffLink }) {
  const data = describeTariff(link);
  return (
    <section class="fn-fact fn-tariff" aria-label={t('tariff_section')}>
      <p class="fn-kicker">{data.kicker}</p>
      <p class="fn-fact-measure">{data.title}</p>
      <p>
        <strong>{data.figure}</strong>
      </p>
      <p class={`fn-tariff-status fn-tariff-${data.state}`}>{data.status}</p>
      <ul class="fn-terms">
        {data.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {data.parts.length > 0 && (
        <ul class="fn-relations">
          {data.parts.map((part) => (
            <li key={part}>{part}</li>
          ))}
        </ul>
      )}
      <SourceLinks urls={data.sources} />
    </section>
  );
}
