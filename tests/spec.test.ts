/**
 * Runs the recognisers' spec tables (tests/spec/*.spec.ts) through the public extract API.
 * To add a case, add a row to a table; the runner needs no change.
 */
import { runSpec } from './spec/harness.js';
import { moneySpec } from './spec/money.spec.js';
import { percentSpec } from './spec/percent.spec.js';
import { dateSpec } from './spec/date.spec.js';
import { organizationSpec } from './spec/organization.spec.js';
import { officialSpec } from './spec/official.spec.js';

runSpec(moneySpec);
runSpec(percentSpec);
runSpec(dateSpec);
runSpec(organizationSpec);
runSpec(officialSpec);

// DESIGN.md "Guard the regexes": hostile long lines must not break or hang the extractor.
// Their speed is measured by `npm run bench` (adversarial table), never by a timed test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

describe('hostile long lines (about 100 KB each) give valid records', () => {
  const N = 50_000;
  const hostile: Array<[string, string]> = [
    ['digits and commas', '1,'.repeat(N)],
    ['digits and dots', '1.'.repeat(N)],
    ['dollar signs and spaces', '$ '.repeat(N)],
    ['capitalised words without a stop', 'Ministry Of '.repeat(N / 6)],
    ['month names', 'January-February '.repeat(N / 8)],
    ['title words', 'Deputy Minister of '.repeat(N / 10)],
    ['qualifier words', 'more than nearly about '.repeat(N / 12)],
    ['percent lookalikes', '5.5 per 5 pct% '.repeat(N / 8)],
    ['abbreviations and dots', 'Co. Ltd. U.S. '.repeat(N / 7)],
  ];
  for (const [name, text] of hostile) {
    it(name, () => {
      const result = extract(text, { referenceDate: '2020-01-01' });
      for (const r of result.records) expect(r.text).toBe(text.slice(r.start, r.end));
      for (let i = 1; i < result.records.length; i++) expect(result.records[i].start).toBeGreaterThanOrEqual(result.records[i - 1].start);
    });
  }
});
