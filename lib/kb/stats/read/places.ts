// Economies as news names them: country names, demonyms, capitals used for their governments
// and a few epithets, mapped to the codes of the statistics (ISO 3166 alpha-2, EU, WORLD).
// Matching is a walk over capitalised words with a map lookup per word run, so it costs the
// same for four names as for four hundred, and no page-time regex is built from the list.

export type PlaceKind = 'name' | 'demonym';

export interface Place {
  code: string;
  /** "Chinese" is a demonym, "China" and "Beijing" are names: "Chinese imports" come from China. */
  kind: PlaceKind;
}

export interface PlaceMention extends Place {
  start: number;
  end: number;
  /** "China's", "the Philippines'": the economy owns what follows. */
  possessive: boolean;
}

const PLACES = new Map<string, Place>();
/** The first word of every name, with the most words a name starting with it has. */
const FIRST_WORDS = new Map<string, number>();

function add(code: string, names: string, demonyms = ''): void {
  for (const [list, kind] of [
    [names, 'name'],
    [demonyms, 'demonym'],
  ] as const) {
    for (const w of list.split('|')) {
      if (!w) continue;
      PLACES.set(w, { code, kind });
      const parts = w.split(' ');
      FIRST_WORDS.set(parts[0], Math.max(FIRST_WORDS.get(parts[0]) ?? 0, parts.length));
    }
  }
}

