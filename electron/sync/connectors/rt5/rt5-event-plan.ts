import type { CustodyEvent } from '../../../../shared/domain/events';
import { statusAfterEvent } from '../../../../shared/domain/projection';
import type { SyncItem } from '../../connector';
import type { Rt5Field, Rt5Settings } from './rt5-settings';

/** What one custody event asks of the RT asset. */
export interface EventPlan {
  /** The RT lifecycle status to move to (our status after the event, mapped), or null for none. */
  readonly status: string | null;
  /** Custom field name -> value (null clears it). */
  readonly fields: ReadonlyMap<string, string | null>;
  /** Fields written only while RT's value is empty (identity: RT's own value is never overwritten). */
  readonly fillOnly: ReadonlySet<string>;
}

/** "wipe_completed" -> "Wipe completed". */
export function eventWords(type: CustodyEvent['type']): string {
  const words = type.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(text).filter((v) => v !== null).join('+');
  return null;
}

/** A one-line account of an event's payload for a custom field: "level=purge, tool=nwipe 0.35, result=passed". */
export function payloadLine(payload: Readonly<Record<string, unknown>>): string {
  return Object.entries(payload)
    .map(([key, value]) => [key, text(value)] as const)
    .filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => `${key}=${value ?? ''}`)
    .join(', ');
}

/** "Picked up 2026-11-21T10:00:00.000Z by T-1: sessionId=PS-1, container=Pallet 1": one event in a line. */
export function eventSummary(event: CustodyEvent): string {
  const details = payloadLine(event.payload);
  return `${eventWords(event.type)} ${event.deviceTime} by ${event.technicianId}${details === '' ? '' : `: ${details}`}`.slice(0, 1000);
}

/** Our facts this event sets, before they are named by the connector's field map. */
function factsOf(item: SyncItem): Partial<Record<Rt5Field, string | null>> {
  const { event, asset } = item;
  const p = event.payload;
  const common = { technician: event.technicianId, site: event.site, serial: asset.serial, make: asset.make || null, model: asset.model || null };
  switch (event.type) {
    case 'asset_registered':
      return { ...common, custodian: text(p['custodian']) };
    case 'received':
      return { ...common, custodian: null, location: text(p['location']) };
    case 'condition_recorded': {
      const code = text(p['code']);
      return code === null ? common : { ...common, condition: code };
    }
    case 'note':
      return { ...common, lastNote: text(p['text']) };
    case 'wipe_started':
    case 'wipe_completed':
    case 'wipe_failed':
      return { ...common, lastWipe: eventSummary(event) };
    case 'reported_missing':
    case 'substitution_found':
    case 'disposition_confirmed':
    case 'case_returned':
    case 'remote_lock_requested':
    case 'remote_wipe_requested':
    case 'return_reminder_sent':
    case 'written_off':
    case 'pickup_withdrawn':
    case 'pickup_corrected':
    case 'case_closed':
      return { ...common, lastNote: eventSummary(event) };
    case 'staged_for_pickup':
    case 'picked_up':
      return common;
  }
}

const FILL_ONLY: readonly Rt5Field[] = ['serial', 'make', 'model'];

/** The RT change one custody event makes, named by the connector's status and field maps. */
export function planFor(item: SyncItem, settings: Rt5Settings): EventPlan {
  const ourStatus = statusAfterEvent(item.event);
  const fields = new Map<string, string | null>();
  const fillOnly = new Set<string>();
  for (const [fact, given] of Object.entries(factsOf(item)) as [Rt5Field, string | null][]) {
    const name = settings.fields[fact];
    const value = given === '' ? null : given;
    if (name === null) continue;
    if (FILL_ONLY.includes(fact) || (fact === 'custodian' && item.event.type === 'asset_registered')) {
      if (value === null) continue;
      fillOnly.add(name);
    }
    fields.set(name, value);
  }
  return { status: ourStatus === null ? null : (settings.statusMap[ourStatus] ?? null), fields, fillOnly };
}
