// The page's date of publication, for what its text means by "last year" or "in March": from its
// metadata (Open Graph's article:published_time and its kin, JSON-LD datePublished, the first
// <time datetime>), else today. Plain DOM, a few queries; read only on pages that passed the gate.

/** Meta names and properties that carry the publication date, lower case. */
const META_NAMES = new Set([
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
]);
const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})/;
/** JSON-LD is read with a pattern, not parsed: a page's ld+json can be large, or broken. */
const LD_DATE = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/;
/** At most this much of each ld+json script is searched. */
const LD_MAX_CHARS = 50_000;

/** `YYYY-MM-DD` when `value` starts with a plausible ISO date (not in the future beyond a day). */
function isoDay(value: string | null | undefined, now: Date): string | undefined {
  const m = value ? ISO_DAY.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const day0 = `${m[1]}-${m[2]}-${m[3]}`;
  return day0 <= today(new Date(now.getTime() + 86_400_000)) ? day0 : undefined;
}

/** The reader's date today, `YYYY-MM-DD` (local time: the day the reader reads it). */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function fromMeta(doc: Document, now: Date): string | undefined {
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (!META_NAMES.has(name)) continue;
    const day = isoDay(meta.getAttribute('content'), now);
    if (day) return day;
  }
  return undefined;
}

function fromJsonLd(doc: Document, now: Date): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = LD_DATE.exec((script.textContent ?? '').slice(0, LD_MAX_CHARS));
    const day = m ? isoDay(m[1], now) : undefined;
    if (day) return day;
  }
  return undefined;
}

function fromTime(doc: Document, now: Date): string | undefined {
  // The article's own first, when the page marks one out: a sidebar's dates are other stories'.
  const scope = doc.querySelector('article') ?? doc;
  for (const time of scope.querySelectorAll('time[datetime], [itemprop="datePublished"][datetime]')) {
    const day = isoDay(time.getAttribute('datetime'), now);
    if (day) return day;
  }
  return undefined;
}

/** The page's date of publication, `YYYY-MM-DD`; today when the page does not say. */
export function readPageDate(doc: Document, now = new Date()): string {
  return fromMeta(doc, now) ?? fromJsonLd(doc, now) ?? fromTime(doc, now) ?? today(now);
}
