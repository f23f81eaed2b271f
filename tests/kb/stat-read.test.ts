import { describe, expect, it } from 'vitest';
import { linkStatistic, readStatistic, type StatReading } from '../../lib/kb/stats/read';

// Sentences written for these tests, in the style of trade news; figures are real where a check
// against the official series is asserted. A figure is given by its text, found in the passage.
type Expected = Pick<StatReading, 'reporter' | 'partner' | 'flow' | 'period'> & { scope?: StatReading['scope'] };

function figureIn(text: string, amount: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(amount, start + 1);
  if (start < 0) throw new Error(`"${amount}" is not in the text`);
  return { start, end: start + amount.length, text: amount, kind: 'money' as const, value: 0, currency: 'USD' as string | null };
}

const read = (text: string, amount: string, date?: string, occurrence = 0) => readStatistic(text, figureIn(text, amount, occurrence), date);

function expectStat(text: string, amount: string, date: string | undefined, want: Expected, occurrence = 0) {
  const got = read(text, amount, date, occurrence);
  expect(got, `${amount} in: ${text}`).toMatchObject(want);
}

function expectNone(text: string, amount: string, date = '2025-06-15') {
  expect(read(text, amount, date), `${amount} in: ${text}`).toBeUndefined();
}

describe('balances', () => {
  it('the issue’s pattern: no period written, the latest full year before the page', () => {
    const text = 'In 2024 the US recorded its largest trade deficit with China, which stood at $295.4 billion.';
    const bare = 'the US recorded its largest trade deficit with China, which stood at $295.4 billion';
    const want = { reporter: 'US', partner: 'CN', flow: 'balance', scope: 'goods', period: '2024' } as const;
    expectStat(bare, '$295.4 billion', '2025-03-02', want);
    expect(read(bare, '$295.4 billion', '2025-03-02')!.periodImplied).toBe(true);
    expectStat(text, '$295.4 billion', '2025-03-02', want);
    expect(read(text, '$295.4 billion', '2025-03-02')!.periodImplied).toBe(false);
  });

  it('a partner, a year and a source', () => {
    expectStat('The U.S. goods trade deficit with Mexico reached $171.8 billion in 2024, according to Census Bureau data.', '$171.8 billion', '2025-03-10', {
      reporter: 'US',
      partner: 'MX',
      flow: 'balance',
      scope: 'goods',
      period: '2024',
    });
  });

  it('a headline monthly gap with the world', () => {
    expectStat("America's trade gap narrowed to $61.6 billion in April, the Commerce Department said.", '$61.6 billion', '2025-06-05', {
      reporter: 'US',
      partner: 'WORLD',
      flow: 'balance',
      period: '2025-04',
    });
  });

  it('an amount before its flow word, with the owner as subject', () => {
    expectStat('Germany posted a 17.2 billion euro trade surplus in March, the statistics office said.', '17.2 billion euro', '2025-05-08', {
      reporter: 'DE',
      partner: 'WORLD',
      flow: 'balance',
      period: '2025-03',
    });
    expectStat(
      'U.S. imports hit a record last year. The country ran a $1.2 trillion goods deficit in 2024.',
      '$1.2 trillion',
      '2025-02-06',
      {
        reporter: 'US',
        partner: 'WORLD',
        flow: 'balance',
        scope: 'goods',
        period: '2024',
      },
      0,
    );
  });

  it('quarters, halves and "last year"', () => {
    expectStat("South Korea's trade surplus with the United States shrank to $4.1 billion in the first quarter.", '$4.1 billion', '2025-04-15', {
      reporter: 'KR',
      partner: 'US',
      flow: 'balance',
      period: '2025-Q1',
    });
    expectStat("In the first half, Brazil's trade surplus reached $30.1 billion.", '$30.1 billion', '2025-07-20', {
      reporter: 'BR',
      partner: 'WORLD',
      flow: 'balance',
      period: '2025-H1',
    });
    expectStat("Vietnam's surplus with the US widened to $123.5 billion last year, the third largest of any country.", '$123.5 billion', '2025-04-03', {
      reporter: 'VN',
      partner: 'US',
      flow: 'balance',
      period: '2024',
    });
  });

  it('"the world’s biggest economy" is the US', () => {
    expectStat("The world's biggest economy logged a trade gap of $78.3 billion in June.", '$78.3 billion', '2025-08-05', {
      reporter: 'US',
      partner: 'WORLD',
      flow: 'balance',
      period: '2025-06',
    });
  });
});

