// The options page: what to mark, how cards and marks look, the sites switched off, the
// reader's corrections, and a reset. Every change is saved at once; the open tabs apply it
// without a reload (entrypoints/content/footnote.ts watches the settings). All browser access
// goes through `port`.
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

export const HOVER_DELAYS: ReadonlyArray<{ ms: number; label: string }> = [
  { ms: 0, label: 'None (open at once)' },
  { ms: 150, label: 'Short (0.15 s)' },
  { ms: 250, label: 'Normal (0.25 s)' },
  { ms: 500, label: 'Long (0.5 s)' },
  { ms: 1000, label: 'Very long (1 s)' },
];

const STYLES: ReadonlyArray<{ value: HighlightStyle; label: string; hint: string }> = [
  { value: 'tint', label: 'Tint and underline', hint: 'Figures get a yellow tint; everything is underlined.' },
  { value: 'underline', label: 'Underline only', hint: 'No background colour until you point at a mark.' },
];

const THEMES: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'auto', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
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

  if (!settings) return <main class="options"><p role="status">Loading your settings…</p></main>;

  const save = async (patch: Partial<Settings>, said = 'Saved. Open tabs are updated.') => {
    setSettings({ ...settings, ...patch }); // at once; the watcher confirms
    await port.updateSettings(patch);
    setStatus(said);
  };
  const check = (key: 'tradeFigures' | 'allFigures' | 'officials') => (e: Event) => void save({ [key]: (e.currentTarget as HTMLInputElement).checked });

  return (
    <main class="options">
      <h1>Footnote settings</h1>
      <p class="lead">Changes are saved at once and reach the tabs you have open without reloading them.</p>

      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>What to mark</legend>
          <label class="row">
            <input type="checkbox" name="tradeFigures" checked={settings.tradeFigures} onChange={check('tradeFigures')} />
            <span>Trade figures <span class="hint">tariffs, deficits, exports and imports</span></span>
          </label>
          <label class="row">
            <input type="checkbox" name="allFigures" checked={settings.allFigures} onChange={check('allFigures')} />
            <span>All figures <span class="hint">every amount of money and percentage on pages about trade, not only the trade figures</span></span>
          </label>
          <label class="row">
            <input type="checkbox" name="officials" checked={settings.officials} onChange={check('officials')} />
            <span>Officials <span class="hint">on trade stories</span></span>
          </label>
          {marksNothing(settings) && <p class="warning">Nothing is marked with these choices. Footnote stays out of the way on every page.</p>}
        </fieldset>

        <fieldset>
          <legend>Cards</legend>
          <label class="row stacked" for="hoverDelay">
            Wait before a card opens when you point at a mark
          </label>
          <select id="hoverDelay" name="hoverDelayMs" value={String(settings.hoverDelayMs)} onChange={(e) => void save({ hoverDelayMs: Number((e.currentTarget as HTMLSelectElement).value) })}>
            {!HOVER_DELAYS.some((d) => d.ms === settings.hoverDelayMs) && <option value={String(settings.hoverDelayMs)}>{settings.hoverDelayMs} ms</option>}
            {HOVER_DELAYS.map((d) => (
              <option key={d.ms} value={String(d.ms)}>
                {d.label}
              </option>
            ))}
          </select>
          <p class="hint">Keyboard focus opens a card at once, whatever this says.</p>
        </fieldset>

        <fieldset>
          <legend>Highlight style</legend>
          {STYLES.map((s) => (
            <label class="row" key={s.value}>
              <input type="radio" name="highlightStyle" value={s.value} checked={settings.highlightStyle === s.value} onChange={() => void save({ highlightStyle: s.value })} />
              <span>
                {s.label} <span class="hint">{s.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>Theme of cards, popup and this page</legend>
          {THEMES.map((t) => (
            <label class="row" key={t.value}>
              <input type="radio" name="theme" value={t.value} checked={settings.theme === t.value} onChange={() => void save({ theme: t.value })} />
              <span>{t.label}</span>
            </label>
          ))}
        </fieldset>
      </form>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites where Footnote is off</h2>
        {settings.disabledSites.length ? (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span class="site">{site}</span>
                <button
                  type="button"
                  aria-label={`Turn Footnote back on for ${site}`}
                  onClick={() => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) }, `Footnote is on again for ${site}.`)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="none">None. Switch Footnote off for a site from the toolbar popup.</p>
        )}
      </section>

      <section aria-labelledby="corrections-h">
        <h2 id="corrections-h">
          Your corrections <span class="count">{corrections.length}</span>
        </h2>
        <p class="hint">Marks you said were not right. They are kept only in this browser and hidden on their pages.</p>
        {corrections.length ? (
          <table class="corrections">
            <caption class="visually-hidden">Corrections, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Marked</th>
                <th scope="col">Kind</th>
                <th scope="col">Your note</th>
                <th scope="col">Page</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {corrections.map((c) => (
                <tr key={`${c.url}|${c.kind}|${c.text}`}>
                  <td>{c.text}</td>
                  <td>{c.kind}</td>
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
          <p class="none">No corrections yet. Use “Not right?” on a card to record one.</p>
        )}
        <div class="actions">
          <button type="button" id="export" disabled={!corrections.length} onClick={() => port.download(exportFilename(new Date()), correctionsJson(corrections), 'application/json')}>
            Export as JSON
          </button>
          {!confirmClear ? (
            <button type="button" id="clear" disabled={!corrections.length} onClick={() => setConfirmClear(true)}>
              Clear corrections…
            </button>
          ) : (
            <span class="confirm" role="group" aria-label="Confirm clearing">
              <span>Delete all {corrections.length} corrections?</span>
              <button
                type="button"
                id="clear-confirm"
                class="danger"
                ref={(el) => el?.focus()}
                onClick={async () => {
                  await port.clearCorrections();
                  setConfirmClear(false);
                  setStatus('Corrections cleared.');
                }}
              >
                Delete
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                Cancel
              </button>
            </span>
          )}
        </div>
      </section>

      <section aria-labelledby="reset-h">
        <h2 id="reset-h">Defaults</h2>
        <p class="hint">Puts what to mark, the hover delay, the highlight style and the theme back as they were. The sites you switched off and your corrections are kept.</p>
        <button
          type="button"
          id="reset"
          onClick={async () => {
            await port.resetSettings();
            setSettings(await port.getSettings());
            setStatus('Settings reset to the defaults.');
          }}
        >
          Reset to defaults
        </button>
      </section>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
