// Places and nationalities: they qualify a title as a government one ("Chinese Foreign Minister",
// "Iowa Gov."), give the official's country, and are never names themselves.
// Codes are ISO 3166 alpha-2 (SU for the Soviet Union) or organisation codes (EC, EU, ...).

/** Country names, their adjectives and common metonyms (capitals), mapped to a code. */
const COUNTRY_WORDS = new Map<string, string>();

function add(code: string, words: string): void {
  for (const w of words.split('|')) COUNTRY_WORDS.set(w, code);
}

add('US', 'U.S.|US|U.S|USA|U.S.A.|America|American|United States|Washington|Americans');
add('CN', 'China|Chinese|Beijing|Peking|PRC');
add('JP', 'Japan|Japanese|Tokyo');
add('KR', 'South Korea|South Korean|Korea|Korean|Seoul|S. Korea|S. Korean');
add('KP', 'North Korea|North Korean|Pyongyang');
add('TW', 'Taiwan|Taiwanese|Taipei');
add('HK', 'Hong Kong');
add('GB', 'Britain|British|United Kingdom|U.K.|UK|England|English|London|Scotland|Scottish|Wales|Welsh');
add('DE', 'Germany|German|West Germany|West German|Bonn|Berlin');
add('DD', 'East Germany|East German');
add('FR', 'France|French|Paris');
add('IT', 'Italy|Italian|Rome');
add('CA', 'Canada|Canadian|Ottawa');
add('MX', 'Mexico|Mexican|Mexico City');
add('BR', 'Brazil|Brazilian|Brasilia');
add('AR', 'Argentina|Argentine|Argentinian|Buenos Aires');
add('AU', 'Australia|Australian|Canberra');
add('NZ', 'New Zealand|Wellington');
add('IN', 'India|Indian|New Delhi');
add('ID', 'Indonesia|Indonesian|Jakarta');
add('MY', 'Malaysia|Malaysian|Kuala Lumpur');
add('TH', 'Thailand|Thai|Bangkok');
add('PH', 'Philippines|Philippine|Filipino|Manila');
add('SG', 'Singapore|Singaporean');
add('VN', 'Vietnam|Viet Nam|Vietnamese|Hanoi');
add('MM', 'Burma|Burmese|Myanmar');
add('PK', 'Pakistan|Pakistani|Islamabad');
add('BD', 'Bangladesh|Bangladeshi');
add('LK', 'Sri Lanka|Sri Lankan');
add('SU', 'Soviet Union|Soviet|USSR|U.S.S.R.|Moscow|Kremlin');
add('RU', 'Russia|Russian');
add('UA', 'Ukraine|Ukrainian|Kiev|Kyiv');
add('PL', 'Poland|Polish|Warsaw');
add('HU', 'Hungary|Hungarian|Budapest');
add('CZ', 'Czech Republic|Czech|Prague');
add('CS', 'Czechoslovakia|Czechoslovak');
add('RO', 'Romania|Romanian|Rumania|Rumanian');
add('BG', 'Bulgaria|Bulgarian');
add('YU', 'Yugoslavia|Yugoslav|Belgrade');
add('GR', 'Greece|Greek|Athens');
add('TR', 'Turkey|Turkish|Ankara');
add('NL', 'Netherlands|Dutch|Holland|The Hague|Amsterdam');
add('BE', 'Belgium|Belgian');
add('LU', 'Luxembourg');
add('CH', 'Switzerland|Swiss|Bern|Berne|Geneva');
add('AT', 'Austria|Austrian|Vienna');
add('SE', 'Sweden|Swedish|Stockholm');
add('NO', 'Norway|Norwegian|Oslo');
add('DK', 'Denmark|Danish|Copenhagen');
add('FI', 'Finland|Finnish|Helsinki');
add('IS', 'Iceland|Icelandic');
add('IE', 'Ireland|Irish|Dublin');
add('ES', 'Spain|Spanish|Madrid');
add('PT', 'Portugal|Portuguese|Lisbon');
add('IL', 'Israel|Israeli|Jerusalem');
add('EG', 'Egypt|Egyptian|Cairo');
add('SA', 'Saudi Arabia|Saudi|Riyadh');
add('AE', 'United Arab Emirates|UAE|Emirati|Abu Dhabi|Dubai');
add('KW', 'Kuwait|Kuwaiti');
add('QA', 'Qatar|Qatari');
add('IR', 'Iran|Iranian|Tehran');
add('IQ', 'Iraq|Iraqi|Baghdad');
add('SY', 'Syria|Syrian');
add('JO', 'Jordanian');
add('LB', 'Lebanon|Lebanese');
add('NG', 'Nigeria|Nigerian|Lagos');
add('ZA', 'South Africa|South African|Pretoria');
add('KE', 'Kenya|Kenyan|Nairobi');
add('GH', 'Ghana|Ghanaian');
add('ET', 'Ethiopia|Ethiopian');
add('MA', 'Morocco|Moroccan');
add('DZ', 'Algeria|Algerian');
add('TN', 'Tunisia|Tunisian');
add('LY', 'Libya|Libyan');
add('ZW', 'Zimbabwe|Zimbabwean');
add('ZM', 'Zambia|Zambian');
add('CL', 'Chile|Chilean|Santiago');
add('CO', 'Colombia|Colombian|Bogota');
add('PE', 'Peru|Peruvian|Lima');
add('VE', 'Venezuela|Venezuelan|Caracas');
add('EC', 'Ecuador|Ecuadorean|Ecuadorian');
add('BO', 'Bolivia|Bolivian');
add('UY', 'Uruguay|Uruguayan|Montevideo');
add('PY', 'Paraguay|Paraguayan');
add('CU', 'Cuba|Cuban|Havana');
add('JM', 'Jamaica|Jamaican');
add('CR', 'Costa Rica|Costa Rican');
add('PA', 'Panama|Panamanian');
add('NI', 'Nicaragua|Nicaraguan');
add('GT', 'Guatemala|Guatemalan');
add('HN', 'Honduras|Honduran');
add('SV', 'El Salvador|Salvadoran');
add('DO', 'Dominican Republic|Dominican');
add('NP', 'Nepal|Nepalese');
add('AF', 'Afghanistan|Afghan');
add('KZ', 'Kazakhstan|Kazakh');
add('MN', 'Mongolia|Mongolian');
add('EU', 'European Union|EU|E.U.|Brussels');
add('EC', 'European Community|EC|EEC|E.C.');
add('WTO', 'WTO|World Trade Organization');
add('GATT', 'GATT');
add('IMF', 'IMF|International Monetary Fund');
add('OECD', 'OECD');
add('OAS', 'OAS');
add('UN', 'U.N.|UN|United Nations');
add('OPEC', 'OPEC');
add('NATO', 'NATO');

