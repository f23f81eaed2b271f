// Every string Footnote shows a reader, by key, from the browser's message catalogs
// (public/_locales/<lang>/messages.json, the format browser.i18n reads). Pure: in the extension
// an adapter (lib/browser/i18n.ts) hands in browser.i18n.getMessage and the browser's language;
// in Node (tests, the CLI, the evaluation) the English catalog is read directly, so the one
// pipeline describes figures the same way everywhere. The content scripts' builds leave that
// catalog out (wxt.config.ts: browser.i18n has it, and falls back to it by itself), so nothing
// here may need it in the browser.
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
/** A browser.i18n-style catalog: key → { message } with $1…$9 for substitutions. */
export type Catalog = Record<string, { message: string }>;
/** browser.i18n.getMessage's shape: '' for a key it does not know. */
export type MessageLookup = (key: string, substitutions?: string[]) => string;

/** $1…$9 replaced as browser.i18n does; "$$" is a literal dollar sign. */
export function fromCatalog(catalog: Catalog): MessageLookup {
  return (key, subs = []) => {
    const entry = catalog[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}

const english = fromCatalog(en);
let lookup: MessageLookup = english;
let locale = 'en-US';

/** Use these messages and this BCP 47 language from now on (the extension's adapter, tests). */
export function setMessages(next: MessageLookup, language: string): void {
  lookup = next;
  locale = language || 'en-US';
}

/** Back to the built-in English (tests). */
export function resetMessages(): void {
  setMessages(english, 'en-US');
}

/** The reader's language, for Intl (numbers, currencies, dates, country names). */
export function uiLocale(): string {
  return locale;
}

/** The message for `key`, in the reader's language, falling back to English. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const args = subs.map(String);
  return lookup(key, args) || english(key, args) || key;
}

/** The label of a measure the classifier gives ("trade deficit"), in the reader's language. */
export function measureLabel(measure: string): string {
  const key = `measure_${measure.toLowerCase().replace(/[^a-z]+/g, '_')}`;
  return lookup(key) || english(key) || measure;
}
