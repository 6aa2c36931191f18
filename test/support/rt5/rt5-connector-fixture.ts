import type { Connector } from '../../../electron/sync/connector';
import { rt5Client, type RtClient } from '../../../electron/sync/connectors/rt5/rt5-client';
import { createRt5Connector } from '../../../electron/sync/connectors/rt5/rt5-connector';
import { rt5Settings, type Rt5Settings } from '../../../electron/sync/connectors/rt5/rt5-settings';
import { systemTimers } from '../../../electron/sync/runtime/timers';
import { connectorSettingsSchema } from '../../../shared/domain/sync-config';

export interface Rt5Driver {
  readonly connector: Connector;
  readonly client: RtClient;
  readonly settings: Rt5Settings;
}

export const realDriverEnv = { fetch: (input: string, init: RequestInit) => fetch(input, init), timers: systemTimers, clock: { now: () => new Date() } };

/**
 * The RT driver as the worker builds it, from stored-style settings (including their optional rt5 block), on
 * real fetch and timers; overrides replace resolved values a test wants to force.
 */
export function rt5Driver(url: string, token: string, stored: Record<string, unknown> = {}, overrides: Partial<Rt5Settings> = {}): Rt5Driver {
  const resolved = { ...rt5Settings(connectorSettingsSchema.parse({ url, timeoutMs: 10_000, ...stored })), ...overrides };
  const client = rt5Client(resolved.restUrl, token, resolved.timeoutMs, realDriverEnv);
  return { connector: createRt5Connector('rt-test', resolved, client), client, settings: resolved };
}

/** A signal that never aborts, for calls the test does not cancel. */
export const noAbort = (): AbortSignal => new AbortController().signal;
