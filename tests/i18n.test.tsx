// The UI's languages: every message in every catalog, the same substitutions in each, the
// manifest's own strings, and a card, the popup's chart and the describe layer in German.
// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fromCatalog, measureLabel, resetMessages, setMessages, t, type Catalog } from '../lib/i18n';
import { Card, type CardActions } from '../components/Card';
import { FigureChart } from '../components/FigureChart';
import { chartFigures } from '../lib/describe/chart';
import { describeFigure } from '../lib/describe/figure';
import { formatKbDate, formatMoneyShort, formatPercent } from '../lib/describe/format';
import { annotate } from '../lib/pipeline';
import { bundledKb } from '../lib/kb/bundled';

const LOCALES = join(__dirname, '../public/_locales');
const catalog = (lang: string): Catalog => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const en = catalog('en');
const langs = readdirSync(LOCALES);
const placeholders = (m: string) =>
  [...m.matchAll(/\$([1-9])/g)]
    .map((x) => x[1])
    .sort()
    .join(',');

afterEach(() => resetMessages());

describe('message catalogs', () => {
  it('ships English and one more complete language', () => {
    expect(langs.sort()).toEqual(['de', 'en']);
  });

  it.each(langs.filter((l) => l !== 'en'))('%s has every English key, no others, none empty, with the same substitutions', (lang) => {
    const other = catalog(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(other)) {
      expect(message.trim(), key).not.toBe('');
      expect(placeholders(message), key).toBe(placeholders(en[key].message));
    }
  });

  it('keys are what browser.i18n accepts, and no message has a stray $', () => {
    for (const lang of langs) {
      for (const [key, { message }] of Object.entries(catalog(lang))) {
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(message.replace(/\$[1-9$]/g, ''), `${lang}:${key}`).not.toContain('$');
      }
    }
  });

  it('the manifest takes its name and description from the catalogs', async () => {
    const config = readFileSync(join(__dirname, '../wxt.config.ts'), 'utf8');
    expect(config).toContain("default_locale: 'en'");
    expect(config).toContain('__MSG_ext_name__');
    expect(config).toContain('__MSG_ext_description__');
  });

  it('substitutes like browser.i18n, and falls back to English for a key a catalog lacks', () => {
    setMessages(fromCatalog({ card_title: { message: 'Fußnote: $1' } }), 'de-DE');
    expect(t('card_title', '$375 billion')).toBe('Fußnote: $375 billion');
    expect(t('card_copy')).toBe('Copy citation');
  });
});

describe('in German', () => {
  const german = () => setMessages(fromCatalog(catalog('de')), 'de-DE');

  it("formats amounts, percentages and dates with Intl in the reader's language", () => {
    german();
    expect(formatMoneyShort(375e9, 'USD')).toBe('375 Milliarden USD');
    expect(formatPercent(25)).toBe('25\u00a0%'); // Intl's no-break space
    expect(formatKbDate('2017-02-13')).toBe('13. Feb. 2017');
    expect(measureLabel('trade deficit')).toBe('Handelsdefizit');
  });

  it('describes a figure: the check, the kicker and the buttons of its card', () => {
    german();
    const text = 'The $375 billion trade deficit with China was a record.';
    const f = annotate(text).figures[0];
    const data = describeFigure(f, { text, figures: [f], kb: bundledKb });
    expect(data.check!.text).toBe('Stimmt gerundet mit dem Wert der Quelle (375,2 Milliarden USD) überein.');
    expect(data.normalised).toBe('375.000.000.000 USD');
    const actions: CardActions = { onClose() {}, onPin() {}, citation: () => '', copy: async () => true, notRight: async () => {} };
    const root = document.body.appendChild(document.createElement('div'));
    render(<Card data={data} id="de1" pinned={false} actions={actions} />, root);
    expect(root.querySelector('.fn-kicker')!.textContent).toBe('Handelszahl · Handelsdefizit');
    expect([...root.querySelectorAll('.fn-actions button')].map((b) => b.textContent)).toEqual(['Zitat kopieren', 'Warum ist das markiert?', 'Stimmt nicht?']);
    expect(root.querySelector('.fn-close')!.getAttribute('aria-label')).toBe('Schließen');
    render(null, root);
  });

  it('draws the popup chart with German labels and relations', () => {
    german();
    const fig = (markId: string, value: number, measure: string) => ({
      markId,
      text: '',
      amount: formatMoneyShort(value, 'USD'),
      measure,
      kind: 'money' as const,
      value,
      currency: 'USD',
    });
    const charts = chartFigures([fig('a', 375e9, 'trade deficit'), fig('b', 50e9, 'goods covered by tariffs')]);
    expect(charts[0].relations).toEqual(['50 Milliarden USD (mit Zöllen belegte Waren) sind etwa 13\u00a0% von 375 Milliarden USD (Handelsdefizit).']);
    const root = document.body.appendChild(document.createElement('div'));
    render(<FigureChart charts={charts} reveal={() => {}} />, root);
    expect(root.querySelector('h2')!.textContent).toBe('Geldbeträge');
    expect(root.querySelector('caption')!.textContent).toContain('Geldbeträge auf dieser Seite in USD');
    render(null, root);
  });
});
