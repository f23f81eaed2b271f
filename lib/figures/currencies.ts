// The currency table: which written forms name which ISO 4217 code.
//
// Three ways a currency is written next to an amount:
//   - a sign before the number ("$", "£", "€", with an optional country prefix: "US$", "C$", "HK$"),
//   - a code before the number ("USD 5 billion", "DM 300", "Rs 500"),
//   - a word after the number, optionally led by a country adjective
//     ("dlrs", "U.S. Dlrs", "Canadian dollars", "Swiss francs", "one Taiwan cent").
// Historical codes are used where the old currency is meant (DEM, FRF, ATS, ITL, NLG, BEF, ESP,
// YUD for the Yugoslav dinar, SUR for the Soviet rouble, BUK for the Burmese kyat), because the
// Reuters 1987 newswire is part of what the extension reads.

/** A currency word after the number, reduced to its base ("dlrs" → dollar, "pence" → penny). */
export interface CurrencyWord {
  base: string;
  /** A hundredth of the base unit of `parent` ("cents" → dollar, "pence" → pound). */
  sub?: boolean;
  /** Only accepted with a scale word or a country adjective ("mark", "pound": too many other senses). */
  needsSupport?: boolean;
}

const W = (base: string, extra: Partial<CurrencyWord> = {}): CurrencyWord => ({ base, ...extra });

/**
 * A lookup table without a prototype, so that a word from the page such as "constructor" or
 * "toString" is never found in it.
 */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Lower-cased word → meaning. Keys are matched whole-word, case-insensitively. */
// prettier-ignore
export const CURRENCY_WORDS: Record<string, CurrencyWord> = table({
  dollar: W('dollar'), dollars: W('dollar'), dlr: W('dollar'), dlrs: W('dollar'), dols: W('dollar'),
  cent: W('dollar', { sub: true }), cents: W('dollar', { sub: true }), cts: W('dollar', { sub: true }),
  penny: W('pound', { sub: true }), pence: W('pound', { sub: true }), pennies: W('pound', { sub: true }),
  pfennig: W('mark', { sub: true }), pfennigs: W('mark', { sub: true }),
  centime: W('franc', { sub: true }), centimes: W('franc', { sub: true }),
  kopeck: W('rouble', { sub: true }), kopecks: W('rouble', { sub: true }), kopeks: W('rouble', { sub: true }),
  paise: W('rupee', { sub: true }),
  yen: W('yen'),
  yuan: W('yuan'), renminbi: W('yuan'), rmb: W('yuan'),
  won: W('won'),
  mark: W('mark', { needsSupport: true }), marks: W('mark'), deutschemark: W('mark'), deutschemarks: W('mark'),
  'd-mark': W('mark'), 'd-marks': W('mark'), dmark: W('mark'), dmarks: W('mark'),
  markka: W('markka'), markkaa: W('markka'), markkas: W('markka'),
  franc: W('franc'), francs: W('franc'),
  pound: W('pound', { needsSupport: true }), pounds: W('pound', { needsSupport: true }), sterling: W('sterling'), stg: W('sterling'),
  punt: W('punt'), punts: W('punt'),
  euro: W('euro'), euros: W('euro'),
  ecu: W('ecu'), ecus: W('ecu'),
  sdr: W('sdr'), sdrs: W('sdr'),
  lira: W('lira'), lire: W('lira'), liras: W('lira'),
  guilder: W('guilder'), guilders: W('guilder'),
  schilling: W('schilling'), schillings: W('schilling'),
  shilling: W('shilling'), shillings: W('shilling'),
  peseta: W('peseta'), pesetas: W('peseta'),
  escudo: W('escudo'), escudos: W('escudo'),
  drachma: W('drachma'), drachmas: W('drachma'), drachmae: W('drachma'),
  krona: W('krona'), kronor: W('krona'), krone: W('krone'), kroner: W('krone'),
  crown: W('crown'), crowns: W('crown'),
  rouble: W('rouble'), roubles: W('rouble'), ruble: W('ruble'), rubles: W('ruble'),
  peso: W('peso'), pesos: W('peso'),
  rupee: W('rupee'), rupees: W('rupee'),
  rupiah: W('rupiah'), rupiahs: W('rupiah'),
  ringgit: W('ringgit'), ringgits: W('ringgit'),
  baht: W('baht'), bahts: W('baht'),
  kyat: W('kyat'), kyats: W('kyat'),
  dinar: W('dinar'), dinars: W('dinar'),
  riyal: W('riyal'), riyals: W('riyal'), rial: W('rial'), rials: W('rial'),
  dirham: W('dirham'), dirhams: W('dirham'),
  shekel: W('shekel'), shekels: W('shekel'), sheqel: W('shekel'), sheqalim: W('shekel'),
  rand: W('rand'),
  naira: W('naira'),
  cedi: W('cedi'), cedis: W('cedi'),
  kwacha: W('kwacha'),
  zloty: W('zloty'), zlotys: W('zloty'), zlotych: W('zloty'), zlotis: W('zloty'),
  forint: W('forint'), forints: W('forint'),
  koruna: W('koruna'), korunas: W('koruna'), koruny: W('koruna'),
  lei: W('leu'),
  leva: W('lev'),
  dong: W('dong'),
  taka: W('taka'),
  cruzado: W('cruzado'), cruzados: W('cruzado'),
  cruzeiro: W('cruzeiro'), cruzeiros: W('cruzeiro'),
  reais: W('real'),
  austral: W('austral'), australes: W('austral'), australs: W('austral'),
  intis: W('inti'),
  sucre: W('sucre'), sucres: W('sucre'),
  bolivar: W('bolivar'), bolivars: W('bolivar'), bolivares: W('bolivar'),
  colon: W('colon', { needsSupport: true }), colons: W('colon', { needsSupport: true }), colones: W('colon'),
  quetzal: W('quetzal'), quetzales: W('quetzal'), quetzals: W('quetzal'),
  lempira: W('lempira'), lempiras: W('lempira'),
  cordoba: W('cordoba', { needsSupport: true }), cordobas: W('cordoba'),
  hryvnia: W('hryvnia'), hryvnias: W('hryvnia'), hryvnas: W('hryvnia'),
  tenge: W('tenge'),
});

