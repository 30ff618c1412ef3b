/** Clause boundaries decide which figure a flow word, date or change belongs to. */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../src/facts/clauses.js';

const clauses = (text: string) => splitClauses(text, 0).map((c) => text.slice(c.start, c.end));

describe('splitClauses', () => {
  const rows: Array<[string, string[]]> = [
    ['Exports rose 5% to $2 billion, while imports fell 3% to $1 billion.', ['Exports rose 5% to $2 billion', 'imports fell 3% to $1 billion.']],
    ['Exports to China grew by 24.6% to 2.61 billion dollars, imports from China – by 14.6% to 4.32 billion dollars.', ['Exports to China grew by 24.6% to 2.61 billion dollars', 'imports from China – by 14.6% to 4.32 billion dollars.']],
    ['Trade grew by 17.4%, Russian exports to India amounted to $6.12 bln.', ['Trade grew by 17.4%', 'Russian exports to India amounted to $6.12 bln.']],
    ['import 6.12 billion yuan, growth 30.2%, export 3.74 billion yuan, growth 9.1%.', ['import 6.12 billion yuan, growth 30.2%', 'export 3.74 billion yuan, growth 9.1%.']],
    ['As trade reached $32 billion in January-April, it is expected to exceed $100 billion.', ['As trade reached $32 billion in January-April', 'it is expected to exceed $100 billion.']],
    ['Exports of machinery, equipment and vehicles rose.', ['Exports of machinery, equipment and vehicles rose.']],
  ];
  for (const [text, expected] of rows) it(text, () => expect(clauses(text)).toEqual(expected));
});
