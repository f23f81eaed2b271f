// The official's card against the article's date: in office then, formerly, or not yet.
import { describe, expect, it } from 'vitest';
import { describeOfficial, officeOnDate } from '../../lib/describe/official';
import { loadKb } from '../../lib/kb';
import type { OfficialMention } from '../../lib/types';

const kb = loadKb();
const mention = (name: string, id: string): OfficialMention => ({ start: 0, end: name.length, text: name, name, kb: id });
const card = (name: string, id: string, date?: string) => describeOfficial(mention(name, id), `${name} spoke.`, [mention(name, id)], kb, date);

describe("the card's line about the page's date", () => {
  it('says a running term began when', () => {
    expect(card('Donald Trump', 'donald-trump', '2025-06-05').onPageDate).toBe("In office on the article's date: President (since Jan 2025)");
  });

  it('gives the years of a term that has since ended', () => {
    expect(card('Steven Mnuchin', 'steven-mnuchin', '2018-05-03').onPageDate).toBe("In office on the article's date: Treasury Secretary (2017–2021)");
  });

  it('says "formerly" with the last office before the date', () => {
    expect(card('Boris Johnson', 'boris-johnson', '2025-07-24').onPageDate).toBe('Formerly: Prime Minister, 2019–2022');
    // Between his two terms, Trump was a former president.
    expect(card('Donald Trump', 'donald-trump', '2023-02').onPageDate).toBe('Formerly: President, 2017–2021');
  });

  it('says "not yet" for someone whose office began after the article', () => {
    expect(officeOnDate([{ role: 'Premier of China', title: 'Premier', from: '2023-03-11' }], '2019-01-01')).toBe(
      "Not yet in office on the article's date: Premier from Mar 2023",
    );
  });

  it('picks the office held that day among several', () => {
    expect(card('Mark Carney', 'mark-carney', '2016-01-10').onPageDate).toMatch(/^In office on the article's date: (Bank of England )?Governor/);
    expect(card('Mark Carney', 'mark-carney', '2025-05-01').onPageDate).toBe("In office on the article's date: Prime Minister (since Mar 2025)");
  });

  it('says nothing without a date, or for someone the knowledge base does not know', () => {
    expect(card('Donald Trump', 'donald-trump').onPageDate).toBeUndefined();
    const unknown: OfficialMention = { start: 0, end: 5, text: 'Smith', name: 'Smith', role: 'Senator', country: 'US' };
    expect(describeOfficial(unknown, 'Smith spoke.', [unknown], kb, '2025-01-01').onPageDate).toBeUndefined();
  });
});
