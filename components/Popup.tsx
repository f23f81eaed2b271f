// The toolbar popup: a summary of the current page (officials, trade figures, in page order, how
// many statistics agree with the official series), click-to-scroll, and the per-site switch.
// All browser access goes through `port`.
import { measureLabel, t } from '../lib/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../lib/browser/messages';
import { chartFigures } from '../lib/describe/chart';
import { statTallyText, tallyStats } from '../lib/describe/summary';
import { FigureChart } from './FigureChart';

export type PopupState = PageState | { status: 'unavailable' } | { status: 'loading' };

export interface PopupPort {
  getState(): Promise<PopupState>;
  reveal(markId: string): Promise<void>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  /** The options page, in a tab. */
  openOptions?(): void;
}

export function Popup({ port }: { port: PopupPort }) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });

  const refresh = () => port.getState().then(setState, () => setState({ status: 'unavailable' }));
  useEffect(() => {
    void refresh();
  }, []);
  // The page may still be reading (or re-reading after the switch): ask again shortly.
  useEffect(() => {
    if (state.status !== 'working' && state.status !== 'loading') return;
    const t = setTimeout(refresh, 300);
    return () => clearTimeout(t);
  }, [state]);

  const toggle = async (host: string, on: boolean) => {
    await port.setSiteEnabled(host, on);
    setState(on ? { status: 'working', host } : { status: 'off', host });
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Footnote</h1>
        {'host' in state && (
          <label class="switch">
            <input
              type="checkbox"
              checked={state.status === 'off'}
              onChange={(e) => void toggle(state.host, (e.target as HTMLInputElement).checked === false)}
            />
            {t('popup_off_switch')}
          </label>
        )}
      </header>
      <Body state={state} reveal={port.reveal} />
      {port.openOptions && (
        <footer class="popup-foot">
          <button type="button" class="link" onClick={() => port.openOptions!()}>
            {t('popup_settings')}
          </button>
        </footer>
      )}
    </main>
  );
}

function Body({ state, reveal }: { state: PopupState; reveal: (id: string) => Promise<void> }) {
  switch (state.status) {
    case 'loading':
    case 'working':
      return (
        <p class="state" role="status">
          {t('popup_reading')}
        </p>
      );
    case 'unavailable':
      return (
        <p class="state" role="status">
          {t('popup_unavailable')}
        </p>
      );
    case 'off':
      return (
        <p class="state" role="status">
          {t('popup_off', state.host)}
        </p>
      );
  }
  const { officials, figures } = state.summary;
  const tally = statTallyText(tallyStats(figures));
  if (!officials.length && !figures.length) {
    return (
      <p class="state" role="status">
        {t('popup_nothing')}
      </p>
    );
  }
  return (
    <>
      <section aria-labelledby="officials-h">
        <h2 id="officials-h">
          {t('popup_officials')} <span class="count">{officials.length}</span>
        </h2>
        {officials.length ? (
          <ul class="items">
            {officials.map((o) => (
              <li key={o.markId}>
                <button type="button" class="item" onClick={() => void reveal(o.markId)}>
                  <span class="item-main">{o.name}</span>
                  <span class="item-sub">
                    {o.role ?? t('popup_official')}
                    {o.known ? '' : t('popup_from_page')}
                    {o.mentions > 1 ? t('popup_mentions', o.mentions) : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="none">{t('popup_no_officials')}</p>
        )}
      </section>
      {tally && <p class="stat-tally">{tally}</p>}
      <FigureChart charts={chartFigures(figures)} reveal={(id) => void reveal(id)} />
      <section aria-labelledby="figures-h">
        <h2 id="figures-h">
          {t('popup_figures')} <span class="count">{figures.length}</span>
        </h2>
        {figures.length ? (
          <ul class="items">
            {figures.map((f) => (
              <li key={f.markId}>
                <button type="button" class="item" onClick={() => void reveal(f.markId)}>
                  <span class="item-main">{f.amount}</span>
                  <span class="item-sub">{f.measure ? measureLabel(f.measure) : t('popup_trade_figure')}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="none">{t('popup_no_figures')}</p>
        )}
      </section>
    </>
  );
}