/** US states and Canadian provinces (and their postal forms used in "R-Iowa", "D-N.Y."). */
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming';
const CA_PROVINCES = 'Ontario|Quebec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island';
const AU_STATES = 'New South Wales|Queensland|Tasmania';
const US_STATE_SET = new Set(US_STATES.split('|'));
for (const s of US_STATE_SET) COUNTRY_WORDS.set(s, 'US');

/** A US state name ("Iowa", "Virginia"). */
export const isUsState = (w: string): boolean => US_STATE_SET.has(w);
for (const s of CA_PROVINCES.split('|')) COUNTRY_WORDS.set(s, 'CA');
for (const s of AU_STATES.split('|')) COUNTRY_WORDS.set(s, 'AU');

/** Other place words that are not names: cities and regions a title or a sequence may carry. */
const OTHER_PLACES =
  'New York|Los Angeles|San Francisco|Chicago|Boston|Detroit|Houston|Atlanta|Miami|Seattle|Osaka|Shanghai|Shenzhen|Guangzhou|Frankfurt|Munich|Hamburg|Milan|Zurich|Toronto|Montreal|Vancouver|Melbourne|Rio|Sao Paulo|Bombay|Mumbai|Europe|European|Asia|Asian|Africa|African|Latin|Pacific|Atlantic|Middle East|Gulf|Western|Eastern|Northern|Southern|North|South|East|West|Central|Midwest|Midwestern|Wall Street|Capitol Hill|Silicon Valley|Argentina|Venice|Davos|Osaka';

const PLACE_SET = new Set<string>([...COUNTRY_WORDS.keys(), ...OTHER_PLACES.split('|')]);

/** The single words of every place (for "is this capitalised token a place word?"). */
const PLACE_WORDS = new Set<string>();
for (const p of PLACE_SET) for (const w of p.split(' ')) if (/^[A-Z]/.test(w) && w.length > 1) PLACE_WORDS.add(w);
for (const w of ['New', 'South', 'North', 'West', 'East', 'United', 'Saudi', 'Sri', 'Costa', 'El', 'Hong', 'Kong']) PLACE_WORDS.add(w);

/** Code for a country word or possessive ("Japan's", "China’s"), or undefined. */
export function countryOf(word: string): string | undefined {
  const code = COUNTRY_WORDS.get(word);
  if (code !== undefined || (!word.includes("'") && !word.includes('’'))) return code;
  return COUNTRY_WORDS.get(word.replace(/['’]s?$/, ''));
}

/** True for a whole place name ("New York", "Iowa", "Chinese"). */
export function isPlace(phrase: string): boolean {
  if (PLACE_SET.has(phrase)) return true;
  const last = phrase[phrase.length - 1];
  return (last === 's' || last === "'" || last === '’') && PLACE_SET.has(phrase.replace(/['’]s?$/, ''));
}

/** True for a single word that belongs to some place name ("York", "Kong", "Iowa"). */
export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(word) || ((word.includes("'") || word.includes('’')) && PLACE_WORDS.has(word.replace(/['’]s?$/, '')));
}

/** Find the first country code named in a phrase (two-word names first: "South Korea's"). */
export function countryIn(phrase: string): string | undefined {
  const words = phrase.split(' ');
  for (let i = 0; i + 1 < words.length; i++) {
    const code = countryOf(`${words[i]} ${words[i + 1]}`);
    if (code) return code;
  }
  for (const w of words) {
    const code = countryOf(w);
    if (code) return code;
  }
  return undefined;
}

/** US state postal codes and AP abbreviations, as written in party tags ("R-Iowa", "D-N.Y.", "D-OH"). */
export const STATE_TAG = String.raw`(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,5}\.?(?: ?[A-Z][a-z]*\.?)?)`;
