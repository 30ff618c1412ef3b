import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, SHARED } from './helpers.js';

// The seeds and the scorer live in ../shared, which CI has and a user's clone does not.
const haveShared = existsSync(join(SHARED, 'tools', 'score.mjs')) && existsSync(join(SHARED, 'seeds'));
if (!haveShared) console.warn(`seeds.test.ts skipped: ${SHARED} (seeds, gold and scorer) is not beside this checkout`);

const FLOOR = { money: 0.95, percent: 0.95, date: 0.9, organization: 0.85, official: 0.85, trade_fact: 0.85 };
const FACT_FOUND_FLOOR = 0.95;

describe.skipIf(!haveShared)('seed articles scored by ../shared/tools/score.mjs', () => {
  it('meets the per-kind F1 figures', async () => {
    const run = await runInProcess(['--format', 'ndjson', join(SHARED, 'seeds', '*.txt')]);
    expect(run.code, run.stderr).toBe(0);
    const pred = join(mkdtempSync(join(tmpdir(), 'tradefacts-seeds-')), 'seeds.ndjson');
    writeFileSync(pred, run.stdout);
    const out = execFileSync(
      process.execPath,
      // the scorer runs only when started by its real path (it compares import.meta.url with argv[1])
      [realpathSync(join(SHARED, 'tools', 'score.mjs')), '--gold', join(SHARED, 'gold', 'seeds.gold.json'), '--docs', join(SHARED, 'seeds'), '--pred', pred, '--json'],
      { encoding: 'utf8' },
    );
    const scores = JSON.parse(out);
    for (const [kind, floor] of Object.entries(FLOOR)) expect(scores[kind].correct.f1, kind).toBeGreaterThanOrEqual(floor);
    expect(scores.trade_fact.found.f1).toBeGreaterThanOrEqual(FACT_FOUND_FLOOR);

    // check mode prints the same per-kind figures as the shared scorer on the same output
    const check = await runInProcess(['--expect', join(SHARED, 'gold', 'seeds.gold.json'), '--min-f1', '0', join(SHARED, 'seeds', '*.txt')]);
    expect(check.code, check.stderr).toBe(0);
    const rows = new Map(
      check.stdout
        .split('\n')
        .map((l) => l.trim().split(/\s+/))
        .filter((cols) => cols[0] in scores && cols.length >= 9)
        .map((cols) => [cols[0], cols.slice(1, 9).map(Number)]),
    );
    for (const kind of Object.keys(FLOOR)) {
      const s = scores[kind];
      expect(rows.get(kind), kind).toEqual(
        [s.gold, s.pred, s.found.p, s.found.r, s.found.f1, s.correct.p, s.correct.r, s.correct.f1].map((x: number, i: number) => (i < 2 ? x : Number(x.toFixed(3)))),
      );
    }
  });
});