describe('exports, imports and two-way trade', () => {
  it('two flows in one sentence, the second taking the first one’s reporter', () => {
    const text = 'U.S. exports to Canada totaled $349.4 billion in 2024, while imports from Canada came to $412.7 billion.';
    expectStat(text, '$349.4 billion', '2025-03-01', { reporter: 'US', partner: 'CA', flow: 'exports', period: '2024' });
    expectStat(text, '$412.7 billion', '2025-03-01', { reporter: 'US', partner: 'CA', flow: 'imports', period: '2024' });
  });

  it('a demonym as reporter, and the customs as source', () => {
    expectStat('Chinese exports to the United States fell 34.5% in May to $28.8 billion, customs data showed.', '$28.8 billion', '2025-06-09', {
      reporter: 'CN',
      partner: 'US',
      flow: 'exports',
      period: '2025-05',
    });
  });

  it('"exports from" names the reporter, "the year to" a span from January', () => {
    expectStat('Exports from Taiwan to the US jumped to $111 billion in the year to October.', '$111 billion', '2025-11-10', {
      reporter: 'TW',
      partner: 'US',
      flow: 'exports',
      period: '2025-01..2025-10',
    });
  });

  it('the first months of a year, with a statistics agency', () => {
    expectStat(
      'In the first five months of the year, imports from Mexico reached $225.6 billion, Census Bureau figures show.',
      '$225.6 billion',
      '2025-07-03',
      {
        reporter: 'US',
        partner: 'MX',
        flow: 'imports',
        period: '2025-01..2025-05',
      },
    );
  });

  it('a verb of trade with an amount in between', () => {
    expectStat('India imported goods worth $113.5 billion from China in 2024-25.', '$113.5 billion', '2025-06-01', {
      reporter: 'IN',
      partner: 'CN',
      flow: 'imports',
      period: '2024-04..2025-03',
    });
    expectStat('Canada shipped $46.1 billion of goods to the United States in April.', '$46.1 billion', '2025-06-05', {
      reporter: 'CA',
      partner: 'US',
      flow: 'exports',
      period: '2025-04',
    });
  });

  it('two-way trade between two economies', () => {
    expectStat('Two-way trade between the US and India was about $129 billion in 2024.', '$129 billion', '2025-02-13', {
      reporter: 'US',
      partner: 'IN',
      flow: 'total',
      period: '2024',
    });
    expectStat(
      'Canada and the US are each other’s biggest customers. Trade between the two countries came to $760 billion last year.',
      '$760 billion',
      '2025-02-13',
      {
        reporter: 'CA',
        partner: 'US',
        flow: 'total',
        period: '2024',
      },
    );
  });

  it('scope as written: goods and services', () => {
    const text = 'The U.S. trade deficit grew in 2024. Imports of goods and services rose to $4.11 trillion last year.';
    expectStat(text, '$4.11 trillion', '2025-02-05', { reporter: 'US', partner: 'WORLD', flow: 'imports', scope: 'goods+services', period: '2024' });
  });

  it('the EU as reporter and partner', () => {
    expectStat("The EU's goods exports to the US were worth €532 billion in 2024, Eurostat said.", '€532 billion', '2025-04-10', {
      reporter: 'EU',
      partner: 'US',
      flow: 'exports',
      period: '2024',
    });
    expectStat("Britain's imports from the EU were £358 billion in the 12 months to March.", '£358 billion', '2025-05-15', {
      reporter: 'GB',
      partner: 'EU',
      flow: 'imports',
      period: '2024-04..2025-03',
    });
  });
});

