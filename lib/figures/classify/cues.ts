// The word table behind trade classification: which words, when they govern a money or
// percent figure, say what it measures. Rules for "governs" live beside it (index.ts); this file
// is only vocabulary, so adding a word never means touching the logic.
//
// Every pattern is a regex *source* without capture groups (use `(?:...)`); all are joined
// into one case-insensitive alternation and run once over the document. Where two cues
// could start at the same place, the one listed first wins, so compounds ("budget deficit",
// "export prices", "import duties") come before their parts ("deficit", "prices", "imports").

/** The labels a trade figure's card can show. A small fixed vocabulary on purpose. */
export type TradeMeasure =
  | 'tariffs'
  | 'goods covered by tariffs'
  | 'tariffs collected'
  | 'trade balance'
  | 'trade deficit'
  | 'trade surplus'
  | 'current account'
  | 'exports'
  | 'imports'
  | 'two-way trade'
  | 'traded goods'
  | 'sanctions'
  | 'quota'
  | 'subsidies'
  | 'farm aid'
  | 'industrial investment'
  | 'purchase commitment'
  | 'currency';

/**
 * How a cue behaves once found:
 * - `trade`: decides trade = true with its measure.
 * - `other`: decides trade = false (GDP, shares, debt...).
 * - `goods`: weak trade evidence (a value of goods); used when no stronger word governs.
 * - `balance`: a bare deficit/surplus/gap; resolved by the words after it or by the last
 *   qualified mention earlier in the document ("the deficit" after "budget deficit").
 * - `tax`: "tax"/"taxing"; a tariff only when the sentence talks about goods crossing a border.
 * - `currency`: a currency moving; trade only when the passage links it to trade.
 * - `investment`: trade (industrial policy) only next to industrial-policy words.
 * - `purchase`: "buy", "purchases": a purchase commitment, unless the sentence is about
 *   markets (a central bank buying dollars, investors buying shares or bonds).
 * - `aid`: "aid", "relief", "bailout": farm aid when the sentence is about farmers or the trade
 *   war, otherwise transfers (not trade).
 * - `revenue`: company results, unless a tariff word comes just before ("the tariff would raise
 *   $40 billion in revenue").
 * - `people`: people as a denominator ("percent of Americans"): a poll or survey, never trade.
 * - `mover`: a move verb ("dropped", "was down"); right before a figure whose subject is a
 *   name and no cue word ("Nvidia dropped 5.3%", "Wells Fargo dipped 5%"), a market move.
 * - `none`: words that must not be read as any other cue ("on a balance of payments basis").
 * - `rate`: "base rate": a tariff where tariffs are talked of (the sentence or the one before),
 *   else an interest rate.
 * - `cap`: "price cap", "a cap of": a sanction where sanctions or Russian oil are talked of.
 * - `share`: "market share": a trade flow where the sentence talks of exports, imports or
 *   retaliation ("U.S. soybeans lost market share in China"), else a company's share.
 */
export type CueRole =
  | 'trade'
  | 'other'
  | 'goods'
  | 'balance'
  | 'tax'
  | 'currency'
  | 'investment'
  | 'purchase'
  | 'aid'
  | 'revenue'
  | 'people'
  | 'mover'
  | 'none'
  | 'rate'
  | 'cap'
  | 'share';

export interface CueDef {
  re: string;
  role: CueRole;
  measure?: TradeMeasure;
  /** Short name of a non-trade topic, used only for debugging and the cue text. */
  topic?: string;
  /** A trade cue only where trade is being discussed (the article or the sentence); silent elsewhere. */
  gated?: boolean;
  /** Speaks only when right after the figure ("140.25 yen to the dollar"), never from a distance. */
  attachOnly?: boolean;
  /** When attached, weaker than a governing word on the left: "$8.56 a bushel" is a price, but
   *  "a duty of 67 cents a bushel" is a duty. */
  weakAttach?: boolean;
}

