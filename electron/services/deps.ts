import type { Db } from '../../db/connection';
import type { StationSigner } from './station/signer';

export interface Clock {
  now(): Date;
}

export interface Ids {
  /** A new time-ordered unique id (UUIDv7). */
  next(): string;
}

/** Everything the core needs from the outside world; tests pass fakes, the app passes real ones. */
export interface CoreDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly signer: StationSigner;
}