describe('fiscal years', () => {
  it('"the fiscal year ended March", "FY25", "2023-24" by the reporter’s fiscal year', () => {
    expectStat("Japan's trade deficit for the fiscal year ended March came to 5.2 trillion yen.", '5.2 trillion yen', '2025-04-17', {
      reporter: 'JP',
      partner: 'WORLD',
      flow: 'balance',
      period: '2024-04..2025-03',
    });
    expectStat("India's merchandise exports stood at $437.4 billion in FY25.", '$437.4 billion', '2025-04-16', {
      reporter: 'IN',
      partner: 'WORLD',
      flow: 'exports',
      period: '2024-04..2025-03',
    });
    expectStat("Australia's exports to China were A$212 billion in 2023-24.", 'A$212 billion', '2025-01-20', {
      reporter: 'AU',
      partner: 'CN',
      flow: 'exports',
      period: '2023-07..2024-06',
    });
  });

  it('"the 2024 fiscal year", "the three months to March", "the two-month cumulative deficit"', () => {
    expectStat("Japan's trade surplus in the 2024 fiscal year was 1.1 trillion yen.", '1.1 trillion yen', '2025-05-15', {
      reporter: 'JP',
      partner: 'WORLD',
      flow: 'balance',
      period: '2024-04..2025-03',
    });
    expectStat("In the three months to March, Britain's trade deficit widened to £7.1 billion.", '£7.1 billion', '2025-05-15', {
      reporter: 'GB',
      partner: 'WORLD',
      flow: 'balance',
      period: '2025-Q1',
    });
    const text = 'France posted a trade deficit of 400 million francs in February, and the two-month cumulative deficit was 8.1 billion francs.';
    expectStat(text, '8.1 billion francs', '1987-03-16', { reporter: 'FR', partner: 'WORLD', flow: 'balance', period: '1987-01..1987-02' });
  });

  it('"the last fiscal" is the latest fiscal year ended before the page', () => {
    expectStat("In the last fiscal, India's exports to the US grew to $86.5 billion.", '$86.5 billion', '2025-09-01', {
      reporter: 'IN',
      partner: 'US',
      flow: 'exports',
      period: '2024-04..2025-03',
    });
  });
});

describe('what the writer no longer repeats', () => {
  it('"a year earlier" and "from … in May" belong to the amount they follow', () => {
    const text = "China's exports to the US were $33.8 billion in November, compared with $47.3 billion a year earlier.";
    expectStat(text, '$33.8 billion', '2025-12-08', { reporter: 'CN', partner: 'US', flow: 'exports', period: '2025-11' });
    expectStat(text, '$47.3 billion', '2025-12-08', { reporter: 'CN', partner: 'US', flow: 'exports', period: '2024-11' });
    const monthly = 'The US trade deficit widened to $78.3 billion in June from a revised $71.7 billion in May, the Commerce Department said.';
    expectStat(monthly, '$78.3 billion', '2025-08-05', { reporter: 'US', partner: 'WORLD', flow: 'balance', period: '2025-06' });
    expectStat(monthly, '$71.7 billion', '2025-08-05', { reporter: 'US', partner: 'WORLD', flow: 'balance', period: '2025-05' });
  });

  it('"its", "the same month" and a bare flow take the statement before', () => {
    const text =
      "Taiwan's exports rose 30% in August, the finance ministry said. Its surplus with the United States grew to $15.2 billion in the same month. Imports climbed to $37.6 billion.";
    expectStat(text, '$15.2 billion', '2025-09-08', { reporter: 'TW', partner: 'US', flow: 'balance', period: '2025-08' });
    // A bare flow is the economy's whole flow: the partner of the statement before does not carry.
    expectStat(text, '$37.6 billion', '2025-09-08', { reporter: 'TW', partner: 'WORLD', flow: 'imports', period: '2025-08' });
  });

  it('a figure quoted as another country’s report has that country as reporter', () => {
    expectStat("China's customs agency said exports to the US fell to $35.8 billion in October.", '$35.8 billion', '2025-11-07', {
      reporter: 'CN',
      partner: 'US',
      flow: 'exports',
      period: '2025-10',
    });
    expectStat('According to Chinese customs data, imports from the United States dropped to $10.5 billion in June.', '$10.5 billion', '2025-07-14', {
      reporter: 'CN',
      partner: 'US',
      flow: 'imports',
      period: '2025-06',
    });
    expectStat('Total exports in April fell to C$60.4 billion, Statistics Canada said.', 'C$60.4 billion', '2025-06-05', {
      reporter: 'CA',
      partner: 'WORLD',
      flow: 'exports',
      period: '2025-04',
    });
  });

  it('a conversion in brackets restates the figure before it', () => {
    const text = "Japan's surplus with the U.S. rose to 9 trillion yen ($63 billion) in the fiscal year through March.";
    expectStat(text, '$63 billion', '2025-04-17', { reporter: 'JP', partner: 'US', flow: 'balance', period: '2024-04..2025-03' });
  });
});

