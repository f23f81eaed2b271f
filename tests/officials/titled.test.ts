// Officials the knowledge base does not know, recognised by a title or an appositive beside the name.
import { describe, expect, it } from 'vitest';
import { emptyKb, found, mentions, page } from './helpers';

const only = (text: string) => found(text, emptyKb);

describe('titles before a name', () => {
  it.each([
    ['Trade Representative Carla Pike opened the hearing.', 'Carla Pike'],
    ['Economic Planning Board Minister Park Sung-ho said growth slowed.', 'Park Sung-ho'],
    ['Chinese Foreign Minister Zhao Lin said talks would go on.', 'Zhao Lin'],
    ['Sen. Margaret Doyle warned of a backlash.', 'Margaret Doyle'],
    ['Prime Minister Hiroshi Tanabe arrived in Washington.', 'Hiroshi Tanabe'],
    ['Commerce Secretary Walter Brandt unveiled the duties.', 'Walter Brandt'],
    ['EC Commissioner Piet Van Acker met the delegation.', 'Piet Van Acker'],
    ['Bundesbank President Hans Otto Reiner kept rates steady.', 'Hans Otto Reiner'],
    ['Gov. Dana Whitfield signed the farm bill.', 'Dana Whitfield'],
    ['Ambassador Lena Marsh delivered the note.', 'Lena Marsh'],
    ['Speaker Joan Albright scheduled a vote.', 'Joan Albright'],
    ['Chancellor Erich Vogt defended the budget.', 'Erich Vogt'],
    ['Fed Chairman Paul Renner held rates.', 'Paul Renner'],
    ['Foreign Ministry spokeswoman Mei Tang said Beijing would respond.', 'Mei Tang'],
    ['WTO Director-General Ana Ribeiro urged restraint.', 'Ana Ribeiro'],
    ['Secretary of State Howard Lyle flew to Rome.', 'Howard Lyle'],
    ['Vice Premier Gao Ming led the delegation.', 'Gao Ming'],
    ['Wisconsin Republican congressman Dale Norquist filed a bill.', 'Dale Norquist'],
    ['Mayor Rosa Quintero welcomed the plant.', 'Rosa Quintero'],
    ['State Councilor Hu Wen met the envoys.', 'Hu Wen'],
    ['The bill was written by then-Sen. Carl Imhoff in 1988.', 'Carl Imhoff'],
    ['Acting White House chief of staff Ray Munro said so.', 'Ray Munro'],
    ['Bank of Japan Governor Taro Ishii kept rates steady.', 'Taro Ishii'],
    ['Chancellor of the Exchequer Giles Penrose presented the budget.', 'Giles Penrose'],
  ])('%s', (sentence, name) => {
    expect(only(page('News of the day', sentence))).toEqual([`${name}→${name}`]);
  });

  it('keeps the title out of the span and reports it as the role', () => {
    const [m] = mentions(page('Tariffs', 'U.S. Agriculture Secretary Ray Colby promised aid.'), emptyKb);
    expect(m.text).toBe('Ray Colby');
    expect(m.role).toBe('Agriculture Secretary');
    expect(m.country).toBe('US');
  });

  it('keeps middle initials in the span and drops them from the canonical name', () => {
    expect(only(page('Hearing', 'Senator Frank T. Olsen of Ohio chaired the panel.'))).toEqual(['Frank T. Olsen→Frank Olsen']);
  });

  it('reads party tags as a legislator', () => {
    expect(only(page('Debate', 'Maya Ruiz (D-N.M.) asked about steel.', 'Tom Hale, R-Texas, disagreed.'))).toEqual([
      'Maya Ruiz→Maya Ruiz',
      'Tom Hale→Tom Hale',
    ]);
  });

  it('reads every name after a plural title', () => {
    expect(only(page('Letter', 'Senators Ann Cole and Bill Ward wrote to the agency.'))).toEqual(['Ann Cole→Ann Cole', 'Bill Ward→Bill Ward']);
  });

  it('reads a title in brackets before the surname', () => {
    expect(only(page('Summit', 'It was agreed when (Prime Minister Kenji) Mori visited.'))).toEqual(['Mori→Kenji Mori']);
  });
});

