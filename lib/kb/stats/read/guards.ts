// What makes an amount next to a flow word no statistic (LABELING, trade-2025): a change ("up
// $3.2 billion", "widened by"), a forecast ("economists had forecast"), a plan or a pledge, a
// tariff's coverage, revenue. Each test looks at a few words on one side of the amount.

/** Words between a verb or a preposition and the amount that change nothing ("to a record $X"). */
const QUALIFIERS = String.raw`(?:(?:about|around|nearly|almost|roughly|some|approximately|more\s+than|less\s+than|over|under|just|only|an\s+estimated|a\s+further|another|an\s+additional|a|an|the|record|new|all-time|high|of|whopping|staggering|historic|revised|upwardly\s+revised|downwardly\s+revised|previously\s+reported|initially\s+reported|estimated|remaining|additional|further|US|U\.S\.)\s+)*`;

const CHANGE_VERB = String.raw`(?:rose|fell|grew|gained|lost|increased|decreased|declined|dropped|jumped|climbed|widened|narrowed|shrank|shrunk|expanded|surged|soared|plunged|slumped|tumbled|swelled|ballooned|contracted|added|cut|shaved|trimmed|slipped|sank|dipped|eased|edged\s+(?:up|down)|(?:was|were|is|are)\s+(?:up|down))`;
// "rose $3 billion", "widened (sharply) by $3 billion", "up $3 billion", "an increase of $3 billion";
// not "offset by a $78 billion deficit", where "by" names no change.
const CHANGE_BEFORE = new RegExp(
  String.raw`(?:\b${CHANGE_VERB}(?:\s+[a-z]+ly)?(?:\s+by)?|\b(?:up|down)(?:\s+by)?|\b(?:increase|rise|drop|decline|fall|jump|gain|surge|plunge|reduction|decrease|narrowing|widening|improvement|deterioration|swing|change|growth)\s+of)\s+${QUALIFIERS}$`,
  'i',
);
const CHANGE_AFTER =
  /^\s*(?:\([^)]{0,60}\)\s*)?(?:increase|rise|drop|decline|fall|jump|gain|surge|plunge|reduction|decrease|narrowing|widening|improvement|deterioration|swing|more|less|higher|lower|bigger|smaller|larger|wider|narrower|above|below)\b/i;

/** "from a revised $123.2 billion", "compared with $44 billion": a level too, for an earlier period. */
const SIBLING_BEFORE = new RegExp(
  String.raw`\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from)\s+(?:(?:[A-Z][a-z]+|\d{4})['\u2019]s\s+)?${QUALIFIERS}$`,
  'i',
);

const FORECAST =
  /\b(?:forecasts?|forecasted|forecasting|expects?|expected|expecting|expectations?|estimates?|projects?|projected|projections?|predicts?|predicted|anticipated?|consensus|polled|poll|survey(?:ed)?|outlook|targets?|targeted|targeting|goal|aims?\s+to|plans?\s+to|hopes?\s+to|seeks?\s+to|wants?\s+to|vow(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)|set\s+to|on\s+track|poised|likely|if|unless|potential(?:ly)?|could|would|should|might|will|shall|going\s+to|to\s+(?:rise|reach|increase|grow|climb|hit|top|double|triple|exceed|surpass|expand|boost|lift|raise|cut|reduce|slash|narrow|widen))\b/i;
// "may" is a month as well: only the lower-case verb is a modal.
const MAY = /\bmay\b/;
/** A forecast the actual figure is compared with leaves the figure a fact ("wider than expected"). */
const FORECAST_COMPARED =
  /\b(?:than|as)\s+(?:had\s+been\s+|was\s+)?(?:expected|forecast|anticipated|predicted|estimated)|\b(?:beat|beating|above|below|exceeded|exceeding|topped|topping|missed|missing|surpassed|surpassing)\s+(?:market\s+|analysts['’]?\s+|economists['’]?\s+)?(?:forecasts?|expectations?|estimates?)(?!\s+of\b)/gi;

