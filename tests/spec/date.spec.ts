/**
 * Date spec: `from`/`to` are the inclusive period; `relative` is true when resolving needed
 * the reference date. Without a reference date (none given, no dateline in the text) a
 * relative date stays unresolved: from/to null, relative true.
 */
import { group, type DateValue, type Spec } from './harness.js';

const UNRESOLVED: DateValue = { from: null, to: null, relative: true };
const d = (from: string, to: string, relative: boolean): DateValue => ({ from, to, relative });

export const dateSpec: Spec<'date'> = {
  kind: 'date',
  positive: [
    // ── full dates ────────────────────────────────────────────────────────────────
    ...group<'date'>(d('2014-06-30', '2014-06-30', false), [
      ['The expo opened in Harbin on June 30, 2014.', 'June 30, 2014'],
      ['The agreement was signed on 30 June 2014 in Moscow.', '30 June 2014'],
      ['Figures released on 2014-06-30 show strong growth.', '2014-06-30'],
      ['The talks ended Jun. 30, 2014, officials said.', 'Jun. 30, 2014'],
      // a reference date changes nothing for a full date
      ['The expo opened in Harbin on June 30, 2014.', 'June 30, 2014', '2019-01-01'],
    ]),
    ...group<'date'>(d('2018-10-19', '2018-10-19', false), [
      ['The forum closed on Oct 19, 2018 in Vladivostok.', 'Oct 19, 2018'],
      // machine-translated year-month-day
      ['The expo opened in Hohhot city on 2018 October 19.', '2018 October 19'],
    ]),

    // ── a day without a year: the year comes from the reference date ──────────────
    ...group<'date'>(d('2018-07-01', '2018-07-01', true), [
      ['The chamber was set up on July 1st during the expo.', 'July 1st', '2018-10-19'],
      ['Talks resumed on July 1 in Harbin.', 'July 1', '2018-10-19'],
    ]),
    ...group<'date'>(d('2019-06-15', '2019-06-19', true), [['The fair runs from June 15 to 19 in Harbin.', 'June 15 to 19', '2019-03-01']]),

    // ── months ────────────────────────────────────────────────────────────────────
    ...group<'date'>(d('2017-04-01', '2017-04-30', false), [
      ['Russian firms had opened 183 trading offices in Beijing by April 2017.', 'April 2017'],
      ['By April, 2017, the fund had invested in 12 projects.', 'April, 2017'],
    ]),
    ...group<'date'>(d('2014-05-01', '2014-05-31', true), [['The gas deal was signed in May during a state visit.', 'May', '2014-07-02']]),
    ...group<'date'>(d('2017-05-01', '2017-05-31', true), [['Sales of crab peaked in May last year.', 'May last year', '2018-10-19']]),

    // ── bare years and year ranges ────────────────────────────────────────────────
    ...group<'date'>(d('2013-01-01', '2013-12-31', false), [
      ['In 2013, investment from the region more than tripled.', '2013'],
      ['Turnover has doubled since 2013.', '2013'],
      // machine-translated "in the 2013 year": a year, where "2013 years" would be a count
      ['In the 2013 year, the foreign trade turnover reached 10 billion US dollar.', '2013'],
    ]),
    ...group<'date'>(d('2025-01-01', '2025-12-31', false), [['The two sides aim to reach the target by 2025.', '2025']]),
    ...group<'date'>(d('2016-01-01', '2020-12-31', false), [['Under the 2016-2020 plan, border trade grew steadily.', '2016-2020']]),

    // ── month ranges ──────────────────────────────────────────────────────────────
    ...group<'date'>(d('2018-01-01', '2018-04-30', false), [
      ['Trade reached 32 billion dollars in January-April 2018.', 'January-April 2018'],
      ['In January\u2013April 2018 exports of timber grew.', 'January\u2013April 2018'],
      ['From January to April 2018, rail freight grew.', 'January to April 2018'],
      ['Imports fell in Jan-Apr 2018, the bureau said.', 'Jan-Apr 2018'],
    ]),
    ...group<'date'>(d('2019-01-01', '2019-09-30', false), [
      ['Coal imports fell in Jan-Sept 2019.', 'Jan-Sept 2019'],
      ['Exports rose 9% in January-September 2019.', 'January-September 2019'],
    ]),
    ...group<'date'>(d('2019-01-01', '2019-09-30', true), [
      ['Coal imports fell 8% in Jan-Sept, the bureau said.', 'Jan-Sept', '2019-11-05'],
      ['In the first three quarters, exports grew 4%.', 'the first three quarters', '2019-11-05'],
      ['In the first nine months of this year, exports grew 4%.', 'the first nine months of this year', '2019-11-05'],
    ]),
    ...group<'date'>(d('2017-01-01', '2017-04-30', true), [['From January to April, the trade volume grew 24%.', 'January to April', '2017-06-01']]),

    // ── quarters ──────────────────────────────────────────────────────────────────
    ...group<'date'>(d('2017-01-01', '2017-03-31', false), [
      ['In the first quarter of 2017, trade grew by 41%.', 'the first quarter of 2017'],
      ['Profits rose in Q1 2017.', 'Q1 2017'],
      ['Shipments picked up in the 1st quarter of 2017.', 'the 1st quarter of 2017'],
    ]),
    ...group<'date'>(d('2022-07-01', '2022-09-30', false), [
      ['Exports of chips jumped in Q3 2022.', 'Q3 2022'],
      ['Demand cooled in the third quarter of 2022.', 'the third quarter of 2022'],
    ]),
    ...group<'date'>(d('2018-10-01', '2018-12-31', true), [
      ['Imports slowed in the fourth quarter of last year.', 'the fourth quarter of last year', '2019-02-10'],
    ]),
    ...group<'date'>(d('2021-07-01', '2021-09-30', true), [['Rail freight doubled in the third quarter.', 'the third quarter', '2021-11-05']]),

    // ── halves ────────────────────────────────────────────────────────────────────
    ...group<'date'>(d('2023-01-01', '2023-06-30', false), [
      ['In the first half of 2023, Zhejiang exported more cars.', 'the first half of 2023'],
      ['Car exports hit a record in H1 2023.', 'H1 2023'],
    ]),
    ...group<'date'>(d('2022-01-01', '2022-06-30', false), [['Rail freight grew strongly in H1 2022.', 'H1 2022']]),
    ...group<'date'>(d('2021-07-01', '2021-12-31', false), [['Prices eased in the second half of 2021.', 'the second half of 2021']]),
    ...group<'date'>(d('2023-01-01', '2023-06-30', true), [
      ['In the first half of the year, trade with Mongolia rose.', 'the first half of the year', '2023-08-01'],
    ]),

    // ── the first N months ────────────────────────────────────────────────────────
    ...group<'date'>(d('2018-01-01', '2018-05-31', true), [
      ['In the first five months of this year, machinery exports rose.', 'the first five months of this year', '2018-10-19'],
    ]),
    ...group<'date'>(d('2021-01-01', '2021-09-30', false), [['In the first nine months of 2021, grain exports doubled.', 'the first nine months of 2021']]),
    ...group<'date'>(d('2023-01-01', '2023-09-30', false), [['In the first three quarters of 2023, goods trade grew.', 'the first three quarters of 2023']]),

    // ── relative years, months, weekdays ──────────────────────────────────────────
    ...group<'date'>(d('2018-01-01', '2018-12-31', true), [['Exports are expected to grow this year.', 'this year', '2018-10-19']]),
    ...group<'date'>(d('2017-01-01', '2017-12-31', true), [
      ['Bilateral trade rose by a third last year.', 'last year', '2018-10-19'],
      ['Last year, the port handled more grain.', 'Last year', '2018-10-19'],
    ]),
    ...group<'date'>(d('2019-01-01', '2019-12-31', true), [['The new bridge will open next year.', 'next year', '2018-10-19']]),
    ...group<'date'>(d('2018-09-01', '2018-09-30', true), [['Coal shipments fell last month.', 'last month', '2018-10-19']]),
    ...group<'date'>(d('2019-06-11', '2019-06-11', true), [['Officials from both countries met on Tuesday.', 'Tuesday', '2019-06-13']]),

    // ── year boundaries ───────────────────────────────────────────────────────────
    ...group<'date'>(d('2014-12-31', '2014-12-31', true), [['The bridge should open by the end of the year.', 'the end of the year', '2014-07-02']]),
    ...group<'date'>(d('2020-12-31', '2020-12-31', false), [['The line will be finished by the end of 2020.', 'the end of 2020']]),

    // ── relative forms with no reference date at all: unresolved ──────────────────
    ...group<'date'>(UNRESOLVED, [
      ['The chamber was set up on July 1st during the expo.', 'July 1st'],
      ['The fair runs from June 15 to 19 in Harbin.', 'June 15 to 19'],
      ['Officials from both countries met on Tuesday.', 'Tuesday'],
      ['Exports are expected to grow this year.', 'this year'],
      ['Bilateral trade rose by a third last year.', 'last year'],
      ['Coal shipments fell last month.', 'last month'],
      ['In the first five months of this year, machinery exports rose.', 'the first five months of this year'],
      ['From January to April, the trade volume grew 24%.', 'January to April'],
      ['Coal imports fell 8% in Jan-Sept, the bureau said.', 'Jan-Sept'],
      ['The bridge should open by the end of the year.', 'the end of the year'],
      ['In the first three quarters, exports grew 4%.', 'the first three quarters'],
      ['Rail freight doubled in the third quarter.', 'the third quarter'],
      ['The gas deal was signed in May during a state visit.', 'May'],
      ['In the first half of the year, trade with Mongolia rose.', 'the first half of the year'],
    ]),

    // ── "the same period" and "the whole year" resolve to the period named before ──
    {
      input: 'In the first quarter of 2017, exports rose 5%. Imports grew 3% in the same period.',
      expect: [
        { text: 'the first quarter of 2017', ...d('2017-01-01', '2017-03-31', false) },
        { text: 'the same period', ...d('2017-01-01', '2017-03-31', false) },
      ],
    },
    {
      input: 'In the first five months of this year, exports rose. Imports doubled in the same period.',
      referenceDate: '2018-10-19',
      expect: [
        { text: 'the first five months of this year', ...d('2018-01-01', '2018-05-31', true) },
        { text: 'the same period', ...d('2018-01-01', '2018-05-31', true) },
      ],
    },
    {
      input: 'In the first five months of this year, exports rose. Imports doubled in the same period.',
      expect: [
        { text: 'the first five months of this year', ...UNRESOLVED },
        { text: 'the same period', ...UNRESOLVED },
      ],
    },
    {
      input: 'In the first half of this year, exports rose 8% from the same period last year.',
      referenceDate: '2022-08-10',
      expect: [
        { text: 'the first half of this year', ...d('2022-01-01', '2022-06-30', true) },
        { text: 'the same period last year', ...d('2021-01-01', '2021-06-30', true) },
      ],
    },
    {
      input: 'As trade reached 32 billion dollars in January-April 2018, it should pass 100 billion dollars for the whole year.',
      expect: [
        { text: 'January-April 2018', ...d('2018-01-01', '2018-04-30', false) },
        { text: 'the whole year', ...d('2018-01-01', '2018-12-31', false) },
      ],
    },
    {
      input: 'Exports grew 6% in Q3 2022.\nImports from Korea fell 2% in the same period.',
      expect: [
        { text: 'Q3 2022', ...d('2022-07-01', '2022-09-30', false) },
        { text: 'the same period', ...d('2022-07-01', '2022-09-30', false) },
      ],
    },

    {
      input: 'Trade reached $2 billion in 2019 and could exceed $2.5 billion in the full year 2020.',
      note: 'a whole year that names its year is that year, not the year before',
      expect: [
        { text: '2019', ...d('2019-01-01', '2019-12-31', false) },
        { text: 'the full year 2020', ...d('2020-01-01', '2020-12-31', false) },
      ],
    },
    {
      input: 'Exports rose in 2019. At the same time, imports fell.',
      note: '"at the same time" is a connective, not a date',
      expect: [{ text: '2019', ...d('2019-01-01', '2019-12-31', false) }],
    },
    {
      input: 'In January-November 2019, trade rose 12% compared with the same period of 2018.',
      note: 'the same months, in the year named',
      expect: [
        { text: 'January-November 2019', ...d('2019-01-01', '2019-11-30', false) },
        { text: 'the same period of 2018', ...d('2018-01-01', '2018-11-30', false) },
      ],
    },

    // ── publication datelines give `published`, and relative dates resolve against it ──
    {
      input: 'Harbin Steps Up Border Trade\n\n- Oct 19, 2018-\n\nIn the first five months of this year, the port handled more cargo.',
      published: '2018-10-19',
      expect: [
        { text: 'Oct 19, 2018', ...d('2018-10-19', '2018-10-19', false) },
        { text: 'the first five months of this year', ...d('2018-01-01', '2018-05-31', true) },
      ],
    },
    {
      input: 'Home>Business\nBorder trade booms in Heihe\nUpdated : 2014-07-02\nExports of vegetables rose sharply last year.',
      published: '2014-07-02',
      expect: [
        { text: '2014-07-02', ...d('2014-07-02', '2014-07-02', false) },
        { text: 'last year', ...d('2013-01-01', '2013-12-31', true) },
      ],
    },
    {
      input: 'MOSCOW, March 3, 2021 (Xinhua) -- Russian grain exports to China doubled last month.',
      published: '2021-03-03',
      expect: [
        { text: 'March 3, 2021', ...d('2021-03-03', '2021-03-03', false) },
        { text: 'last month', ...d('2021-02-01', '2021-02-28', true) },
      ],
    },
    {
      input: 'Posted: 2021-10-15 09:30\nMongolian coal exports to China rose 12% last month.',
      published: '2021-10-15',
      expect: [
        { text: '2021-10-15', ...d('2021-10-15', '2021-10-15', false) },
        { text: 'last month', ...d('2021-09-01', '2021-09-30', true) },
      ],
    },
    {
      input: 'ASTANA, 19 October 2018 \u2014 Kazakh wheat exports to China doubled this year.',
      published: '2018-10-19',
      expect: [
        { text: '19 October 2018', ...d('2018-10-19', '2018-10-19', false) },
        { text: 'this year', ...d('2018-01-01', '2018-12-31', true) },
      ],
    },
    {
      input: 'Published: 14.02.2021\nRussian exports to Turkey fell last year.',
      note: 'a labelled header with a day-first dotted date',
      published: '2021-02-14',
      expect: [
        { text: '14.02.2021', ...d('2021-02-14', '2021-02-14', false) },
        { text: 'last year', ...d('2020-01-01', '2020-12-31', true) },
      ],
    },
    {
      input: 'Date: 14/11/2019\nTrade rose this year.',
      note: 'a slashed date whose first part cannot be a month',
      published: '2019-11-14',
      expect: [
        { text: '14/11/2019', ...d('2019-11-14', '2019-11-14', false) },
        { text: 'this year', ...d('2019-01-01', '2019-12-31', true) },
      ],
    },
    {
      input: 'PRESS RELEASE\n\nKazan, 17 September 2019 - Volga Polymer said exports rose this year.',
      published: '2019-09-17',
      expect: [
        { text: '17 September 2019', ...d('2019-09-17', '2019-09-17', false) },
        { text: 'this year', ...d('2019-01-01', '2019-12-31', true) },
      ],
    },
    {
      input: 'Release time: 2019-08-27 10:15\nTrade rose in the first seven months of this year.',
      published: '2019-08-27',
      expect: [
        { text: '2019-08-27', ...d('2019-08-27', '2019-08-27', false) },
        { text: 'the first seven months of this year', ...d('2019-01-01', '2019-07-31', true) },
      ],
    },
    {
      input: 'Vladivostok, September 5, 2019. PrimaMedia. Trade with China grew this year.',
      note: 'a wire dateline ended by a full stop',
      published: '2019-09-05',
      expect: [
        { text: 'September 5, 2019', ...d('2019-09-05', '2019-09-05', false) },
        { text: 'this year', ...d('2019-01-01', '2019-12-31', true) },
      ],
    },
    {
      input: 'Harbin Steps Up Border Trade\n\n- Oct 19, 2018-\n\nIn the first five months of this year, the port handled more cargo.',
      referenceDate: '2019-02-01',
      note: '--reference-date wins over the dateline; `published` is still the dateline',
      published: '2018-10-19',
      expect: [
        { text: 'Oct 19, 2018', ...d('2018-10-19', '2018-10-19', false) },
        { text: 'the first five months of this year', ...d('2019-01-01', '2019-05-31', true) },
      ],
    },
    {
      input: 'Exports to Russia rose this year.\nThe forum closed on Oct 19, 2018 in Harbin.',
      note: 'a date inside a body sentence is not a dateline',
      published: null,
      expect: [
        { text: 'this year', ...UNRESOLVED },
        { text: 'Oct 19, 2018', ...d('2018-10-19', '2018-10-19', false) },
      ],
    },
  ],

  negative: [
    { input: "China has been Russia's largest trading partner for eight consecutive years." },
    { input: 'The two companies signed a 30-year gas supply deal.' },
    { input: 'China, a market of 1.4 billion people, keeps buying Russian crab.' },
    { input: 'The pipeline runs 4,000 kilometers across Siberia.' },
    { input: 'The trade surplus narrowed by 2.3 percentage points.' },
    { input: 'Trade may grow further if tariffs fall.' },
    { input: 'The port handled 2019 tonnes of frozen fish.' },
    { input: 'The agreement runs for five years.' },
    { input: 'The region has 2019 years of recorded history.' },
    { input: 'Trade rose by a quarter.' },
    { input: 'About half of the foreign firms in the territory are Chinese.' },
    { input: 'The 30-day visa-free regime for tour groups was extended.' },
    { input: 'Exports rose 24 percent over 12 months.' },
    { input: 'The hall seats 2025 delegates.' },
  ],
};
