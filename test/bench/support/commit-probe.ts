import { rmSync } from 'node:fs';
import { openDatabase } from '../../../db/connection';
import { latency, type Latency } from './stats';

/**
 * The floor under any scan: a one-row durable commit (WAL, synchronous=FULL, as openDatabase sets them) on a
 * scratch file on the same disk, and the same with synchronous=NORMAL (no fsync per commit) for comparison.
 */
export function commitFloor(scratchFile: string, commits = 500): { readonly fullMs: Latency; readonly normalMs: Latency } {
  const clean = (): void => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${scratchFile}${suffix}`, { force: true });
  };
  clean();
  const db = openDatabase(scratchFile);
  try {
    db.exec('CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO probe (body) VALUES (?)');
    const time = (): number[] =>
      Array.from({ length: commits }, () => {
        const t = performance.now();
        insert.run('x'.repeat(600));
        return performance.now() - t;
      });
    const fullMs = latency(time());
    db.pragma('synchronous = NORMAL');
    const normalMs = latency(time());
    return { fullMs, normalMs };
  } finally {
    db.close();
    clean();
  }
}