/** Default ISO code of each base, when no country adjective says otherwise. */
// prettier-ignore
export const BASE_DEFAULT: Record<string, string> = table({
  dollar: 'USD', pound: 'GBP', sterling: 'GBP', punt: 'IEP', yen: 'JPY', yuan: 'CNY', won: 'KRW',
  mark: 'DEM', markka: 'FIM', franc: 'FRF', euro: 'EUR', ecu: 'XEU', sdr: 'XDR', lira: 'ITL',
  guilder: 'NLG', schilling: 'ATS', shilling: 'KES', peseta: 'ESP', escudo: 'PTE', drachma: 'GRD',
  krona: 'SEK', krone: 'DKK', crown: 'SEK', rouble: 'SUR', ruble: 'RUB', peso: 'MXN', rupee: 'INR',
  rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', kyat: 'BUK', dinar: 'YUD', riyal: 'SAR', rial: 'IRR',
  dirham: 'AED', shekel: 'ILS', rand: 'ZAR', naira: 'NGN', cedi: 'GHS', kwacha: 'ZMK', zloty: 'PLN',
  forint: 'HUF', koruna: 'CSK', leu: 'ROL', lev: 'BGL', dong: 'VND', taka: 'BDT', cruzado: 'BRC',
  cruzeiro: 'BRE', real: 'BRL', austral: 'ARA', inti: 'PEI', sucre: 'ECS', bolivar: 'VEB',
  colon: 'CRC', quetzal: 'GTQ', lempira: 'HNL', cordoba: 'NIO', hryvnia: 'UAH', tenge: 'KZT',
});

