// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Card, type CardActions } from '../../components/Card';
import type { FigureCardData } from '../../lib/describe/figure';
import type { OfficialCardData } from '../../lib/describe/official';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => render(null, root()));

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** Actions that record what the card asked for. */
function recorder(overrides: Partial<CardActions> = {}) {
  const calls: string[] = [];
  const actions: CardActions = {
    onClose: () => calls.push('close'),
    onPin: (p) => calls.push(`pin:${p}`),
    citation: () => 'CITATION',
    copy: async (t) => (calls.push(`copy:${t}`), true),
    notRight: async (note) => void calls.push(`not-right:${note}`),
    ...overrides,
  };
  return { calls, actions };
}

const figure = (): FigureCardData => ({
  kind: 'figure',
  text: '$375 billion',
  amount: '$375 billion',
  normalised: '375,000,000,000 USD',
  trade: true,
  measure: 'trade deficit',
  currencyInferred: false,
  relations: ['$375 billion is a lot.'],
  fact: {
    id: 'x',
    measure: 'US goods trade deficit with China, 2017',
    value: '$375.2 billion',
    date: '2017',
    reportedBy: 'Census',
    summary: 's',
    sources: ['https://www.census.gov/foreign-trade/'],
  },
  check: { verdict: 'rounded', text: "Agrees with the source's $375.2 billion, rounded." },
  why: {
    reason: 'Marked as a trade figure (trade deficit) because of the words "trade deficit".',
    passage: `the $375 billion trade deficit ${hostile}`,
    highlight: 'trade deficit',
  },
});
const official = (name = 'X'): OfficialCardData => ({
  kind: 'official',
  text: name,
  name,
  terms: [],
  sources: [],
  fromPage: true,
  mentions: 1,
  why: { reason: 'The page names X.' },
});

const click = async (selector: string) => {
  await act(async () => (root().querySelector(selector) as HTMLElement).click());
};

describe('cards render page text as text', () => {
  it('an official card with markup in what the page says', () => {
    const data: OfficialCardData = {
      kind: 'official',
      text: 'Smith',
      name: `Jo ${hostile}`,
      terms: [{ role: `Minister ${hostile}` }],
      sources: [],
      fromPage: true,
      pageSays: `Smith said ${hostile} on Monday.`,
      mentions: 2,
      why: { reason: `The page gives Jo ${hostile} a title.` },
    };
    render(<Card data={data} id="c1" pinned={false} actions={recorder().actions} />, root());
    expect(root().querySelector('img, script')).toBeNull();
    expect(root().textContent).toContain('<img src=x onerror=');
    expect(root().textContent).toContain("Not in Footnote's knowledge base");
    expect((window as any).__pwned).toBeUndefined();
  });

  it('a figure card with its source link opening safely in a new tab', () => {
    render(<Card data={figure()} id="c2" pinned={false} actions={recorder().actions} />, root());
    const link = root().querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.census.gov/foreign-trade/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('census.gov');
    expect(root().textContent).toContain('375,000,000,000 USD');
    expect(root().textContent).toContain('rounded');
    expect(root().querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe('c2-title');
  });
});

describe('what a figure card calls the figure', () => {
  const kicker = () => root().querySelector('.fn-kicker')!.textContent;
  it('a trade figure by what it measures', () => {
    render(<Card data={figure()} id="k1" pinned={false} actions={recorder().actions} />, root());
    expect(kicker()).toBe('Trade figure · trade deficit');
  });
  it('a figure that is not about trade (the "all figures" setting) only a figure', () => {
    render(<Card data={{ ...figure(), trade: false, measure: undefined }} id="k2" pinned={false} actions={recorder().actions} />, root());
    expect(kicker()).toBe('Figure');
  });
});

describe('what a reader can do with a card', () => {
  it('closes, and pins or unpins, through its buttons', async () => {
    const { calls, actions } = recorder();
    render(<Card data={official()} id="c3" pinned={false} actions={actions} />, root());
    const pin = root().querySelector('button.fn-pin')!;
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    expect(pin.getAttribute('aria-label')).toBe('Pin card');
    await click('button.fn-pin');
    await click('button.fn-close');
    expect(calls).toEqual(['pin:true', 'close']);
    render(<Card data={official()} id="c3" pinned={true} actions={actions} />, root());
    expect(root().querySelector('button.fn-pin')!.getAttribute('aria-pressed')).toBe('true');
    await click('button.fn-pin');
    expect(calls.at(-1)).toBe('pin:false');
  });

  it('copies the citation and says so in a live region', async () => {
    const { calls, actions } = recorder();
    render(<Card data={figure()} id="c4" pinned={false} actions={actions} />, root());
    await click('button.fn-copy');
    expect(calls).toEqual(['copy:CITATION']);
    const status = root().querySelector('.fn-status')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Citation copied.');
  });

  it('shows the citation as selectable text when the browser refuses to copy', async () => {
    const { actions } = recorder({ copy: async () => false });
    render(<Card data={figure()} id="c5" pinned={false} actions={actions} />, root());
    await click('button.fn-copy');
    expect(root().querySelector('.fn-status')!.textContent).toMatch(/did not allow copying/);
    expect(root().querySelector('pre.fn-citation')!.textContent).toBe('CITATION');
  });

  it('explains why it is marked, with the deciding words emphasised and the page text kept as text', async () => {
    render(<Card data={figure()} id="c6" pinned={false} actions={recorder().actions} />, root());
    const toggle = root().querySelector('button.fn-why-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root().querySelector('.fn-why')).toBeNull();
    await click('button.fn-why-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const why = root().querySelector('#c6-why')!;
    expect(why.textContent).toContain('because of the words "trade deficit"');
    expect(why.querySelector('mark.fn-cue')!.textContent).toBe('trade deficit');
    expect(why.querySelector('img, script')).toBeNull();
    await click('button.fn-why-toggle');
    expect(root().querySelector('.fn-why')).toBeNull();
  });

  it('records "Not right?" with the reader\'s note and thanks them', async () => {
    const { calls, actions } = recorder();
    render(<Card data={figure()} id="c7" pinned={true} actions={actions} />, root());
    await click('button.fn-wrong-toggle');
    const area = root().querySelector<HTMLTextAreaElement>('#c7-note')!;
    expect(root().querySelector('label[for="c7-note"]')).not.toBeNull();
    await act(async () => {
      area.value = '  not a trade figure ';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root()
        .querySelector('form.fn-wrong')!
        .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(calls).toEqual(['not-right:not a trade figure']);
    expect(root().querySelector('.fn-status')!.textContent).toMatch(/noted on this device only/);
  });
});
