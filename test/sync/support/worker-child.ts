/**
 * A sync worker in its own process, for the kill -9 test: opens the station database in DOCKSIDE_DIR, drains
 * to the connectors configured there, and exits 0 when nothing is left to send.
 */
import { join } from 'node:path';
import { openDatabase } from '../../../db/connection';
import { loadOrCreateSigner } from '../../../electron/services/station/signer';
import { systemClock, uuidIds } from '../../../electron/services/system';
import { systemTimers } from '../../../electron/sync/runtime/timers';
import { envSecretStore } from '../../../electron/sync/secrets/env-secret-store';
import { createSyncWorker } from '../../../electron/sync/worker';
import { realDrivers } from './real-drivers';

const dir = process.env['DOCKSIDE_DIR'];
if (dir === undefined) throw new Error('DOCKSIDE_DIR is not set');
const db = openDatabase(join(dir, 'dockside.sqlite'));
const signer = loadOrCreateSigner(join(dir, 'station-key.pem'));
const worker = createSyncWorker({
  db,
  clock: systemClock,
  timers: systemTimers,
  random: Math.random,
  secrets: envSecretStore(process.env),
  connectors: realDrivers(signer.stationId),
  newId: () => uuidIds.next(),
  options: { backoff: { baseMs: 10, capMs: 100, maxRetryAfterMs: 1_000 } },
});
const left = () => (db.prepare('SELECT (SELECT count(*) FROM sync_deliveries) + (SELECT count(*) FROM outbox) AS n').get() as { n: number }).n;
while (left() > 0) {
  await worker.runOnce();
  await new Promise((resolve) => setTimeout(resolve, 20));
}
db.close();
process.stdout.write('drained\n');
