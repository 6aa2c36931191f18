import type { Db } from '../../../../db/connection';
import { listConnectorRows, type ConnectorRow } from '../../../sync/store/connector-store';

/** The Request Tracker connector escalation messages go through: the first one set up and switched on, or none. */
export function itsmChannel(db: Db): ConnectorRow | null {
  return listConnectorRows(db).find((c) => c.kind === 'rt5' && c.enabled) ?? null;
}