/** Country adjectives that may stand between the number and the currency word, → country key. */
// prettier-ignore
export const ADJECTIVES: Record<string, string> = table({
  'u.s.': 'US', 'u.s': 'US', us: 'US', american: 'US', 'united states': 'US',
  canadian: 'CA', cdn: 'CA', 'can.': 'CA',
  australian: 'AU', aust: 'AU', 'aust.': 'AU',
  'new zealand': 'NZ', nz: 'NZ', 'n.z.': 'NZ',
  'hong kong': 'HK', hk: 'HK', 'h.k.': 'HK',
  singapore: 'SG', singaporean: 'SG', 'new taiwan': 'TW', taiwan: 'TW', taiwanese: 'TW', nt: 'TW',
  zimbabwe: 'ZW', zimbabwean: 'ZW', jamaican: 'JM', brunei: 'BN', fiji: 'FJ', fijian: 'FJ',
  bahamian: 'BS', barbados: 'BB', trinidad: 'TT', liberian: 'LR', 'east caribbean': 'XC', namibian: 'NA',
  swiss: 'CH', french: 'FR', belgian: 'BE', luxembourg: 'LU', cfa: 'CFA',
  'west german': 'DE', german: 'DE', deutsche: 'DE', 'd-': 'DE',
  danish: 'DK', norwegian: 'NO', swedish: 'SE', finnish: 'FI', dutch: 'NL', irish: 'IE', british: 'GB',
  egyptian: 'EG', lebanese: 'LB', syrian: 'SY', sudanese: 'SD', cyprus: 'CY', cypriot: 'CY', maltese: 'MT',
  israeli: 'IL', mexican: 'MX', argentine: 'AR', argentinian: 'AR', chilean: 'CL', colombian: 'CO',
  philippine: 'PH', filipino: 'PH', cuban: 'CU', dominican: 'DO', uruguayan: 'UY',
  indian: 'IN', pakistani: 'PK', 'sri lankan': 'LK', 'sri lanka': 'LK', nepalese: 'NP', nepali: 'NP',
  indonesian: 'ID', saudi: 'SA', qatari: 'QA', omani: 'OM', yemeni: 'YE', iranian: 'IR', kuwaiti: 'KW',
  iraqi: 'IQ', jordanian: 'JO', bahraini: 'BH', libyan: 'LY', tunisian: 'TN', algerian: 'DZ',
  yugoslav: 'YU', moroccan: 'MA', uae: 'AE', emirati: 'AE', kenyan: 'KE', kenya: 'KE', ugandan: 'UG',
  tanzanian: 'TZ', somali: 'SO', 'south african': 'ZA', soviet: 'SU', russian: 'RU', japanese: 'JP',
  chinese: 'CN', 'south korean': 'KR', korean: 'KR', 'north korean': 'KP', turkish: 'TR', italian: 'IT',
  brazilian: 'BR', nigerian: 'NG', ghanaian: 'GH', malaysian: 'MY', thai: 'TH', burmese: 'MM',
  vietnamese: 'VN', polish: 'PL', hungarian: 'HU', czech: 'CZ', czechoslovak: 'CS', romanian: 'RO',
  bulgarian: 'BG', austrian: 'AT', spanish: 'ES', portuguese: 'PT', greek: 'GR', peruvian: 'PE',
  ecuadorean: 'EC', ecuadorian: 'EC', venezuelan: 'VE', bolivian: 'BO', paraguayan: 'PY',
  'costa rican': 'CR', honduran: 'HN', guatemalan: 'GT', nicaraguan: 'NI', salvadorean: 'SV',
  salvadoran: 'SV', zambian: 'ZM', malawian: 'MW', ethiopian: 'ET', bangladeshi: 'BD', mauritian: 'MU',
  icelandic: 'IS', slovak: 'SK', ukrainian: 'UA', kazakh: 'KZ', euro: 'EU',
});

