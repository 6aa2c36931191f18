/**
 * A receiving station in its own process, for the kill -9 test: opens the station in the folder given as
 * its argument, signs in, then for each scan line on stdin does lookup + receive and prints
 * `CONFIRMED <eventId>...` only after receive returned, that is after the transaction committed.
 */
import { createInterface } from 'node:readline';
import { openDatabase } from '../../../db/connection';
import type { Result } from '../../../shared/errors';
import { createCore } from '../../../electron/services/core';
import { loadOrCreateSigner } from '../../../electron/services/station/signer';
import { systemClock, uuidIds } from '../../../electron/services/system';
import { appPaths } from '../../../electron/shell/app-paths';
import { CHILD_TECHNICIAN } from './child-technician';


function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function main(dir: string): Promise<void> {
  const paths = appPaths(dir);
  const db = openDatabase(paths.dbFile);
  const core = createCore({ db, clock: systemClock, ids: uuidIds, signer: loadOrCreateSigner(paths.keyFile) });
  must(await core.invoke('auth.signIn', { technicianId: CHILD_TECHNICIAN.technicianId, pin: CHILD_TECHNICIAN.pin }));
  const { batchId } = must(await core.invoke('receiving.startBatch', {}));
  process.stdout.write('READY\n');
  for await (const raw of createInterface({ input: process.stdin })) {
    const lookup = await core.invoke('receiving.lookup', { raw, source: 'wedge', batchId });
    if (!lookup.ok || lookup.value.kind !== 'known') {
      process.stdout.write(`REFUSED ${raw} ${lookup.ok ? 'unknown' : lookup.error.code}\n`);
      continue;
    }
    const received = await core.invoke('receiving.receive', {
      batchId,
      assetId: lookup.value.asset.id,
      source: 'wedge',
      scanned: raw,
      condition: { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C6' },
      damage: [],
      accessories: ['CHARGER'],
      note: '',
    });
    process.stdout.write(received.ok ? `CONFIRMED ${received.value.eventIds.join(' ')}\n` : `REFUSED ${raw} ${received.error.code}\n`);
  }
  db.close();
}

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: receiving-child.ts STATION_DIR');
await main(dir);
