import { openDatabase, type Db, type OpenOptions } from '../../../db/connection';
import { createCore, type Core } from '../../../electron/services/core';
import { loadOrCreateSigner } from '../../../electron/services/station/signer';
import { uuidIds } from '../../../electron/services/system';
import { appPaths } from '../../../electron/shell/app-paths';
import { fakeClock } from '../../support/fake-clock';

export interface Station {
  readonly db: Db;
  readonly core: Core;
}

/** Opens the station kept in `dir` as the app would, with connection options a fault test needs, and signs a supervisor in. */
export async function openStation(dir: string, options: OpenOptions, signIn = { technicianId: 'SUP-1', pin: '4321' }): Promise<Station> {
  const paths = appPaths(dir);
  const db = openDatabase(paths.dbFile, options);
  const core = createCore({ db, clock: fakeClock(), ids: uuidIds, signer: loadOrCreateSigner(paths.keyFile) });
  const session = await core.invoke('auth.signIn', signIn);
  if (!session.ok) throw new Error(`sign-in failed: ${session.error.code}`);
  return { db, core };
}

export interface LogCounts {
  readonly events: number;
  readonly outbox: number;
  readonly batchItems: number;
  readonly eventsWithoutOutbox: number;
  readonly receivedWithoutBatchItem: number;
}

/** Row counts that must move together: an event with its outbox row, a receipt with its batch item. */
export function logCounts(db: Db): LogCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM custody_events) AS events,
              (SELECT count(*) FROM outbox) AS outbox,
              (SELECT count(*) FROM receiving_batch_items) AS batchItems,
              (SELECT count(*) FROM custody_events e LEFT JOIN outbox o ON o.event_id = e.id WHERE o.event_id IS NULL) AS eventsWithoutOutbox,
              (SELECT count(*) FROM custody_events e LEFT JOIN receiving_batch_items i ON i.event_id = e.id
                 WHERE e.type = 'received' AND i.event_id IS NULL) AS receivedWithoutBatchItem`,
    )
    .get() as LogCounts;
}
