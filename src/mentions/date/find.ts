import { WEEKDAY_PATTERN } from '../../lexicon/calendar.js';
import { shiftYears, toIso, yearPeriod, type Period, type Ymd } from '../../text/calendar.js';
import type { DateMention, TextWindow } from '../types.js';
import { resolveOverlaps } from '../types.js';
import { parseDayDates } from './chrono-adapter.js';
import { DATE_PARSERS, type DateParse } from './parsers.js';
import { allMatches } from '../../text/matches.js';

/** A date found in one window, before anaphora ("the same period") are resolved. */
export interface DateCandidate extends DateParse {
  start: number;
  end: number;
  rule: string;
  priority: number;
}

// Month-day dates have parsers of our own (chrono is slow on many short parses); chrono-node
// reads the windows around weekdays and numeric dates, where its rules are worth their cost.
const CHRONO_TRIGGER = new RegExp(`\\b${WEEKDAY_PATTERN}\\b|\\b\\d{1,4}[/.]\\d{1,2}[/.]\\d{2,4}\\b`);
const CHRONO_MARGIN = 32;

/** Merged [from, to) windows around each chrono trigger in a text. */
function chronoWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  const trigger = new RegExp(CHRONO_TRIGGER.source, 'g');
  for (const m of allMatches(trigger, text)) {
    const from = Math.max(0, m.index! - CHRONO_MARGIN);
    const to = Math.min(text.length, m.index! + m[0].length + CHRONO_MARGIN);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Cheap test: can this window hold a date at all? */
export const DATE_TRIGGER = /\d|[Yy]ear|[Mm]onth|[Qq]uarter|[Hh]alf|[Pp]eriod|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|May|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|day\b/;

const HINTS = [...new Set(DATE_PARSERS.map((p) => p.hint))];
const HINT_OF = DATE_PARSERS.map((p) => HINTS.indexOf(p.hint));

export function findDateCandidates(win: TextWindow, ref: Ymd | null): DateCandidate[] {
  const { text, offset } = win;
  if (!DATE_TRIGGER.test(text)) return [];
  const found: DateCandidate[] = [];
  // parsers share hints: each is tested once per window (0 untested, 1 passed, 2 failed)
  const hinted = new Uint8Array(HINTS.length);
  for (let k = 0; k < DATE_PARSERS.length; k++) {
    const parser = DATE_PARSERS[k];
    const h = HINT_OF[k];
    if (hinted[h] === 0) hinted[h] = HINTS[h].test(text) ? 1 : 2;
    if (hinted[h] === 2) continue;
    parser.pattern.lastIndex = 0;
    for (const m of allMatches(parser.pattern, text)) {
      const parsed = parser.resolve(m as RegExpExecArray, ref);
      if (!parsed) continue;
      // built field by field: spreading parses of many shapes is V8's slow path, and this runs per date
      found.push({
        period: parsed.period,
        relative: parsed.relative,
        anaphor: parsed.anaphor,
        runningTotal: parsed.runningTotal,
        start: offset + m.index!,
        end: offset + m.index! + m[0].length,
        rule: parser.rule,
        priority: parser.priority,
      });
    }
  }
  // chrono reads only short windows around what looks like a day-level date or weekday
  for (const [from, to] of chronoWindows(text)) {
    for (const d of parseDayDates(text.slice(from, to), ref)) {
      found.push({
        start: offset + from + d.start,
        end: offset + from + d.end,
        rule: d.rule,
        priority: 0,
        period: d.relative && !ref ? null : { from: d.from, to: d.to },
        relative: d.relative,
        anaphor: undefined,
        runningTotal: undefined,
      });
    }
  }
  return resolveOverlaps(found, (c) => c.priority);
}

/**
 * Turns candidates (in document order) into date mentions, resolving "the same period"
 * and "the whole year" against the period named before them.
 */
export function resolveDates(candidates: DateCandidate[]): DateMention[] {
  const out: DateMention[] = [];
  let lastPeriod = null as { period: Period; relative: boolean } | null;
  let lastAny = null as { period: Period | null; relative: boolean } | null;
  for (const c of candidates) {
    let period = c.period;
    let relative = c.relative;
    if (c.anaphor?.type === 'same-period' && c.anaphor.year !== undefined) {
      // "the same period of 2018": the months of the period before, in the year named
      period = lastPeriod ? shiftYears(lastPeriod.period, c.anaphor.year - lastPeriod.period.to.year) : null;
      relative = !lastPeriod;
    } else if (c.anaphor?.type === 'same-period') {
      period = lastPeriod ? shiftYears(lastPeriod.period, c.anaphor.shiftYears) : null;
      relative = lastPeriod ? lastPeriod.relative || c.anaphor.shiftYears !== 0 : true;
    } else if (c.anaphor?.type === 'whole-year') {
      period = lastAny?.period ? yearPeriod(lastAny.period.to.year) : null;
      relative = lastAny?.period ? lastAny.relative : true;
    }
    out.push({
      kind: 'date',
      start: c.start,
      end: c.end,
      rule: c.rule,
      from: period ? toIso(period.from) : null,
      to: period ? toIso(period.to) : null,
      relative,
    });
    // unresolved dates ("this year" with no reference) leave the last resolved period in force
    if (period) {
      lastAny = { period, relative };
      const isSpan = toIso(period.from) !== toIso(period.to);
      // "the same period of last year" is a comparison base: the text goes on in the period before it
      const isShifted = c.anaphor?.type === 'same-period' && (c.anaphor.shiftYears !== 0 || c.anaphor.year !== undefined);
      if (isSpan && !isShifted) lastPeriod = { period, relative };
    }
  }
  return out;
}
