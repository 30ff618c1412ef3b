import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreRecords } from '../src/check/score.js';
import { extract, ExtractedRecord, GoldFile, type RecordKind } from '../src/index.js';
import { FIXTURES, listTxt, readText } from './helpers.js';

// The bar, held on our own corpus too: correct-F1 per kind.
const FLOOR: Record<RecordKind, number> = {
  money: 0.95,
  percent: 0.95,
  date: 0.9,
  organization: 0.85,
  official: 0.85,
  trade_fact: 0.85,
};

describe('golden fixtures', () => {
  const gold = GoldFile.parse(JSON.parse(readFileSync(join(FIXTURES, 'expected.gold.json'), 'utf8')));
  const files = listTxt(FIXTURES);

  it('has an expected entry for every fixture article and an article for every entry', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(gold.docs).sort()).toEqual(files);
  });

  const texts = new Map(files.map((f) => [f, readText(join(FIXTURES, f))]));
  const predictions = files.flatMap((f) => extract(texts.get(f)!, { doc: `fixtures/${f}` }).records);
  const warnings: string[] = [];
  const report = scoreRecords({ gold, texts, predictions, warn: (m) => warnings.push(m) });

  // the schemas check records here and in the property and robustness tests, not in the run's hot path
  it('gives only records the zod schemas accept, each with its exact text', () => {
    for (const r of predictions) {
      expect(ExtractedRecord.safeParse(r).error, JSON.stringify(r)).toBeUndefined();
      expect(texts.get(r.doc.replace('fixtures/', ''))!.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('locates every gold record in its article', () => {
    expect(warnings).toEqual([]);
  });

  for (const kind of Object.keys(FLOOR) as RecordKind[])
    it(`${kind}: correct-F1 >= ${FLOOR[kind]}`, () => {
      const k = report[kind];
      const detail = [...k.misses.map((m) => `miss ${m.doc}: ${m.text}`), ...k.extras.map((e) => `extra ${e.doc}: ${e.text}`)].join('\n');
      expect(k.correct.f1, detail).toBeGreaterThanOrEqual(FLOOR[kind]);
    });

  it('finds the publication date each article states', () => {
    for (const f of files) expect(extract(texts.get(f)!).published, f).toBe(gold.docs[f].published);
  });
});

describe('fixtures exist in the form the CLI reads', () => {
  it('includes a CRLF article and one with curly quotes and non-breaking spaces', () => {
    const all = listTxt(FIXTURES).map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
    expect(all.some((t) => t.includes('\r\n'))).toBe(true);
    expect(all.some((t) => /[\u201c\u201d]/.test(t) && t.includes('\u00a0'))).toBe(true);
    expect(existsSync(join(FIXTURES, 'expected.gold.json'))).toBe(true);
  });
});
