import { createIdleCheckpointer } from '../../../db/checkpointer';
import { openDatabase, type Db } from '../../../db/connection';
import { createCore } from '../../../electron/services/core';
import { loadOrCreateSigner } from '../../../electron/services/station/signer';
import { systemClock, uuidIds } from '../../../electron/services/system';
import { wakeOnCommit } from '../../../electron/sync/wake-on-commit';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract';
import { BENCH_SUPERVISOR } from './catalogue';
import { probePrepare, type PrepareProbe } from './prepare-probe';

/** The real core as the app builds it: openDatabase with idle checkpoints, the station key file, the system clock and UUIDv7 ids. */
export interface BenchCore {
  readonly db: Db;
  /** When asked for: every statement the core prepares goes through this probe. */
  readonly prepares: PrepareProbe | null;
  /** Invokes a command and returns its value; a failed command throws with its code. */
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>>;
  close(): void;
}

export interface BenchCoreOptions {
  /**
   * 'none' (default): the core gets the connection itself. 'record': every db.prepare is recorded.
   * 'cache' (experiment): prepares are recorded and answered from a cache of compiled statements (see prepare-probe.ts).
   */
  readonly prepare?: 'none' | 'record' | 'cache';
}

export function openBenchCore(file: string, keyFile: string, options: BenchCoreOptions = {}): BenchCore {
  const db = openDatabase(file, { walCheckpoint: 'idle' });
  const checkpointer = createIdleCheckpointer(db);
  const signer = loadOrCreateSigner(keyFile);
  const mode = options.prepare ?? 'none';
  const prepares = mode === 'none' ? null : probePrepare(db, { cache: mode === 'cache' });
  const core = wakeOnCommit(createCore({ db: prepares?.db ?? db, clock: systemClock, ids: uuidIds, signer }), db, checkpointer.noteWrite);
  return {
    db,
    prepares,
    async call(name, input) {
      const result = await core.invoke(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    close: () => {
      checkpointer.stop();
      checkpointer.flush();
      db.close();
    },
  };
}

export async function signInSupervisor(bench: BenchCore): Promise<void> {
  await bench.call('auth.signIn', { technicianId: BENCH_SUPERVISOR.technicianId, pin: BENCH_SUPERVISOR.pin });
}

/** The connection settings that decide durability and speed, as the core's connection has them. */
export function connectionPragmas(db: Db): Record<string, string | number> {
  const read = (name: string): string | number => db.pragma(name, { simple: true }) as string | number;
  const synchronous = Number(read('synchronous'));
  return {
    journal_mode: read('journal_mode'),
    synchronous: ['OFF', 'NORMAL', 'FULL', 'EXTRA'][synchronous] ?? String(synchronous),
    foreign_keys: read('foreign_keys'),
    wal_autocheckpoint: read('wal_autocheckpoint'),
    busy_timeout: read('busy_timeout'),
    page_size: read('page_size'),
    cache_size: read('cache_size'),
  };
}
