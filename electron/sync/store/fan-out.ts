import type { Db } from '../../../db/connection';

const CHUNK = 5_000;

/**
 * Hands outbox rows (oldest first) to every configured connector and deletes them from the outbox, in one
 * transaction per chunk: a row is always in exactly one of the two places. With no connector the outbox
 * keeps everything. Returns how many outbox rows were handed on.
 */
export function fanOut(db: Db, now: Date): number {
  const connectors = (db.prepare('SELECT count(*) AS n FROM sync_connectors').get() as { n: number }).n;
  if (connectors === 0) return 0;
  const at = now.toISOString();
  const insert = db.prepare(
    `INSERT OR IGNORE INTO sync_deliveries (connector_id, event_id, seq, asset_id, updated_at)
     SELECT c.id, o.event_id, o.seq, o.asset_id, ? FROM (SELECT event_id, seq, asset_id FROM outbox ORDER BY seq LIMIT ?) o CROSS JOIN sync_connectors c`,
  );
  const remove = db.prepare('DELETE FROM outbox WHERE event_id IN (SELECT event_id FROM outbox ORDER BY seq LIMIT ?)');
  const chunk = db.transaction(() => {
    insert.run(at, CHUNK);
    return remove.run(CHUNK).changes;
  });
  let total = 0;
  for (;;) {
    const moved = chunk();
    total += moved;
    if (moved < CHUNK) return total;
  }
}
