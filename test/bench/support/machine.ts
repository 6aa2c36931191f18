import Database from 'better-sqlite3';
import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a figure was measured on, stored beside every result. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly totalMemoryGiB: number;
  readonly node: string;
  readonly sqlite: string;
  readonly platform: string;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine makes figures noisier. */
  readonly loadAverage: readonly number[];
  readonly date: string;
}

export function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    db.close();
  }
}

export function machineInfo(now: Date = new Date()): MachineInfo {
  const all = cpus();
  return {
    cpu: all[0]?.model.trim() ?? 'unknown',
    cores: all.length,
    totalMemoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    sqlite: sqliteVersion(),
    platform: `${process.platform}-${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    date: now.toISOString(),
  };
}