// Ambiguous words are left out on purpose: Georgia (the US state), Jordan and Chad (first names),
// Turkey is kept (the bird is lower case), "Guinea" alone (Papua New Guinea, Guinea-Bissau).
add('US', 'U.S.|US|U.S|USA|U.S.A.|America|United States|United States of America|Washington', 'American|Americans');
add('CN', "China|PRC|Beijing|Mainland China|People’s Republic of China|People's Republic of China", 'Chinese');
add('JP', 'Japan|Tokyo', 'Japanese');
add('KR', 'South Korea|Korea|Republic of Korea|Seoul|S. Korea', 'South Korean|Korean');
add('KP', 'North Korea|Pyongyang', 'North Korean');
add('TW', 'Taiwan|Taipei', 'Taiwanese');
add('HK', 'Hong Kong');
add('MO', 'Macau|Macao');
add('GB', 'Britain|Great Britain|United Kingdom|U.K.|UK|England|London', 'British|English');
add('DE', 'Germany|Berlin', 'German');
add('FR', 'France|Paris', 'French');
add('IT', 'Italy|Rome', 'Italian');
add('ES', 'Spain|Madrid', 'Spanish');
add('PT', 'Portugal|Lisbon', 'Portuguese');
add('NL', 'Netherlands|Holland|The Hague', 'Dutch');
add('BE', 'Belgium', 'Belgian');
add('LU', 'Luxembourg');
add('IE', 'Ireland|Dublin', 'Irish');
add('AT', 'Austria|Vienna', 'Austrian');
add('CH', 'Switzerland|Bern|Berne', 'Swiss');
add('SE', 'Sweden|Stockholm', 'Swedish');
add('NO', 'Norway|Oslo', 'Norwegian');
add('DK', 'Denmark|Copenhagen', 'Danish');
add('FI', 'Finland|Helsinki', 'Finnish');
add('IS', 'Iceland', 'Icelandic');
add('PL', 'Poland|Warsaw', 'Polish');
add('CZ', 'Czech Republic|Czechia|Prague', 'Czech');
add('SK', 'Slovakia', 'Slovak');
add('HU', 'Hungary|Budapest', 'Hungarian');
add('RO', 'Romania|Bucharest', 'Romanian');
add('BG', 'Bulgaria|Sofia', 'Bulgarian');
add('GR', 'Greece|Athens', 'Greek');
add('HR', 'Croatia', 'Croatian');
add('SI', 'Slovenia', 'Slovenian');
add('RS', 'Serbia|Belgrade', 'Serbian');
add('BA', 'Bosnia|Bosnia and Herzegovina', 'Bosnian');
add('AL', 'Albania', 'Albanian');
add('MK', 'North Macedonia', 'Macedonian');
add('ME', 'Montenegro');
add('XK', 'Kosovo');
add('EE', 'Estonia', 'Estonian');
add('LV', 'Latvia', 'Latvian');
add('LT', 'Lithuania', 'Lithuanian');
add('CY', 'Cyprus', 'Cypriot');
add('MT', 'Malta', 'Maltese');
add('UA', 'Ukraine|Kyiv|Kiev', 'Ukrainian');
add('BY', 'Belarus|Minsk', 'Belarusian');
add('MD', 'Moldova', 'Moldovan');
add('RU', 'Russia|Moscow|Kremlin|Russian Federation', 'Russian');
add('TR', 'Turkey|Türkiye|Turkiye|Ankara', 'Turkish');
add('IL', 'Israel', 'Israeli');
add('PS', 'Palestine', 'Palestinian');
add('LB', 'Lebanon', 'Lebanese');
add('SY', 'Syria', 'Syrian');
add('IQ', 'Iraq|Baghdad', 'Iraqi');
add('IR', 'Iran|Tehran', 'Iranian');
add('SA', 'Saudi Arabia|Riyadh', 'Saudi');
add('AE', 'United Arab Emirates|UAE|U.A.E.|Abu Dhabi', 'Emirati');
add('QA', 'Qatar|Doha', 'Qatari');
add('KW', 'Kuwait', 'Kuwaiti');
add('BH', 'Bahrain', 'Bahraini');
add('OM', 'Oman', 'Omani');
add('YE', 'Yemen', 'Yemeni');
add('EG', 'Egypt|Cairo', 'Egyptian');
add('LY', 'Libya', 'Libyan');
add('TN', 'Tunisia', 'Tunisian');
add('DZ', 'Algeria', 'Algerian');
add('MA', 'Morocco', 'Moroccan');
add('NG', 'Nigeria|Abuja', 'Nigerian');
add('GH', 'Ghana', 'Ghanaian');
add('CI', "Ivory Coast|Côte d’Ivoire|Cote d'Ivoire", 'Ivorian');
add('SN', 'Senegal', 'Senegalese');
add('CM', 'Cameroon', 'Cameroonian');
add('ET', 'Ethiopia', 'Ethiopian');
add('KE', 'Kenya|Nairobi', 'Kenyan');
add('TZ', 'Tanzania', 'Tanzanian');
add('UG', 'Uganda', 'Ugandan');
add('RW', 'Rwanda', 'Rwandan');
add('AO', 'Angola', 'Angolan');
add('MZ', 'Mozambique', 'Mozambican');
add('ZM', 'Zambia', 'Zambian');
add('ZW', 'Zimbabwe', 'Zimbabwean');
add('BW', 'Botswana');
add('NA', 'Namibia', 'Namibian');
add('ZA', 'South Africa|Pretoria', 'South African');
add('LS', 'Lesotho');
add('MG', 'Madagascar', 'Malagasy');
add('MU', 'Mauritius', 'Mauritian');
add('CD', 'Democratic Republic of Congo|Democratic Republic of the Congo|DRC', 'Congolese');
add('SD', 'Sudan', 'Sudanese');
add('IN', 'India|New Delhi', 'Indian');
add('PK', 'Pakistan|Islamabad', 'Pakistani');
add('BD', 'Bangladesh|Dhaka', 'Bangladeshi');
add('LK', 'Sri Lanka|Colombo', 'Sri Lankan');
add('NP', 'Nepal', 'Nepali|Nepalese');
add('AF', 'Afghanistan', 'Afghan');
add('KZ', 'Kazakhstan', 'Kazakh');
add('UZ', 'Uzbekistan', 'Uzbek');
add('MN', 'Mongolia', 'Mongolian');
add('VN', 'Vietnam|Viet Nam|Hanoi', 'Vietnamese');
add('TH', 'Thailand|Bangkok', 'Thai');
add('KH', 'Cambodia|Phnom Penh', 'Cambodian');
add('LA', 'Laos', 'Lao|Laotian');
add('MM', 'Myanmar|Burma', 'Burmese');
add('MY', 'Malaysia|Kuala Lumpur', 'Malaysian');
add('SG', 'Singapore', 'Singaporean');
add('ID', 'Indonesia|Jakarta', 'Indonesian');
add('PH', 'Philippines|Manila', 'Philippine|Filipino');
add('BN', 'Brunei');
add('AU', 'Australia|Canberra', 'Australian');
add('NZ', 'New Zealand|Wellington', 'New Zealander');
add('PG', 'Papua New Guinea');
add('FJ', 'Fiji', 'Fijian');
add('CA', 'Canada|Ottawa', 'Canadian');
add('GL', 'Greenland', 'Greenlandic');
add('PR', 'Puerto Rico', 'Puerto Rican');
add('MX', 'Mexico|Mexico City', 'Mexican');
add('GT', 'Guatemala', 'Guatemalan');
add('HN', 'Honduras', 'Honduran');
add('SV', 'El Salvador', 'Salvadoran');
add('NI', 'Nicaragua', 'Nicaraguan');
add('CR', 'Costa Rica', 'Costa Rican');
add('PA', 'Panama', 'Panamanian');
add('CU', 'Cuba|Havana', 'Cuban');
add('DO', 'Dominican Republic');
add('HT', 'Haiti', 'Haitian');
add('JM', 'Jamaica', 'Jamaican');
add('TT', 'Trinidad and Tobago');
add('CO', 'Colombia|Bogota|Bogotá', 'Colombian');
add('VE', 'Venezuela|Caracas', 'Venezuelan');
add('EC', 'Ecuador', 'Ecuadorian|Ecuadorean');
add('PE', 'Peru|Lima', 'Peruvian');
add('BO', 'Bolivia', 'Bolivian');
add('CL', 'Chile|Santiago', 'Chilean');
add('AR', 'Argentina|Buenos Aires', 'Argentine|Argentinian');
add('UY', 'Uruguay', 'Uruguayan');
add('PY', 'Paraguay', 'Paraguayan');
add('BR', 'Brazil|Brasilia|Brasília', 'Brazilian');
add('EU', 'European Union|EU|E.U.|Brussels|European Commission', 'European');