describe('more ways of writing it', () => {
  it('a balance in the trade of goods, a surplus in services, "offset by" a deficit', () => {
    const text =
      'The U.S. deficit in the trade of goods with China climbed to a record $43.1 billion in October. The U.S. ran a $22.6 billion surplus in services trade that month, offset by a record $78.1 billion deficit in goods.';
    expectStat(text, '$43.1 billion', '2018-12-06', { reporter: 'US', partner: 'CN', flow: 'balance', scope: 'goods', period: '2018-10' });
    expectStat(text, '$22.6 billion', '2018-12-06', { reporter: 'US', partner: 'WORLD', flow: 'balance', scope: 'services', period: '2018-10' });
    expectStat(text, '$78.1 billion', '2018-12-06', { reporter: 'US', partner: 'WORLD', flow: 'balance', scope: 'goods', period: '2018-10' });
  });

  it('a period owning the amount or the flow: "from January’s …", "a 1985 deficit"', () => {
    const text = "Brazil's trade surplus doubled in February to $261 million from January's $129 million.";
    expectStat(text, '$129 million', '1987-03-16', { reporter: 'BR', partner: 'WORLD', flow: 'balance', period: '1987-01' });
    expectStat(
      'Officials said South Korea had a trade surplus of $4.5 billion in 1986, against a 1985 deficit of $900 million.',
      '$900 million',
      '1987-04-01',
      {
        reporter: 'KR',
        partner: 'WORLD',
        flow: 'balance',
        period: '1985',
      },
    );
  });

  it('hyphenated pairs and a bloc as the subject', () => {
    expectStat('US-China trade totaled $582 billion in 2024.', '$582 billion', '2025-03-01', { reporter: 'US', partner: 'CN', flow: 'total', period: '2024' });
    expectStat('The EU ran a €198 billion surplus with the United States in 2024.', '€198 billion', '2025-04-01', {
      reporter: 'EU',
      partner: 'US',
      flow: 'balance',
      period: '2024',
    });
  });

  it('a change between two levels leaves the later level a statistic', () => {
    const text = 'The U.S. goods deficit with China increased $3.1 billion to $24.9 billion in March.';
    expectStat(text, '$24.9 billion', '2025-05-06', { reporter: 'US', partner: 'CN', flow: 'balance', period: '2025-03' });
    expectNone(text, '$3.1 billion');
  });

  it('the economy a page is about, when no sentence names the reporter', () => {
    const text =
      "BANGKOK - Thailand's economy will grow five percent this year, the Bank of Thailand said. The Thai central bank expects farm output to recover. Thailand also plans new roads. In the first quarter, imports grew 19% to 70.7 billion baht.";
    expectStat(text, '70.7 billion baht', '2025-04-29', { reporter: 'TH', partner: 'WORLD', flow: 'imports', period: '2025-Q1' });
  });
});

describe('a monthly customs release, sentence after sentence', () => {
  const text =
    "China's exports grew 8.3% year-on-year in September to $328.6 billion, while imports rose 7.4% to $238.1 billion, leaving a surplus of $90.5 billion. " +
    'Shipments to the United States slumped 27% from a year earlier to $34.3 billion. ' +
    "China's trade surplus with the U.S. stood at $24.4 billion, down from $30.9 billion a month earlier. " +
    'For the first nine months, exports rose 6.1% to $2.78 trillion.';
  const date = '2025-10-13';

  it('one reporter and period for the sentence’s three flows', () => {
    expectStat(text, '$328.6 billion', date, { reporter: 'CN', partner: 'WORLD', flow: 'exports', period: '2025-09' });
    expectStat(text, '$238.1 billion', date, { reporter: 'CN', partner: 'WORLD', flow: 'imports', period: '2025-09' });
    expectStat(text, '$90.5 billion', date, { reporter: 'CN', partner: 'WORLD', flow: 'balance', period: '2025-09' });
  });

  it('the reporter and the period carry to the next sentences, the partner only when written', () => {
    expectStat(text, '$34.3 billion', date, { reporter: 'CN', partner: 'US', flow: 'exports', period: '2025-09' });
    expectStat(text, '$24.4 billion', date, { reporter: 'CN', partner: 'US', flow: 'balance', period: '2025-09' });
    expectStat(text, '$30.9 billion', date, { reporter: 'CN', partner: 'US', flow: 'balance', period: '2025-08' });
    expectStat(text, '$2.78 trillion', date, { reporter: 'CN', partner: 'WORLD', flow: 'exports', period: '2025-01..2025-09' });
  });

  it('a flow that points back takes the partner too', () => {
    const fiscal = "Last fiscal year India's exports to China fell to $14.3 billion. The imports, however, rose to $113.5 billion.";
    expectStat(fiscal, '$113.5 billion', '2025-10-15', { reporter: 'IN', partner: 'CN', flow: 'imports', period: '2024-04..2025-03' });
  });

  it('a flow compared "against" another is read, not taken for a product', () => {
    const eu = 'EU exports to the US were worth €532 billion in 2024 against imports of €334 billion.';
    expectStat(eu, '€334 billion', '2025-03-10', { reporter: 'EU', partner: 'US', flow: 'imports', period: '2024' });
  });
});

