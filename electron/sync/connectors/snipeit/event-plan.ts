import { statusAfterEvent } from '../../../../shared/domain/projection';
import type { CustodyEvent } from '../../../../shared/domain/events';
import type { ConnectorSettings } from '../../../../shared/domain/sync-config';

/** The marker recorded on the Snipe-IT asset: which station's event was applied last. */
export function markerOf(event: Pick<CustodyEvent, 'stationId' | 'seq'>): string {
  return `${event.stationId}:${event.seq}`;
}

/** Whether the remote marker says this event (or a later one from this station) is already applied. */
export function alreadyApplied(marker: string | null, event: Pick<CustodyEvent, 'stationId' | 'seq'>): boolean {
  if (marker === null) return false;
  const at = marker.lastIndexOf(':');
  if (at < 0 || marker.slice(0, at) !== event.stationId) return false;
  const seq = Number(marker.slice(at + 1));
  return Number.isInteger(seq) && seq >= event.seq;
}

/** The status label and custom fields one event sets in Snipe-IT (without the marker). */
export function updateFor(event: CustodyEvent, settings: ConnectorSettings): Record<string, string> {
  const out: Record<string, string> = {};
  const status = statusAfterEvent(event);
  const statusId = status === null ? undefined : settings.statusMap[status];
  if (statusId !== undefined) out['status_id'] = statusId;
  const fields = settings.fieldMap;
  if (fields.technician !== undefined) out[fields.technician] = event.technicianId;
  if (fields.site !== undefined) out[fields.site] = event.site;
  if (event.type === 'condition_recorded' && fields.condition !== undefined) {
    const code = event.payload['code'];
    if (typeof code === 'string') out[fields.condition] = code;
  }
  if (event.type === 'wipe_completed' && fields.lastWipe !== undefined) out[fields.lastWipe] = event.deviceTime;
  if (event.type === 'received' && fields.location !== undefined) {
    const location = event.payload['location'];
    if (typeof location === 'string') out[fields.location] = location;
  }
  return out;
}

export function noteFor(event: CustodyEvent): string {
  return `Dockside ${event.type.replaceAll('_', ' ')} at ${event.site} by ${event.technicianId} (event ${event.id})`;
}
