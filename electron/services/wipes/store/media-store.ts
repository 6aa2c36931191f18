import type { Db } from '../../../../db/connection';
import type { MediaType } from '../../../../shared/domain/sanitization/vocabulary';
import type { MediumSnapshot } from '../../../../shared/domain/sanitization/wipe-payloads';
import { DocksideError } from '../../../../shared/errors';

export interface MediumRow {
  readonly id: string;
  readonly asset_id: string;
  readonly serial: string | null;
  readonly media_type: MediaType;
  readonly make: string;
  readonly model: string;
  readonly property_number: string | null;
  readonly capacity: string | null;
  readonly started_event_id: string | null;
}

const COLUMNS = 'id, asset_id, serial, media_type, make, model, property_number, capacity, started_event_id';

export interface NewMedium {
  readonly id: string;
  readonly assetId: string;
  readonly serial: string | null;
  readonly mediaType: MediaType;
  readonly make: string;
  readonly model: string;
  readonly propertyNumber: string | null;
  readonly capacity: string | null;
}

/** A host's media in the order they were recorded. */
export function listMedia(db: Db, assetId: string): MediumRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM wipe_media WHERE asset_id = ? ORDER BY created_at, rowid`).all(assetId) as MediumRow[];
}

/** The medium, which must belong to this host. */
export function getMedium(db: Db, assetId: string, mediumId: string): MediumRow {
  const row = db.prepare(`SELECT ${COLUMNS} FROM wipe_media WHERE id = ?`).get(mediumId) as MediumRow | undefined;
  if (row === undefined || row.asset_id !== assetId) throw new DocksideError('MEDIUM_NOT_FOUND', `No medium ${mediumId} in asset ${assetId}`);
  return row;
}

export function mediaWithSerial(db: Db, serial: string): MediumRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM wipe_media WHERE serial = ? LIMIT 10`).all(serial) as MediumRow[];
}

export function insertMedium(db: Db, medium: NewMedium, technicianId: string, now: Date): MediumRow {
  if (medium.serial !== null) {
    const clash = mediaWithSerial(db, medium.serial)[0];
    if (clash !== undefined) {
      const host = db.prepare('SELECT coalesce(asset_tag, serial, id) AS label FROM assets WHERE id = ?').get(clash.asset_id) as { label: string };
      throw new DocksideError('DUPLICATE_MEDIUM', `Drive ${medium.serial} is already recorded in ${host.label}`, {
        reason: `Drive ${medium.serial} is already recorded in ${host.label}.`,
      });
    }
  }
  db.prepare(
    `INSERT INTO wipe_media (id, asset_id, serial, media_type, make, model, property_number, capacity, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(medium.id, medium.assetId, medium.serial, medium.mediaType, medium.make, medium.model, medium.propertyNumber, medium.capacity, now.toISOString(), technicianId);
  return getMedium(db, medium.assetId, medium.id);
}

export function setStarted(db: Db, mediumId: string, eventId: string | null): void {
  db.prepare('UPDATE wipe_media SET started_event_id = ? WHERE id = ?').run(eventId, mediumId);
}

export function snapshotOf(row: MediumRow): MediumSnapshot {
  return {
    mediumId: row.id,
    serial: row.serial,
    mediaType: row.media_type,
    make: row.make,
    model: row.model,
    propertyNumber: row.property_number,
    capacity: row.capacity,
  };
}
