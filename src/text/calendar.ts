/** Calendar arithmetic on plain year/month/day numbers: no Date objects, no time zones. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export interface Period {
  from: Ymd;
  to: Ymd;
}

export const daysInMonth = (year: number, month: number): number =>
  [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export const toIso = (d: Ymd): string => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;

export function parseIso(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidYmd(d) ? d : null;
}

export const isValidYmd = (d: Ymd): boolean =>
  d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);

export const monthPeriod = (year: number, fromMonth: number, toMonth = fromMonth): Period => ({
  from: { year, month: fromMonth, day: 1 },
  to: { year, month: toMonth, day: daysInMonth(year, toMonth) },
});

export const yearPeriod = (year: number): Period => monthPeriod(year, 1, 12);

export const dayPeriod = (d: Ymd): Period => ({ from: d, to: d });

export function shiftYears(p: Period, years: number): Period {
  const shift = (d: Ymd): Ymd => {
    const year = d.year + years;
    return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
  };
  return { from: shift(p.from), to: shift(p.to) };
}

/** The month/year pair n months before (negative n: after) a reference month. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day of week, 0 = Sunday (Zeller-style via a day count). */
export function weekday(d: Ymd): number {
  return (((daysFromCivil(d) + 4) % 7) + 7) % 7;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): Ymd {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}