// Reused fragments.
const BAL = String.raw`(?:deficits?|surplus(?:es)?|gaps?|balances?|shortfalls?|imbalances?)`;
const CCY = String.raw`(?:won|yen|yuan|renminbi|dollar|D-?mark|mark|franc|sterling|pound|euro|peso|rupee|rupiah|ringgit|baht|ruble|rouble|lira|zloty|krona|krone|shekel|dong|currency|currencies)`;
const MOVE = String.raw`(?:gained|gains|gaining|gain|rise|rose|risen|rises|rising|fall|fell|fallen|falls|falling|lost|loses|losing|shed|sheds|appreciated|appreciates|appreciating|depreciated|depreciates|depreciating|weakened|weakens|weakening|strengthened|strengthens|strengthening|declined|declines|dropped|drops|climbed|climbs|slid|slipped|plunged|slumped|tumbled|sank|soared|surged|jumped|devalued|revalued|firmed|eased)`;
const COMMODITY = String.raw`(?:coffee|cocoa|oil|tea|sugar|rubber|tin|copper|cotton|timber|rice|wheat|grain|soybean|soya|palm oil|commodity|commodities)`;

// prettier-ignore
export const CUES: CueDef[] = [
  // ---- compounds that must beat their parts -------------------------------------------
  { re: String.raw`(?:on\s+an?\s+)?(?:balance[- ]of[- ]payments|customs(?:[- ]cleared)?|f\.?o\.?b\.?|c\.?i\.?f\.?|seasonally\s+adjusted|year-on-year|annuali[sz]ed)\s+basis`, role: 'none' },
  { re: String.raw`(?:invisible|services|tourism)\s+(?:earnings|receipts|income|exports|trade)`, role: 'trade', measure: 'exports' },
  { re: String.raw`(?:fiscal|financial|calendar|marketing|crop|tax)\s+(?:year|years|quarter|half)`, role: 'none' },
  { re: String.raw`customs\s+(?:figures|data|statistics|offices?|agency|administration|authorit(?:y|ies)|department|service|officials?|clearance|union|bureau|house)|(?:administration|department|bureau)\s+of\s+customs`, role: 'none' },
  { re: String.raw`(?:budget(?:ary)?\s+)?(?:outlays|expenditures?|spending)\s+on\s+(?:export|farm|agricultural)\s+subsid\w+|subsid(?:y|ies)\s+(?:ceilings?|caps?|limits?)|(?:ceilings?|caps?|limits?)\s+on\s+(?:(?:export|farm|agricultural)\s+)?subsid\w+|subsidi[sz]ed\s+exports`, role: 'trade', measure: 'subsidies' },
  { re: String.raw`price\s+caps?|caps?`, role: 'cap', measure: 'sanctions' },
  { re: String.raw`(?:base|baseline)\s+(?:tariff\s+)?rates?`, role: 'rate', measure: 'tariffs' },
  { re: String.raw`market\s+shares?|share\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?market`, role: 'share', measure: 'exports' },
  { re: String.raw`(?<!\b(?:export|exports|import|imports|trade|shipment|shipments|sales)\s)(?:growth|gdp)\s+(?:forecasts?|targets?|outlook|estimates?|projections?)|(?:forecast|target|outlook)\s+for\s+(?:economic\s+)?growth`, role: 'other', topic: 'GDP' },
  { re: String.raw`(?:Wall\s+Street\s+Journal|Dow\s+Jones\s+(?:Newswires|&\s+Co)|S&P\s+Global|Standard\s+&\s+Poor'?s\s+(?:Ratings|Global))`, role: 'none' },
  { re: String.raw`(?:gold|silver|oil|crude|brent|copper|bitcoin|soybeans?|soy|corn|wheat|cotton|hogs|cattle|sugar|cocoa|coffee)(?<!\b(?:of|in|for|on)\s+(?:\w+\s+)?\w+)\s+(?:futures\s+|prices?\s+)?(?:(?:were|was|are|is|have|has|had)\s+)?(?:${MOVE}|up|down|higher|lower|jumped|tumbled|rallied)`, role: 'other', topic: 'commodity prices' },
  { re: String.raw`(?:a|per)\s+(?:bushel|barrel|ounce|troy\s+ounce|pound|gallon|hundredweight|cwt)`, role: 'other', topic: 'commodity prices', attachOnly: true, weakAttach: true },
  { re: String.raw`(?:foreign[- ]exchange|foreign[- ]currency|currency|gold|official|international)\s+reserves`, role: 'other', topic: 'reserves' },
  { re: String.raw`foreign[- ]exchange\s+earnings`, role: 'other', topic: 'foreign-exchange earnings' },
  { re: String.raw`(?:export|exports|${COMMODITY})\s+(?:earnings|revenues?|receipts|income)`, role: 'trade', measure: 'exports' },
  { re: String.raw`(?:export|import)\s+prices?(?:\s+index)?`, role: 'trade', measure: 'exports' },
  { re: String.raw`(?:tariff|duty|customs)\s+(?:revenues?|receipts|collections?|income)`, role: 'trade', measure: 'tariffs collected' },
  { re: String.raw`(?:anti-?dumping|dumping|countervailing)\s+(?:dut(?:y|ies)|margins?|rates?|tariffs?)`, role: 'trade', measure: 'tariffs' },
  { re: String.raw`(?:farm|agricultural)\s+(?:spending|price\s+supports?|support\s+(?:prices|programs?|spending)|programs?)|deficiency\s+payments|(?:export|farm)\s+(?:restitutions?|refunds?)`, role: 'trade', measure: 'subsidies' },
  { re: String.raw`sales\s+(?:to|abroad|overseas)\b|(?:export|foreign|overseas|soybean|farm|grain|wheat|corn)\s+sales`, role: 'trade', measure: 'exports' },
  { re: String.raw`(?:capital|investment|consumer|intermediate|manufactured|industrial|finished)\s+(?:goods|products)`, role: 'goods', measure: 'traded goods' },
  { re: String.raw`(?:smartphone|phone|handset|pc|computer|iphone|unit|vehicle)\s+shipments`, role: 'other', topic: 'company results' },
  { re: String.raw`(?:net|market)\s+worth|(?:company|firm|stake|business|fortune)\s+worth`, role: 'other', topic: 'company results' },
  { re: String.raw`(?:import|export|tariff[- ]rate)\s+quotas?`, role: 'trade', measure: 'quota' },
  { re: String.raw`(?:import|export)\s+(?:duties|duty|tariffs?|taxe?s?|levies|levy|surcharges?)`, role: 'trade', measure: 'tariffs' },
  { re: String.raw`export\s+(?:subsid(?:y|ies)|credits?|enhancement|bonus(?:es)?|rebates?|restitutions?|refunds?)|(?:EEP|subsidy)\s+bonus(?:es)?`, role: 'trade', measure: 'subsidies' },
  { re: String.raw`(?:income|corporate|payroll|property|sales|value[- ]added|capital[- ]gains|estate|gasoline|gas|fuel|consumption)\s+tax(?:es)?`, role: 'other', topic: 'domestic tax' },
  { re: String.raw`tax\s+(?:cuts?|rates?|burden|reform|hikes?|increases?|credits?|breaks?|bill|code|returns?)`, role: 'other', topic: 'domestic tax' },
  { re: String.raw`(?:gap|difference|imbalance)\s+between\b[^.;]{0,60}?\b(?:sells|exports|buys|imports)\b[^.;]{0,60}?\b(?:sells|exports|buys|imports)\b(?:\s+from\s+(?:foreign\s+countries|abroad|other\s+countries|the\s+rest\s+of\s+the\s+world))?`, role: 'trade', measure: 'trade deficit' },
  { re: String.raw`(?:budget|fiscal|federal|public[- ]sector|public|government|state|pension|balance[- ]of[- ]payments|payments|capital[- ]account|overall|basic|structural|primary)\s+${BAL}`, role: 'other', topic: 'budget / payments balance' },
  { re: String.raw`balance\s+of\s+payments`, role: 'other', topic: 'balance of payments' },
  { re: String.raw`current[- ]account(?:\s+${BAL})?`, role: 'trade', measure: 'current account' },
  { re: String.raw`(?:trade|merchandise|goods|visible|invisibles?|services|bilateral|energy|oil|non-oil|farm|food|agricultural|industrial|manufactur\w*)(?:\s+trade)?\s+${BAL}`, role: 'trade', measure: 'trade balance' },
  { re: String.raw`${BAL}\s+(?:in|on)\s+(?:the\s+|its\s+|their\s+)?(?:trade|goods|merchandise|services)`, role: 'trade', measure: 'trade balance' },
  { re: String.raw`(?:two-way|bilateral|total|overall|annual|foreign|capital[- ]goods|farm and food|agricultural|industrial|merchandise)\s+trade(?!\s+(?:wars?|talks|deals?|dispute|disputes|tensions|policy|policies|representative|ministers?|ministry|officials?|negotiat\w+|barriers|agreements?|pacts?|department|partners?|relations|practices|laws?|bill|issues?|frictions?|friction|war|conflict|fight|truce|rules|body|group|zone|secrets|numbers|figures|data|gap|deficit|surplus|balance))`, role: 'trade', measure: 'two-way trade' },
  { re: String.raw`trade\s+(?:flows?|volumes?|turnover|between|(?:(?:last|this|next)\s+(?:year|month|quarter)\s+|in\s+\d{4}\s+)?(?:rose|fell|jumped|grew|totall?ed|increased|decreased|declined|dropped|surged|climbed|slipped|showed|reached|amounted|expanded|contracted|doubled|tripled))`, role: 'trade', measure: 'two-way trade' },
  { re: String.raw`(?:in|of)\s+(?:two-way\s+|bilateral\s+|annual\s+)?trade\b(?!\s+(?:wars?|talks|deals?|dispute|tensions|policy|barriers|agreements?|surplus(?:es)?|deficits?|balances?|gaps?|imbalances?|partners?|relations|practices|officials?|ministers?|representatives?|negotiat\w+))`, role: 'trade', measure: 'two-way trade' },
  { re: String.raw`trade\s+(?:of|in)\s+(?:goods|services)`, role: 'trade', measure: 'two-way trade' },
  // "U.S. trade with Canada was about $762 billion", "trade with the EU totaled …": a partner named,
  // then a verb of amounting (a trade war or deal with a country takes no such verb).
  { re: String.raw`trade\s+with\s+(?:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){1,3}(?:was|were|is|totall?ed|reached|amounted|stood|hit|came|rose|fell|grew|topped|exceeded)\b`, role: 'trade', measure: 'two-way trade' },
  { re: String.raw`(?:farm|farmer|farmers'?|agricultural|agriculture)\s+(?:aid|relief|bailouts?|assistance|support|payments?|subsid(?:y|ies)|rescue)`, role: 'trade', measure: 'farm aid' },
  { re: String.raw`(?:aid|relief|bailouts?|assistance|payments?|package|subsid(?:y|ies)|help|compensation|plan|program|programme|fund)\s+(?:\w+\s+){0,2}(?:for|to)\s+(?:\w+\s+){0,2}(?:farmers|growers|ranchers|agriculture)`, role: 'trade', measure: 'farm aid' },
  { re: String.raw`(?:help|support|assist|compensate|aid|bail\s+out|prop\s+up)\s+(?:\w+\s+){0,2}(?:farmers|growers|ranchers|agriculture)`, role: 'trade', measure: 'farm aid' },
  { re: String.raw`market\s+facilitation\s+program`, role: 'trade', measure: 'farm aid' },
  { re: String.raw`made\s+in\s+china\s+2025|industrial[- ]polic(?:y|ies)|(?:state|government)(?:[- ](?:backed|led|funded|run))?\s+(?:investments?|funds?|funding)|(?:chip|semiconductor|integrated[- ]circuit)\s+(?:investment\s+)?funds?`, role: 'trade', measure: 'industrial investment' },
  { re: String.raw`shopping\s+list|purchase\s+(?:commitments?|agreements?|pledges?)|(?:committed|pledged?|promised|agreed|offered)\s+to\s+(?:buy|purchase|import)`, role: 'trade', measure: 'purchase commitment' },
  { re: String.raw`(?:share|stock|bond|asset|treasury)\s+(?:purchases|buybacks?|buying)|buybacks?|purchasing\s+(?:power|managers?'?)`, role: 'other', topic: 'financial markets' },
  { re: String.raw`(?:appreciation|depreciation|devaluation|revaluation|rise|fall|decline|strength|weakness)\s+(?:in|of)\s+(?:the\s+)?(?:\w+\s+)?${CCY}|${CCY}(?:'s)?\s+(?:\([^()]{1,12}\)\s+)?(?:has\s+|have\s+|had\s+)?${MOVE}|${CCY}'s|(?:devalu|revalu)\w+`, role: 'currency', measure: 'currency' },
  { re: String.raw`(?:currency|foreign[- ]exchange|exchange[- ]market)\s+intervention|interven(?:ed|ing|tion)`, role: 'other', topic: 'currency intervention' },
  { re: String.raw`(?:closed|close|closing|opened|ended|finished|quoted|fixed|traded|trading|changed\s+hands)\s+at|exchange\s+rates?`, role: 'other', topic: 'exchange-rate quote' },
  { re: String.raw`(?:to|per)\s+the\s+(?:U\.S\.\s+)?(?:dollar|yen|mark|euro)|per\s+(?:dollar|yen|euro)`, role: 'other', topic: 'exchange-rate quote', attachOnly: true },
  { re: String.raw`(?:economic|spending|stimulus|fiscal|rescue|budget|reflation(?:ary)?)\s+(?:package|measures|plan)`, role: 'other', topic: 'fiscal stimulus' },
  { re: String.raw`(?:consumer|producer|wholesale|retail)\s+price(?:s|\s+index)?|price\s+index|cost\s+of\s+living|price\s+per`, role: 'other', topic: 'prices' },
  { re: String.raw`(?:industrial|manufacturing|factory|agricultural|farm|global|domestic|world|economic|crude|steel)\s+(?:output|production)|industrial\s+sector|(?:final\s+)?(?:domestic|consumer|global|world|internal)\s+demand`, role: 'other', topic: 'output' },
  { re: String.raw`(?:economic|economy'?s?|gdp)\s+(?:growth|output|expansion)|gross\s+(?:domestic|national)\s+product`, role: 'other', topic: 'GDP' },
  { re: String.raw`(?:tariff|duty)\s+rates?`, role: 'trade', measure: 'tariffs' },
  { re: String.raw`(?:interest|prime|discount|lending|deposit|mortgage|call[- ]money|money[- ]market|fed\s+funds|federal\s+funds|bank|key|policy|benchmark|overnight|base|repo|official|cash|intervention)\s+rates?`, role: 'other', topic: 'interest rates' },
  { re: String.raw`(?:bond|treasury|10-year|two-year)\s+(?:yields?|prices?|notes?)|money\s+supply`, role: 'other', topic: 'money and bonds' },
  { re: String.raw`debt\s+(?:service|servicing|repayments?)|interest\s+payments|(?:foreign|external|public|national|government|commercial)\s+debts?`, role: 'other', topic: 'debt' },
  { re: String.raw`capital\s+(?:account|inflows?|outflows?|flight|flows?)|errors\s+and\s+omissions|(?:private|foreign|direct|business|fixed|capital|plant and equipment|manufacturing)\s+investments?|foreign\s+direct|market\s+(?:value|capitali[sz]ation)`, role: 'other', topic: 'capital and investment' },
  { re: String.raw`portfolio\s+(?:investments?|flows?|inflows?|outflows?)|(?:long|short|medium)[- ]term\s+capital|capital\s+(?:movements|transactions)|hot\s+money`, role: 'other', topic: 'capital and investment' },
  { re: String.raw`(?:foreign|external|net|bank|banks'?|banking)\s+(?:liabilities|assets|claims|deposits)|liabilities`, role: 'other', topic: 'banking' },
  { re: String.raw`priced|price\s+tags?|(?:sells?|sold|selling|retails?|retailing)\s+for|(?:starting|sticker|retail|list)\s+prices?`, role: 'other', topic: 'prices' },
  { re: String.raw`(?:S&P|Standard\s+&\s+Poor'?s)(?:\s+500)?|Dow(?:\s+Jones)?(?:\s+industrial\s+average)?|Nasdaq(?:\s+composite)?|Nikkei|Hang\s+Seng|FTSE(?:\s+100)?|FT-SE(?:\s+100)?|DAX|CAC(?:\s+40)?|Kospi|Topix|Sensex|(?:Euro\s+)?Stoxx(?:\s+\d+)?|(?:Shanghai|Shenzhen)\s+Composite|Composite|CSI\s+300|Russell\s+2000|blue[- ]chips?|benchmark\s+index|Wall\s+Street|stock\s+markets?`, role: 'other', topic: 'stock market' },
  { re: String.raw`(?:${COMMODITY}|soybean|corn|gold|crude|copper)\s+(?:futures|prices?)`, role: 'other', topic: 'commodity prices' },
  { re: String.raw`for\s+(?:\w+\s+)?(?:farmers|growers)`, role: 'trade', measure: 'farm aid' },

  // ---- trade words -------------------------------------------------------------------------
  { re: String.raw`tariffs?|tariff-rate|dut(?:y|ies)|levy|levies|countervailing|anti-?dumping|surcharges?|customs`, role: 'trade', measure: 'tariffs' },
  { re: String.raw`tax(?:es|ed|ing)?|untaxed`, role: 'tax', measure: 'tariffs' },
  { re: String.raw`surplus\s+(?:butter|grain|wheat|milk|dairy|food|stocks|production|capacity|countries|nations|labou?r|cash|funds|land|commodities|crops|output|beef|sugar|rice|corn|supplies|supply|equipment|property|farm\s+\w+)`, role: 'goods', measure: 'traded goods' },
  { re: BAL, role: 'balance', measure: 'trade balance' },
  { re: String.raw`exports?|exported|exporting|exporters?'?s?|sales\s+(?:abroad|overseas)|overseas\s+sales|foreign\s+sales`, role: 'trade', measure: 'exports' },
  { re: String.raw`imports?|imported|importing|importers?'?s?`, role: 'trade', measure: 'imports' },
  { re: String.raw`shipments?|shipped`, role: 'trade', measure: 'traded goods' },
  { re: String.raw`quotas?|voluntary\s+restraints?|restraint\s+agreements?`, role: 'trade', measure: 'quota' },
  { re: String.raw`sanctions?|embargo(?:es)?`, role: 'trade', measure: 'sanctions' },
  { re: String.raw`subsid(?:y|ies|ize[sd]?|ise[sd]?|izing|ising)`, role: 'trade', measure: 'subsidies' },
  { re: String.raw`purchases?|purchased|purchasing|buy|buys|buying|bought|commitments?`, role: 'purchase', measure: 'purchase commitment' },
  { re: String.raw`bonus(?:es)?`, role: 'trade', measure: 'subsidies', gated: true },
  { re: String.raw`aid|relief|bailouts?|assistance|compensation|package|payments?`, role: 'aid', measure: 'farm aid' },
  { re: String.raw`investments?|invest|invests|invested|investing|funds?|funding|funded`, role: 'investment', measure: 'industrial investment' },
  { re: String.raw`goods|products|merchandise|worth|machinery|equipment|contracts|soybeans|agricultural\s+products|farm\s+products`, role: 'goods', measure: 'traded goods' },

  // ---- market moves: only right before a figure, after a name (see left-cue.ts) ------------
  {
    re: String.raw`(?:was|were|is|are)\s+(?:both\s+|all\s+|each\s+)?(?:down|up|off|higher|lower)|(?:(?:both|all|each)\s+)?(?:dropped|drops|fell|falls|rose|rises|gained|gains|slid|slides|lost|loses|tumbled|surged|plunged|climbed|sank|dipped|jumped|soared|slumped|declined|added|shed|advanced|retreated|sagged|skidded|rallied|edged\s+(?:up|down|higher|lower))`,
    role: 'mover',
  },

  // ---- non-trade words ---------------------------------------------------------------------
  { re: String.raw`gdp|gnp|economy|economies|recession`, role: 'other', topic: 'GDP' },
  { re: String.raw`output|production|consumption|spending|retail\s+sales`, role: 'other', topic: 'output' },
  { re: String.raw`inflation|deflation|cpi|prices?|costs?|costing`, role: 'other', topic: 'prices' },
  { re: String.raw`unemployment|jobless(?:ness)?|employment|jobs|payrolls?|wages?|labou?r\s+force`, role: 'other', topic: 'employment' },
  { re: String.raw`budgets?|fiscal|stimulus|stimulative`, role: 'other', topic: 'budget' },
  { re: String.raw`debts?|repayments?|borrowing|borrowed|loans?|lending|lent|lend|lends|credits?|credit\s+lines?|(?<!\bexport\s)financing|mortgages?`, role: 'other', topic: 'debt and credit' },
  { re: String.raw`reserves`, role: 'other', topic: 'reserves' },
  { re: String.raw`transfers|remittances|remitted|grants?`, role: 'other', topic: 'transfers and aid' },
  { re: String.raw`shares|stocks?|equities|index|indexes|indices|futures|bonds?|yields?|markets\s+(?:rose|fell|rallied|slumped|gained)|investors|stake|stakes|acquisition|acquire|acquired|takeover|merger`, role: 'other', topic: 'markets and stakes' },
  { re: String.raw`revenues?`, role: 'revenue', topic: 'company results' },
  { re: String.raw`earnings|profits?|net\s+income|sales`, role: 'other', topic: 'company results' },
  { re: String.raw`(?:takeover|buyout)\s+(?:bid|offer)|bid\s+for|bids?\s+to\s+(?:buy|acquire)`, role: 'other', topic: 'markets and stakes' },
  { re: String.raw`chance|chances|odds|likelihood|probability`, role: 'other', topic: 'odds' },
  { re: String.raw`(?:farm|spending|appropriations|infrastructure|defen[cs]e|omnibus|highway|health|tax)\s+bills?|(?:border\s+)?wall`, role: 'other', topic: 'budget' },
  { re: String.raw`votes?|ballots?|electorate|turnout`, role: 'other', topic: 'poll' },
  { re: String.raw`treasuries|holdings`, role: 'other', topic: 'money and bonds' },
  { re: String.raw`polls?|polled|surveys?|surveyed|respondents|approval`, role: 'other', topic: 'poll' },
  { re: String.raw`households?|family|families|consumers|shoppers|incomes?|earning|earns`, role: 'other', topic: 'household effects' },
  { re: String.raw`(?:defen[cs]e|military)\s+(?:spending|budgets?|outlays)|on\s+defen[cs]e`, role: 'other', topic: 'defence' },
  { re: String.raw`(?:of\s+)?(?:all\s+)?(?:the\s+)?(?:Americans|voters|respondents|people|adults|Republicans|Democrats|economists|companies|firms|businesses|executives|CEOs|members|the\s+vote|votes)`, role: 'people' },
];
