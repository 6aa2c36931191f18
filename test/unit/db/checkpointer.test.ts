import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIdleCheckpointer, type CheckpointTimers } from '../../../db/checkpointer';
import { openDatabase, type Db } from '../../../db/connection';

function manualTimers() {
  const queue = new Map<number, () => void>();
  let next = 0;
  const timers: CheckpointTimers = {
    setTimeout: (fn) => {
      next += 1;
      queue.set(next, fn);
      return next;
    },
    clearTimeout: (handle) => {
      queue.delete(handle as number);
    },
  };
  const fire = () => {
    const due = [...queue.values()];
    queue.clear();
    for (const fn of due) fn();
  };
  return { timers, fire, pending: () => queue.size };
}

const walPages = (db: Db): number => {
  const file = `${db.name}-wal`;
  return existsSync(file) ? statSync(file).size : 0;
};

describe('checkpoints off the scan path', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockside-ckpt-'));
    db = openDatabase(join(dir, 'd.sqlite'), { walCheckpoint: 'idle' });
    db.exec('CREATE TABLE t (x BLOB)');
  });
  afterEach(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("with walCheckpoint 'idle' no commit folds the WAL back; the checkpointer does it once writes pause", () => {
    const { timers, fire, pending } = manualTimers();
    const checkpointer = createIdleCheckpointer(db, { idleMs: 2000, timers });
    const insert = db.prepare('INSERT INTO t VALUES (randomblob(4096))');
    for (let i = 0; i < 1500; i += 1) {
      insert.run();
      checkpointer.noteWrite();
    }
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const [before] = db.pragma('wal_checkpoint(PASSIVE)', { simple: false }) as { log: number; checkpointed: number }[];
    expect(before?.log ?? 0).toBeGreaterThan(1000);
    expect(pending()).toBe(1);
    insert.run();
    checkpointer.noteWrite();
    fire();
    const [after] = db.pragma('wal_checkpoint(PASSIVE)', { simple: false }) as { log: number; checkpointed: number }[];
    expect(after?.checkpointed).toBe(after?.log);
  });

  it('forces a checkpoint during an endless burst and truncates the WAL at quit', () => {
    const { timers } = manualTimers();
    const checkpointer = createIdleCheckpointer(db, { forceAfterWrites: 100, timers });
    const insert = db.prepare('INSERT INTO t VALUES (randomblob(4096))');
    for (let i = 0; i < 100; i += 1) {
      insert.run();
      checkpointer.noteWrite();
    }
    const [status] = db.pragma('wal_checkpoint(PASSIVE)', { simple: false }) as { log: number; checkpointed: number }[];
    expect(status?.checkpointed).toBe(status?.log);
    expect(walPages(db)).toBeGreaterThan(0);
    checkpointer.flush();
    expect(walPages(db)).toBe(0);
  });

  it('reuses compiled statements but never one that is still being iterated', () => {
    db.prepare('INSERT INTO t VALUES (x\'00\')').run();
    db.prepare('INSERT INTO t VALUES (x\'01\')').run();
    expect(db.prepare('SELECT count(*) AS n FROM t')).toBe(db.prepare('SELECT count(*) AS n FROM t'));
    const outer = db.prepare('SELECT x FROM t').iterate();
    outer.next();
    expect(db.prepare('SELECT x FROM t').all()).toHaveLength(2);
    outer.return?.();
  });
});
