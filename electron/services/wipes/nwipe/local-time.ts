import type { LocalTime } from './parse-nwipe-log';

/** A wall-clock time from a log, on a clock that was offsetMinutes ahead of UTC, as an ISO instant. */
export function localToIso(time: LocalTime, offsetMinutes: number): string {
  const utc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) - offsetMinutes * 60_000;
  return new Date(utc).toISOString();
}

/** "+01:00", "-05:30", "+00:00". */
export function offsetWords(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
