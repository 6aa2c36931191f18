import { createHash } from 'node:crypto';
import type { Clock } from '../services/deps';
import type { Connector } from './connector';
import type { FetchLike } from './http/http-call';
import type { Timers } from './runtime/timers';
import type { ConnectorRow } from './store/connector-store';

/** What every driver is built from besides its own row and token. */
export interface DriverEnv {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly fetch: FetchLike;
  readonly stationId: string;
}

/** Builds one driver for a configured connector and its token. */
export type ConnectorBuilder = (row: ConnectorRow, token: string, env: DriverEnv) => Connector;

export type ConnectorBuilders = Readonly<Partial<Record<ConnectorRow['kind'], ConnectorBuilder>>>;

/** Turns a connector row and its token into a driver; null when no driver exists for its kind. */
export type ConnectorFactory = (row: ConnectorRow, token: string) => Connector | null;

export function connectorFactory(builders: ConnectorBuilders, env: DriverEnv): ConnectorFactory {
  return (row, token) => {
    const build = builders[row.kind];
    return build === undefined ? null : build(row, token, env);
  };
}

/**
 * Keeps one driver per connector while its settings and token stay the same, so a driver's own state (a
 * rate-limit pacer, open connections) lives across passes.
 */
export function cachedFactory(factory: ConnectorFactory): ConnectorFactory {
  const cache = new Map<string, { key: string; connector: Connector | null }>();
  return (row, token) => {
    const key = `${row.updatedAt}|${createHash('sha256').update(token).digest('hex')}`;
    const hit = cache.get(row.id);
    if (hit !== undefined && hit.key === key) return hit.connector;
    const connector = factory(row, token);
    cache.set(row.id, { key, connector });
    return connector;
  };
}
