import type { CustodyEvent, EventType } from '../../../shared/domain/events';

export interface EventRow {
  seq: number;
  id: string;
  station_id: string;
  asset_id: string;
  type: string;
  payload: string;
  technician_id: string;
  site: string;
  device_time: string;
  prev_hash: string;
  asset_prev_hash: string | null;
  hash: string;
  signature: string;
}

export const EVENT_COLUMNS =
  'seq, id, station_id, asset_id, type, payload, technician_id, site, device_time, prev_hash, asset_prev_hash, hash, signature';

/** A stored row as an event. The payload is parsed but not trusted: the verifier re-hashes it. */
export function rowToEvent(row: EventRow): CustodyEvent {
  return {
    id: row.id,
    seq: row.seq,
    stationId: row.station_id,
    assetId: row.asset_id,
    type: row.type as EventType,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    technicianId: row.technician_id,
    site: row.site,
    deviceTime: row.device_time,
    prevHash: row.prev_hash,
    assetPrevHash: row.asset_prev_hash,
    hash: row.hash,
    signature: row.signature,
  };
}
