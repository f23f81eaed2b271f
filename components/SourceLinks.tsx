// Source links: only the knowledge base's own https URLs, opened in a new tab, and without
// telling the source which page the reader came from.
import { t } from '../lib/i18n';

export function SourceLinks({ urls }: { urls: string[] }) {
  if (!urls.length) return null;
  return (
    <p class="fn-sources">
      {t('sources_label')}{' '}
      {urls.map((url, i) => (
        <span key={url}>
          {i > 0 && ', '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            {hostOf(url)}
          </a>
        </span>
      ))}
    </p>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