describe('appositives', () => {
  it.each([
    ['Carla Pike, the U.S. trade representative, said talks would resume.', 'Carla Pike'],
    ["Kenji Mori, Japan's minister of international trade and industry, said so.", 'Kenji Mori'],
    ['Olga Brandt, who heads the economy ministry, said prices would rise.', 'Olga Brandt'],
    ["Ned Walsh, the president's top economic adviser, said tariffs work.", 'Ned Walsh'],
    ['Ivo Rank, a spokesman for the Commerce Ministry, declined to comment.', 'Ivo Rank'],
    ['Chinese ambassador to the United States, Wu Ping, said the talks went well.', 'Wu Ping'],
    ['Ray Dunn, a former congressman who now runs a steel group, testified.', 'Ray Dunn'],
  ])('%s', (sentence, name) => {
    expect(only(page('Trade news', sentence))).toEqual([`${name}→${name}`]);
  });
});

describe('later mentions and name orders', () => {
  it('links later surnames to the titled name, not earlier ones', () => {
    const text = page('Farm trade', 'Pike had left by then.', 'Trade Representative Carla Pike arrived later. Pike said the offer stood, and Pike left.');
    expect(only(text)).toEqual(['Carla Pike→Carla Pike', 'Pike→Carla Pike', 'Pike→Carla Pike']);
  });

  it('uses the family name of East Asian names written family name first', () => {
    const text = page('Currency', 'Finance Minister Kim Dae-sung will visit Washington. Kim said the won would rise.');
    expect(only(text)).toEqual(['Kim Dae-sung→Kim Dae-sung', 'Kim→Kim Dae-sung']);
  });

  it('writes romanised given names as one hyphenated word', () => {
    expect(only(page('Taipei', 'Central Bank Governor Lin Mei-Hua kept controls.'))).toEqual(['Lin Mei-Hua→Lin Mei-hua']);
    expect(only(page('Seoul', 'Trade Minister Chung Woong Sik said exports rose.'))).toEqual(['Chung Woong Sik→Chung Woong-sik']);
  });

  it('links particle surnames and double family names', () => {
    const text = page(
      'Brussels',
      'Commission President Anna von der Berg met President Luis Garza Ortega. Von der Berg spoke first; von der Berg and Garza Ortega then signed.',
    );
    expect(only(text)).toEqual([
      'Anna von der Berg→Anna von der Berg',
      'Luis Garza Ortega→Luis Garza Ortega',
      'Von der Berg→Anna von der Berg',
      'von der Berg→Anna von der Berg',
      'Garza Ortega→Luis Garza Ortega',
    ]);
  });

  it('links two officials named in one compound', () => {
    const text = page('Meeting', 'Treasury Secretary Tom Baird will meet Finance Minister Cho Min-ho. The Baird-Cho meeting is set.');
    expect(only(text)).toEqual(['Tom Baird→Tom Baird', 'Cho Min-ho→Cho Min-ho', 'Baird→Tom Baird', 'Cho→Cho Min-ho']);
  });

  it('reads two titled names joined by "and"', () => {
    const text = page('Talks', 'He will meet Commerce Secretary Walter Brandt and Trade Representative Carla Pike in Paris.');
    expect(only(text)).toEqual(['Walter Brandt→Walter Brandt', 'Carla Pike→Carla Pike']);
  });

  it('does not make an official of "Mr." alone', () => {
    expect(only(page('Steel', 'Mr. Novak, who runs a mill in Ohio, said prices rose.'))).toEqual([]);
  });

  it('names a president by "the X administration"', () => {
    expect(only(page('History', 'The quota dates from the Carter administration.'))).toEqual(['Carter→Carter']);
  });
});

describe('invisible characters inside names and titles', () => {
  it('reads through soft hyphens and zero-width characters, the span keeping them', () => {
    const text = page('Tariffs', 'Trade Represen\u00adtative Carla Pi\u00adke opened the hearing; Commerce Secretary Walter\u200b Brandt listened.');
    const ms = mentions(text, emptyKb);
    expect(ms.map((m) => [m.text, m.name, m.role])).toEqual([
      ['Carla Pi\u00adke', 'Carla Pike', 'Trade Representative'],
      ['Walter\u200b Brandt', 'Walter Brandt', 'Commerce Secretary'],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds a knowledge-base official hyphenated for the line (Light\u00adhizer)', () => {
    expect(found(page('Tariffs', 'U.S. Trade Representative Robert Light\u00adhizer called it a first step.'))).toEqual([
      'Robert Light\u00adhizer→Robert Lighthizer',
    ]);
  });
});
