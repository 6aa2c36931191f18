import type { Db } from '../../../db/connection';
import { DEFAULT_SETTINGS, stationSettingsSchema, type StationSettings } from '../../../shared/domain/settings';

const KEY = 'station';

/** The station's settings, falling back to defaults for anything missing or unreadable. */
export function readSettings(db: Db): StationSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (row === undefined) return DEFAULT_SETTINGS;
  try {
    const stored = JSON.parse(row.value) as Partial<StationSettings>;
    const merged = stationSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored, wedge: { ...DEFAULT_SETTINGS.wedge, ...stored.wedge } });
    return merged.success ? merged.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function writeSettings(db: Db, settings: StationSettings): StationSettings {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(settings));
  return settings;
}