/** Country + base → ISO code, where it differs from the base's default. */
// prettier-ignore
const BY_COUNTRY: Record<string, string> = table({
  'US:dollar': 'USD', 'CA:dollar': 'CAD', 'AU:dollar': 'AUD', 'NZ:dollar': 'NZD', 'HK:dollar': 'HKD',
  'SG:dollar': 'SGD', 'TW:dollar': 'TWD', 'ZW:dollar': 'ZWD', 'JM:dollar': 'JMD', 'BN:dollar': 'BND',
  'FJ:dollar': 'FJD', 'BS:dollar': 'BSD', 'BB:dollar': 'BBD', 'TT:dollar': 'TTD', 'LR:dollar': 'LRD',
  'XC:dollar': 'XCD', 'NA:dollar': 'NAD', 'MY:dollar': 'MYR',
  'CH:franc': 'CHF', 'FR:franc': 'FRF', 'BE:franc': 'BEF', 'LU:franc': 'LUF', 'CFA:franc': 'XOF',
  'DE:mark': 'DEM', 'FI:mark': 'FIM', 'FI:markka': 'FIM',
  'DK:crown': 'DKK', 'NO:crown': 'NOK', 'SE:crown': 'SEK', 'CS:crown': 'CSK', 'CZ:crown': 'CZK',
  'IS:crown': 'ISK', 'DK:krone': 'DKK', 'NO:krone': 'NOK', 'SE:krona': 'SEK', 'IS:krona': 'ISK',
  'GB:pound': 'GBP', 'IE:pound': 'IEP', 'EG:pound': 'EGP', 'LB:pound': 'LBP', 'SY:pound': 'SYP',
  'SD:pound': 'SDP', 'CY:pound': 'CYP', 'MT:pound': 'MTL', 'IL:shekel': 'ILS',
  'MX:peso': 'MXN', 'AR:peso': 'ARS', 'CL:peso': 'CLP', 'CO:peso': 'COP', 'PH:peso': 'PHP',
  'CU:peso': 'CUP', 'DO:peso': 'DOP', 'UY:peso': 'UYU',
  'IN:rupee': 'INR', 'PK:rupee': 'PKR', 'LK:rupee': 'LKR', 'NP:rupee': 'NPR', 'MU:rupee': 'MUR',
  'ID:rupiah': 'IDR', 'SA:riyal': 'SAR', 'QA:riyal': 'QAR', 'YE:riyal': 'YER', 'OM:rial': 'OMR',
  'IR:rial': 'IRR', 'OM:riyal': 'OMR', 'IR:riyal': 'IRR',
  'KW:dinar': 'KWD', 'IQ:dinar': 'IQD', 'JO:dinar': 'JOD', 'BH:dinar': 'BHD', 'LY:dinar': 'LYD',
  'TN:dinar': 'TND', 'DZ:dinar': 'DZD', 'YU:dinar': 'YUD', 'MA:dirham': 'MAD', 'AE:dirham': 'AED',
  'KE:shilling': 'KES', 'UG:shilling': 'UGX', 'TZ:shilling': 'TZS', 'SO:shilling': 'SOS',
  'AT:schilling': 'ATS', 'ZA:rand': 'ZAR', 'SU:rouble': 'SUR', 'SU:ruble': 'SUR', 'RU:rouble': 'RUB',
  'RU:ruble': 'RUB', 'JP:yen': 'JPY', 'CN:yuan': 'CNY', 'KR:won': 'KRW', 'KP:won': 'KPW',
  'TR:lira': 'TRY', 'IT:lira': 'ITL', 'MT:lira': 'MTL', 'BR:cruzado': 'BRC', 'BR:real': 'BRL',
  'NG:naira': 'NGN', 'GH:cedi': 'GHS', 'TH:baht': 'THB', 'MM:kyat': 'BUK', 'VN:dong': 'VND',
  'PL:zloty': 'PLN', 'HU:forint': 'HUF', 'RO:leu': 'ROL', 'BG:lev': 'BGL', 'ES:peseta': 'ESP',
  'PT:escudo': 'PTE', 'CL:escudo': 'CLE', 'GR:drachma': 'GRD', 'NL:guilder': 'NLG', 'EC:sucre': 'ECS',
  'VE:bolivar': 'VEB', 'CR:colon': 'CRC', 'SV:colon': 'SVC', 'GT:quetzal': 'GTQ', 'HN:lempira': 'HNL',
  'NI:cordoba': 'NIO', 'ZM:kwacha': 'ZMK', 'MW:kwacha': 'MWK', 'BD:taka': 'BDT', 'UA:hryvnia': 'UAH',
  'KZ:tenge': 'KZT', 'EU:euro': 'EUR', 'EU:dollar': 'EUR', 'MY:ringgit': 'MYR', 'PE:inti': 'PEI',
  'AR:austral': 'ARA', 'CS:koruna': 'CSK', 'CZ:koruna': 'CZK', 'SK:koruna': 'SKK',
});

/** The ISO code for a base currency word, given the country adjective before it (if any). */
export function isoFor(base: string, country: string | null): string {
  if (country) {
    const hit = BY_COUNTRY[`${country}:${base}`];
    if (hit) return hit;
    // "euro cents": the cent of the euro.
    if (country === 'EU') return 'EUR';
  }
  return BASE_DEFAULT[base] ?? 'USD';
}

/** Currency signs written before (or, for some, after) the number. */
// prettier-ignore
export const SIGNS: Record<string, string> = table({
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  '₱': 'PHP', '₦': 'NGN', '₪': 'ILS', '₫': 'VND', '₴': 'UAH', '₭': 'LAK', '₡': 'CRC', '₾': 'GEL',
  '฿': 'THB', '₨': 'INR', '元': 'CNY', '￥': 'JPY', '＄': 'USD', '￡': 'GBP',
});

/** Signs that may also follow the number ("100 €", "100元"). */
export const SUFFIX_SIGNS = new Set(['€', '元', '₡', '₾', '₭', '₽', '₺', '₴', '₫', '₩', '₹', '₪', '฿', '₦', '₱']);

