import { ASSET_STATUSES, type AssetStatus } from '../../../../shared/domain/asset';
import { RT5_DEFAULTS, SYNC_FIELDS, type SyncConnectorKind, type SyncField } from '../../../../shared/domain/sync-config';
import { statusWords } from '../../format/asset-words';
import { syncFieldWords } from '../../format/sync-words';
import type { MappingRow } from './MappingTable';

const rtStatus = (status: AssetStatus): string | null => (RT5_DEFAULTS.statusMap as Readonly<Partial<Record<AssetStatus, string>>>)[status] ?? null;

/** The status mapping rows for a kind of connector, with what RT does when a row is left blank. */
export function statusRows(kind: SyncConnectorKind): MappingRow<AssetStatus>[] {
  return ASSET_STATUSES.map((status) => ({ key: status, label: statusWords(status), fallback: kind === 'rt5' ? rtStatus(status) : null }));
}

export function fieldRows(kind: SyncConnectorKind): MappingRow<SyncField>[] {
  return SYNC_FIELDS.map((field) => ({ key: field, label: syncFieldWords(field), fallback: kind === 'rt5' ? RT5_DEFAULTS.fields[field] : null }));
}

/** What "theirs" means in each system, for the mapping tables' headings. */
export const THEIR_STATUS: Readonly<Record<SyncConnectorKind, string>> = {
  rt5: 'RT lifecycle status',
  webhook: 'Their status',
  snipeit: 'Status label ID',
};

export const THEIR_FIELD: Readonly<Record<SyncConnectorKind, string>> = {
  rt5: 'RT custom field',
  webhook: 'Their field',
  snipeit: 'Custom field column',
};

/** What the person setting one up needs to know about each kind. */
export const KIND_HINTS: Readonly<Record<SyncConnectorKind, string>> = {
  rt5: 'Request Tracker 5 (REST2). The address is RT\u2019s web root. Blank mapping rows use RT\u2019s defaults (in grey).',
  webhook:
    'Each event is POSTed as JSON as it was recorded, signed with HMAC-SHA256 using the token as the secret, up to the batch size per call. The webhook does not use the mappings below; they are kept with its settings.',
  snipeit: 'Snipe-IT REST API. Statuses map to status label IDs, fields to custom field columns such as _snipeit_condition_4. The applied-events marker field is required. Snipe-IT allows 120 requests a minute.',
};
