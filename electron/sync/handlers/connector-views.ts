import type { SyncConnectorConfig } from '../../../shared/views';
import type { SecretStore } from '../secrets/secret-store';
import type { ConnectorRow } from '../store/connector-store';

/** A connector's settings for the Settings screen: everything but the token, of which only its presence shows. */
export function configView(row: ConnectorRow, secrets: SecretStore): SyncConnectorConfig {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    enabled: row.enabled,
    settings: row.settings,
    hasToken: secrets.get(row.id) !== null,
    pausedReason: row.pausedReason,
  };
}
