import type { Db } from '../../../db/connection';
import { compileTagPattern, readScan, type ScanReading } from '../../../shared/domain/scan';
import { DocksideError } from '../../../shared/errors';
import type { BatchInfo, LookupResult } from '../../../shared/views';
import { getAsset, findByIdentifier } from '../assets/asset-store';
import { lastAssetEvent } from '../assets/asset-events';
import { appendEvent } from '../custody/append';
import { who, type CoreEnv, type HandlerMap } from '../handler-types';
import { readSettings } from '../settings/settings-store';
import { checkGrade, recordCondition } from './record-condition';
import { returnAgainstCase } from '../cases/returns/return-against-case';

type ReceivingHandlers = Pick<HandlerMap, 'receiving.startBatch' | 'receiving.batch' | 'receiving.lookup' | 'receiving.receive'>;

function batchInfo(db: Db, batchId: string): BatchInfo {
  const batch = db.prepare('SELECT batch_id, started_at FROM receiving_batches WHERE batch_id = ?').get(batchId) as
    | { batch_id: string; started_at: string }
    | undefined;
  if (batch === undefined) throw new DocksideError('INVALID_INPUT', `No receiving batch ${batchId}`);
  const items = db
    .prepare(
      `SELECT i.asset_id AS assetId, coalesce(a.asset_tag, a.serial) AS label, a.model AS model, a.condition AS condition, i.received_at AS receivedAt
       FROM receiving_batch_items i JOIN assets a ON a.id = i.asset_id
       WHERE i.batch_id = ? ORDER BY i.received_at DESC, i.rowid DESC`,
    )
    .all(batchId) as BatchInfo['items'];
  return { batchId: batch.batch_id, startedAt: batch.started_at, items };
}

function inBatch(db: Db, batchId: string, assetId: string): boolean {
  return db.prepare('SELECT 1 FROM receiving_batch_items WHERE batch_id = ? AND asset_id = ?').get(batchId, assetId) !== undefined;
}

function identifierOf(reading: ScanReading): string {
  if (reading.kind !== 'gs1') return reading.value;
  if (reading.serial === null) throw new DocksideError('SCAN_PRODUCT_CODE', `GS1 code carries GTIN ${reading.gtin ?? '?'} but no serial`);
  return reading.serial;
}

export function receivingHandlers(env: CoreEnv) {
  const { db, clock, ids } = env;
  return {
    'receiving.startBatch': (_input, ctx) => {
      const batchId = ids.next();
      db.prepare('INSERT INTO receiving_batches (batch_id, technician_id, started_at) VALUES (?, ?, ?)').run(
        batchId,
        who(ctx).technicianId,
        clock.now().toISOString(),
      );
      return batchInfo(db, batchId);
    },

    'receiving.batch': (input) => batchInfo(db, input.batchId),

    'receiving.lookup': (input): LookupResult => {
      const settings = readSettings(db);
      const pattern = compileTagPattern(settings.assetTagPattern);
      if (typeof pattern === 'string') throw new DocksideError('INTERNAL', `Asset-tag pattern is broken: ${pattern}`);
      const outcome = readScan(input.raw, pattern);
      if (!outcome.ok) throw new DocksideError(outcome.problem, `Scan refused: ${outcome.problem}`, { cleaned: outcome.cleaned });
      const reading = outcome.reading;
      const identifier = identifierOf(reading);
      const asset = findByIdentifier(db, identifier);
      if (asset === null) {
        const isTag = reading.kind === 'asset-tag';
        return { kind: 'unknown', reading, suggestion: { assetTag: isTag ? identifier : null, serial: isTag ? null : identifier } };
      }
      return { kind: 'known', reading, asset, alreadyInBatch: inBatch(db, input.batchId, asset.id), lastEvent: lastAssetEvent(db, asset.id) };
    },

    'receiving.receive': (input, ctx) => {
      const session = who(ctx);
      const settings = readSettings(db);
      checkGrade(env, input);
      return db.transaction(() => {
        if (db.prepare('SELECT 1 FROM receiving_batches WHERE batch_id = ?').get(input.batchId) === undefined) {
          throw new DocksideError('INVALID_INPUT', `No receiving batch ${input.batchId}`);
        }
        const before = getAsset(db, input.assetId);
        if (inBatch(db, input.batchId, input.assetId)) {
          throw new DocksideError('DUPLICATE_IN_BATCH', `${before.assetTag ?? before.serial ?? input.assetId} already received in this batch`);
        }
        const payload = {
          batchId: input.batchId,
          source: input.source,
          scanned: input.scanned,
          location: settings.dockLocation,
          fromCustodian: before.state.custodian ?? before.custodian,
        };
        const received = appendEvent(env, { assetId: input.assetId, type: 'received', payload, technicianId: session.technicianId, site: settings.site }).event;
        const graded = recordCondition(env, session, input);
        db.prepare('INSERT INTO receiving_batch_items (batch_id, asset_id, event_id, received_at) VALUES (?, ?, ?, ?)').run(
          input.batchId,
          input.assetId,
          received.id,
          received.deviceTime,
        );
        const caseReturn = returnAgainstCase(env, session, received, input.batchId);
        return { asset: getAsset(db, input.assetId), eventIds: graded === null ? [received.id] : [received.id, graded.id], caseReturn };
      })();
    },
  } satisfies ReceivingHandlers;
}
