import { DEFAULT_BUILDERS } from './connectors/builders';
import { systemTimers } from './runtime/timers';
import { envSecretStore } from './secrets/env-secret-store';
import type { SyncServices } from './sync-services';

/** Sync services for a core with no worker (tests, the CLI): tokens from the environment, waking nothing. */
export function plainSyncServices(env: Readonly<Record<string, string | undefined>> = process.env): SyncServices {
  return {
    secrets: envSecretStore(env),
    builders: DEFAULT_BUILDERS,
    fetch: (input, init) => fetch(input, init),
    timers: systemTimers,
    wake: () => undefined,
  };
}
