import type { Db } from '../../../db/connection';

const KEY = 'sync.network';

/** What the operating system last said about the network, as the worker saw it. */
export function recordNetwork(db: Db, online: boolean, now: Date): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify({ online, at: now.toISOString() }),
  );
}

export function readNetwork(db: Db): boolean | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (row === undefined) return null;
  const parsed = JSON.parse(row.value) as { online?: unknown };
  return typeof parsed.online === 'boolean' ? parsed.online : null;
}
