import Database from 'better-sqlite3';
import { withSqliteErrors } from './errors';
import { migrate } from './migrate';
import { cacheStatements } from './statement-cache';

export type Db = Database.Database;

export interface OpenOptions {
  readonly readonly?: boolean;
  /** How long a write waits for another connection's lock before giving up with DB_BUSY. */
  readonly busyTimeoutMs?: number;
  /**
   * 'auto' (default): SQLite folds the WAL back inside whichever commit crosses 1000 pages.
   * 'idle': the caller runs a Checkpointer (db/checkpointer.ts) so no scan ever pays for it.
   */
  readonly walCheckpoint?: 'auto' | 'idle';
}

/**
 * Opens (creating if needed) a Dockside database: WAL, foreign keys, durable commits
 * (synchronous=FULL: a confirmed scan survives power loss), then applies pending migrations.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  return withSqliteErrors(() => {
    const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    try {
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 3000}`);
      db.pragma('foreign_keys = ON');
      // Without this, INSERT OR REPLACE deletes a custody event without firing the append-only DELETE trigger.
      db.pragma('recursive_triggers = ON');
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        if (options.walCheckpoint === 'idle') db.pragma('wal_autocheckpoint = 0');
        migrate(db);
      } else {
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      }
      cacheStatements(db);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  });
}
