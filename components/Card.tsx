// The hover card shell: a labelled dialog-like tooltip that holds a figure or official card.
import type { FigureCardData } from '../lib/describe/figure';
import type { OfficialCardData } from '../lib/describe/official';
import { FigureCard } from './FigureCard';
import { OfficialCard } from './OfficialCard';

export type CardData = FigureCardData | OfficialCardData;

export function Card({ data, id, onClose }: { data: CardData; id: string; onClose: () => void }) {
  return (
    <div class="fn-card-inner" role="dialog" aria-labelledby={`${id}-title`} id={id}>
      <div class="fn-head">
        <span class="fn-brand" id={`${id}-title`}>
          Footnote: {data.kind === 'figure' ? data.amount : data.name}
        </span>
        <button type="button" class="fn-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {data.kind === 'figure' ? <FigureCard data={data} /> : <OfficialCard data={data} />}
    </div>
  );
}
