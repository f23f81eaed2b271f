import { describe } from 'vitest';
import { check } from './classify-cases';

// What a figure's own clause says comes first: the rules below decide trade and measure from the
// words that govern the figure, before its sentence and the story. Sentences written for these
// tests. STORY opens an article about trade, so that its non-trade figures must be decided by
// their own words rather than by the topic.
const STORY = 'The trade war widened as tariffs on imports and exports rose and the trade deficit grew. ';

describe('tariffs: the goods they cover, or what they collect', () => {
  check([
    ['The president threatened a further [[$200 billion]] in tariffs if the talks fail.', 'goods covered by tariffs'],
    ['Ottawa will unveil [[$16 billion]] in retaliatory tariffs on Monday.', 'goods covered by tariffs'],
    ['American importers paid [[$3 billion]] in tariffs in March.', 'tariffs collected'],
    ['The government has collected another [[$10 billion]] in tariffs.', 'tariffs collected'],
    ['Customs duties have surpassed the [[$90 billion]] mark in a single fiscal year.', 'tariffs collected'],
    ['New tariffs hit [[$16 billion]] of European goods on Friday.', 'goods covered by tariffs'],
    ['The president said the tariffs would raise [[$200 billion]] over a decade.', 'tariffs collected'],
    ['Tariffs were raised on [[$200 billion]] of Chinese goods in May.', 'goods covered by tariffs'],
    // A tariff word in a later clause is the cause, not what the money measures.
    ['Imports fell [[8 percent]] to [[$290 billion]] as the new tariffs took effect.', 'imports', 'imports'],
    ['Exports climbed to [[$150 billion]] because the tariffs were delayed.', 'exports'],
    ['Imports rose [[19 pct]] to [[6.6 billion dlrs]], customs figures showed.', 'imports', 'imports'],
    ['A reciprocal plan would raise duties on [[45 percent]] of imports from those partners.', 'goods covered by tariffs'],
  ]);
});

describe('the clause a figure sits in', () => {
  check([
    // The object of "subject to" is the figure's own noun, not the subject further left.
    ['Thai exports to the United States will now be subject to a [[19%]] tariff.', 'tariffs'],
    ['Vietnamese exports to America will face a [[20%]] levy, down from the [[46%]] first announced.', 'tariffs', 'tariffs'],
    [STORY + 'The trade deficit cut [[4.8 percentage points]] from GDP, resulting in the economy shrinking at a [[0.3%]] rate.', 'F', 'F'],
    [STORY + 'The deal will add [[5 billion pounds]] ([[$6.8 billion]]) a year to the British economy.', 'F', 'F'],
    [STORY + 'Net exports took [[1.2 percentage points]] off growth in the quarter.', 'F'],
    ['The [[12 percent]] rise in trade surplus came from strong car exports.', 'trade surplus'],
    ['The gap between what the country sells abroad and what it buys from foreign countries hit [[$55 billion]].', 'trade deficit'],
    // ... but not a subject's own participle, nor a market named after the figure.
    ['Exports have been hurt by tariffs, falling [[5%]] in March.', 'exports'],
    ["China's exports rose [[5%]] to the world's largest economy last year.", 'exports'],
    ["Washington bought [[$500 billion]] of goods from the world's second-largest economy.", 'T'],
    // A share of exports or imports, whatever verb moves the goods.
    ['India buys [[70 per cent]] of Russia’s oil exports.', 'exports'],
    ['Canada shipped [[76%]] of its exports to the United States last year.', 'exports'],
    ['The chipmakers will hand the government [[15 percent]] of revenue from sales to China.', 'exports'],
  ]);
});

describe('what "it" and "this" point back to, and what shipments are', () => {
  check([
    [
      'The country posted a trade gap of [[$61 billion]] in the month that levies of [[10 percent]] took effect. This was down [[55 percent]] from March.',
      'trade deficit',
      'tariffs',
      'trade deficit',
    ],
    [
      'Imports grew [[1.9 percent]] after rising [[1 percent]] the month before. However, this was weaker than the expected growth of [[2.8 percent]].',
      'imports',
      'imports',
      'imports',
    ],
    ['Exports rose [[5.9 percent]] in November. Shipments were forecast to expand [[3.8 percent]].', 'exports', 'exports'],
    [
      'Seoul unveiled a shopping list of American goods. The list includes [[1.1 billion dlrs]] of capital goods and [[700 mln]] of farm products.',
      'purchase commitment',
      'purchase commitment',
    ],
  ]);
});

