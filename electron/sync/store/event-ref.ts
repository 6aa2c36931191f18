import type { SyncEventRef } from '../../../shared/views';

/** The columns every sync list selects to name an event: its delivery, connector, event and device. */
export interface EventRefRow {
  connector_id: string;
  connector_name: string;
  event_id: string;
  seq: number;
  type: string;
  device_time: string;
  asset_id: string;
  asset_label: string | null;
}

export function eventRef(row: EventRefRow): SyncEventRef {
  return {
    connectorId: row.connector_id,
    connectorName: row.connector_name,
    eventId: row.event_id,
    seq: row.seq,
    eventType: row.type,
    deviceTime: row.device_time,
    assetId: row.asset_id,
    assetLabel: row.asset_label ?? row.asset_id,
  };
}
