// People the knowledge base knows: aliases, surnames once named, titles, possessives, headlines.
import { describe, expect, it } from 'vitest';
import { found, kb, mentions, page } from './helpers';

describe('knowledge-base people', () => {
  it('finds full aliases and links them to the KB id', () => {
    const m = mentions(page('Talks resume', 'Robert Lighthizer and Steve Mnuchin flew to Beijing on Tuesday.'));
    expect(m.map((x) => [x.text, x.kb])).toEqual([
      ['Robert Lighthizer', 'robert-lighthizer'],
      ['Steve Mnuchin', 'steven-mnuchin'],
    ]);
    expect(m[1].name).toBe('Steven Mnuchin');
    expect(m[1].role).toBe('Treasury Secretary');
    expect(m[1].country).toBe('US');
  });

  it('links a bare surname once the page has named the person in full', () => {
    expect(found(page('Deficit talks', 'Wilbur Ross spoke on Monday. Later, Ross repeated the demand.'))).toEqual([
      'Wilbur Ross→Wilbur Ross',
      'Ross→Wilbur Ross',
    ]);
  });

  it('does not link a bare surname in the body before the full name', () => {
    const text = page('Markets steady', 'Analysts said Ross had a point about the deficit figures.', 'Commerce chief Wilbur Ross agreed.');
    expect(found(text)).toEqual(['Wilbur Ross→Wilbur Ross']);
  });

  it('links a surname with a title right before it, even on first mention', () => {
    expect(found(page('Tariff news', 'Secretary Mnuchin said the deal was close.'))).toEqual(['Mnuchin→Steven Mnuchin']);
    expect(found(page('Tariff news', 'The talks ended, President Xi told his hosts.'))).toEqual(['Xi→Xi Jinping']);
  });

  it('links headline surnames to people the body names', () => {
    const text = page('Navarro warns on tariffs', 'White House adviser Peter Navarro said the duties would stay.');
    expect(found(text)).toEqual(['Navarro→Peter Navarro', 'Peter Navarro→Peter Navarro']);
  });

  it('finds ALL-CAPS headline forms', () => {
    const text = page('MNUCHIN SEES PROGRESS IN BEIJING', 'Treasury Secretary Steven Mnuchin said progress had been made.');
    expect(found(text)).toEqual(['MNUCHIN→Steven Mnuchin', 'Steven Mnuchin→Steven Mnuchin']);
  });

  it('spans only the name in possessives and "Mr." forms', () => {
    const text = page('A new round', "Donald Trump's advisers met. Mr. Trump later said Trump's patience was thin.");
    expect(found(text)).toEqual(['Donald Trump→Donald Trump', 'Trump→Donald Trump', 'Trump→Donald Trump']);
  });

  it('links attributive uses: "the Trump administration", "Trump tariffs"', () => {
    const text = page('Farm aid grows', 'The Trump administration widened the program as Trump tariffs bit into exports.');
    expect(found(text)).toEqual(['Trump→Donald Trump', 'Trump→Donald Trump']);
  });

  it('never returns people the KB marks as non-officials', () => {
    const text = page('Interview', 'Maria Bartiromo asked Steven Mnuchin about soybeans. Bartiromo pressed on the timing, and Ms. Bartiromo smiled.');
    expect(found(text)).toEqual(['Steven Mnuchin→Steven Mnuchin']);
    expect(kb.people.some((p) => p.name === 'Maria Bartiromo' && !p.official)).toBe(true);
  });

  it('does not read a relative as the KB person, nor a handle or a building', () => {
    const text = page('Family business', 'Donald Trump Jr. spoke at Trump Tower, and @realDonaldTrump posted a video.');
    expect(found(text)).toEqual([]);
  });

  it('links a KB surname named by a generic appositive', () => {
    expect(found(page('Outlook', 'Kudlow, the top White House economic adviser, expects a deal.'))).toEqual(['Kudlow→Larry Kudlow']);
  });

  it('does not link a KB surname after a title that does not fit them', () => {
    expect(found(page('Hearing', 'Sen. Ross of Ohio asked about steel.'))).toEqual(['Ross→Ross']);
  });

  it('keeps "Liu He" whole and never reads "He" as a name', () => {
    const text = page('Trade envoy', 'Vice Premier Liu He arrived in Washington. He met Robert Lighthizer on Thursday.');
    expect(found(text)).toEqual(['Liu He→Liu He', 'Robert Lighthizer→Robert Lighthizer']);
  });
});
