// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Card } from '../../components/Card';
import type { FigureCardData } from '../../lib/describe/figure';
import type { OfficialCardData } from '../../lib/describe/official';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => render(null, root()));

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('cards render page text as text', () => {
  it('an official card with markup in what the page says', () => {
    const data: OfficialCardData = {
      kind: 'official', text: 'Smith', name: `Jo ${hostile}`, terms: [{ role: `Minister ${hostile}` }], sources: [], fromPage: true,
      pageSays: `Smith said ${hostile} on Monday.`, mentions: 2,
    };
    render(<Card data={data} id="c1" onClose={() => {}} />, root());
    expect(root().querySelector('img, script')).toBeNull();
    expect(root().textContent).toContain('<img src=x onerror=');
    expect(root().textContent).toContain('Not in Footnote\'s knowledge base');
    expect((window as any).__pwned).toBeUndefined();
  });

  it('a figure card with its source link opening safely in a new tab', () => {
    const data: FigureCardData = {
      kind: 'figure', text: '$375 billion', amount: '$375 billion', normalised: '375,000,000,000 USD', measure: 'trade deficit',
      currencyInferred: false, relations: ['$375 billion is a lot.'],
      fact: { id: 'x', measure: 'US goods trade deficit with China, 2017', value: '$375.2 billion', date: '2017', reportedBy: 'Census', summary: 's', sources: ['https://www.census.gov/foreign-trade/'] },
      check: { verdict: 'rounded', text: "Agrees with the source's $375.2 billion, rounded." },
    };
    render(<Card data={data} id="c2" onClose={() => {}} />, root());
    const link = root().querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.census.gov/foreign-trade/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('census.gov');
    expect(root().textContent).toContain('375,000,000,000 USD');
    expect(root().textContent).toContain('rounded');
    expect(root().querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe('c2-title');
  });

  it('the close button calls back', () => {
    let closed = 0;
    const data: OfficialCardData = { kind: 'official', text: 'X', name: 'X', terms: [], sources: [], fromPage: true, mentions: 1 };
    render(<Card data={data} id="c3" onClose={() => closed++} />, root());
    (root().querySelector('button.fn-close') as HTMLButtonElement).click();
    expect(closed).toBe(1);
  });
});