describe('no statistic', () => {
  it('changes', () => {
    expectNone('The U.S. deficit with Canada narrowed by $4.2 billion in March.', '$4.2 billion');
    expectNone('U.S. exports to Japan were up $3.2 billion from a year earlier.', '$3.2 billion');
    expectNone('China reported a $3.1 billion increase in exports to Africa last month.', '$3.1 billion');
  });

  it('forecasts and plans', () => {
    expectNone('Economists had expected the U.S. trade gap to reach $77 billion in May.', '$77 billion');
    expectNone('Analysts forecast a U.S. deficit of $70 billion for June.', '$70 billion');
    expectNone('The agreement could lift two-way trade between India and the US to $500 billion by 2030.', '$500 billion');
    expectNone("China's surplus hit $111.7 billion in November, above the forecast of $100.2 billion.", '$100.2 billion');
  });

  it('a forecast the figure is compared with leaves it a statistic', () => {
    expectStat('The U.S. deficit was $71.5 billion in July, wider than economists had expected.', '$71.5 billion', '2025-09-04', {
      reporter: 'US',
      partner: 'WORLD',
      flow: 'balance',
      period: '2025-07',
    });
  });

  it('a measure’s amount next to a flow word, one product after "worth of"', () => {
    expectNone('Beijing put duties on U.S. farm imports, part of a $3.4 billion set of retaliatory tariffs.', '$3.4 billion');
    expectNone('According to the Commerce Department, the US imported $1.27 billion worth of Canadian newsprint in 2016.', '$1.27 billion', '2018-03-01');
    expectNone("Starting next month, he's putting 10 percent tariffs on the remaining $300 billion in Chinese imports.", '$300 billion');
  });

  it('sectors and the current account, said in other words', () => {
    expectNone('Farm and food trade showed a surplus of 2 billion francs in February.', '2 billion francs', '1987-03-16');
    expectNone("South Korea's current account, which last year posted a surplus of $4.65 billion, is set to shrink.", '$4.65 billion', '1987-03-02');
    expectNone(
      "South Korea's current account surplus was $4.65 billion last year. It compares with a deficit of $334 million a year before.",
      '$334 million',
      '1987-03-02',
    );
    expectNone('So far this year, the U.S. deficit with China is $98 billion.', '$98 billion');
  });

  it('goods covered by tariffs, pledges, revenue', () => {
    expectNone('Washington imposed tariffs on $200 billion of Chinese imports in 2019.', '$200 billion');
    expectNone('Japan agreed to buy $8 billion of American farm goods and to invest $550 billion in the US.', '$550 billion');
    expectNone('Japan agreed to buy $8 billion of American farm goods and to invest $550 billion in the US.', '$8 billion');
    expectNone('Customs duties on imports brought in $30 billion in June, the Treasury said.', '$30 billion');
    expectNone('China committed to purchasing an additional $200 billion of U.S. goods and services over two years.', '$200 billion');
    expectNone('Canada hit back with $29.8 billion of retaliatory tariffs on U.S. imports.', '$29.8 billion');
    expectNone('Tariff revenue from Chinese imports reached $16.3 billion in May.', '$16.3 billion');
    expectNone('The US imposed tariffs on Chinese imports worth $34 billion in 2018.', '$34 billion');
  });

  it('a company’s or a state’s flow', () => {
    expectNone("Michigan's exports to Canada were $20 billion in 2024.", '$20 billion');
    expectNone('The U.S. deficit widened. Texas exported $40 billion to Mexico in 2024.', '$40 billion');
    expectNone("The U.S. deficit widened. Apple's exports from China reached $50 billion in 2024.", '$50 billion');
  });

  it('one product’s or one sector’s trade', () => {
    expectNone('U.S. soybean exports to China were $12.8 billion in 2024.', '$12.8 billion');
    expectNone('Exports of cars to the US came to $40 billion last year.', '$40 billion');
    expectNone('Farm exports to Mexico reached $30.3 billion in 2024.', '$30.3 billion');
    expectNone("Mexico's auto exports to the US hit $180 billion in 2024.", '$180 billion');
  });

  it('balances that are not trade, trade with a bloc without a code', () => {
    expectNone('The federal budget deficit hit $1.8 trillion in fiscal 2024.', '$1.8 trillion');
    expectNone("Japan's current account surplus was 29.4 trillion yen in 2024.", '29.4 trillion yen');
    expectNone("China's exports to Southeast Asia rose to $50.1 billion in May.", '$50.1 billion');
    expectNone("China's exports to other markets rose to $300 billion in May.", '$300 billion');
  });

  it('an unknown period, an unknown reporter', () => {
    const text = "Korea's exports to the US were $10.2 billion in March.";
    expect(readStatistic(text, figureIn(text, '$10.2 billion'), undefined)).toBeUndefined();
    expectNone('Exports to the US were $10.2 billion in March.', '$10.2 billion');
  });
});

