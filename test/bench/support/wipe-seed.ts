import type { AssetClass, Sensitivity } from '../../../shared/domain/asset';
import { assetHandlers } from '../../../electron/services/assets/asset-handlers';
import type { CoreEnv } from '../../../electron/services/handler-types';
import { receivingHandlers } from '../../../electron/services/receiving/receiving-handlers';
import { createSessionKeeper } from '../../../electron/services/session';
import { uuidIds } from '../../../electron/services/system';
import { addMedium } from '../../../electron/services/wipes/add-medium';
import { writeWipeRecord } from '../../../electron/services/wipes/record-wipe';
import type { CoreFixture } from '../../support/core-fixture';

const CLASSES: readonly AssetClass[] = ['laptop', 'laptop', 'laptop', 'desktop', 'phone', 'tablet', 'server', 'drive'];
const HOUR = 3_600_000;

export interface QueueSeed {
  readonly devices: number;
  readonly withMedia: number;
  readonly highSensitivity: number;
}

/**
 * Registers and receives `count` devices through the real handlers (signed, hash-chained events,
 * outbox rows, the queue triggers), in one transaction as the demo data loader does, spread over a
 * month of receipts; every third gets a drive recorded. The fixture's supervisor must exist.
 */
export function seedQueue(f: CoreFixture, count: number): QueueSeed {
  const session = { technicianId: 'SUP-1', name: 'Sam Supervisor', role: 'supervisor' as const };
  const env: CoreEnv = { db: f.db, clock: f.clock, ids: uuidIds, signer: f.signer, sessions: createSessionKeeper(f.clock, () => 480) };
  const assets = assetHandlers(env);
  const receiving = receivingHandlers(env);
  const ctx = { session };
  const step = Math.floor((30 * 24 * HOUR) / count);
  let withMedia = 0;
  let high = 0;
  f.db.transaction(() => {
    let batch = receiving['receiving.startBatch']({}, ctx);
    for (let i = 0; i < count; i += 1) {
      // A receiving batch is a morning's worth, not the whole month: the desk lists a batch's items on every receipt.
      if (i % 100 === 0) batch = receiving['receiving.startBatch']({}, ctx);
      const sensitivity: Sensitivity = i % 5 === 0 ? 'high' : 'standard';
      const asset = assets['assets.register'](
        { assetTag: `IT-${String(100_000 + i)}`, serial: `SN${String(i).padStart(7, '0')}`, make: 'Dell', model: 'Latitude 7440', assetClass: CLASSES[i % CLASSES.length] ?? 'laptop', sensitivity },
        ctx,
      );
      receiving['receiving.receive'](
        { batchId: batch.batchId, assetId: asset.id, source: 'wedge', scanned: asset.assetTag ?? '', condition: null, damage: [], accessories: [], note: '' },
        ctx,
      );
      if (i % 3 === 0) {
        addMedium(env, session, { assetId: asset.id, serial: `DRV${String(i).padStart(7, '0')}`, mediaType: 'ssd', make: 'Samsung', model: 'PM9A1', propertyNumber: '', capacity: '512 GB' });
        withMedia += 1;
      }
      if (sensitivity === 'high') high += 1;
      f.clock.advance(step);
    }
  })();
  return { devices: count, withMedia, highSensitivity: high };
}

/**
 * Registers, receives and wipes `count` devices (one drive each, a passing Clear by nwipe, finished an
 * hour apart over the days before the clock) through the real writers, in one transaction.
 */
export function seedWipedDevices(f: CoreFixture, count: number): void {
  const session = { technicianId: 'SUP-1', name: 'Sam Supervisor', role: 'supervisor' as const };
  const env: CoreEnv = { db: f.db, clock: f.clock, ids: uuidIds, signer: f.signer, sessions: createSessionKeeper(f.clock, () => 480) };
  const assets = assetHandlers(env);
  const receiving = receivingHandlers(env);
  const ctx = { session };
  f.db.transaction(() => {
    let batch = receiving['receiving.startBatch']({}, ctx);
    for (let i = 0; i < count; i += 1) {
      if (i % 100 === 0) batch = receiving['receiving.startBatch']({}, ctx);
      const asset = assets['assets.register']({ assetTag: `IT-${String(200_000 + i)}`, serial: `CN${String(i).padStart(7, '0')}`, make: 'HP', model: 'EliteDesk 800 G9', assetClass: 'desktop', sensitivity: 'standard' }, ctx);
      receiving['receiving.receive']({ batchId: batch.batchId, assetId: asset.id, source: 'wedge', scanned: asset.assetTag ?? '', condition: null, damage: [], accessories: [], note: '' }, ctx);
      const medium = addMedium(env, session, { assetId: asset.id, serial: `WD-${String(i).padStart(7, '0')}`, mediaType: 'hdd', make: 'WD', model: 'Blue 1TB', propertyNumber: '', capacity: '1 TB' });
      const now = f.clock.now().getTime();
      writeWipeRecord(
        env,
        session,
        {
          assetId: asset.id,
          mediumId: medium.id,
          level: 'clear',
          technique: 'overwrite',
          standard: 'nist-800-88-r1',
          tool: 'nwipe',
          toolVersion: '0.33',
          methodDetails: 'nwipe method Fill With Zeros, 1 round, final blanking pass, verification of the last pass',
          verification: 'full',
          result: 'pass',
          failureReason: '',
          startedAt: new Date(now - 2 * HOUR).toISOString(),
          finishedAt: new Date(now - HOUR).toISOString(),
          classification: 'Unclassified',
          destination: 'recycling',
          notes: '',
          retryOf: null,
          source: { kind: 'manual' },
        },
        null,
        null,
      );
      f.clock.advance(60_000);
    }
  })();
}
