/**
 * caselessPattern spells letters' cases out instead of compiling with /i (V8 compiles /iu
 * slowly). It must match exactly what the /iu pattern matches: checked on a spec table and,
 * for the tool's own lexicon patterns, on generated text in every mixture of cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caselessPattern } from '../src/text/caseless.js';
import { FLOW_TRIGGERS, COMMODITIES } from '../src/lexicon/trade.js';
import { TITLE_WORDS } from '../src/lexicon/titles.js';

const matches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, m[0]]);

describe('caselessPattern: spec table', () => {
  const rows: Array<[string, string, string[]]> = [
    // pattern, text, what it finds
    ['exports?', 'EXPORTS, Exports and exports', ['EXPORTS', 'Exports', 'exports']],
    ['b[ou][uy]', 'BUY Bought boy', ['BUY', 'Bou', 'boy']],
    ['[a-c]+x', 'ABx abx', ['ABx', 'abx']],
    [String.raw`(?<![\p{L}-])trade(?![\p{L}])`, 'Trade re-trade trades TRADE', ['Trade', 'TRADE']],
    [String.raw`\bof\s+\d{1,2}\b`, 'OF 12 of 3', ['OF 12', 'of 3']],
    [String.raw`(?:(?<year>\d{4}) year)`, '2020 YEAR', ['2020 YEAR']],
    [String.raw`\u00e9t\u00e9|caf\xe9`, 'ÉTÉ Café', ['ÉTÉ', 'Café']],
    ['[^a-z ]+', 'abc DEF 12', ['12']],
  ];
  for (const [pattern, text, found] of rows) {
    it(`/${pattern}/ in "${text}"`, () => {
      expect(matches(caselessPattern(pattern, 'g'), text).map((m) => m[1])).toEqual(found);
    });
  }

  it('keeps property escapes as written: [\\p{Lu}] is an upper-case letter', () => {
    expect(matches(caselessPattern(String.raw`of [\p{Lu}]\w+`, 'g'), 'of Russia of goods').map((m) => m[1])).toEqual(['of Russia']);
  });

  it('refuses a class range between escapes, whose letters it would not spell out', () => {
    expect(() => caselessPattern(String.raw`[\u00e0-\u00ff]`)).toThrow(/range/);
  });

  it('refuses the i flag, which would undo the point', () => {
    expect(() => caselessPattern('a', 'gi')).toThrow(/without the i flag/);
  });
});

describe('caselessPattern: the same matches as /iu on the lexicon patterns', () => {
  const sources = [
    ...FLOW_TRIGGERS.filter((t) => !/\\p\{L[ul]\}/.test(t.pattern)).map((t) => String.raw`(?<![\p{L}-])(?:${t.pattern})(?![\p{L}])`),
    String.raw`(?<![\p{L}])(?:${[...COMMODITIES].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`,
    String.raw`(?<![\p{L}-])(?:${[...TITLE_WORDS].sort((a, b) => b.length - a.length).map((t) => t.replace(/\./g, '\\.')).join('|')})(?![\p{L}-])`,
  ];
  const words = [...new Set([...FLOW_TRIGGERS.flatMap((t) => t.pattern.match(/[a-z]+/gi) ?? []), ...TITLE_WORDS.slice(0, 40), ...[...COMMODITIES].slice(0, 40)])];
  const anyCase = (w: string) => fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }).map((up) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));
  const text = fc
    .array(fc.oneof(fc.constantFrom(...words).chain(anyCase), fc.constantFrom(' ', '-', ', ', 'é', 'Ж', '’s ', '1,200 ', '\n')), { maxLength: 30 })
    .map((parts) => parts.join(' '));

  it('on generated text in every mixture of cases', () => {
    const compiled = sources.map((s) => [new RegExp(s, 'giu'), caselessPattern(s, 'g')] as const);
    fc.assert(
      fc.property(text, (t) => {
        for (const [folded, spelled] of compiled) expect(matches(spelled, t)).toEqual(matches(folded, t));
      }),
      { numRuns: 300 },
    );
  });
});
