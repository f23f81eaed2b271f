import { describe, expect, it } from 'vitest';
import { analyseDocument, classifyFigure, classifyFigures } from '../../lib/figures/classify';
import type { FigureSpan } from '../../lib/types';
import { check, judge, parse } from './classify-cases';

describe('trade = true', () => {
  describe('tariff and duty rates', () => {
    check([
      ['Washington will raise the levy to [[25 percent]] from [[10 percent]] next month.', 'tariffs', 'tariffs'],
      ['Ottawa agreed to collect a [[15 pct]] export tax on its lumber shipments.', 'tariffs'],
      ['Brussels said it would answer with duties of [[20 pct]] on American whiskey.', 'tariffs'],
      ['The administration slapped a [[30%]] tariff on imported solar panels.', 'tariffs'],
      ['Producers asked for anti-dumping margins of up to [[48 pct]] on the Japanese chips.', 'tariffs'],
      ['At [[10 percent]], the new levy is lower than many exporters feared.', 'tariffs'],
      ['Tokyo left unchanged at [[4 pct]] its duties on imported beef cuts.', 'tariffs'],
      ['If a country taxes our cars coming in at [[40%]], we should do the same.', 'tariffs'],
    ]);
  });

  describe('value of goods covered by a measure, tariffs collected', () => {
    check([
      ['He imposed tariffs of [[25 percent]] on [[$34 billion]] of Chinese goods.', 'tariffs', 'goods covered by tariffs'],
      ['Beijing hit back with levies on [[$60 billion]] worth of American products.', 'goods covered by tariffs'],
      ['The duties cover [[$2.5 billion]] in Canadian steel imports.', 'T'],
      ['The customs service collected [[$21 billion]] in tariffs last year.', 'tariffs collected'],
      ['Tariff revenue climbed to [[$6.2 billion]] in May.', 'tariffs collected'],
      ['Washington imposed sanctions on [[300 mln dlrs]] of Japanese electronics.', 'sanctions'],
    ]);
  });

  describe('trade flows', () => {
    check([
      ['Exports rose [[4.1 pct]] to [[21.3 billion dlrs]] in April, the ministry said.', 'exports', 'exports'],
      ['Imports fell to [[9.8 billion dlrs]] from [[10.4 billion]] a year earlier.', 'imports', 'imports'],
      ['Two-way trade reached [[1.9 billion dlrs]] last year.', 'two-way trade'],
      ['Soybean sales to China dropped [[74 percent]] in the season.', 'exports'],
      ['China accounts for about [[60 percent]] of all American soybean exports.', 'exports'],
      ['Machinery made up [[35 pct]] of total imports in the quarter.', 'imports'],
      ['The country shipped [[$480 million]] in wine to Asia.', 'T'],
      ['Export prices fell [[2.3 pct]] in the month.', 'exports'],
      ['Cocoa earnings slipped to [[900 mln dlrs]] because of the weak harvest.', 'exports'],
    ]);
  });

  describe('trade balances and the current account', () => {
    check([
      ['The trade surplus narrowed to [[6.2 billion dlrs]] in March from [[7.9 billion]] in February.', 'trade surplus', 'trade surplus'],
      ['The country posted a [[3.1 billion dlr]] trade deficit in the month.', 'trade deficit'],
      ['Last year the current account showed a surplus of [[2.2 billion dlrs]].', 'current account'],
      ['Japan’s surplus with the United States rose to [[58 billion dlrs]].', 'trade surplus'],
      ['The trade gap widened. The deficit reached [[$62 billion]] in July.', 'trade deficit'],
      ['The goods deficit with Mexico grew [[12%]] in the first half.', 'trade deficit'],
      ['The services surplus held steady at [[$21 billion]].', 'trade surplus'],
    ]);
  });

  describe('quotas, subsidies, farm aid, industrial policy, purchases, currency', () => {
    check([
      ['The agreement lets quota growth run at [[6 pct]] a year.', 'quota'],
      ['Washington offered export subsidies worth [[300 mln dlrs]] on wheat sales.', 'subsidies'],
      ['The department will pay [[$12 billion]] in aid to farmers hurt by retaliation.', 'farm aid'],
      ['A second package of [[$16 billion]] for farmers was announced in May.', 'farm aid'],
      ['Under Made in China 2025, Beijing has steered some [[$300 billion]] into chipmakers and robotics.', 'T'],
      ['Seoul agreed to buy [[1.5 billion dlrs]] of American aircraft and grain.', 'purchase commitment'],
      ['China committed to purchase an extra [[$200 billion]] of U.S. goods over two years.', 'purchase commitment'],
      [
        'Washington wants Seoul to let the won rise to cut its trade surplus. The won has gained [[4.2 pct]] this year, helping exporters abroad less.',
        'currency',
      ],
    ]);
  });
});

