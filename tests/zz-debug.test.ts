import { it } from 'vitest';
import { extract } from '../src/index.js';
const rows: Array<[string, string, string?]> = JSON.parse(process.env.DBG ?? '[]');
it('dbg', () => {
  for (const [kind, input, ref] of rows) {
    const r = extract(input, { kinds: [kind as any], referenceDate: ref });
    console.log(JSON.stringify(input), ref ?? '', '→', JSON.stringify(r.records.map(({ doc, kind, start, end, sentence, ...x }) => x)), r.published);
  }
});
