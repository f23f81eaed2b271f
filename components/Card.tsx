// The card shell: a labelled, non-modal dialog that holds a figure or official card, with what a
// reader can do with it: pin it, copy a citation, ask why it is marked, say it is not right.
// Everything from the page is rendered as text (Preact escapes strings), never as HTML.
import { t } from '../lib/i18n';
import { useState } from 'preact/hooks';
import type { FigureCardData } from '../lib/describe/figure';
import type { OfficialCardData } from '../lib/describe/official';
import type { WhyMarked } from '../lib/describe/why';
import { FigureCard } from './FigureCard';
import { OfficialCard } from './OfficialCard';

export type CardData = FigureCardData | OfficialCardData;

/** What the card asks of the page it is on (entrypoints/content-app/card-controller.ts). */
export interface CardActions {
  onClose(): void;
  /** Pin or unpin the card. */
  onPin(pinned: boolean): void;
  /** The plain-text citation for this card (lib/describe/citation.ts). */
  citation(): string;
  /** Puts text on the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** "Not right?": keep the reader's correction locally and hide this mark. */
  notRight(note: string): Promise<void>;
}

type Panel = 'none' | 'why' | 'not-right';

export function Card({ data, id, pinned, actions }: { data: CardData; id: string; pinned: boolean; actions: CardActions }) {
  const [panel, setPanel] = useState<Panel>('none');
  const [status, setStatus] = useState('');
  const [note, setNote] = useState('');
  const [refused, setRefused] = useState(false);
  const toggle = (p: Panel) => setPanel(panel === p ? 'none' : p);

  const copy = async () => {
    const ok = await actions.copy(actions.citation()).catch(() => false);
    setStatus(ok ? t('card_copied') : t('card_copy_refused'));
    setRefused(!ok);
    if (!ok) setPanel('none');
  };

  return (
    <div class={`fn-card-inner${pinned ? ' fn-pinned' : ''}`} role="dialog" aria-labelledby={`${id}-title`} id={id} tabIndex={-1}>
      <div class="fn-head">
        <span class="fn-brand" id={`${id}-title`}>
          {t('card_title', data.kind === 'figure' ? data.amount : data.name)}
        </span>
        <span class="fn-head-buttons">
          <button
            type="button"
            class="fn-icon fn-pin"
            aria-pressed={pinned ? 'true' : 'false'}
            aria-label={pinned ? t('card_unpin') : t('card_pin')}
            title={pinned ? t('card_unpin_tip') : t('card_pin_tip')}
            onClick={() => actions.onPin(!pinned)}
          >
            {pinned ? '◆' : '◇'}
          </button>
          <button type="button" class="fn-icon fn-close" aria-label={t('card_close')} title={t('card_close_tip')} onClick={actions.onClose}>
            ×
          </button>
        </span>
      </div>
      {data.kind === 'figure' ? <FigureCard data={data} /> : <OfficialCard data={data} />}
      <div class="fn-actions">
        <button type="button" class="fn-action fn-copy" onClick={copy}>
          {t('card_copy')}
        </button>
        <button
          type="button"
          class="fn-action fn-why-toggle"
          aria-expanded={panel === 'why' ? 'true' : 'false'}
          aria-controls={`${id}-why`}
          onClick={() => toggle('why')}
        >
          {t('card_why')}
        </button>
        <button
          type="button"
          class="fn-action fn-wrong-toggle"
          aria-expanded={panel === 'not-right' ? 'true' : 'false'}
          aria-controls={`${id}-wrong`}
          onClick={() => toggle('not-right')}
        >
          {t('card_not_right')}
        </button>
      </div>
      <p class="fn-status" role="status" aria-live="polite">
        {status}
      </p>
      {refused && <pre class="fn-citation">{actions.citation()}</pre>}
      {panel === 'why' && <Why id={`${id}-why`} why={data.why} />}
      {panel === 'not-right' && (
        <form
          class="fn-wrong"
          id={`${id}-wrong`}
          onSubmit={(e) => {
            e.preventDefault();
            void actions.notRight(note.trim()).then(
              () => setStatus(t('card_not_right_thanks')),
              () => setStatus(t('card_not_right_failed')),
            );
          }}
        >
          <label for={`${id}-note`}>{t('card_not_right_label')}</label>
          <textarea id={`${id}-note`} rows={2} maxLength={500} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          <button type="submit" class="fn-action fn-wrong-submit">
            {t('card_not_right_submit')}
          </button>
        </form>
      )}
    </div>
  );
}

function Why({ id, why }: { id: string; why: WhyMarked }) {
  return (
    <div class="fn-why" id={id}>
      <p>{why.reason}</p>
      {why.passage && (
        <blockquote class="fn-quote">
          <Emphasised text={why.passage} words={why.highlight} />
        </blockquote>
      )}
    </div>
  );
}

/** The passage with the deciding words in <mark>, built from text pieces (never HTML). */
function Emphasised({ text, words }: { text: string; words?: string }) {
  const at = words ? text.toLowerCase().indexOf(words.toLowerCase()) : -1;
  if (!words || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark class="fn-cue">{text.slice(at, at + words.length)}</mark>
      {text.slice(at + words.length)}
    </>
  );
}
