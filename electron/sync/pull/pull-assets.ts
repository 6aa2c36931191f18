import type { Db } from '../../../db/connection';
import { normaliseIdentifier } from '../../../shared/domain/scan';
import type { Clock } from '../../services/deps';
import type { Connector, PulledAsset } from '../connector';

export interface PullEnv {
  readonly db: Db;
  readonly clock: Clock;
  readonly newId: () => string;
}

/** Class given to an asset first seen through a pull when the central system does not say (data-bearing: wipe rules apply). */
export const PULLED_ASSET_CLASS = 'laptop';

const MAX_PAGES_PER_PASS = 50;

function findLocal(db: Db, connectorId: string, asset: PulledAsset, serial: string | null, tag: string | null): string | null {
  const byCentral = db.prepare('SELECT id FROM assets WHERE central_source = ? AND central_id = ?').get(connectorId, asset.centralId) as { id: string } | undefined;
  if (byCentral !== undefined) return byCentral.id;
  if (serial !== null) {
    const bySerial = db.prepare('SELECT id FROM assets WHERE serial = ? LIMIT 2').all(serial) as { id: string }[];
    if (bySerial.length === 1 && bySerial[0] !== undefined) return bySerial[0].id;
  }
  if (tag !== null) {
    const byTag = db.prepare('SELECT id FROM assets WHERE asset_tag = ?').get(tag) as { id: string } | undefined;
    if (byTag !== undefined) return byTag.id;
  }
  return null;
}

/**
 * Folds one pulled asset into the local catalogue. The central record fills in identity and its own status;
 * the custody state stays a projection of local events. Nothing local is ever deleted: an asset missing from
 * a pull is simply not mentioned.
 */
function upsertPulled(env: PullEnv, connectorId: string, asset: PulledAsset): void {
  const { db } = env;
  const at = env.clock.now().toISOString();
  const serial = asset.serial === null ? null : normaliseIdentifier(asset.serial) || null;
  const tag = asset.assetTag === null ? null : normaliseIdentifier(asset.assetTag) || null;
  const local = findLocal(db, connectorId, asset, serial, tag);
  if (local !== null) {
    const owner = db.prepare('SELECT central_source FROM assets WHERE id = ?').get(local) as { central_source: string | null };
    if (owner.central_source !== null && owner.central_source !== connectorId) return;
    db.prepare(
      `UPDATE assets SET central_id = ?, central_source = ?, central_status = ?, central_pulled_at = ?,
         custodian = coalesce(?, custodian), make = CASE WHEN make = '' THEN ? ELSE make END, model = CASE WHEN model = '' THEN ? ELSE model END
       WHERE id = ?`,
    ).run(asset.centralId, connectorId, asset.centralStatus, at, asset.custodian, asset.make, asset.model, local);
    return;
  }
  db.prepare(
    `INSERT INTO assets (id, asset_tag, serial, make, model, asset_class, custodian, central_id, central_source, central_status, central_pulled_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(env.newId(), tag, serial, asset.make, asset.model, PULLED_ASSET_CLASS, asset.custodian, asset.centralId, connectorId, asset.centralStatus, at, at);
}

/** Pulls pages from the connector's cursor onwards; each page and its new cursor commit together. */
export async function pullAssets(env: PullEnv, connectorId: string, connector: Connector, signal: AbortSignal): Promise<number> {
  if (connector.pull === undefined) return 0;
  const { db } = env;
  const saveCursor = db.prepare(
    'INSERT INTO sync_cursors (connector_id, cursor, updated_at) VALUES (?, ?, ?) ON CONFLICT (connector_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at',
  );
  let pulled = 0;
  for (let page = 0; page < MAX_PAGES_PER_PASS; page += 1) {
    const row = db.prepare('SELECT cursor FROM sync_cursors WHERE connector_id = ?').get(connectorId) as { cursor: string } | undefined;
    const result = await connector.pull(row?.cursor ?? null, signal);
    db.transaction(() => {
      for (const asset of result.assets) upsertPulled(env, connectorId, asset);
      saveCursor.run(connectorId, result.cursor, env.clock.now().toISOString());
    })();
    pulled += result.assets.length;
    if (result.done) break;
  }
  return pulled;
}
