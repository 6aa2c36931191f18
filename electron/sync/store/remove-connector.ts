import type { Db } from '../../../db/connection';
import type { ConnectorRemoval } from '../../../shared/views';
import { getConnectorRow } from './connector-store';

/**
 * Removes a connector and what was still queued for it. Its delivered log and the supervisors' decisions stay
 * for the audit. Answers how many recorded events will now never reach that system.
 */
export function removeConnector(db: Db, connectorId: string): ConnectorRemoval {
  return db.transaction(() => {
    getConnectorRow(db, connectorId);
    const { undelivered } = db.prepare('SELECT count(*) AS undelivered FROM sync_deliveries WHERE connector_id = ?').get(connectorId) as {
      undelivered: number;
    };
    db.prepare('DELETE FROM sync_deliveries WHERE connector_id = ?').run(connectorId);
    db.prepare('DELETE FROM sync_cursors WHERE connector_id = ?').run(connectorId);
    db.prepare('DELETE FROM sync_connectors WHERE id = ?').run(connectorId);
    return { connectorId, undelivered };
  })();
}
