import type { DeliveryResult, SyncItem } from '../../connector';
import { eventWords, type EventPlan } from './rt5-event-plan';
import { fieldValue, type RemoteAsset } from './rt5-remote-asset';
import type { Rt5Settings } from './rt5-settings';

type Conflict = Extract<DeliveryResult, { kind: 'conflict' }>;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** RT's side of a conflict, shown to the supervisor beside ours. */
function remoteSide(remote: RemoteAsset, settings: Rt5Settings, catalogName: string | null): Record<string, string | null> {
  return {
    asset: `asset/${remote.id}`,
    name: remote.name,
    status: remote.status,
    catalog: catalogName ?? `catalog ${remote.catalogId}`,
    serial: fieldValue(remote, settings.fields.serial),
    custodian: fieldValue(remote, settings.fields.custodian),
    lastUpdated: remote.lastUpdated,
  };
}

function ourSide(item: SyncItem, plan: EventPlan): string {
  const { event } = item;
  const move = plan.status === null ? '' : ` (it would set status '${plan.status}')`;
  return `Dockside's "${eventWords(event.type)}" of ${event.deviceTime} by ${event.technicianId}${move}`;
}

/** Why RT's record no longer simply follows from ours, or null when it does. */
function divergence(item: SyncItem, remote: RemoteAsset, settings: Rt5Settings, catalogId: string): string | null {
  if (remote.catalogId !== catalogId) return `RT moved asset ${remote.id} out of catalog '${settings.catalog}'.`;
  const held = settings.conflictStatuses.find((status) => same(status, remote.status));
  if (held !== undefined) return `RT marks asset ${remote.id} as '${remote.status}'.`;
  const serial = fieldValue(remote, settings.fields.serial);
  if (serial !== null && item.asset.serial !== null && !same(serial, item.asset.serial)) {
    return `RT's asset ${remote.id} (${remote.name}) has serial ${serial}; Dockside's has ${item.asset.serial}.`;
  }
  const custodian = fieldValue(remote, settings.fields.custodian);
  if (item.event.type !== 'asset_registered' && custodian !== null) {
    const from = item.event.payload['fromCustodian'];
    const ours = typeof from === 'string' ? from : item.asset.custodian;
    if (ours === null || !same(ours, custodian)) return `RT shows asset ${remote.id} assigned to ${custodian}.`;
  }
  return null;
}

/**
 * A conflict when the central record changed in a way this event does not simply follow (moved to another
 * catalog, marked stolen or deleted, another serial, reassigned to someone); null when the event may apply.
 * A supervisor's "apply ours" (overrideConflict) skips the check; RT's lifecycle still has the last word.
 */
export function conflictWith(item: SyncItem, plan: EventPlan, remote: RemoteAsset, settings: Rt5Settings, catalogId: string): Conflict | null {
  if (item.overrideConflict === true) return null;
  const why = divergence(item, remote, settings, catalogId);
  if (why === null) return null;
  const catalogName = remote.catalogId === catalogId ? settings.catalog : null;
  return { kind: 'conflict', reason: `${why} ${ourSide(item, plan)} does not simply follow from that.`, remote: remoteSide(remote, settings, catalogName) };
}
