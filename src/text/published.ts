import { MONTHS, MONTH_PATTERN } from '../lexicon/calendar.js';
import { isValidYmd, type Ymd } from './calendar.js';

/** How far into the article a dateline may stand. */
const HEAD_LENGTH = 1500;
const HEAD_LINES = 15;

const DAY_DATE = new RegExp(
  [
    '((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)', // 2014-07-02, 2014/07/02
    `(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})`, // Oct 19, 2018
    `(\\d{1,2}) (${MONTH_PATTERN}),? ((?:19|20)\\d{2})`, // 19 October 2018
    '(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d)', // 14.02.2021: with dots, day first
    '(?<!\\d)(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)', // 14/11/2019 or 11/14/2019: only when one part cannot be a month
  ].join('|'),
);

const KEYWORD_LINE = /^\W*(?:updated|published|posted|date|released?|release time|release date|issued|time|last updated|first published|publication date)\b/i;
// after a wire dateline's date: a time, an agency, then a bracket, dash, bar, slash or full stop ("Vladivostok, September 5, 2019. PrimaMedia")
// ("Kazan, 17 September 2019 - Volga ...", "2018-07-21 14:05   Source: Information Office")
const DATELINE_TAIL = /^\s*(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*)?(?:[A-Z]{2,5}\s*)?(?:\(|--|-\s|\u2014|\u2013|\||\/|\.(?:\s|$)|[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?:|$)/;

/**
 * A header line that is mostly the date: "Kazinform | Economy | 3 October 2022, 12:41",
 * "February 9, 2024 4:12 PM GMT-3 · Updated 2 hours ago", "14 August 2023 - 06:00".
 * A sentence of the article body that happens to hold a date has too many words.
 */
function isShortHeaderLine(before: string, after: string): boolean {
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const prose = /[.!?]["”]?\s*$/.test(after.trim()) && words(after) > 3;
  return !prose && words(before) + words(after) <= 7 && !/\b(?:on|in|since|from|until|by)\s*$/i.test(before);
}

export interface PublicationDate {
  date: Ymd;
  start: number;
  end: number;
}

function readDayDate(m: RegExpExecArray): Ymd | null {
  let d: Ymd;
  if (m[1]) d = { year: +m[1], month: +m[2], day: +m[3] };
  else if (m[4]) d = { year: +m[6], month: MONTHS[m[4].toLowerCase().replace(/\.$/, '')], day: +m[5] };
  else if (m[7]) d = { year: +m[9], month: MONTHS[m[8].toLowerCase().replace(/\.$/, '')], day: +m[7] };
  else if (m[10]) d = { year: +m[12], month: +m[11], day: +m[10] };
  else {
    const [a, b] = [+m[13], +m[14]];
    if (a <= 12 && b <= 12) return null; // 03/04/2019: which is the month is anyone's guess
    d = a > 12 ? { year: +m[15], month: b, day: a } : { year: +m[15], month: a, day: b };
  }
  return isValidYmd(d) ? d : null;
}

/**
 * The publication date from the article's head: a dateline ("- Oct 19, 2018-"), a
 * header ("Updated : 2014-07-02"), or a wire dateline ("BEIJING, March 3, 2021 (Xinhua) --").
 */
export function findPublicationDate(text: string): PublicationDate | null {
  const head = text.slice(0, HEAD_LENGTH);
  let lineStart = 0;
  for (let n = 0; n < HEAD_LINES && lineStart < head.length; n++) {
    let lineEnd = head.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = head.length;
    const line = head.slice(lineStart, lineEnd);
    const m = DAY_DATE.exec(line);
    if (m) {
      const before = line.slice(0, m.index).trimStart();
      const after = line.slice(m.index + m[0].length);
      const isDateline =
        KEYWORD_LINE.test(before) ||
        (/^[\W_]*$/.test(before) && /^[\W_]*$/.test(after)) ||
        (/^(?:[\p{Lu}][\p{L} .'-]{0,40},\s*)?$/u.test(before) && DATELINE_TAIL.test(after)) ||
        isShortHeaderLine(before, after);
      const date = isDateline ? readDayDate(m) : null;
      if (date) return { date, start: lineStart + m.index, end: lineStart + m.index + m[0].length };
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