describe('linkStatistic', () => {
  const link = (text: string, amount: string, value: number, date: string) => linkStatistic(text, { ...figureIn(text, amount), value }, date);

  it('checks a US statistic the data holds, and keeps the issue’s implied year only because the data agrees', () => {
    const text = 'Officials noted that the US recorded its largest trade deficit with China, which stood at $295.4 billion.';
    const l = link(text, '$295.4 billion', 295.4e9, '2025-03-02')!;
    expect(l.stat).toMatchObject({ reporter: 'US', partner: 'CN', flow: 'balance', scope: 'goods', period: '2024', value: 295.4e9 });
    expect(l.check?.verdict).toBe('close');
    expect(l.check?.publisher).toBe('U.S. Census Bureau');
    // The same sentence with a figure the data does not confirm: no year can be assumed.
    expect(link(text.replace('295.4', '95.4'), '$95.4 billion', 95.4e9, '2025-03-02')).toBeUndefined();
  });

  it('a US monthly gap with the world that the goods series does not match is the goods-and-services headline', () => {
    const text = "America's trade gap narrowed to $61.6 billion in April, the Commerce Department said.";
    const l = link(text, '$61.6 billion', 61.6e9, '2025-06-05')!;
    expect(l.stat.scope).toBe('goods+services');
    expect(l.check).toBeUndefined();
    const goods = 'The US goods trade deficit widened to $162.3 billion in March.';
    const g = link(goods, '$162.3 billion', 162.3e9, '2025-05-06')!;
    expect(g.stat.scope).toBe('goods');
    expect(g.check?.verdict).toMatch(/agrees|close/);
  });

  it('a reading the official value contradicts by far is dropped as a misreading', () => {
    const text = 'Mexico became the largest U.S. trading partner, with $840 billion in two-way trade in 2024.';
    expect(link(text, '$840 billion', 840e9, '2025-02-10')).toBeUndefined();
  });

  it('other reporters are linked without a check', () => {
    const text = "China's exports to the US were $33.8 billion in November.";
    const l = link(text, '$33.8 billion', 33.8e9, '2025-12-08')!;
    expect(l.stat).toMatchObject({ reporter: 'CN', partner: 'US', flow: 'exports', period: '2025-11' });
    expect(l.check).toBeUndefined();
  });
});

describe("the US mirror of another economy's statistic with the US", () => {
  // Written for this test: China's customs figure for its exports to the US in 2024.
  const text = "China's exports to the United States fell to $438.9 billion last year, the customs administration said.";
  const figure = {
    start: text.indexOf('$438.9'),
    end: text.indexOf(' last year'),
    text: '$438.9 billion',
    kind: 'money',
    value: 438.9e9,
    currency: 'USD',
    trade: true,
  };

  it('shows US imports from China for the same year beside it, never as a check', () => {
    const link = linkStatistic(text, figure, '2025-01-14');
    expect(link?.stat).toMatchObject({ reporter: 'CN', partner: 'US', flow: 'exports', period: '2024' });
    expect(link?.check).toBeUndefined();
    expect(link?.mirror).toMatchObject({ partner: 'CN', flow: 'imports', period: '2024', publisher: 'U.S. Census Bureau' });
    expect(link?.mirror?.value).toBeGreaterThan(400e9);
  });

  it('has no mirror for a statistic between two other economies', () => {
    const other = "China's exports to Japan rose to $152.0 billion last year, the customs administration said.";
    const f = { ...figure, start: other.indexOf('$152.0'), end: other.indexOf(' last year'), text: '$152.0 billion', value: 152e9 };
    expect(linkStatistic(other, f, '2025-01-14')?.mirror).toBeUndefined();
  });
});
