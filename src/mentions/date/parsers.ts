import { MONTHS, MONTH_PATTERN, FULL_MONTH_PATTERN, NUMBER_WORD_PATTERN } from '../../lexicon/calendar.js';
import { ORDINALS, ORDINAL_COUNTS } from '../../lexicon/scales.js';
import { addMonths, daysInMonth, monthPeriod, yearPeriod, type Period, type Ymd } from '../../text/calendar.js';

/**
 * One small parser per surface form that chrono-node lacks. Each has a name (the rule id),
 * a linear pattern and a resolver that turns a match into a period.
 */
export interface DateParse {
  period: Period | null;
  relative: boolean;
  /** Resolved later from the period named before: "the same period", "the whole year". */
  /** `year`: the same months in a year the text names ("the same period of 2018"). */
  anaphor?: { type: 'same-period' | 'whole-year'; shiftYears: number; year?: number };
  runningTotal?: boolean;
}

export interface DateParser {
  rule: string;
  pattern: RegExp;
  /** Lower number wins a tie between equally long matches. */
  priority: number;
  /** A cheap test the window must pass before the pattern runs. */
  hint: RegExp;
  resolve(m: RegExpExecArray, ref: Ymd | null): DateParse | null;
}

/** "2017", "this year", "last year", "the previous year", "the year". */
const YEAR_REF = '(?:(?:19|20)\\d{2}|this year|last year|next year|the previous year|the current year|the same year|the year)';

interface YearRef {
  year: number | null;
  relative: boolean;
}

function yearOf(phrase: string | undefined, ref: Ymd | null): YearRef {
  if (!phrase) return { year: ref?.year ?? null, relative: true };
  const p = phrase.toLowerCase();
  if (/^\d{4}$/.test(p)) return { year: Number(p), relative: false };
  const base = ref?.year ?? null;
  if (base === null) return { year: null, relative: true };
  if (p === 'last year' || p === 'the previous year') return { year: base - 1, relative: true };
  if (p === 'next year') return { year: base + 1, relative: true };
  return { year: base, relative: true };
}

const monthNumber = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')];
const countOf = (s: string) => ORDINAL_COUNTS[s.toLowerCase()] ?? Number(s);

function period(y: YearRef, fromMonth: number, toMonth: number): DateParse {
  return { period: y.year === null ? null : monthPeriod(y.year, fromMonth, toMonth), relative: y.relative };
}

const QUARTER_ORDINAL = '(first|second|third|fourth|final|1st|2nd|3rd|4th)';
const HALF_ORDINAL = '(first|second|1st|2nd)';
const ordinalOf = (s: string) => (s.toLowerCase() === 'final' ? 4 : ORDINALS[s.toLowerCase()]);

/** The year of a month-day without one: the occurrence nearest the reference date, the past one on a tie. */
function nearestYear(month: number, day: number, ref: Ymd): number {
  const target = ref.year * 372 + ref.month * 31 + ref.day;
  let best = ref.year;
  let bestDist = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const dist = Math.abs(year * 372 + month * 31 + day - target);
    if (dist < bestDist) {
      best = year;
      bestDist = dist;
    }
  }
  return best;
}

function dayDate(month: number, day: string, toDay: string | undefined, year: string | undefined, ref: Ymd | null): DateParse | null {
  const from = Number(day);
  const to = toDay ? Number(toDay) : from;
  if (!year && !ref) return { period: null, relative: true };
  const y = year ? Number(year) : nearestYear(month, from, ref!);
  if (from < 1 || to < from || to > daysInMonth(y, month)) return null;
  return { period: { from: { year: y, month, day: from }, to: { year: y, month, day: to } }, relative: !year };
}

// Hints shared by several parsers, so a window is tested once for each (see findDateCandidates).
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const FULL_MONTH_HINT = /January|February|March|April|May|June|July|August|September|October|November|December/;
const YEAR_HINT = /\d{4}/;
const YEAR_WORD_HINT = /year/;
const OF_HINT = / of /;

