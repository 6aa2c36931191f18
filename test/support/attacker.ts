import Database from 'better-sqlite3';

/**
 * Edits a database file the way an attacker with file access would: a second connection of their own,
 * foreign keys off, the append-only triggers dropped, then whatever `work` does.
 */
export function tamper(dbFile: string, work: (db: Database.Database) => void): void {
  const db = new Database(dbFile);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec('DROP TRIGGER IF EXISTS custody_events_no_update; DROP TRIGGER IF EXISTS custody_events_no_delete;');
    work(db);
  } finally {
    db.close();
  }
}
