/**
 * Table-driven spec runner (Recognizers-Text / Duckling style): every recogniser has a table of
 * positive rows (input → the records of that kind it must produce, with their resolved values)
 * and a table of negative rows (input → no record of that kind). Rows go through the public
 * `extract` API with a `kinds` filter only, so the internals can change freely.
 *
 * Per row, besides the expected values, a few properties hold for every record:
 * - `text === input.slice(start, end)` (with and without the kinds filter);
 * - the record validates against the contract's zod schema;
 * - the kinds filter is a pure filter (it never changes what is found);
 * - position independence (fast-check): leading blank space shifts offsets and nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, ExtractedRecord, type RecordKind } from '../../src/index.js';

export type SpecKind = Exclude<RecordKind, 'trade_fact'>;

export interface MoneyValue {
  amount: number;
  currency: string | null;
  qualifier: 'over' | 'under' | 'approx' | null;
}
export interface PercentValue {
  value: number;
}
export interface DateValue {
  from: string | null;
  to: string | null;
  relative: boolean;
}
export interface OrganizationValue {
  name: string;
}
export interface OfficialValue {
  name: string;
  title: string | null;
  affiliation: string | null;
}

export interface ValueOf {
  money: MoneyValue;
  percent: PercentValue;
  date: DateValue;
  organization: OrganizationValue;
  official: OfficialValue;
}

/** The fields compared for each kind (besides `text`). */
export const VALUE_FIELDS: { [K in SpecKind]: ReadonlyArray<keyof ValueOf[K]> } = {
  money: ['amount', 'currency', 'qualifier'],
  percent: ['value'],
  date: ['from', 'to', 'relative'],
  organization: ['name'],
  official: ['name', 'title', 'affiliation'],
};

export type Expected<K extends SpecKind> = { text: string } & ValueOf[K];

export interface Row<K extends SpecKind> {
  input: string;
  /** `--reference-date`; absent means none given (the article's own dateline may still apply). */
  referenceDate?: string;
  /** Every record of this kind, in document order. */
  expect: Array<Expected<K>>;
  /**
   * Only for rows where extra records of the kind are a matter of taste (documented in `note`):
   * the expected records must be present, in order, but others may be too.
   */
  partial?: boolean;
  /** Expected `published` of the document, when the row is about datelines. */
  published?: string | null;
  note?: string;
}

export interface NegativeRow {
  input: string;
  referenceDate?: string;
  note?: string;
}

export interface Spec<K extends SpecKind> {
  kind: K;
  positive: Array<Row<K>>;
  negative: NegativeRow[];
}

type RowInput = [input: string, text: string] | [input: string, text: string, referenceDate: string];

/**
 * Duckling-style grouping: many surface forms that resolve to one value.
 * Each row is `[input, expected text]` or `[input, expected text, reference date]`.
 */
export function group<K extends SpecKind>(value: ValueOf[K], rows: RowInput[]): Array<Row<K>> {
  return rows.map(([input, text, referenceDate]) => ({
    input,
    ...(referenceDate ? { referenceDate } : {}),
    expect: [{ text, ...value } as Expected<K>],
  }));
}

function project<K extends SpecKind>(kind: K, r: Record<string, unknown>, expected?: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { text: r.text };
  for (const f of VALUE_FIELDS[kind] as readonly string[]) {
    let v = r[f];
    // amounts are decimal strings scaled by powers of ten: equal up to binary noise
    const e = expected?.[f];
    if (typeof v === 'number' && typeof e === 'number' && v !== e && Math.abs(v - e) <= Math.abs(e) * 1e-12) v = e;
    out[f] = v === undefined ? '(absent)' : v;
  }
  return out;
}

function title(row: { input: string; referenceDate?: string }): string {
  const input = row.input.replace(/\n/g, '⏎');
  return row.referenceDate ? `${input}  [ref ${row.referenceDate}]` : input;
}

function checkProperties(kind: SpecKind, input: string, referenceDate?: string) {
  const all = extract(input, { referenceDate });
  for (const r of all.records) {
    expect(r.text, `${r.kind} record text must equal input.slice(start, end)`).toBe(input.slice(r.start, r.end));
    expect(() => ExtractedRecord.parse(r), `${r.kind} record must satisfy the contract schema`).not.toThrow();
    expect(Number.isInteger(r.sentence) && r.sentence >= 0).toBe(true);
  }
  const filtered = extract(input, { referenceDate, kinds: [kind] });
  expect(filtered.records, 'the kinds filter only filters').toEqual(all.records.filter((r) => r.kind === kind));
  expect(filtered.published).toBe(all.published);

  // leading blank space (spaces and blank lines) shifts offsets and changes nothing else
  const comparable = (records: ExtractedRecord[], shift: number) =>
    records.map(({ start, end, sentence: _s, ...rest }) => ({ ...rest, start: start - shift, end: end - shift }));
  fc.assert(
    fc.property(fc.array(fc.constantFrom(' ', '\n', '\n\n', '  '), { minLength: 1, maxLength: 3 }), (parts) => {
      const pad = parts.join('');
      const shifted = extract(pad + input, { referenceDate, kinds: [kind] });
      expect(comparable(shifted.records, pad.length)).toEqual(comparable(filtered.records, 0));
      expect(shifted.published).toBe(filtered.published);
    }),
    // a single space and a single line break are always tried; fast-check adds random pads
    { numRuns: 4, examples: [[[' ']], [['\n']], [['  ', '\n']]] },
  );
}

export function runSpec<K extends SpecKind>(spec: Spec<K>): void {
  const { kind } = spec;
  describe(`${kind} recogniser`, () => {
    describe('positive', () => {
      for (const row of spec.positive) {
        it(title(row), () => {
          const result = extract(row.input, { referenceDate: row.referenceDate, kinds: [kind] });
          expect(result.records.every((r) => r.kind === kind)).toBe(true);
          const expected = row.expect.map((e) => project(kind, e as unknown as Record<string, unknown>));
          const actual = result.records.map((r, i) =>
            project(kind, r as unknown as Record<string, unknown>, (row.expect.find((e) => e.text === r.text) ?? row.expect[i]) as unknown as Record<string, unknown>),
          );
          if (row.partial) expect(actual).toEqual(expect.arrayContaining(expected));
          else expect(actual).toEqual(expected);
          if (row.published !== undefined) expect(result.published).toBe(row.published);
          checkProperties(kind, row.input, row.referenceDate);
        });
      }
    });
    describe('negative', () => {
      for (const row of spec.negative) {
        it(title(row), () => {
          const result = extract(row.input, { referenceDate: row.referenceDate, kinds: [kind] });
          expect(result.records.map((r) => project(kind, r as unknown as Record<string, unknown>))).toEqual([]);
          checkProperties(kind, row.input, row.referenceDate);
        });
      }
    });
  });
}
