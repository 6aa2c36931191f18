import { who, type CoreEnv, type HandlerMap } from '../../services/handler-types';
import type { SyncServices } from '../sync-services';
import { clearWaits, findConnectorRow, getConnectorRow, listConnectorRows, resumeConnector, saveConnector } from '../store/connector-store';
import { dismissProblem, listProblems, listResolutions, resolveConflict, retryAllDead, retryProblem } from '../store/problems-store';
import { removeConnector } from '../store/remove-connector';
import { readSyncStatus } from '../store/sync-status';
import { listWaiting } from '../store/waiting-list';
import { configView } from './connector-views';
import { testConnection } from './test-connection';

type SyncHandlers = Pick<
  HandlerMap,
  | 'sync.status'
  | 'sync.problems'
  | 'sync.resolutions'
  | 'sync.retry'
  | 'sync.retryAll'
  | 'sync.dismiss'
  | 'sync.resolveConflict'
  | 'sync.connectors'
  | 'sync.saveConnector'
  | 'sync.setToken'
  | 'sync.testConnection'
  | 'sync.runNow'
  | 'sync.waiting'
  | 'sync.removeConnector'
>;

/** The sync commands: status for the indicator, the supervisor's queue tools, and connector settings. */
export function syncHandlers(env: CoreEnv, sync: SyncServices): SyncHandlers {
  const { db, clock } = env;
  const status = () => readSyncStatus(db, sync.secrets, sync.builders, clock.now());
  const changed = () => {
    sync.wake();
    return status();
  };
  const decision = (input: { connectorId: string; eventId: string }, note: string, technicianId: string) => ({
    connectorId: input.connectorId,
    eventId: input.eventId,
    note,
    technicianId,
    at: clock.now(),
  });
  return {
    'sync.status': () => status(),
    'sync.problems': (input) => listProblems(db, input.connectorId),
    'sync.resolutions': (input) => listResolutions(db, input.limit),
    'sync.retry': (input, ctx) => {
      retryProblem(db, decision(input, 'Retry', who(ctx).technicianId));
      return changed();
    },
    'sync.retryAll': (input, ctx) => {
      if (input.connectorId !== null) getConnectorRow(db, input.connectorId);
      retryAllDead(db, input.connectorId, who(ctx).technicianId, clock.now());
      clearWaits(db, input.connectorId);
      return changed();
    },
    'sync.dismiss': (input, ctx) => {
      dismissProblem(db, decision(input, input.note, who(ctx).technicianId));
      return changed();
    },
    'sync.resolveConflict': (input, ctx) => {
      resolveConflict(db, decision(input, input.note, who(ctx).technicianId), input.decision);
      return changed();
    },
    'sync.connectors': () => listConnectorRows(db).map((row) => configView(row, sync.secrets)),
    'sync.saveConnector': (input) => {
      const before = findConnectorRow(db, input.id);
      const row = saveConnector(db, input, clock.now());
      // A token was given for one server: it is never sent to another address.
      if (before !== null && before.settings.url !== row.settings.url) sync.secrets.delete(row.id);
      sync.wake();
      return configView(row, sync.secrets);
    },
    'sync.setToken': (input) => {
      getConnectorRow(db, input.connectorId);
      sync.secrets.set(input.connectorId, input.token);
      resumeConnector(db, input.connectorId, clock.now());
      sync.wake();
      return configView(getConnectorRow(db, input.connectorId), sync.secrets);
    },
    'sync.testConnection': (input) =>
      testConnection(getConnectorRow(db, input.connectorId), sync.secrets, sync.builders, {
        clock,
        timers: sync.timers,
        fetch: sync.fetch,
        stationId: env.signer.stationId,
      }),
    'sync.runNow': () => {
      clearWaits(db, null);
      return changed();
    },
    'sync.waiting': (input) => listWaiting(db, input.connectorId, input.limit, clock.now().getTime()),
    'sync.removeConnector': (input) => {
      const removal = removeConnector(db, input.connectorId);
      sync.secrets.delete(input.connectorId);
      sync.wake();
      return removal;
    },
  };
}
