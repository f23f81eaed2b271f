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
    ['New tariffs hit [[$16 billion]] of European goods on Friday.', 'goods covered by tariffs'],
    // A tariff word in a later clause is the cause, not what the money measures.
    ['Imports fell [[8 percent]] to [[$290 billion]] as the new tariffs took effect.', 'imports', 'imports'],
    ['Exports climbed to [[$150 billion]] because the tariffs were delayed.', 'exports'],
  ]);
});
