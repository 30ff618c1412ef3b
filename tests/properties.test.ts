/**
 * Properties of the pure library over generated text: arbitrary Unicode (including lone
 * surrogates and control characters) mixed with the tokens trade news is made of, so that
 * the recognisers actually fire. Runs are bounded (numRuns 200) and seeded per run by fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, ExtractedRecord, RECORD_KINDS, type RecordKind } from '../src/index.js';

const NUM_RUNS = Number(process.env.TRADEFACTS_PROPERTY_RUNS ?? 200);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Oct.', 'Sept'];

const number = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.integer({ min: 1000, max: 999_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.constantFrom('0', '00', '1.', '.5', '1,000,000', '1e9', '12.5.3', '-3.1', '+5', '9,99', '1 000'),
);

const token = fc.oneof(
  { weight: 6, arbitrary: number },
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'billion', 'million', 'bln', 'mln', 'trillion', 'thousand', 'percent', 'pct', 'per cent', '%', '$', 'US$', 'US dollars', 'U.S. dollars',
      'yuan', 'RMB', 'rubles', 'euros', '€', '¥', 'tonnes', 'more than', 'nearly', 'about', 'over', 'up', 'down', 'rose', 'fell', 'by',
      'year-on-year', 'exports', 'imports', 'exported', 'imported', 'trade', 'Two-way trade', 'turnover', 'investment', 'reached', 'to', 'from',
      'of', 'in', 'the', 'China', 'Russia', 'Chinese', 'Russian', 'the Russian Federation', 'Heilongjiang', 'Heilongjiang Province', 'the two countries',
      'Ministry of', 'Ministry of Commerce', 'Commerce', 'Governor', 'Deputy Minister', 'Minister', 'President', 'spokesperson', 'said', 'Zhou Minghui',
      'General Administration of Customs', '(GAC)', 'Chamber of Commerce', 'Co., Ltd.', 'Inc.', 'Corp', 'Mr.', 'Dr.', 'U.S.', 'E.U.',
      'the first quarter of', 'the first five months of', 'this year', 'last year', 'the same period', 'the whole year', 'Q3', 'H1', 'since',
      'Updated : 2014-07-02', '- Oct 19, 2018-', '2018-10-19', 'Monday', 'today', 'is expected to exceed', 'by one third', 'a third',
      '.', ',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', '(', ')', '-', '–', '—', '/', "'", '…', '<b>', '</b>',
    ),
  },
  { weight: 4, arbitrary: fc.constantFrom(...MONTHS) },
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u2009', '\t', '\u2028', '\ufeff', '\u200b') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 4 }) },
);

/** Text made of tokens, joined mostly by spaces so that phrases like "5.6 billion US dollars" form. */
const tradeText = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', '', '\n', '\u00a0')), { maxLength: 80 }).map((ps) => ps.map(([t, s]) => t + s).join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 }) },
);

const referenceDate = fc.option(
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

const params = { numRuns: NUM_RUNS };

/**
 * Counterexamples fast-check found in longer runs (TRADEFACTS_PROPERTY_RUNS=20000), kept as
 * regression examples so the bounded runs always try them: a title word glued to a number at
 * the start of a sentence (extract throws), and a year inside an amount (`kinds: ['date']`
 * returns a date the full run rightly suppresses).
 */
const KNOWN_CRASHES = ['Governor1900 ', 'Minister1,000 ', 'President0 ', 'Exports rose.\nGovernor1900 visited.\n'];
const KNOWN_KIND_LEAKS = ['1950 billion ', 'Exports reached 2019 billion yuan.', 'Trade hit $2018 million in May.'];

/** Plain data, as the CLI writes it: the comparison must not depend on object identity or undefined fields. */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('extract over generated text', () => {
  it('the generator produces text the recognisers fire on (sanity check of the generator itself)', () => {
    const samples = fc.sample(tradeText, { numRuns: 300, seed: 42 });
    const kinds = new Set(samples.flatMap((s) => extract(s).records.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['date', 'money', 'percent']));
  });

  it('never throws, and every record validates against ExtractedRecord', () => {
    fc.assert(
      fc.property(tradeText, referenceDate, (text, ref) => {
        let result: ReturnType<typeof extract> | undefined;
        expect(() => (result = extract(text, { doc: 'gen.txt', referenceDate: ref }))).not.toThrow();
        const { records, published } = result!;
        expect(published === null || /^\d{4}-\d{2}-\d{2}$/.test(published)).toBe(true);
        for (const r of records) {
          const parsed = ExtractedRecord.safeParse(r);
          expect(parsed.success, `${JSON.stringify(r)}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
          expect(r.doc).toBe('gen.txt');
        }
      }),
      { ...params, examples: KNOWN_CRASHES.map((t) => [t, undefined] as [string, string | undefined]) },
    );
  });

  it('text is exactly doc.slice(start, end), within the document', () => {
    fc.assert(
      fc.property(tradeText, referenceDate, (text, ref) => {
        for (const r of extract(text, { referenceDate: ref }).records) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.text).toBe(text.slice(r.start, r.end));
        }
      }),
      params,
    );
  });

  it('records are sorted by start, and the sentence index never decreases as start grows', () => {
    fc.assert(
      fc.property(tradeText, (text) => {
        const { records } = extract(text);
        for (let i = 1; i < records.length; i++) {
          expect(records[i].start).toBeGreaterThanOrEqual(records[i - 1].start);
          expect(records[i].sentence).toBeGreaterThanOrEqual(records[i - 1].sentence);
        }
      }),
      params,
    );
  });

  it('is deterministic: extracting twice (with another document in between) gives deeply equal results', () => {
    fc.assert(
      fc.property(tradeText, tradeText, referenceDate, (text, other, ref) => {
        const first = extract(text, { doc: 'a', referenceDate: ref });
        extract(other, { doc: 'b' });
        const second = extract(text, { doc: 'a', referenceDate: ref });
        expect(second).toEqual(first);
        expect(plain(second)).toEqual(plain(first));
      }),
      params,
    );
  });

  it('--kinds only filters: the records of a kind subset are those kinds of the full run', () => {
    const kindSet = fc.subarray([...RECORD_KINDS] as RecordKind[], { minLength: 1 });
    fc.assert(
      fc.property(tradeText, kindSet, (text, kinds) => {
        const all = extract(text).records;
        const some = extract(text, { kinds }).records;
        expect(plain(some)).toEqual(plain(all.filter((r) => kinds.includes(r.kind))));
      }),
      { ...params, examples: KNOWN_KIND_LEAKS.flatMap((t) => [[t, ['date']], [t, ['money']], [t, ['organization']]] as Array<[string, RecordKind[]]>) },
    );
  });

  it('a leading byte-order mark is not part of the document offsets the CLI reports', () => {
    // the library is handed text without a BOM by the CLI; text with one must still give consistent slices
    fc.assert(
      fc.property(tradeText, (text) => {
        const withBom = '\ufeff' + text;
        for (const r of extract(withBom).records) expect(r.text).toBe(withBom.slice(r.start, r.end));
      }),
      params,
    );
  });
});