/** Letters glued to "$" ("US$", "C$", "HK$"), matched case-sensitively. */
// prettier-ignore
export const DOLLAR_PREFIXES: Record<string, string> = table({
  US: 'USD', 'U.S.': 'USD', 'U.S': 'USD', USD: 'USD', C: 'CAD', CA: 'CAD', Can: 'CAD', CAN: 'CAD',
  CDN: 'CAD', Cdn: 'CAD', A: 'AUD', AU: 'AUD', Aus: 'AUD', AUS: 'AUD', NZ: 'NZD', HK: 'HKD',
  'H.K.': 'HKD', S: 'SGD', SG: 'SGD', NT: 'TWD', R: 'BRL', Mex: 'MXN', MX: 'MXN', Z: 'ZWD',
  J: 'JMD', TT: 'TTD', EC: 'XCD', B: 'BND', F: 'FJD', L: 'LRD', N: 'NAD',
});

/**
 * Prefix letters that may stand apart from "$" by one space ("US $150 million", tokenised "c $ 16.4",
 * "hk $ 10.05"): matched case-insensitively. Single letters that are also ordinary words
 * ("A $5 billion deal") are left out on purpose.
 */
// prettier-ignore
export const SPACED_DOLLAR_PREFIXES: Record<string, string> = table({
  us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', c: 'CAD', cdn: 'CAD', hk: 'HKD', 'h.k.': 'HKD', nz: 'NZD',
  nt: 'TWD', sg: 'SGD', aus: 'AUD',
});

/** Letters glued to "¥" or "£". */
// prettier-ignore
export const OTHER_SIGN_PREFIXES: Record<string, string> = table({
  'RMB¥': 'CNY', 'CN¥': 'CNY', 'JP¥': 'JPY', 'E£': 'EGP', 'LE£': 'EGP', 'L£': 'LBP', 'S£': 'SYP',
});

/**
 * Codes written before the number ("USD 5 billion", "DM 300 mln", "Rs 500 crore"), case-sensitive.
 * The same ISO codes are accepted after the number too ("5 billion USD").
 */
// prettier-ignore
export const CODES: Record<string, string> = table({
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', Rmb: 'CNY', CNH: 'CNY', CHF: 'CHF',
  CAD: 'CAD', AUD: 'AUD', HKD: 'HKD', SGD: 'SGD', INR: 'INR', KRW: 'KRW', TWD: 'TWD', NZD: 'NZD',
  SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', MXN: 'MXN', BRL: 'BRL', RUB: 'RUB', ZAR: 'ZAR', TRY: 'TRY',
  SAR: 'SAR', AED: 'AED', THB: 'THB', MYR: 'MYR', IDR: 'IDR', PHP: 'PHP', VND: 'VND', PLN: 'PLN',
  CZK: 'CZK', HUF: 'HUF', ILS: 'ILS', EGP: 'EGP', NGN: 'NGN', PKR: 'PKR', ARS: 'ARS', CLP: 'CLP',
  COP: 'COP', PEN: 'PEN', DEM: 'DEM', FRF: 'FRF', ITL: 'ITL', ESP: 'ESP', NLG: 'NLG', BEF: 'BEF',
  ATS: 'ATS', XEU: 'XEU', ECU: 'XEU', SDR: 'XDR', XDR: 'XDR', ECUS: 'XEU', SDRS: 'XDR',
  DM: 'DEM', Rs: 'INR', 'Rs.': 'INR', RS: 'INR', RM: 'MYR', Rp: 'IDR', SFr: 'CHF', SFR: 'CHF',
  'SFr.': 'CHF', Sfr: 'CHF', FFr: 'FRF', FFR: 'FRF', BFr: 'BEF', BFR: 'BEF', Dfl: 'NLG', Hfl: 'NLG',
  Skr: 'SEK', Nkr: 'NOK', Dkr: 'DKK', Ptas: 'ESP', Esc: 'PTE', Stg: 'GBP', STG: 'GBP', Lit: 'ITL',
});

/** Codes that may be glued to the number without a space ("RMB100", "Rs500", "USD5bn"). */
export const GLUED_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'RMB',
  'Rmb',
  'CHF',
  'CAD',
  'AUD',
  'HKD',
  'INR',
  'Rs',
  'Rs.',
  'RM',
  'Rp',
  'DM',
  'SFr',
  'SFr.',
]);

/** Codes that are ordinary words or too short to be trusted after the number. */
export const PREFIX_ONLY_CODES = new Set([
  'Rmb',
  'DM',
  'Rs',
  'Rs.',
  'RS',
  'RM',
  'Rp',
  'SFr',
  'SFR',
  'SFr.',
  'Sfr',
  'FFr',
  'FFR',
  'BFr',
  'BFR',
  'Dfl',
  'Hfl',
  'Skr',
  'Nkr',
  'Dkr',
  'Ptas',
  'Esc',
  'Stg',
  'STG',
  'Lit',
  'PEN',
  'TRY',
]);