// Epithets: "the world's biggest economy" is the US, "the world's second-largest economy" China.
const EPITHET = /\bworld['’]s (?:(biggest|largest|top)|(second[- ](?:biggest|largest))) economy\b/y;

const CH_APOSTROPHE = 39;
const CH_RIGHT_QUOTE = 0x2019;
const CH_s = 115;
const CH_SPACE = 32;
const CH_DOT = 46;

/** The start of a capitalised word (a name starts with one; "U.S." is a word). */
const CAPITAL = /(?<![A-Za-z.'’])[A-Z]/g;
/** Where a word ends: a space, or punctuation that no name holds. */
const WORD_END = /[\s,;:!?()"“”/—–-]|$/g;

/** A word without its possessive or full stop, in title case when written in capitals ("CHINA'S" → "China"). */
function bareWord(word: string): string {
  if (FIRST_WORDS.has(word)) return word;
  const last = word.charCodeAt(word.length - 1);
  let w = word;
  if (last === CH_s && (word.charCodeAt(word.length - 2) === CH_APOSTROPHE || word.charCodeAt(word.length - 2) === CH_RIGHT_QUOTE)) w = word.slice(0, -2);
  else if (last === CH_APOSTROPHE || last === CH_RIGHT_QUOTE || last === CH_DOT) w = word.slice(0, -1);
  if (!FIRST_WORDS.has(w) && w.length > 3 && w === w.toUpperCase()) w = w[0] + w.slice(1).toLowerCase();
  return w;
}

/** The place named by text[start, end), with a possessive or a sentence's full stop taken off. */
function placeAt(text: string, start: number, end: number): PlaceMention | undefined {
  let possessive = false;
  const last = text.charCodeAt(end - 1);
  // "China's", "China’s", "Philippines'": the owner, without its apostrophe.
  if (last === CH_s && (text.charCodeAt(end - 2) === CH_APOSTROPHE || text.charCodeAt(end - 2) === CH_RIGHT_QUOTE)) {
    end -= 2;
    possessive = true;
  } else if (last === CH_APOSTROPHE || last === CH_RIGHT_QUOTE) {
    end -= 1;
    possessive = true;
  }
  let key = text.slice(start, end);
  let place = PLACES.get(key);
  // A full stop after a name ends the sentence ("…with China."), unless it is the name's ("U.S.").
  if (!place && key.endsWith('.')) place = PLACES.get((key = key.slice(0, -1)));
  // Headlines in capitals: "CHINA", but not "US", which is the name as written.
  if (!place && key.length > 3 && key === key.toUpperCase()) place = PLACES.get(key[0] + key.slice(1).toLowerCase());
  return place && { code: place.code, kind: place.kind, start, end: start + key.length, possessive };
}

/** Every economy named in text[from, to), in order. */
export function findPlaces(text: string, from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const ends: number[] = [];
  CAPITAL.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CAPITAL.exec(text)) && m.index < to) {
    const start = m.index;
    WORD_END.lastIndex = start;
    const first = WORD_END.exec(text);
    if (!first || first.index > to) break;
    // Most capitalised words start no name (sentence openings, people): one map lookup rules them out.
    const words = FIRST_WORDS.get(bareWord(text.slice(start, first.index)));
    if (words === undefined) continue;
    // The ends of the next words, then the longest run that is a name.
    ends.length = 0;
    ends.push(first.index);
    for (let e = first; ends.length < words && text.charCodeAt(e.index) === CH_SPACE;) {
      WORD_END.lastIndex = e.index + 1;
      const next = WORD_END.exec(text);
      if (!next || next.index > to) break;
      ends.push(next.index);
      e = next;
    }
    for (let n = ends.length - 1; n >= 0; n--) {
      const found = placeAt(text, start, ends[n]);
      if (found) {
        out.push(found);
        CAPITAL.lastIndex = found.end;
        break;
      }
    }
  }
  // Epithets, rare: one sticky test at each "world's".
  for (let at = text.indexOf('world', from); at >= 0 && at < to; at = text.indexOf('world', at + 5)) {
    EPITHET.lastIndex = at;
    const e = EPITHET.exec(text);
    if (e) out.push({ code: e[1] ? 'US' : 'CN', kind: 'name', start: at, end: at + e[0].length, possessive: false });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** The place a single written word or phrase names, if any (for tests and sources). */
export const placeNamed = (phrase: string): Place | undefined => PLACES.get(phrase);
