import type { Db } from '../../../db/connection';
import type { EventView } from '../../../shared/views';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from '../custody/event-rows';

type Row = EventRow & { technician_name: string | null };

const SELECT_WITH_NAMES = `SELECT ${EVENT_COLUMNS.split(', ')
  .map((c) => `e.${c}`)
  .join(', ')}, t.name AS technician_name
  FROM custody_events e LEFT JOIN technicians t ON t.technician_id = e.technician_id
  WHERE e.asset_id = ?`;

const toView = (row: Row): EventView => ({ ...rowToEvent(row), technicianName: row.technician_name });

/** An asset's custody events in order, with the name of the technician behind each. */
export function listAssetEvents(db: Db, assetId: string): EventView[] {
  return (db.prepare(`${SELECT_WITH_NAMES} ORDER BY e.seq`).all(assetId) as Row[]).map(toView);
}

export function lastAssetEvent(db: Db, assetId: string): EventView | null {
  const row = db.prepare(`${SELECT_WITH_NAMES} ORDER BY e.seq DESC LIMIT 1`).get(assetId) as Row | undefined;
  return row === undefined ? null : toView(row);
}
