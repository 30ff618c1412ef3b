import { createRequire } from 'node:module';
import type * as ChronoEn from 'chrono-node/en';
import type { Ymd } from '../../text/calendar.js';

// chrono-node's English parsers only (its root module loads every locale), loaded on first use:
// most documents never need it, and start-up stays short.
let chrono: typeof ChronoEn | null = null;
const loadChrono = () => (chrono ??= createRequire(import.meta.url)('chrono-node/en') as typeof ChronoEn);

/** A day-level date or date range as chrono-node reads it; chrono's own types stay in this file. */
export interface DayDate {
  /** Offsets into the text given to parseDayDates. */
  start: number;
  end: number;
  from: Ymd;
  to: Ymd;
  /** The year (or the day, for weekdays) came from the reference date. */
  relative: boolean;
  rule: string;
}

// chrono needs some reference; when the caller has none, results that depend on it are dropped
// to null by the caller, so any fixed instant works.
const FALLBACK_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

const LEADING_WORDS = /^(?:on|at|in|by|from|since|the)\s+/i;

/**
 * Runs chrono-node on a short window and keeps what it does best: dates with a day
 * ("Oct 19, 2018", "July 1st", "June 15 to 19", "2014-07-02") and weekdays.
 * Months, years, quarters and relative years are left to our own parsers.
 */
export function parseDayDates(text: string, reference: Ymd | null): DayDate[] {
  const ref = reference ? new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12)) : FALLBACK_REFERENCE;
  const out: DayDate[] = [];
  for (const r of loadChrono().casual.parse(text, { instant: ref, timezone: 0 })) {
    const s = r.start;
    // "now", "today", "tonight": the article's own moment, never a reported period
    if ([...r.tags()].some((tag) => tag.startsWith('casualReference'))) continue;
    const hasDay = s.isCertain('day');
    const isWeekday = !hasDay && s.isCertain('weekday');
    if (!hasDay && !isWeekday) continue;
    let t = r.text;
    let start = r.index;
    const lead = LEADING_WORDS.exec(t);
    if (lead) {
      start += lead[0].length;
      t = t.slice(lead[0].length);
    }
    t = t.replace(/[\s,.;:]+$/, '');
    const get = (c: typeof s): Ymd => ({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! });
    const relative = isWeekday || !s.isCertain('year');
    out.push({
      start,
      end: start + t.length,
      from: get(s),
      to: r.end ? get(r.end) : get(s),
      relative,
      rule: isWeekday ? 'date.chrono-weekday' : r.end ? 'date.chrono-day-range' : 'date.chrono-day',
    });
  }
  return out;
}