describe('trade figures written in other words', () => {
  check([
    ['Ministers agreed to cut budget outlays on export subsidies by [[36 pct]] over six years.', 'subsidies'],
    ['The accord sets a ceiling on farm subsidies of [[$19 billion]] a year.', 'subsidies'],
    ['American soybeans lost market share in China, falling to [[18 percent]] after Beijing retaliated.', 'exports'],
    ['The U.S. share of the Japanese beef market fell to [[45 pct]] from [[60 pct]] after Tokyo raised the tariff.', 'exports', 'exports'],
    ["Britain's balance of payments deficit widened last month. Invisibles showed a surplus of [[1.2 billion]] stg.", 'trade surplus'],
    [
      'The EU set a price cap on Russian crude at [[15%]] below the market average. That would mean a cap of [[$47]] a barrel, down from [[$60]].',
      'sanctions',
      'sanctions',
      'sanctions',
    ],
    ['Washington will lift the tariffs it imposes on a dozen countries. Australia does not expect anything above the [[10 per cent]] base rate.', 'tariffs'],
    [STORY + 'Tokyo pledged [[$550 billion]] in investments in the United States under the tariff deal.', 'industrial investment'],
    [STORY + 'He cited the [[$600 billion]] ([[CHF484 billion]]) in investments from the European Union.', 'industrial investment', 'industrial investment'],
    ['The rupiah has fallen [[10%]] this year, making exports cheaper and trimming the trade deficit.', 'currency'],
    ['The central bank let the Taiwan dollar rise [[3.2 pct]] under U.S. pressure to cut the trade surplus.', 'currency'],
  ]);
});

describe("a trade story's figures that are not trade", () => {
  check([
    [STORY + 'Jakarta cut its growth forecast to [[4.7%]] from [[5%]] to reflect the fallout.', 'F', 'F'],
    [STORY + 'Portfolio outflows reached [[$4 billion]] in the quarter.', 'F'],
    [STORY + "Banks' foreign liabilities rose to [[12 billion dlrs]] at the end of March.", 'F'],
    [STORY + 'The new electric hatchback is priced at [[119,800 yuan]].', 'F'],
    // A conversion measures what the amount it restates measures.
    [STORY + 'The sedan now costs about [[500,000 yuan]] in China after the tariffs, roughly [[$72,000]].', 'F', 'F'],
    ['Japan ran a surplus with the U.S. of [[9 trillion yen]] ([[$63 billion]]).', 'trade surplus', 'trade surplus'],
    [STORY + 'The state bank lent [[$2 billion]] to the carmaker.', 'F'],
    [STORY + 'The dollar was trading at [[145.20 yen]] in late Tokyo dealing.', 'F'],
    [STORY + '[[45 percent]] said the tariffs would hurt their families.', 'F'],
    [STORY + 'The rupiah (IDR) fell [[0.5%]] as investors sold stocks and bonds.', 'F'],
    [STORY + 'The pension fund made [[$2 billion]] in investments last year.', 'F'],
    ['The Bank of England cut its base rate to [[10 pct]] on Thursday.', 'F'],
    ["Apple's market share in China slipped to [[15 percent]] last quarter.", 'F'],
    [STORY + 'The base rate was cut to [[9.5 pct]] by the Bank of England.', 'F'],
    ['The export growth target of [[8 pct]] was kept.', 'exports'],
  ]);
});

describe('trade with a named partner, amounting to a sum', () => {
  check([
    ['Total U.S. trade with Canada was about [[$762 billion]] in 2024.', 'two-way trade'],
    ['U.S. trade with the European Union totaled [[$975 billion]] last year.', 'two-way trade'],
    // A partner named without a verb of amounting is no total of trade.
    ['Trade with China was a priority, he said, after a [[$2 billion]] stock sale.', 'F'],
  ]);
});