export const DATE_PARSERS: DateParser[] = [
  {
    rule: 'date.month-day',
    hint: MONTH_HINT,
    priority: 0,
    // "Oct 19, 2018", "July 1st", "June 15 to 19"; a following ":" or digit is a time or another number
    pattern: new RegExp(
      `\\b(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?(?:(?: to |[-\\u2013])(\\d{1,2})(?:st|nd|rd|th)?)?(?:,? ((?:19|20)\\d{2}))?(?![\\w:]|-\\d|[.,]\\d)`,
      'g',
    ),
    resolve: (m, ref) => dayDate(monthNumber(m[1]), m[2], m[3], m[4], ref),
  },
  {
    // machine-translated "2019 September 14": year, month, day
    rule: 'date.year-month-day',
    hint: MONTH_HINT,
    priority: 0,
    pattern: new RegExp(`\\b((?:19|20)\\d{2}) (${FULL_MONTH_PATTERN}) (\\d{1,2})(?![\\w:]|[.,]\\d)`, 'g'),
    resolve: (m, ref) => dayDate(monthNumber(m[2]), m[3], undefined, m[1], ref),
  },
  {
    rule: 'date.day-month',
    hint: MONTH_HINT,
    priority: 0,
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN})(?:,? ((?:19|20)\\d{2}))?(?![\\w]|-\\d)`, 'g'),
    resolve: (m, ref) => dayDate(monthNumber(m[2]), m[1], undefined, m[3], ref),
  },
  {
    rule: 'date.iso',
    hint: /\d-\d/,
    priority: 0,
    pattern: /(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])/g,
    resolve: (m) => {
      const d = { year: +m[1], month: +m[2], day: +m[3] };
      if (d.day > daysInMonth(d.year, d.month)) return null;
      return { period: { from: d, to: d }, relative: false };
    },
  },
  {
    rule: 'date.quarter',
    hint: /quarter/,
    priority: 1,
    pattern: new RegExp(`\\b(?:[Tt]he )?${QUARTER_ORDINAL} quarter(?:(?: of|,)? (${YEAR_REF}))?(?![\\w-])`, 'g'),
    resolve: (m, ref) => {
      if (/final/i.test(m[1]) && !m[2]) return null;
      const q = ordinalOf(m[1]);
      return period(yearOf(m[2], ref), q * 3 - 2, q * 3);
    },
  },
  {
    rule: 'date.quarter-code',
    hint: /Q[1-4]|[1-4]Q/,
    priority: 1,
    pattern: /\b(?:Q([1-4])|([1-4])Q)(?:(?: of|,)? ((?:19|20)\d{2})|[ -]?'?(\d{2}))?(?![\w-])/g,
    resolve: (m, ref) => {
      const q = Number(m[1] ?? m[2]);
      const year = m[3] ?? (m[4] ? `20${m[4]}` : undefined);
      return period(yearOf(year, ref), q * 3 - 2, q * 3);
    },
  },
  {
    rule: 'date.first-quarters',
    hint: /quarters/,
    priority: 1,
    pattern: new RegExp(`\\b(?:[Tt]he )?first (two|three|2|3) quarters(?: of (${YEAR_REF}))?(?![\\w-])`, 'g'),
    resolve: (m, ref) => period(yearOf(m[2], ref), 1, countOf(m[1]) * 3),
  },
  {
    rule: 'date.half',
    hint: /half/,
    priority: 1,
    pattern: new RegExp(`\\b(?:[Tt]he )?${HALF_ORDINAL} half(?:(?: of|,)? (${YEAR_REF}))?(?![\\w-])`, 'g'),
    resolve: (m, ref) => {
      const h = ordinalOf(m[1]);
      return period(yearOf(m[2], ref), h === 1 ? 1 : 7, h === 1 ? 6 : 12);
    },
  },
  {
    rule: 'date.half-code',
    hint: /H[12]|[12]H/,
    priority: 1,
    pattern: /\b(?:H([12])|([12])H)(?:(?: of|,)? ((?:19|20)\d{2})|[ -]?'?(\d{2}))?(?![\w-])/g,
    resolve: (m, ref) => {
      const h = Number(m[1] ?? m[2]);
      const year = m[3] ?? (m[4] ? `20${m[4]}` : undefined);
      if (!year && !/^H/.test(m[0])) return null;
      return period(yearOf(year, ref), h === 1 ? 1 : 7, h === 1 ? 6 : 12);
    },
  },
  {
    rule: 'date.first-months',
    hint: /months/,
    priority: 1,
    pattern: new RegExp(`\\b(?:[Tt]he )?first (${NUMBER_WORD_PATTERN}) months(?: of (${YEAR_REF}))?(?![\\w-])`, 'g'),
    resolve: (m, ref) => {
      const n = countOf(m[1]);
      if (!(n >= 1 && n <= 12)) return null;
      return period(yearOf(m[2], ref), 1, n);
    },
  },
  {
    rule: 'date.month-year-range',
    hint: YEAR_HINT,
    priority: 1,
    // "April 2022 to March 2023": a range across years
    pattern: new RegExp(
      `\\b(${MONTH_PATTERN}),? ((?:19|20)\\d{2})(?:[ \\u00a0]*[-\\u2013][ \\u00a0]*| to | through | until )(${MONTH_PATTERN}),? ((?:19|20)\\d{2})(?![\\w-])`,
      'g',
    ),
    resolve: (m) => {
      const from = { year: +m[2], month: monthNumber(m[1]) };
      const to = { year: +m[4], month: monthNumber(m[3]) };
      if (to.year * 12 + to.month < from.year * 12 + from.month) return null;
      return { period: { from: { ...from, day: 1 }, to: { ...to, day: daysInMonth(to.year, to.month) } }, relative: false };
    },
  },
  {
    rule: 'date.fiscal-year',
    hint: /(?:fiscal|financial) year|FY/,
    priority: 1,
    // "fiscal year 2022-23", "FY2022-23": a split year runs April to March (India, Japan, the UK)
    pattern: /\b(?:(?:[Tt]he )?(?:fiscal|financial) year|FY) ?((?:19|20)\d{2})[-\u2013/]((?:19|20)?\d{2})(?![\w-])/g,
    resolve: (m) => {
      const first = Number(m[1]);
      const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (second !== first + 1) return null;
      return { period: { from: { year: first, month: 4, day: 1 }, to: { year: second, month: 3, day: 31 } }, relative: false };
    },
  },
  {
    rule: 'date.months-to',
    hint: /months to/,
    priority: 1,
    // "the six months to June": the months that end with the named one
    pattern: new RegExp(`\\b(?:[Tt]he )?(${NUMBER_WORD_PATTERN}) months (?:to|through|ending|ended) (?:the end of )?(${FULL_MONTH_PATTERN})(?:,? ((?:19|20)\\d{2}))?(?![\\w-])`, 'g'),
    resolve: (m, ref) => {
      const n = countOf(m[1]);
      const end = monthNumber(m[2]);
      const y = yearOf(m[3], ref);
      if (!(n >= 1 && n <= 12) || y.year === null) return y.year === null ? { period: null, relative: true } : null;
      const from = addMonths(y.year, end, -(n - 1));
      return { period: { from: { year: from.year, month: from.month, day: 1 }, to: { year: y.year, month: end, day: daysInMonth(y.year, end) } }, relative: y.relative };
    },
  },
  {
    rule: 'date.day-month-range',
    hint: MONTH_HINT,
    priority: 0,
    // "27 June to 1 July 2022", "June 27 to July 1, 2022"
    pattern: new RegExp(
      `\\b(\\d{1,2}) (${MONTH_PATTERN})(?: to | ?[-\\u2013] ?)(\\d{1,2}) (${MONTH_PATTERN}),? ((?:19|20)\\d{2})(?![\\w-])|\\b(${MONTH_PATTERN}) (\\d{1,2})(?: to | ?[-\\u2013] ?)(${MONTH_PATTERN}) (\\d{1,2}),? ((?:19|20)\\d{2})(?![\\w-])`,
      'g',
    ),
    resolve: (m) => {
      const [d1, m1, d2, m2, y] = m[1] ? [m[1], m[2], m[3], m[4], m[5]] : [m[7], m[6], m[9], m[8], m[10]];
      const year = Number(y);
      const from = { year, month: monthNumber(m1), day: Number(d1) };
      const to = { year, month: monthNumber(m2), day: Number(d2) };
      if (from.day > daysInMonth(year, from.month) || to.day > daysInMonth(year, to.month) || to.month < from.month) return null;
      return { period: { from, to }, relative: false };
    },
  },
  {
    rule: 'date.month-boundary',
    hint: OF_HINT,
    priority: 1,
    // "the end of July 2023", "the beginning of March"
    pattern: new RegExp(`\\b[Tt]he (end|beginning|start) of (${FULL_MONTH_PATTERN})(?:,? ((?:19|20)\\d{2}))?(?![\\w-])`, 'g'),
    resolve: (m, ref) => {
      const month = monthNumber(m[2]);
      const y = yearOf(m[3], ref);
      if (y.year === null) return { period: null, relative: true };
      const d: Ymd = { year: y.year, month, day: m[1] === 'end' ? daysInMonth(y.year, month) : 1 };
      return { period: { from: d, to: d }, relative: y.relative };
    },
  },
  {
    rule: 'date.month-range',
    hint: MONTH_HINT,
    priority: 2,
    pattern: new RegExp(
      `\\b(${MONTH_PATTERN})(?:[ \\u00a0]*[-\\u2013\\u2014][ \\u00a0]*| to | through | till | until )(${MONTH_PATTERN})(?:,? ((?:19|20)\\d{2})| of (${YEAR_REF})| (this year|last year))?(?![\\w-])`,
      'g',
    ),
    resolve: (m, ref) => {
      const a = monthNumber(m[1]);
      const b = monthNumber(m[2]);
      if (!a || !b || b < a) return null;
      return period(yearOf(m[3] ?? m[4] ?? m[5], ref), a, b);
    },
  },
  {
    rule: 'date.month-year',
    hint: MONTH_HINT,
    priority: 2,
    pattern: new RegExp(`\\b(${MONTH_PATTERN}),? ((?:19|20)\\d{2})(?![\\w-])|\\b(${FULL_MONTH_PATTERN})(?: of)? (this year|last year)\\b`, 'g'),
    resolve: (m, ref) => {
      const month = monthNumber(m[1] ?? m[3]);
      return period(yearOf(m[2] ?? m[4], ref), month, month);
    },
  },
  {
    rule: 'date.month',
    hint: FULL_MONTH_HINT,
    priority: 3,
    // a bare month needs a preposition before it, so the verb "may" and names stay out
    pattern: new RegExp(
      `(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Ee]arly|mid-) )(${FULL_MONTH_PATTERN})(?![\\w-]| \\d)`,
      'g',
    ),
    resolve: (m, ref) => {
      const month = monthNumber(m[1]);
      if (!ref) return { period: null, relative: true };
      // the occurrence nearest the reference date, the past one on a tie
      let best = { year: ref.year, dist: Infinity };
      for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
        const dist = Math.abs(year * 12 + month - (ref.year * 12 + ref.month));
        if (dist < best.dist || (dist === best.dist && year < best.year)) best = { year, dist };
      }
      return { period: monthPeriod(best.year, month), relative: true };
    },
  },
  {
    rule: 'date.year-range',
    hint: YEAR_HINT,
    priority: 2,
    pattern: /(?<![\w$€£¥.,-])((?:19|20)\d{2})(?:[ \u00a0]*[-\u2013][ \u00a0]*| to )((?:19|20)\d{2})(?![\w%-]|[.,]\d)/g,
    resolve: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b <= a) return null;
      return { period: { from: yearPeriod(a).from, to: yearPeriod(b).to }, relative: false };
    },
  },
  {
    rule: 'date.year',
    hint: YEAR_HINT,
    priority: 4,
    pattern: /(?<![\w$€£¥.,/:-])((?:19[5-9]|20\d)\d)(?![\w%/:]|[.,]\d|-(?:year|month|day|odd|plus)|[ \u00a0](?:years|tonnes|tons|people|enterprises|companies|km|kilometers|kilometres|units|delegates)\b)/g,
    resolve: (m) => ({ period: yearPeriod(Number(m[1])), relative: false }),
  },
  {
    rule: 'date.relative-year',
    hint: YEAR_WORD_HINT,
    priority: 3,
    pattern: /\b(?:[Tt]his|[Ll]ast|[Nn]ext) year\b|\b[Tt]he (?:previous|current) year\b/g,
    resolve: (m, ref) => {
      const y = yearOf(m[0].toLowerCase(), ref);
      return { period: y.year === null ? null : yearPeriod(y.year), relative: true };
    },
  },
  {
    rule: 'date.whole-year',
    hint: YEAR_WORD_HINT,
    priority: 3,
    // "the full year 2020" names its year; "the whole year" alone is the year of the period before
    pattern: /\b[Tt]he (?:whole|full|entire) year(?: (?:of )?((?:19|20)\d{2})(?![\w-]))?\b/g,
    resolve: (m) =>
      m[1] ? { period: yearPeriod(Number(m[1])), relative: false } : { period: null, relative: false, anaphor: { type: 'whole-year', shiftYears: 0 } },
  },
  {
    rule: 'date.relative-month',
    hint: /month/,
    priority: 3,
    pattern: /\b(?:[Tt]his|[Ll]ast|[Nn]ext) month\b/g,
    resolve: (m, ref) => {
      if (!ref) return { period: null, relative: true };
      const shift = /^this/i.test(m[0]) ? 0 : /^last/i.test(m[0]) ? -1 : 1;
      const { year, month } = addMonths(ref.year, ref.month, shift);
      return { period: monthPeriod(year, month), relative: true };
    },
  },
  {
    rule: 'date.year-boundary',
    hint: OF_HINT,
    priority: 2,
    pattern: new RegExp(`\\b[Tt]he (end|beginning|start) of (${YEAR_REF})(?![\\w-])`, 'g'),
    resolve: (m, ref) => {
      const y = yearOf(m[2], ref);
      if (y.year === null) return { period: null, relative: y.relative };
      const d: Ymd = m[1] === 'end' ? { year: y.year, month: 12, day: 31 } : { year: y.year, month: 1, day: 1 };
      return { period: { from: d, to: d }, relative: y.relative };
    },
  },
  {
    rule: 'date.same-period',
    hint: /same/,
    priority: 1,
    // "the same time" only with a year after it: "at the same time" alone is a connective, no date
    pattern: /\b[Tt]he same (?:period|months?|quarter|time(?= (?:of |in )?(?:last|(?:the )?previous|a year|the year|(?:19|20)\d{2})))(?: (?:of |in )?(?:(last year|(?:the )?previous year|a year (?:earlier|ago|before)|the year before)|((?:19|20)\d{2})(?![\w-])))?/g,
    resolve: (m) => ({
      period: null,
      relative: !m[2],
      anaphor: m[2] ? { type: 'same-period', shiftYears: 0, year: Number(m[2]) } : { type: 'same-period', shiftYears: m[1] ? -1 : 0 },
    }),
  },
];
