import type { Db } from '../../../db/connection';
import { agingDaysSchema, DEFAULT_AGING_DAYS } from '../../../shared/domain/disposition';

const KEY = 'disposition-aging-days';

/** After how many days a picked-up device with no confirmed disposition is listed for follow-up. */
export function readAgingDays(db: Db): number {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  const parsed = agingDaysSchema.safeParse(row === undefined ? DEFAULT_AGING_DAYS : Number(row.value));
  return parsed.success ? parsed.data : DEFAULT_AGING_DAYS;
}

export function writeAgingDays(db: Db, days: number): number {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, String(days));
  return days;
}