describe('trade = false', () => {
  describe('GDP, inflation, employment, interest rates, money supply', () => {
    check([
      ['The economy will grow [[2.9 pct]] this year, the institute said.', 'F'],
      ['Gross domestic product rose [[0.6 percent]] in the quarter.', 'F'],
      ['Consumer prices climbed [[1.9 pct]] in the year to May.', 'F'],
      ['The jobless rate fell to [[3.8 percent]].', 'F'],
      ['The central bank cut its discount rate to [[2.5 pct]].', 'F'],
      ['M-2 money supply grew [[8.7 pct]] in the year to February.', 'F'],
      ['Industrial production slipped [[0.3 pct]] in March while exports rose [[2 pct]].', 'F', 'exports'],
    ]);
  });

  describe('budget, stimulus, debt, reserves, loans and stakes', () => {
    check([
      ['The budget deficit is expected to shrink to [[$780 billion]].', 'F'],
      ['Tokyo unveiled a [[5,000 billion yen]] economic package to stimulate demand.', 'F'],
      ['The country owes [[21 billion dlrs]] in foreign debt.', 'F'],
      ['Foreign exchange reserves fell to [[3.1 billion dlrs]] at end-June.', 'F'],
      ['The World Bank approved a loan of [[150 mln dlrs]] for the power sector.', 'F'],
      ['The fund bought a [[9.9 percent]] stake in the carmaker.', 'F'],
      ['The capital account recorded an outflow of [[1.2 billion dlrs]].', 'F'],
      ['The overall balance of payments swung to a surplus of [[400 mln dlrs]].', 'F'],
      ['The central bank bought about [[1.5 billion dlrs]] in the market to stem the yen’s rise.', 'F'],
    ]);
  });

  describe('markets, companies, polls, downstream effects, quotes', () => {
    check([
      ['The Dow fell [[2.4 percent]] after the tariff announcement.', 'F'],
      ['Shares of the tractor maker dropped [[3.1 percent]] on the news of new tariffs.', 'F'],
      ['Soybean futures slid [[1.8%]] as the trade talks stalled.', 'F'],
      ['The company said quarterly revenue rose [[11 percent]] to [[$4.2 billion]].', 'F', 'F'],
      ['The phone maker gets about [[20 percent]] of its revenue from China, which faces tariffs.', 'F'],
      ['In a poll, [[56 percent]] of Americans said the tariffs hurt them.', 'F'],
      ['Economists estimate the tariffs will cost the average household [[$800]] a year.', 'F'],
      ['The levies could shave [[0.3 percentage points]] off GDP growth next year.', 'F'],
      ['Prices of washing machines rose [[12 percent]] after the tariffs took effect.', 'F'],
      ['The dollar closed at [[140.25 yen]], dealers said.', 'F'],
    ]);
  });
});

describe('neighbours and context', () => {
  check([
    // A figure whose sentence says nothing takes its reading from the same value earlier.
    ['China pays tariffs of [[10%]] on these goods. The [[10%]] will go up to [[25%]] on Friday.', 'tariffs', 'tariffs', 'tariffs'],
    // Bare "deficit" refers back to the last deficit whose kind was written out.
    ['He warned about the federal budget deficit. He said the deficit would fall by [[$35 billion]].', 'F'],
    ['The trade deficit is a concern. The deficit was [[$41 billion]] in May.', 'trade deficit'],
    // The subject nearest the figure governs, not the first trade word of the sentence.
    ['Imports of steel grew [[9 pct]] while domestic output rose only [[1 pct]].', 'imports', 'F'],
    ['Its trade surplus is needed to service its [[44 billion dlr]] foreign debt.', 'F'],
  ]);
});

