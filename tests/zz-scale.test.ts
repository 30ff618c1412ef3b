import { it } from 'vitest';
import { extract } from '../src/index.js';
it('scale', () => {
  for (const n of [5000, 10000, 20000, 40000]) {
    for (const [name, unit] of [['1.', '1.'], ['1,', '1,'], ['Min', 'Ministry Of ']] as const) {
      const text = unit.repeat(n);
      for (const k of ['money', 'percent', 'date', 'organization', 'official'] as const) {
        const t0 = performance.now();
        extract(text, { kinds: [k] });
        const ms = performance.now() - t0;
        if (ms > 50) console.log(name, n, k, Math.round(ms));
      }
    }
  }
});
