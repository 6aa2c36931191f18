import type { ConnectorBuilders } from './connector-factory';
import type { FetchLike } from './http/http-call';
import type { Timers } from './runtime/timers';
import type { SecretStore } from './secrets/secret-store';

/** What the core's sync commands need from outside: the token store, the drivers, and a way to wake the worker. */
export interface SyncServices {
  readonly secrets: SecretStore;
  readonly builders: ConnectorBuilders;
  readonly fetch: FetchLike;
  readonly timers: Timers;
  /** Asks the worker for a pass soon; a no-op where no worker runs (the CLI). */
  wake(): void;
}