/** Words that make an amount a tariff's, a pledge's, revenue, or no trade flow at all. */
const DENY =
  /\b(?:tariffs?|duties|duty|levies|levy|countermeasures|retaliat\w*|sanctions?|quotas?|revenues?|receipts|collections?|collected|raised|invest\w*|pledg\w*|commit\w*|promis\w*|purchases?|purchasing|buy|buying|bought|subsid\w*|aid|loans?|budget|gdp|spending|stimulus|reserves|profits?|costs?|prices?|fines?|penalt\w*|compensation|market\s+value|valuation|orders?|contracts?|deals?|package)\b/i;
/** "a $3.4 billion set of retaliatory tariffs", "$29.8 billion in tariffs": the amount is a measure's. */
const MEASURE_AFTER =
  /^\s*(?:\([^)]{0,60}\)\s*)?(?:(?:set|package|round|list|batch|wave|worth)\s+)?(?:of|in|on)\s+(?:[a-z-]+\s+){0,2}?(?:tariffs?|duties|levies|countermeasures|sanctions|subsidies|investments?|purchases?|aid|package|pledges?|commitments?|deals?|orders?|contracts?|revenues?)\b/;
/** "$1.27 billion worth of Canadian newsprint": one product's flow. */
const OBJECT_AFTER = /^\s*(?:\([^)]{0,60}\)\s*)?(?:worth\s+)?of\s+(?:the\s+)?(?:(?:[A-Z][\w.’'-]*|U\.S\.)\s+)*([a-z][a-z-]*)/;
const OPEN_OBJECTS = new Set(['goods', 'products', 'merchandise', 'items', 'services', 'wares', 'exports', 'imports', 'trade', 'shipments', 'manufactures']);

/** Is what follows the amount a measure ("… of retaliatory tariffs") or one product ("… worth of lumber")? */
export function isMeasureOrProduct(text: string, end: number, to: number): boolean {
  const after = text.slice(end, Math.min(to, end + LOOK));
  if (MEASURE_AFTER.test(after)) return true;
  const object = OBJECT_AFTER.exec(after);
  return object !== null && !OPEN_OBJECTS.has(object[1]);
}

/** "tariffs on $200 billion of …": the goods a measure covers. */
const COVERED_BEFORE = new RegExp(String.raw`\b(?:on|covering|targeting|affecting|hitting|against|worth)\s+${QUALIFIERS}$`, 'i');
const COVERED_CONTEXT = /\b(?:tariffs?|duties|duty|levies|levy|countermeasures|retaliat\w*|sanctions?)\b/i;

const LOOK = 80;

/** Is the amount at [start, end) a change rather than a level? */
export function isChange(text: string, start: number, end: number, from: number): boolean {
  const before = text.slice(Math.max(from, start - LOOK), start);
  if (CHANGE_BEFORE.test(before)) return true;
  return CHANGE_AFTER.test(text.slice(end, end + LOOK));
}

/** Is the amount compared with the one before it ("from $X", "compared with $X")? */
export function isSibling(text: string, start: number, from: number): boolean {
  return SIBLING_BEFORE.test(text.slice(Math.max(from, start - LOOK), start));
}

/** Does text[from, to) make what follows a forecast, a plan or a condition? */
export function isForecast(text: string, from: number, to: number): boolean {
  let stretch = text.slice(from, to);
  if (!FORECAST.test(stretch) && !MAY.test(stretch)) return false;
  stretch = stretch.replace(FORECAST_COMPARED, ' ');
  return FORECAST.test(stretch) || MAY.test(stretch);
}

/** Does text[from, to) (the words between a flow and its amount) make the amount something else? */
export function isDenied(text: string, from: number, to: number): boolean {
  return DENY.test(text.slice(from, to));
}

/** Is the amount at `start` the goods a tariff or sanction covers? */
export function isCovered(text: string, start: number, clauseStart: number): boolean {
  const before = text.slice(Math.max(clauseStart, start - LOOK), start);
  return COVERED_BEFORE.test(before) && COVERED_CONTEXT.test(text.slice(clauseStart, start));
}
