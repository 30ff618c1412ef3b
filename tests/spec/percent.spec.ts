/** Percent spec: `value` is the number as written, signed when a sign is written. */
import { group, type Spec } from './harness.js';

export const percentSpec: Spec<'percent'> = {
  kind: 'percent',
  positive: [
    ...group<'percent'>({ value: 5.6 }, [
      ['Exports of machinery grew 5.6% year on year.', '5.6%'],
      ['Imports rose 5.6 percent from a year earlier.', '5.6 percent'],
      ['Retail sales of Russian goods climbed 5.6 per cent in the period.', '5.6 per cent'],
      ['Freight volumes through Manzhouli were up 5.6 pct.', '5.6 pct'],
      ['The trade surplus widened 5.6 % in May.', '5.6 %'],
      ['a year-on-year increase of 5.6%, the agency said', '5.6%'],
    ]),
    ...group<'percent'>({ value: 12 }, [
      ['Tariffs on sawn timber were cut to 12 percent.', '12 percent'],
      ['A 12% rise in soybean imports lifted the total.', '12%'],
    ]),
    ...group<'percent'>({ value: 3.4 }, [['Growth slowed to 3.4 per cent in the second quarter.', '3.4 per cent']]),
    ...group<'percent'>({ value: 7 }, [['Coal exports dropped 7 pct in April.', '7 pct']]),
    ...group<'percent'>({ value: 94.8 }, [['Imports of electrical goods surged 94.8% over the period.', '94.8%']]),
    ...group<'percent'>({ value: -3.1 }, [
      ['Export growth was -3.1% in the third quarter.', '-3.1%'],
      ['Export growth was \u22123.1% in the third quarter.', '\u22123.1%'],
    ]),
    ...group<'percent'>({ value: 100 }, [['Settlements in national currencies reached 100 percent.', '100 percent']]),
    ...group<'percent'>({ value: 0.5 }, [['The central bank raised its key rate by 0.5%.', '0.5%']]),
    ...group<'percent'>({ value: 1200 }, [['Exports of chocolate to China rose 1,200 percent.', '1,200 percent']]),
    ...group<'percent'>({ value: 41.6 }, [['an increase of 41.6% in a year to year', '41.6%']]),
    {
      input: 'Exports rose 15.7% and imports jumped 35.2 percent.',
      expect: [
        { text: '15.7%', value: 15.7 },
        { text: '35.2 percent', value: 35.2 },
      ],
    },
    {
      input: 'The yuan share of settlements rose 2.3 percentage points to 41%.',
      note: 'the percentage-point change is not a percent; the level is',
      expect: [{ text: '41%', value: 41 }],
    },
  ],
  negative: [
    { input: 'The share of the yuan in settlements rose 2.3 percentage points.' },
    { input: 'The growth rate edged up 0.5 percentage point.' },
    { input: 'Trade has grown fivefold since 2010.' },
    { input: 'Bilateral trade grew by one third last year.' },
    { input: 'Exports increased 5.6 times over the decade.' },
    { input: 'China bought 1.4 billion dollars of Russian coal.' },
    { input: 'The rate rose 0.5% points in March.', note: '"% points" are percentage points' },
    { input: 'Only a small per cent of firms export.' },
  ],
};
