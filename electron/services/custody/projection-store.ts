import type { Db } from '../../../db/connection';
import type { AssetState, AssetStatus } from '../../../shared/domain/asset';
import { projectEvents } from '../../../shared/domain/projection';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from './event-rows';

interface StateRow {
  status: string;
  condition: string | null;
  location: string | null;
  holder: string | null;
  last_event_at: string | null;
  event_count: number;
}

export function stateFromRow(row: StateRow): AssetState {
  return {
    status: row.status as AssetStatus,
    condition: row.condition,
    location: row.location,
    custodian: row.holder,
    lastEventAt: row.last_event_at,
    eventCount: row.event_count,
  };
}

export function readState(db: Db, assetId: string): AssetState {
  const row = db.prepare('SELECT status, condition, location, holder, last_event_at, event_count FROM assets WHERE id = ?').get(assetId) as
    | StateRow
    | undefined;
  if (row === undefined) throw new Error(`asset ${assetId} does not exist`);
  return stateFromRow(row);
}

export function writeState(db: Db, assetId: string, state: AssetState): void {
  db.prepare(
    'UPDATE assets SET status = ?, condition = ?, location = ?, holder = ?, last_event_at = ?, event_count = ? WHERE id = ?',
  ).run(state.status, state.condition, state.location, state.custodian, state.lastEventAt, state.eventCount, assetId);
}

/** Recomputes an asset's state from its events alone (what the stored projection must always equal). */
export function replayState(db: Db, assetId: string): AssetState {
  const rows = db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events WHERE asset_id = ? ORDER BY seq`).all(assetId) as EventRow[];
  return projectEvents(rows.map(rowToEvent));
}
