// The options page: what to mark, how cards and marks look, the sites switched off, the
// reader's corrections, and a reset. Every change is saved at once; the open tabs apply it
// without a reload (entrypoints/content-app/stored-watchers.ts watches the settings). All
// browser access goes through `port`.
import { t, type MessageKey } from '../lib/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { HighlightStyle, Settings, Theme } from '../lib/settings';
import { correctionsJson, type Correction } from '../lib/corrections';
import { marksNothing } from '../lib/page/select';

export interface OptionsPort {
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<unknown>;
  resetSettings(): Promise<unknown>;
  watchSettings(cb: (s: Settings) => void): () => void;
  getCorrections(): Promise<Correction[]>;
  clearCorrections(): Promise<void>;
  watchCorrections(cb: (all: Correction[]) => void): () => void;
  /** Offer `text` as a file download. */
  download(filename: string, text: string, type: string): void;
}

// Labels are message keys (public/_locales), looked up when rendered.
export const HOVER_DELAYS: ReadonlyArray<{ ms: number; label: MessageKey }> = [
  { ms: 0, label: 'opt_delay_0' },
  { ms: 150, label: 'opt_delay_150' },
  { ms: 250, label: 'opt_delay_250' },
  { ms: 500, label: 'opt_delay_500' },
  { ms: 1000, label: 'opt_delay_1000' },
];

const STYLES: ReadonlyArray<{ value: HighlightStyle; label: MessageKey; hint: MessageKey }> = [
  { value: 'tint', label: 'opt_style_tint', hint: 'opt_style_tint_hint' },
  { value: 'underline', label: 'opt_style_underline', hint: 'opt_style_underline_hint' },
];

const THEMES: ReadonlyArray<{ value: Theme; label: MessageKey }> = [
  { value: 'auto', label: 'opt_theme_auto' },
  { value: 'light', label: 'opt_theme_light' },
  { value: 'dark', label: 'opt_theme_dark' },
];

export function exportFilename(now: Date): string {
  return `footnote-corrections-${now.toISOString().slice(0, 10)}.json`;
}

