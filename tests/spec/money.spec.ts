/**
 * Money spec: amount fully scaled, currency as ISO 4217 (null when not stated),
 * qualifier over/under/approx from the words before the amount.
 */
import { group, type Spec } from './harness.js';

const USD = 'USD';
const CNY = 'CNY';
const RUB = 'RUB';
const EUR = 'EUR';

export const moneySpec: Spec<'money'> = {
  kind: 'money',
  positive: [
    // ── 9.28 billion: every way of writing US dollars ─────────────────────────────
    ...group<'money'>({ amount: 9_280_000_000, currency: USD, qualifier: null }, [
      ['In the first half, Jilin exported 9.28 billion US dollars of auto parts to Russia.', '9.28 billion US dollars'],
      ['Two-way trade stood at 9.28 billion U.S. dollars, customs data showed.', '9.28 billion U.S. dollars'],
      ['Shipments of soybeans were worth US$9.28 billion.', 'US$9.28 billion'],
      ['The province attracted $9.28bn of foreign direct investment.', '$9.28bn'],
      ['The lender granted USD 9.28 billion in trade credits.', 'USD 9.28 billion'],
      ['Machinery sales totalled 9.28 billion USD.', '9.28 billion USD'],
      ['Orders placed at the fair amounted to US$ 9.28 billion.', 'US$ 9.28 billion'],
      ['Cross-border e-commerce turnover hit $ 9.28 billion.', '$ 9.28 billion'],
      ['Energy imports reached 9,280 million dollars.', '9,280 million dollars'],
      ['Exports of grain climbed to 9.28 bln dollars.', '9.28 bln dollars'],
      // an amount as an adjective
      ['The two sides signed a 9.28-billion-dollar energy deal.', '9.28-billion-dollar'],
    ]),
    ...group<'money'>({ amount: 3_880_000_000, currency: USD, qualifier: null }, [
      ['From January to April, trade between the city and Kazakhstan amounted to $ 3.88 billion.', '$ 3.88 billion'],
    ]),
    // a scaled number with no currency is still an amount, with currency null
    ...group<'money'>({ amount: 9_280_000_000, currency: null, qualifier: null }, [
      ['Trade between the two border cities rose to 9.28 billion in 2017.', '9.28 billion'],
    ]),

    // ── 1.2 billion US dollars: abbreviations and glued codes ─────────────────────
    ...group<'money'>({ amount: 1_200_000_000, currency: USD, qualifier: null }, [
      ['The joint venture will cost $1.2bn, the company said.', '$1.2bn'],
      ['Russian lenders extended $1.2 billion to Chinese importers.', '$1.2 billion'],
      ['A loan of USD1.2 billion was signed in Moscow.', 'USD1.2 billion'],
      ['The port upgrade is valued at 1.2 billion dollars.', '1.2 billion dollars'],
      ['Fertiliser exports brought in US$1.2 billion.', 'US$1.2 billion'],
      ['The deal is worth $1,200 million.', '$1,200 million'],
      ['The fund committed $1.2 bln to the corridor.', '$1.2 bln'],
    ]),

    // ── 3.5 billion: "bln", codes, roubles ────────────────────────────────────────
    ...group<'money'>({ amount: 3_500_000_000, currency: RUB, qualifier: null }, [
      ['Timber exports from the region earned 3.5 bln rubles.', '3.5 bln rubles'],
      ['The budget set aside RUB 3.5 billion for the bridge.', 'RUB 3.5 billion'],
      ['Customs duties collected came to 3.5 billion roubles.', '3.5 billion roubles'],
    ]),
    ...group<'money'>({ amount: 3_500_000_000, currency: USD, qualifier: null }, [
      ['The bank opened a credit line of US$ 3.5 billion for the Arctic project.', 'US$ 3.5 billion'],
      ['Kazakhstan plans to invest 3.5 bln dollars in logistics hubs.', '3.5 bln dollars'],
    ]),
    ...group<'money'>({ amount: 3_500_000_000, currency: null, qualifier: null }, [
      ['Investment in the free port totalled 3.5 bln last year.', '3.5 bln'],
    ]),

    // ── 72.5 million ──────────────────────────────────────────────────────────────
    ...group<'money'>({ amount: 72_500_000, currency: USD, qualifier: null }, [
      ['Chinese investment in the territory is US$72.5 million.', 'US$72.5 million'],
      ['The terminal cost 72.5 mln US dollars to build.', '72.5 mln US dollars'],
      ['Exports of seafood earned $72.5m in March.', '$72.5m'],
      ['Heihe traders spent 72.5 mln dollars on Russian soybeans.', '72.5 mln dollars'],
      ['The warehouse project cost $72.5 mln.', '$72.5 mln'],
    ]),

    // ── trillions ─────────────────────────────────────────────────────────────────
    ...group<'money'>({ amount: 2_500_000_000_000, currency: CNY, qualifier: null }, [
      ["The country's foreign trade reached 2.5 trillion yuan in the quarter.", '2.5 trillion yuan'],
      ['Trade in services grew to RMB 2.5 trillion.', 'RMB 2.5 trillion'],
    ]),
    ...group<'money'>({ amount: 2_500_000_000_000, currency: 'KRW', qualifier: null }, [
      ['Seoul earmarked 2.5 trillion won for export insurance.', '2.5 trillion won'],
      ['The fund will provide KRW 2.5 trillion to exporters.', 'KRW 2.5 trillion'],
    ]),
    ...group<'money'>({ amount: 2_500_000_000_000, currency: null, qualifier: null }, [
      ['The plan would mobilise 2.5 trillion over five years.', '2.5 trillion'],
    ]),

    // ── 450 million US dollars: code before and after ─────────────────────────────
    ...group<'money'>({ amount: 450_000_000, currency: USD, qualifier: null }, [
      ['The consortium raised USD 450 million for the terminal.', 'USD 450 million'],
      ['The contract is valued at 450 million USD.', '450 million USD'],
      ['Chinese firms invested $450 million in the zone.', '$450 million'],
    ]),

    // ── yuan / renminbi ───────────────────────────────────────────────────────────
    ...group<'money'>({ amount: 12_000_000_000, currency: CNY, qualifier: null }, [
      ['The logistics group will invest RMB 12 billion in new warehouses.', 'RMB 12 billion'],
      ['Cross-border trade settled in local currencies reached 12 billion yuan.', '12 billion yuan'],
      ['The bonds were priced at CNY 12 billion.', 'CNY 12 billion'],
      ['Imports of crude rose to 12 billion renminbi.', '12 billion renminbi'],
      ['The province issued 12 billion RMB of special bonds.', '12 billion RMB'],
    ]),
    ...group<'money'>({ amount: 218_220_000_000, currency: CNY, qualifier: null }, [
      ["Jiangsu's goods trade with Russia hit 218.22 billion yuan in the first three quarters.", '218.22 billion yuan'],
    ]),

    // ── dollars written out ───────────────────────────────────────────────────────
    ...group<'money'>({ amount: 190_000_000_000, currency: USD, qualifier: null }, [
      ['Analysts put two-way trade at 190 billion dollars.', '190 billion dollars'],
    ]),

    // ── euros ─────────────────────────────────────────────────────────────────────
    ...group<'money'>({ amount: 4_100_000_000, currency: EUR, qualifier: null }, [
      ['EU exports of wine to China were €4.1 billion.', '€4.1 billion'],
      ['The German carmaker will invest 4.1 billion euros in the plant.', '4.1 billion euros'],
      ['The package amounts to EUR 4.1 billion.', 'EUR 4.1 billion'],
      ['Dairy sales to Asia brought in €4.1bn.', '€4.1bn'],
    ]),

    // ── roubles ───────────────────────────────────────────────────────────────────
    ...group<'money'>({ amount: 1_500_000_000, currency: RUB, qualifier: null }, [
      ['The regional government allocated 1.5 billion rubles for the border crossing.', '1.5 billion rubles'],
      ['A state lender extended RUB 1.5 billion to the grain terminal.', 'RUB 1.5 billion'],
      ['The new customs post cost 1.5 billion roubles.', '1.5 billion roubles'],
    ]),

    // ── other ISO codes and their names ───────────────────────────────────────────
    ...group<'money'>({ amount: 300_000_000, currency: 'GBP', qualifier: null }, [
      ['British exports of whisky to India came to £300 million.', '£300 million'],
      ['The export credit agency offered GBP 300 million in guarantees.', 'GBP 300 million'],
      ['Sales of machinery reached 300 million pounds sterling.', '300 million pounds sterling'],
    ]),
    ...group<'money'>({ amount: 80_000_000_000, currency: 'JPY', qualifier: null }, [
      ["Japan's exports of robots to China fell to JPY 80 billion in May.", 'JPY 80 billion'],
      ['Tokyo approved 80 billion yen in subsidies for exporters.', '80 billion yen'],
    ]),
    ...group<'money'>({ amount: 40_000_000_000, currency: 'INR', qualifier: null }, [
      ["India's pharmaceutical exports to Russia rose to INR 40 billion.", 'INR 40 billion'],
      ['Tea shipments were valued at 40 billion rupees.', '40 billion rupees'],
    ]),
    ...group<'money'>({ amount: 150_000_000_000, currency: 'KZT', qualifier: null }, [
      ['Kazakhstan will spend KZT 150 billion on the dry port.', 'KZT 150 billion'],
      ['The railway upgrade will cost 150 billion tenge.', '150 billion tenge'],
    ]),
    ...group<'money'>({ amount: 600_000_000_000, currency: 'MNT', qualifier: null }, [
      ["Mongolia's coal exports earned MNT 600 billion in the quarter.", 'MNT 600 billion'],
      ['Fuel imports cost 600 billion tugriks.', '600 billion tugriks'],
    ]),
    ...group<'money'>({ amount: 2_000_000_000_000, currency: 'KRW', qualifier: null }, [
      ['Korean chipmakers will invest KRW 2 trillion in the plant.', 'KRW 2 trillion'],
    ]),
    ...group<'money'>({ amount: 5_000_000_000, currency: CNY, qualifier: null }, [
      ['The Harbin bank issued CNY 5 billion in panda bonds.', 'CNY 5 billion'],
    ]),
    ...group<'money'>({ amount: 700_000_000, currency: 'EUR', qualifier: null }, [
      ['The EU pledged EUR 700 million for the corridor.', 'EUR 700 million'],
    ]),

    // ── qualifier: over ───────────────────────────────────────────────────────────
    ...group<'money'>({ amount: 100_000_000_000, currency: USD, qualifier: 'over' }, [
      ['Bilateral trade is expected to exceed 100 billion dollars for the whole year.', '100 billion dollars'],
      ['In 2018, trade between the neighbours exceeded $ 100 billion, a new record.', '$ 100 billion'],
      ['Two-way trade topped $100 billion for the first time.', '$100 billion'],
      ['Trade has been more than $100 billion a year since 2018.', '$100 billion'],
    ]),
    ...group<'money'>({ amount: 300_000_000, currency: CNY, qualifier: 'over' }, [
      ['Over 300 million yuan has been invested in the bonded zone.', '300 million yuan'],
      ['The two sides signed deals worth over 300 million yuan.', '300 million yuan'],
      ['Investment in the park surpassed 300 million yuan.', '300 million yuan'],
    ]),

    // ── qualifier: under ──────────────────────────────────────────────────────────
    ...group<'money'>({ amount: 90_000_000_000, currency: USD, qualifier: 'under' }, [
      ['Trade between the two countries neared a record high of $90 billion in 2013.', '$90 billion'],
      ['Trade was nearly $90 billion in 2013.', '$90 billion'],
      ['Shipments came close to $90 billion.', '$90 billion'],
    ]),
    ...group<'money'>({ amount: 50_000_000_000, currency: RUB, qualifier: 'under' }, [
      ['Almost 50 billion rubles of goods crossed the border at Blagoveshchensk.', '50 billion rubles'],
      ['The terminal will cost less than 50 billion rubles.', '50 billion rubles'],
    ]),

    // ── qualifier: approx ─────────────────────────────────────────────────────────
    ...group<'money'>({ amount: 3_000_000_000, currency: USD, qualifier: 'approx' }, [
      ['The bridge across the Amur cost about $3 billion.', '$3 billion'],
      ['Around $3 billion of contracts were signed at the expo.', '$3 billion'],
      ['Some $3 billion will be invested in the corridor.', '$3 billion'],
      ['The project drew approximately $3 billion in pledges.', '$3 billion'],
      ['Orders came to roughly $3 billion.', '$3 billion'],
      ['The cost of the bridge is estimated at $3 billion.', '$3 billion'],
      ['Chinese firms have put an estimated $3 billion into the zone.', '$3 billion'],
    ]),
    ...group<'money'>({ amount: 700_000_000, currency: CNY, qualifier: 'approx' }, [
      ['Around 700 million yuan of orders were signed on the first day.', '700 million yuan'],
    ]),

    // ── several amounts in one sentence ───────────────────────────────────────────
    {
      input: 'Chinese banks are expected to lend between $5 billion and $6 billion to the project.',
      expect: [
        { text: '$5 billion', amount: 5_000_000_000, currency: USD, qualifier: null },
        { text: '$6 billion', amount: 6_000_000_000, currency: USD, qualifier: null },
      ],
    },
    {
      input: 'Exports rose to $3.2 billion while imports fell to 1.1 billion dollars.',
      expect: [
        { text: '$3.2 billion', amount: 3_200_000_000, currency: USD, qualifier: null },
        { text: '1.1 billion dollars', amount: 1_100_000_000, currency: USD, qualifier: null },
      ],
    },
    {
      input: 'The port will need $5-6 billion of investment.',
      note: 'a range: the first number takes the scale and the currency of the range',
      expect: [
        { text: '$5', amount: 5_000_000_000, currency: USD, qualifier: null },
        { text: '6 billion', amount: 6_000_000_000, currency: USD, qualifier: null },
      ],
    },
    {
      input: 'Trade grew 12% to 87 billion U.S. dollars, while investment reached RMB 4 billion.',
      expect: [
        { text: '87 billion U.S. dollars', amount: 87_000_000_000, currency: USD, qualifier: null },
        { text: 'RMB 4 billion', amount: 4_000_000_000, currency: CNY, qualifier: null },
      ],
    },
  ],

  negative: [
    { input: 'China, a market of 1.4 billion people, remains the top buyer of Russian oil.' },
    { input: 'The new pipeline stretches 4,000 kilometers from Yakutia to the border.' },
    { input: 'The trade surplus narrowed by 2.3 percentage points.' },
    { input: "China has been Russia's largest trading partner for eight consecutive years." },
    { input: 'The two companies signed a 30-year deal in Shanghai.' },
    { input: 'Exports rose 5.6% year on year.' },
    { input: 'The port handled 12 million tonnes of coal in 2019.' },
    { input: 'The border crossing served 1.2 million passengers.' },
    { input: 'The fair attracted 1.5 million visitors over five days.' },
    { input: 'More than 300 Chinese companies have invested in the territory.' },
    { input: 'Delegations from 23 Russian regions attended the expo on June 30, 2014.' },
    { input: 'The railway carried 2 million TEU of containers last year.' },
    { input: 'The terminal can store 3.5 million cubic metres of gas.' },
    { input: 'The province is home to 38 million residents.' },
    { input: 'Bilateral trade increased by one third.' },
    { input: 'The China-Russia Expo will be held for the 8th time in 2024.' },
  ],
};
