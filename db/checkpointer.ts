import type { Db } from './connection';

export interface CheckpointTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Checkpointer {
  /** Call after a write: the WAL is folded back into the database once writes pause. */
  noteWrite(): void;
  /** Folds the whole WAL back and truncates it (at quit). */
  flush(): void;
  stop(): void;
}

export interface CheckpointOptions {
  readonly idleMs?: number;
  /** Writes after which a checkpoint runs at once, so a long unbroken burst cannot grow the WAL without bound. */
  readonly forceAfterWrites?: number;
  readonly timers?: CheckpointTimers;
}

/**
 * With SQLite's auto-checkpoint on, every ~60th scan pays for folding the WAL back inside its own
 * commit (10+ ms). The app turns auto-checkpoint off (openDatabase walCheckpoint: 'idle') and runs
 * the checkpoint here instead, when the dock goes quiet.
 */
export function createIdleCheckpointer(db: Db, options: CheckpointOptions = {}): Checkpointer {
  const idleMs = options.idleMs ?? 2000;
  const forceAfterWrites = options.forceAfterWrites ?? 5000;
  const timers = options.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };
  let pending: unknown = null;
  let writes = 0;

  const checkpoint = (mode: 'PASSIVE' | 'TRUNCATE') => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
    writes = 0;
    if (db.open) db.pragma(`wal_checkpoint(${mode})`);
  };

  return {
    noteWrite() {
      writes += 1;
      if (writes >= forceAfterWrites) {
        checkpoint('PASSIVE');
        return;
      }
      if (pending !== null) timers.clearTimeout(pending);
      pending = timers.setTimeout(() => checkpoint('PASSIVE'), idleMs);
    },
    flush: () => checkpoint('TRUNCATE'),
    stop() {
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
    },
  };
}
