import {
  CHANGE_WORDS, DECREASE_WORDS, FRACTION_WORDS, INCREASE_WORDS, SHARE_AFTER, SHARE_BEFORE, TIMES_DOWN, TIMES_UP, YEAR_ON_YEAR,
} from '../lexicon/trade.js';
import type { PercentMention } from '../mentions/types.js';

export interface Change {
  value: number;
  rule: string;
}

const FRACTION = new RegExp(`\\bby (${Object.keys(FRACTION_WORDS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');
const round2 = (x: number) => Math.round(x * 100) / 100;

/** +1, -1, or 0 when the words near a number say nothing of direction. */
function direction(before: string, after: string): number {
  // the nearest direction word wins: "fell 3% after rising 5%" reads "fell"
  const b = lastMatch(before, INCREASE_WORDS);
  const d = lastMatch(before, DECREASE_WORDS);
  if (b >= 0 || d >= 0) return b > d ? 1 : -1;
  const a = after.search(INCREASE_WORDS);
  const e = after.search(DECREASE_WORDS);
  if (a >= 0 || e >= 0) return e < 0 || (a >= 0 && a < e) ? 1 : -1;
  return 0;
}

const GLOBAL = new Map<RegExp, RegExp>();

function lastMatch(s: string, re: RegExp): number {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'gi')));
  let last = -1;
  g.lastIndex = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m.index;
  return last;
}

/**
 * The year-on-year change a clause states for its figure: a signed percentage with a
 * direction word, a fraction ("by one third") or a multiple ("doubled"). A share
 * ("making up 35.2% of") is not a change.
 */
export function findChange(clauseText: string, clauseStart: number, percents: PercentMention[]): Change | null {
  for (const p of percents) {
    const at = p.start - clauseStart;
    const end = p.end - clauseStart;
    const before = clauseText.slice(Math.max(0, at - 48), at);
    const after = clauseText.slice(end, end + 40);
    if (SHARE_BEFORE.test(before) || SHARE_AFTER.test(after)) continue;
    // "15.7% higher than that of ..." compares two figures, it is no change over time
    // "15.7% higher than that of the whole Beijing" compares two figures; "1.4% more than in 2018" is a change
    if (/^\s*(?:higher|lower|more|less) than\b/i.test(after) && !YEAR_ON_YEAR.test(after) && !/^\s*\S+ than (?:in |during |for )?(?:the same|a year|last year|the previous|\d{4}|[A-Z][a-z]+(?:-[A-Z][a-z]+)? \d{4})/.test(after)) continue;
    if (/^\s*(?:more|higher) than\b/i.test(after)) return { value: Math.abs(p.value), rule: 'change.more-than-before' };
    if (/^\s*(?:less|lower) than\b/i.test(after)) return { value: -Math.abs(p.value), rule: 'change.less-than-before' };
    const dir = direction(before.split(/[;]/).pop()!, after.split(/[,;]/)[0]);
    if (dir !== 0) return { value: dir * Math.abs(p.value), rule: 'change.direction-percent' };
    if (YEAR_ON_YEAR.test(before + ' ' + after)) return { value: p.value, rule: 'change.year-on-year-percent' };
  }
  const fraction = FRACTION.exec(clauseText);
  if (fraction) {
    const dir = direction(clauseText.slice(0, fraction.index), '') || 1;
    return { value: round2(dir * FRACTION_WORDS[fraction[1].toLowerCase()]), rule: 'change.fraction' };
  }
  for (const w of CHANGE_WORDS) if (w.pattern.test(clauseText)) return { value: w.value, rule: 'change.multiple' };
  const up = TIMES_UP.exec(clauseText);
  if (up && Number(up[1]) > 1) return { value: round2((Number(up[1]) - 1) * 100), rule: 'change.times' };
  const down = TIMES_DOWN.exec(clauseText);
  if (down && Number(down[1]) > 1) return { value: round2((1 / Number(down[1]) - 1) * 100), rule: 'change.times' };
  return null;
}
