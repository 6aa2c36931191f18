import { systemClock } from '../../../electron/services/system';
import { DEFAULT_BUILDERS } from '../../../electron/sync/connectors/builders';
import { cachedFactory, connectorFactory, type ConnectorFactory } from '../../../electron/sync/connector-factory';
import { systemTimers } from '../../../electron/sync/runtime/timers';

/** The shipped drivers on real time and real HTTP, as the app builds them. */
export function realDrivers(stationId: string): ConnectorFactory {
  return cachedFactory(connectorFactory(DEFAULT_BUILDERS, { clock: systemClock, timers: systemTimers, fetch: (input, init) => fetch(input, init), stationId }));
}