describe('harder constructions', () => {
  check([
    // The subject, not a noun after a preposition, governs.
    ['Shipments from the region’s biggest economy slipped [[3 pct]] in June.', 'traded goods'],
    ['The growth of the Dutch economy will slow to [[1.8 pct]].', 'F'],
    ['In 1986 exports totalled [[4.1 billion dlrs]], the bank said.', 'exports'],
    // The base of one percent does not govern the next figure.
    ['The current account surplus, about [[3.2 pct]] of gross national product, fell to [[4.4 billion dlrs]].', 'current account', 'current account'],
    // Pairs share the word after the second figure.
    ['Officials weighed between [[$8 billion]] and [[$10 billion]] in aid to growers.', 'farm aid', 'farm aid'],
    ['The agency unveiled a [[$5 billion]] plan to help farmers hit by retaliatory duties.', 'farm aid'],
    // A specific duty is a rate; a per-unit market price is not trade.
    ['Ottawa set a countervailing duty of [[70 cents]] a bushel on corn.', 'tariffs'],
    ['Soybeans were up [[1.1%]] at [[$8.70]] a bushel in Chicago trade.', 'F', 'F'],
    // A company name before a move verb is a share-price move, even in a trade story; a place
    // name after a trade word is not.
    ['Tariffs on machinery rose again. Deere slid [[2.2%]] and Cummins and Paccar were both down about [[1.4%]].', 'F', 'F'],
    ['Tariffs bit hard. Shipments to the U.S. fell [[14%]] in the quarter.', 'traded goods'],
    // Names of newspapers are not markets.
    ['The Wall Street Journal said the package for soybean farmers could reach [[$9 billion]].', 'farm aid'],
    // A sentence ending in "pct." ends there.
    ['Consumer prices rose [[1.5 pct]]. The trade deficit hit [[12 billion dlrs]].', 'F', 'trade deficit'],
    // Currency moves: trade when tied to trade, not when tied to markets.
    ['The yuan has lost about [[6%]] against the dollar since the tariffs began, cushioning exporters.', 'currency'],
    ['Speculative inflows pushed the currency up. The peso has risen [[9 pct]] against the dollar this year, drawing capital from abroad.', 'F'],
  ]);
});

describe('cues and measures', () => {
  it('gives the deciding words as the cue', () => {
    const [j] = judge('The trade surplus narrowed to [[6.2 billion dlrs]] in March.');
    expect(j).toEqual({ trade: true, measure: 'trade surplus', cue: 'trade surplus' });
  });

  it('gives a cue for non-trade figures too', () => {
    const [j] = judge('Consumer prices climbed [[1.9 pct]] in May.');
    expect(j.trade).toBe(false);
    expect(j.measure).toBeUndefined();
    expect(j.cue).toBe('Consumer prices');
  });

  it('the cue is text from the document', () => {
    const marked = 'Beijing hit back with levies on [[$60 billion]] worth of American products.';
    const { text } = parse(marked);
    const [j] = judge(marked);
    expect(j.cue && text.includes(j.cue.split(' … ')[0])).toBe(true);
  });

  it('falls back on the article topic only when the sentence is silent', () => {
    const trade = judge(
      'Tariffs and trade talks dominated the week. Exports and imports both slowed as tariffs bit. ' +
        'The trade war goes on.\n\nOne figure stood out: [[$100 billion]].',
    );
    expect(trade[0]).toMatchObject({ trade: true, cue: 'Tariffs' });
    expect(trade[0].measure).toBeUndefined();
    const other = judge('The weather was fine all week.\n\nOne figure stood out: [[$100 billion]].');
    expect(other[0].trade).toBe(false);
  });

  it('classifyFigures matches classifyFigure and works without a precomputed context', () => {
    const { text, figures } = parse('Exports rose [[4.1 pct]] while the Dow fell [[1 pct]].');
    const all = classifyFigures(text, figures);
    expect(all.map((j) => j.trade)).toEqual([true, false]);
    expect(classifyFigure(text, figures[1], figures)).toEqual(all[1]);
  });

  it('stays cheap on a large page', () => {
    const para = 'The trade deficit narrowed to $5 billion as exports rose 3 percent and the Dow fell 1 percent. ';
    const text = para.repeat(2000); // ~190,000 characters, 6,000 figures
    const figures: FigureSpan[] = [];
    for (const m of text.matchAll(/\$5 billion|3 percent|1 percent/g)) {
      const percent = m[0].includes('percent');
      figures.push({
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
        kind: percent ? 'percent' : 'money',
        value: percent ? Number(m[0][0]) : 5e9,
        currency: percent ? null : 'USD',
      });
    }
    const t0 = performance.now();
    const ctx = analyseDocument(text);
    const all = classifyFigures(text, figures, ctx);
    const ms = performance.now() - t0;
    expect(ctx.topic.tradeHeavy).toBe(true);
    expect(all.filter((j) => j.trade).length).toBe(4000);
    expect(ms).toBeLessThan(2000);
  });
});
