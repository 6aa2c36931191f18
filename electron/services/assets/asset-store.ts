import type { Db } from '../../../db/connection';
import type { AssetClass, AssetIdentity, AssetRecord, AssetView, Sensitivity } from '../../../shared/domain/asset';
import { normaliseIdentifier } from '../../../shared/domain/scan';
import { DocksideError } from '../../../shared/errors';
import { stateFromRow } from '../custody/projection-store';

interface AssetRow {
  id: string;
  asset_tag: string | null;
  serial: string | null;
  make: string;
  model: string;
  asset_class: string;
  sensitivity: string;
  custodian: string | null;
  central_id: string | null;
  status: string;
  condition: string | null;
  location: string | null;
  holder: string | null;
  last_event_at: string | null;
  event_count: number;
}

const COLUMNS =
  'id, asset_tag, serial, make, model, asset_class, sensitivity, custodian, central_id, status, condition, location, holder, last_event_at, event_count';

function toRecord(row: AssetRow): AssetRecord {
  return {
    id: row.id,
    assetTag: row.asset_tag,
    serial: row.serial,
    make: row.make,
    model: row.model,
    assetClass: row.asset_class as AssetClass,
    sensitivity: row.sensitivity as Sensitivity,
    custodian: row.custodian,
    centralId: row.central_id,
  };
}

function toView(row: AssetRow): AssetView {
  return { ...toRecord(row), state: stateFromRow(row) };
}

export function getAsset(db: Db, id: string): AssetView {
  const row = db.prepare(`SELECT ${COLUMNS} FROM assets WHERE id = ?`).get(id) as AssetRow | undefined;
  if (row === undefined) throw new DocksideError('ASSET_NOT_FOUND', `No asset ${id}`);
  return toView(row);
}

/** The identities of several assets at once, by id (those that exist). */
export function getAssetRecords(db: Db, ids: readonly string[]): Map<string, AssetRecord> {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM assets WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as AssetRow[];
  return new Map(rows.map((row) => [row.id, toRecord(row)]));
}

/** Finds the one asset a scanned value names: asset tag first, then serial. Two serial matches is ambiguous. */
export function findByIdentifier(db: Db, value: string): AssetView | null {
  const byTag = db.prepare(`SELECT ${COLUMNS} FROM assets WHERE asset_tag = ?`).get(value) as AssetRow | undefined;
  if (byTag !== undefined) return toView(byTag);
  const bySerial = db.prepare(`SELECT ${COLUMNS} FROM assets WHERE serial = ? LIMIT 2`).all(value) as AssetRow[];
  if (bySerial.length > 1) throw new DocksideError('ASSET_AMBIGUOUS', `Serial ${value} matches ${bySerial.length} assets`);
  const only = bySerial[0];
  return only === undefined ? null : toView(only);
}

export function insertAsset(db: Db, id: string, identity: AssetIdentity, now: Date): AssetView {
  const assetTag = identity.assetTag ? normaliseIdentifier(identity.assetTag) : null;
  const serial = identity.serial ? normaliseIdentifier(identity.serial) : null;
  const clash = db
    .prepare('SELECT asset_tag, serial FROM assets WHERE asset_tag = ? OR serial = ? OR asset_tag = ? LIMIT 1')
    .get(assetTag, serial, serial) as { asset_tag: string | null; serial: string | null } | undefined;
  if (clash !== undefined) {
    throw new DocksideError('DUPLICATE_ASSET', `An asset with tag ${clash.asset_tag ?? '-'} / serial ${clash.serial ?? '-'} already exists`);
  }
  db.prepare(
    `INSERT INTO assets (id, asset_tag, serial, make, model, asset_class, sensitivity, custodian, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, assetTag, serial, identity.make, identity.model, identity.assetClass, identity.sensitivity, identity.custodian || null, now.toISOString());
  return getAsset(db, id);
}

/** Search by asset tag, serial (prefix) or custodian (any part of the name), most recently active first. */
export function searchAssets(db: Db, query: string, limit: number): AssetView[] {
  const q = normaliseIdentifier(query);
  if (q === '') {
    return (db.prepare(`SELECT ${COLUMNS} FROM assets ORDER BY last_event_at DESC LIMIT ?`).all(limit) as AssetRow[]).map(toView);
  }
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM assets WHERE id IN (
         SELECT id FROM assets WHERE asset_tag LIKE ? ESCAPE '\\'
         UNION SELECT id FROM assets WHERE serial LIKE ? ESCAPE '\\'
         UNION SELECT id FROM assets WHERE custodian LIKE ? ESCAPE '\\'
       ) ORDER BY last_event_at DESC LIMIT ?`,
    )
    .all(`${escaped}%`, `${escaped}%`, `%${escaped}%`, limit) as AssetRow[];
  return rows.map(toView);
}
