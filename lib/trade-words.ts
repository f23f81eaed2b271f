// The trade words both gates look for: the first look's sample (page/gate-sample.ts), on every
// page, and the whole-page gate (prefilter.ts). A module of its own so that the first look, which
// runs on every page a reader opens, evaluates nothing more than it needs.

// Trade words: the classifier's topic words (classify/document.ts TOPIC_RE) and the heads of its
// trade cues that are not topic words (classify/cues.ts).
export const TRADE_WORD =
  /\b(?:trade(?!-off)|trading|tariffs?|dut(?:y|ies)|exports?|imports?|exporters?|importers?|protectionis\w*|dumping|quotas?|sanctions?|subsid\w*|retaliat\w*|surplus(?:es)?|deficits?|embargo(?:es)?|levy|levies|customs|shipments?|WTO|GATT|NAFTA|USMCA)\b/gi;
// What the sampled first look (page/gate-sample.ts) searches for: the heads of the trade words
// above, found with `includes` on the lowercased sample, so that on most pages no regex is
// compiled at all (every regex the content script uses is compiled again on every
// page, about half a millisecond each, measured); a head found is confirmed with the
// trade-word regex itself, since "important" holds "import" and "tradesman" holds "trade".
const TRADE_HEADS = [
  'trade',
  'trading',
  'tariff',
  'duty',
  'duties',
  'export',
  'import',
  'protectionis',
  'dumping',
  'quota',
  'sanction',
  'subsid',
  'retaliat',
  'surplus',
  'deficit',
  'embargo',
  'levy',
  'levies',
  'customs',
  'shipment',
  'wto',
  'gatt',
  'nafta',
  'usmca',
];

/** Does `text` (a sample of a page) hold a trade word? */
export function sampleMentionsTrade(text: string): boolean {
  const lower = text.toLowerCase();
  if (!TRADE_HEADS.some((head) => lower.includes(head))) return false;
  TRADE_WORD.lastIndex = 0;
  const found = TRADE_WORD.test(text);
  TRADE_WORD.lastIndex = 0;
  return found;
}
