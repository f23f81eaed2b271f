// Whose report a figure is: statistics offices and ministries named in the sentence ("China's
// customs said…", "Statistics Canada", "the Commerce Department"). A figure quoted as another
// country's report has that country as its reporter (LABELING: trade-2025).
import type { PlaceMention } from './places';

export interface SourceMention {
  start: number;
  end: number;
  code: string;
  /** The words as written ("the Commerce Department"), for the card. */
  name: string;
}

/** Offices that name no place but belong to one. */
const NAMED_OFFICES = new RegExp(
  [
    String.raw`(?<US>(?:U\.?S\.?\s+)?(?:Commerce\s+Department|Department\s+of\s+Commerce|Census\s+Bureau|Census\s+(?:data|figures|numbers)|Bureau\s+of\s+(?:the\s+)?Census|Bureau\s+of\s+Economic\s+Analysis|BEA))`,
    String.raw`(?<CA>Statistics\s+Canada|Statscan|StatCan)`,
    String.raw`(?<GB>Office\s+for\s+National\s+Statistics|ONS|HMRC|HM\s+Revenue\s+(?:and|&)\s+Customs)`,
    String.raw`(?<EU>Eurostat)`,
    String.raw`(?<DE>Destatis)`,
    String.raw`(?<CN>General\s+Administration\s+of\s+Customs|GACC)`,
    String.raw`(?<KR>Korea\s+Customs\s+Service|Ministry\s+of\s+Trade,\s+Industry\s+and\s+Energy|MOTIE)`,
    String.raw`(?<AU>Australian\s+Bureau\s+of\s+Statistics)`,
    String.raw`(?<MX>INEGI)`,
    String.raw`(?<ID>Statistics\s+Indonesia|BPS)`,
  ]
    .map((alternative) => String.raw`\b${alternative}\b`)
    .join('|'),
  'g',
);

/** Office words that, after a place ("Japan's Finance Ministry", "Chinese customs"), make it a source. */
const OFFICE_AFTER_PLACE =
  /^(?:['’]s)?\s+(?:official\s+|government\s+|national\s+|federal\s+)?(?:customs|central\s+bank|finance\s+ministry|ministry\s+of\s+(?:finance|commerce|trade|economy)|commerce\s+ministry|trade\s+ministry|economy\s+ministry|statistics\s+(?:office|bureau|agency|authority|department|board|service)|statistical\s+(?:office|bureau|agency|authority)|national\s+statistics|bureau\s+of\s+statistics|department\s+of\s+statistics|trade\s+data|customs\s+data|government\s+data|official\s+data|data\s+agency)\b/i;
/** "Statistics Korea", "Bank of Thailand". */
const STATISTICS_BEFORE = /\b(?:Statistics|Bank\s+of)\s+$/;
const LOOK_AFTER = 48;

/** Every source in text[from, to), given the sentence's places. */
export function findSources(text: string, from: number, to: number, places: readonly PlaceMention[]): SourceMention[] {
  const out: SourceMention[] = [];
  NAMED_OFFICES.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = NAMED_OFFICES.exec(text)) && m.index < to) {
    const code = Object.entries(m.groups!).find(([, v]) => v !== undefined)?.[0];
    if (code) out.push({ start: m.index, end: m.index + m[0].length, code, name: m[0] });
  }
  for (const p of places) {
    const after = text.slice(p.end, Math.min(to, p.end + LOOK_AFTER));
    const office = OFFICE_AFTER_PLACE.exec(after);
    if (office) out.push({ start: p.start, end: p.end + office[0].length, code: p.code, name: text.slice(p.start, p.end + office[0].length) });
    else {
      const before = STATISTICS_BEFORE.exec(text.slice(Math.max(from, p.start - 12), p.start));
      if (before) {
        const start = p.start - before[0].length;
        out.push({ start, end: p.end, code: p.code, name: text.slice(start, p.end) });
      }
    }
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}
