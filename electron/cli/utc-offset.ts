import { UsageError } from './cli-errors';

/** "+01:00", "-05:30", "+0100", "Z", "0" as minutes ahead of UTC; without a value, this machine's offset now. */
export function parseUtcOffset(value: string | undefined, now: Date = new Date()): number {
  if (value === undefined) return -now.getTimezoneOffset();
  if (value === 'Z' || value === '0') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(value);
  if (match === null) throw new UsageError(`--utc-offset ${value}: give the wipe machine's offset from UTC as +HH:MM or -HH:MM (e.g. +01:00)`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (minutes > 14 * 60 || Number(match[3]) > 59) throw new UsageError(`--utc-offset ${value}: no clock is that far from UTC`);
  return match[1] === '-' ? -minutes : minutes;
}
