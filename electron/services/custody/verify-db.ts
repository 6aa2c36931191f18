import type { Db } from '../../../db/connection';
import type { ChainReport } from '../../../shared/views';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from './event-rows';
import { verifyChain, type ChainScope, type StoredEvent } from './verify-chain';

export function stationKeys(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT station_id, public_key FROM stations').all() as { station_id: string; public_key: string }[];
  return new Map(rows.map((r) => [r.station_id, r.public_key]));
}

function* readRows(rows: Iterable<EventRow>): Generator<StoredEvent> {
  for (const row of rows) {
    try {
      yield { ok: true, event: rowToEvent(row) };
    } catch {
      yield { ok: false, seq: row.seq, id: row.id, reason: `Event ${row.seq} has an unreadable payload: it was altered` };
    }
  }
}

/** Verifies the whole log (streamed, so millions of events use little memory) or one asset's chain. */
export function verifyDatabase(db: Db, scope: ChainScope): ChainReport {
  const statement =
    scope.kind === 'log'
      ? db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events ORDER BY seq`)
      : db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events WHERE asset_id = ? ORDER BY seq`);
  const rows = (scope.kind === 'log' ? statement.iterate() : statement.iterate(scope.assetId)) as Iterable<EventRow>;
  return verifyChain(readRows(rows), stationKeys(db), scope);
}
