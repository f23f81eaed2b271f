// Lower-cased, tokenised text (as in research corpora: "$ 75 million", "c $ 16.4 million") and
// other forms that news pages rarely use but that should not be missed.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/figures/parse';

function only(sentence: string) {
  const out = findFigures(sentence);
  expect(out).toHaveLength(1);
  const f = out[0];
  return { text: f.text, value: f.value, currency: f.currency, kind: f.kind };
}

describe('tokenised money', () => {
  it.each([
    ['the county sold $ 40 million of school bonds .', '$ 40 million', 40e6, 'USD'],
    ['the mill cost c $ 12.5 million to rebuild', 'c $ 12.5 million', 12.5e6, 'CAD'],
    ['toy exports reached hk $ 3.2 billion last year .', 'hk $ 3.2 billion', 3.2e9, 'HKD'],
    ['the bank approved a us $ 90 million credit .', 'us $ 90 million', 90e6, 'USD'],
    ['the prize is u.s $ 2,000,000 this week', 'u.s $ 2,000,000', 2e6, 'USD'],
    ['the bond paid £ 4.75 million in coupons .', '£ 4.75 million', 4.75e6, 'GBP'],
    ['the club borrowed € 3 million .', '€ 3 million', 3e6, 'EUR'],
    ['the stake was worth 75 million dutch guilders .', '75 million dutch guilders', 75e6, 'NLG'],
    ['a loan of 80 million australian dollars was agreed .', '80 million australian dollars', 80e6, 'AUD'],
    ['it sold the unit for 40 million finnish markka .', '40 million finnish markka', 40e6, 'FIM'],
    ['the fine came to 2 million yen .', '2 million yen', 2e6, 'JPY'],
    ['she paid 300,000 yen for the kimono .', '300,000 yen', 300000, 'JPY'],
    ['the grant was 15 lakh rupees .', '15 lakh rupees', 1.5e6, 'INR'],
    ['the ticket was 100元 at the gate', '100元', 100, 'CNY'],
  ])('%s', (sentence, text, value, currency) => {
    expect(only(sentence)).toEqual({ text, value, currency, kind: 'money' });
  });

  it('reads sub-units, hyphenated and spelled forms', () => {
    expect(only('the board declared an 8-cent-a-share payout')).toEqual({ text: '8-cent', value: 0.08, currency: 'USD', kind: 'money' });
    expect(only('the city took a one-yen bid for the job')).toEqual({ text: 'one-yen', value: 1, currency: 'JPY', kind: 'money' });
    expect(only('the shares closed one penny lower')).toEqual({ text: 'one penny', value: 0.01, currency: 'GBP', kind: 'money' });
    expect(only('the may contract gained 2.35 cents')).toEqual({ text: '2.35 cents', value: 0.0235, currency: 'USD', kind: 'money' });
  });
});

describe('tokenised percentages', () => {
  it.each([
    ['margins fell 12 % in the quarter', '12 %', 12],
    ['turnout was 240 percent of plan', '240 percent', 240],
    ['a forty percent share', 'forty percent', 40],
    ['one hundred percent of it', 'one hundred percent', 100],
    ['the yield was 100 percentage', '100 percentage', 100],
  ])('%s', (sentence, text, value) => {
    expect(only(sentence)).toEqual({ text, value, currency: null, kind: 'percent' });
  });
});