export function Options({ port }: { port: OptionsPort }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [status, setStatus] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);

  useEffect(() => {
    void port.getSettings().then(setSettings);
    void port.getCorrections().then(setCorrections);
    const a = port.watchSettings(setSettings);
    const b = port.watchCorrections(setCorrections);
    return () => {
      a();
      b();
    };
  }, []);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);

  if (!settings)
    return (
      <main class="options">
        <p role="status">{t('opt_loading')}</p>
      </main>
    );

  const save = async (patch: Partial<Settings>, said = t('opt_saved')) => {
    setSettings({ ...settings, ...patch }); // at once; the watcher confirms
    await port.updateSettings(patch);
    setStatus(said);
  };
  const check = (key: 'tradeFigures' | 'allFigures' | 'officials') => (e: Event) => void save({ [key]: (e.currentTarget as HTMLInputElement).checked });

  return (
    <main class="options">
      <h1>{t('opt_title')}</h1>
      <p class="lead">{t('opt_lead')}</p>

      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('opt_what')}</legend>
          <label class="row">
            <input type="checkbox" name="tradeFigures" checked={settings.tradeFigures} onChange={check('tradeFigures')} />
            <span>
              {t('opt_trade')} <span class="hint">{t('opt_trade_hint')}</span>
            </span>
          </label>
          <label class="row">
            <input type="checkbox" name="allFigures" checked={settings.allFigures} onChange={check('allFigures')} />
            <span>
              {t('opt_all')} <span class="hint">{t('opt_all_hint')}</span>
            </span>
          </label>
          <label class="row">
            <input type="checkbox" name="officials" checked={settings.officials} onChange={check('officials')} />
            <span>
              {t('opt_officials')} <span class="hint">{t('opt_officials_hint')}</span>
            </span>
          </label>
          {marksNothing(settings) && <p class="warning">{t('opt_nothing')}</p>}
        </fieldset>

        <fieldset>
          <legend>{t('opt_cards')}</legend>
          <label class="row stacked" for="hoverDelay">
            {t('opt_delay')}
          </label>
          <select
            id="hoverDelay"
            name="hoverDelayMs"
            value={String(settings.hoverDelayMs)}
            onChange={(e) => void save({ hoverDelayMs: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {!HOVER_DELAYS.some((d) => d.ms === settings.hoverDelayMs) && (
              <option value={String(settings.hoverDelayMs)}>{t('opt_delay_ms', settings.hoverDelayMs)}</option>
            )}
            {HOVER_DELAYS.map((d) => (
              <option key={d.ms} value={String(d.ms)}>
                {t(d.label)}
              </option>
            ))}
          </select>
          <p class="hint">{t('opt_delay_hint')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('opt_style')}</legend>
          {STYLES.map((s) => (
            <label class="row" key={s.value}>
              <input
                type="radio"
                name="highlightStyle"
                value={s.value}
                checked={settings.highlightStyle === s.value}
                onChange={() => void save({ highlightStyle: s.value })}
              />
              <span>
                {t(s.label)} <span class="hint">{t(s.hint)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t('opt_theme')}</legend>
          {THEMES.map((theme) => (
            <label class="row" key={theme.value}>
              <input
                type="radio"
                name="theme"
                value={theme.value}
                checked={settings.theme === theme.value}
                onChange={() => void save({ theme: theme.value })}
              />
              <span>{t(theme.label)}</span>
            </label>
          ))}
        </fieldset>
      </form>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('opt_sites')}</h2>
        {settings.disabledSites.length ? (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span class="site">{site}</span>
                <button
                  type="button"
                  aria-label={t('opt_site_on', site)}
                  onClick={() => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) }, t('opt_site_on_done', site))}
                >
                  {t('opt_remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="none">{t('opt_no_sites')}</p>
        )}
      </section>

      <section aria-labelledby="corrections-h">
        <h2 id="corrections-h">
          {t('opt_corrections')} <span class="count">{corrections.length}</span>
        </h2>
        <p class="hint">{t('opt_corrections_hint')}</p>
        {corrections.length ? (
          <table class="corrections">
            <caption class="visually-hidden">{t('opt_corrections_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('opt_col_marked')}</th>
                <th scope="col">{t('opt_col_kind')}</th>
                <th scope="col">{t('opt_col_note')}</th>
                <th scope="col">{t('opt_col_page')}</th>
                <th scope="col">{t('opt_col_when')}</th>
              </tr>
            </thead>
            <tbody>
              {corrections.map((c) => (
                <tr key={`${c.url}|${c.kind}|${c.text}`}>
                  <td>{c.text}</td>
                  <td>{c.kind === 'figure' ? t('opt_kind_figure') : t('opt_kind_official')}</td>
                  <td>{c.note || '—'}</td>
                  <td class="url" title={c.url}>
                    {c.host}
                  </td>
                  <td>
                    <time dateTime={c.at}>{c.at.slice(0, 10)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="none">{t('opt_no_corrections')}</p>
        )}
        <div class="actions">
          <button
            type="button"
            id="export"
            disabled={!corrections.length}
            onClick={() => port.download(exportFilename(new Date()), correctionsJson(corrections), 'application/json')}
          >
            {t('opt_export')}
          </button>
          {!confirmClear ? (
            <button type="button" id="clear" disabled={!corrections.length} onClick={() => setConfirmClear(true)}>
              {t('opt_clear')}
            </button>
          ) : (
            <span class="confirm" role="group" aria-label={t('opt_confirm_group')}>
              <span>{t('opt_confirm', corrections.length)}</span>
              <button
                type="button"
                id="clear-confirm"
                class="danger"
                ref={(el) => el?.focus()}
                onClick={async () => {
                  await port.clearCorrections();
                  setConfirmClear(false);
                  setStatus(t('opt_cleared'));
                }}
              >
                {t('opt_delete')}
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                {t('opt_cancel')}
              </button>
            </span>
          )}
        </div>
      </section>

      <section aria-labelledby="reset-h">
        <h2 id="reset-h">{t('opt_defaults')}</h2>
        <p class="hint">{t('opt_defaults_hint')}</p>
        <button
          type="button"
          id="reset"
          onClick={async () => {
            await port.resetSettings();
            setSettings(await port.getSettings());
            setStatus(t('opt_reset_done'));
          }}
        >
          {t('opt_reset')}
        </button>
      </section>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
