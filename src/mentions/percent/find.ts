import type { PercentMention, TextWindow } from '../types.js';
import { allMatches } from '../../text/matches.js';
import { caselessPattern } from '../../text/caseless.js';

// "5.6%", "12 percent", "3.4 per cent", "7 pct"; a sign glued to the number is kept.
const PERCENT = caselessPattern(
  String.raw`(?<![\p{L}\p{N}.,])([+\-\u2212]?)(\d{1,3}(?:,\d{3}){0,4}(?:\.\d{1,6})?|\d{1,12}(?:\.\d{1,6})?)(?:[ \u00a0\u202f]?(%|\uff05)|[ \u00a0\u202f](percent|per cent|per-cent|pct)(?![\p{L}]))`,
  'g',
);

// "2.3 percentage points" never matches PERCENT; "0.5% points" is excluded here.
const POINTS_AFTER = /^[ \u00a0]*(?:points?|pts?|pp)\b/i;

export function findPercent(win: TextWindow): PercentMention[] {
  const out: PercentMention[] = [];
  for (const m of allMatches(PERCENT, win.text)) {
    const end = m.index! + m[0].length;
    if (POINTS_AFTER.test(win.text.slice(end, end + 12))) continue;
    const sign = m[1] === '-' || m[1] === '\u2212' ? -1 : 1;
    // a leading sign only counts when it is not a hyphen joining words ("Jan-5%" is rare, "up-5%" is a typo)
    const start = m[1] && m.index! > 0 && /[\p{L}\p{N}]/u.test(win.text[m.index! - 1]) ? m.index! + 1 : m.index!;
    out.push({
      kind: 'percent',
      start: win.offset + start,
      end: win.offset + end,
      rule: m[3] ? 'percent.sign' : 'percent.word',
      value: (start === m.index! ? sign : 1) * Number(m[2].replace(/,/g, '')),
    });
  }
  return out;
}
