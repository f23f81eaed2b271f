// @vitest-environment happy-dom
// The official card shows the line about the page's date: from the data, or worked out from the
// page date the card is given.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OfficialCard } from '../../components/OfficialCard';
import type { OfficialCardData } from '../../lib/describe/official';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => render(null, root()));

const data = (over: Partial<OfficialCardData> = {}): OfficialCardData => ({
  kind: 'official',
  text: 'Johnson',
  name: 'Boris Johnson',
  terms: [{ role: 'Prime Minister of the United Kingdom', title: 'Prime Minister', country: 'United Kingdom', from: '2019-07-24', to: '2022-09-06' }],
  sources: ['https://www.gov.uk/government/history/past-prime-ministers'],
  fromPage: false,
  mentions: 1,
  why: { reason: 'In the knowledge base.' },
  ...over,
});
const line = () => root().querySelector('.fn-on-date')?.textContent;

describe('OfficialCard and the page date', () => {
  it('shows the line the card data carries', () => {
    render(<OfficialCard data={data({ onPageDate: 'Formerly: Prime Minister, 2019–2022' })} />, root());
    expect(line()).toBe('Formerly: Prime Minister, 2019–2022');
  });

  it('works the line out from a page date it is given', () => {
    render(<OfficialCard data={data()} pageDate="2021-03-01" />, root());
    expect(line()).toBe("In office on the article's date: Prime Minister (2019–2022)");
  });

  it('shows no line without a date, nor for someone known only from the page', () => {
    render(<OfficialCard data={data()} />, root());
    expect(line()).toBeUndefined();
    render(<OfficialCard data={data({ fromPage: true })} pageDate="2021-03-01" />, root());
    expect(line()).toBeUndefined();
  });
});
