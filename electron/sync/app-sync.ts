import type { Db } from '../../db/connection';
import type { Clock } from '../services/deps';
import { uuidIds } from '../services/system';
import { cachedFactory, connectorFactory } from './connector-factory';
import { DEFAULT_BUILDERS } from './connectors/builders';
import { watchOnline } from './runtime/online-watch';
import { systemTimers } from './runtime/timers';
import type { SecretStore } from './secrets/secret-store';
import type { SyncServices } from './sync-services';
import { createSyncWorker } from './worker';

export interface AppSyncDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly stationId: string;
  readonly secrets: SecretStore;
  /** The operating system's view of the network (Electron's net.isOnline). */
  readonly isOnline: () => boolean;
  readonly log: (message: string) => void;
}

export interface AppSync {
  /** For the core's sync commands. */
  readonly services: SyncServices;
  start(): void;
  /** New events, resume from sleep, "run now". */
  wake(): void;
  stop(): Promise<void>;
}

const ONLINE_CHECK_MS = 5_000;

/** The worker as the app runs it: real time, real HTTP, every shipped driver; woken when the network comes back. */
export function createAppSync(deps: AppSyncDeps): AppSync {
  const fetchImpl = (input: string, init: RequestInit) => fetch(input, init);
  const worker = createSyncWorker({
    db: deps.db,
    clock: deps.clock,
    timers: systemTimers,
    random: Math.random,
    secrets: deps.secrets,
    connectors: cachedFactory(connectorFactory(DEFAULT_BUILDERS, { clock: deps.clock, timers: systemTimers, fetch: fetchImpl, stationId: deps.stationId })),
    newId: () => uuidIds.next(),
    isOnline: deps.isOnline,
    log: deps.log,
  });
  let stopWatching: (() => void) | null = null;
  return {
    services: { secrets: deps.secrets, builders: DEFAULT_BUILDERS, fetch: fetchImpl, timers: systemTimers, wake: () => worker.wake() },
    start() {
      worker.start();
      stopWatching = watchOnline(deps.isOnline, systemTimers, ONLINE_CHECK_MS, () => worker.wake());
    },
    wake: () => worker.wake(),
    async stop() {
      stopWatching?.();
      await worker.stop();
    },
  };
}
