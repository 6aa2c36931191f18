/**
 * Calendar dates (YYYY-MM-DD) as whole day numbers, and business days over them: Monday to Friday,
 * less the site's holidays. Pure and allocation-light: the deadline sweep runs it for every asset.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid calendar date, or null. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date of an instant, in UTC. */
export function dayOfInstant(instant: Date): number {
  return Math.floor(instant.getTime() / DAY_MS);
}

/** 1970-01-01 was a Thursday: 0 = Monday ... 6 = Sunday. */
const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The site's working calendar: weekends off and a sorted list of holidays. */
export interface WorkCalendar {
  readonly holidays: ReadonlySet<number>;
  /** The same holidays, ascending, for counting. */
  readonly sortedHolidays: readonly number[];
}

export function workCalendar(holidays: readonly string[]): WorkCalendar {
  const days = holidays.map(dayNumber).filter((d): d is number => d !== null && weekday(d) < 5);
  const unique = [...new Set(days)].sort((a, b) => a - b);
  return { holidays: new Set(unique), sortedHolidays: unique };
}

export function isBusinessDay(day: number, calendar: WorkCalendar): boolean {
  return weekday(day) < 5 && !calendar.holidays.has(day);
}

/**
 * The business day `count` business days after `from`. With count 0: `from` itself when it is a
 * business day, else the next one (a return due "on the separation day" of a Saturday is due Monday).
 */
export function addBusinessDays(from: number, count: number, calendar: WorkCalendar): number {
  let day = from;
  while (!isBusinessDay(day, calendar)) day += 1;
  let left = count;
  while (left > 0) {
    day += 1;
    if (isBusinessDay(day, calendar)) left -= 1;
  }
  return day;
}

/** How many holidays fall in [from, to] (inclusive): binary searches over the sorted list. */
function holidaysWithin(from: number, to: number, sorted: readonly number[]): number {
  const lowerBound = (value: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lowerBound(to + 1) - lowerBound(from);
}

/** Weekdays in [from, to] inclusive, by whole weeks plus the remainder. */
function weekdaysWithin(from: number, to: number): number {
  if (to < from) return 0;
  const span = to - from + 1;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  for (let day = from + weeks * 7; day <= to; day += 1) if (weekday(day) < 5) count += 1;
  return count;
}

/** Business days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function businessDaysAfter(from: number, to: number, calendar: WorkCalendar): number {
  if (to <= from) return 0;
  return weekdaysWithin(from + 1, to) - holidaysWithin(from + 1, to, calendar.sortedHolidays);
}
