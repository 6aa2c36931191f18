import type { DeliveryResult, SyncItem } from '../../connector';
import { alreadyApplied, markerAfter } from './applied-marker';
import { createAsset, locateAsset, readAsset, readCreated } from './rt5-asset-lookup';
import { moveStatus, writeFields } from './rt5-asset-writes';
import { step, type RtClient, type Step } from './rt5-client';
import { conflictWith } from './rt5-conflicts';
import { planFor, type EventPlan } from './rt5-event-plan';
import { assetRef, fieldValue, type RemoteAsset } from './rt5-remote-asset';
import type { Rt5Settings } from './rt5-settings';

export interface AssetTarget {
  readonly client: RtClient;
  readonly settings: Rt5Settings;
  /** The id of the configured catalog in RT. */
  readonly catalogId: string;
  /** The RT asset id this driver already found for the same asset, if any. */
  readonly knownId: number | null;
}

/** Reads, one write, re-reads: a status move and the field write, plus room for a few 412s in between. */
const MAX_ROUNDS = 6;

function missingFields(plan: EventPlan, remote: RemoteAsset, markerField: string): readonly string[] {
  return [...plan.fields.keys(), markerField].filter((name) => !remote.fields.has(name));
}

/** The field values that differ from RT's; identity fields only where RT has none. */
function changedFields(plan: EventPlan, remote: RemoteAsset): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const [name, value] of plan.fields) {
    const current = fieldValue(remote, name);
    if (plan.fillOnly.has(name) && current !== null) continue;
    if (current !== value) changes[name] = value;
  }
  return changes;
}

/**
 * Creates the asset when RT has none. An event that moves no status is applied in the same call (the create
 * carries its fields and the marker); otherwise the asset is created bare and the event applied as an update.
 */
async function create(target: AssetTarget, item: SyncItem, plan: EventPlan, markerField: string, signal: AbortSignal): Promise<Step<number>> {
  const fields: Record<string, string> = {};
  for (const [name, value] of plan.fields) if (value !== null) fields[name] = value;
  if (plan.status === null) fields[markerField] = markerAfter(null, item.event);
  return createAsset(target.client, target.settings, item.asset, fields, signal);
}

/**
 * Creates the asset and reads it back (checked to be ours). RT refuses a create whose serial another asset
 * holds: that can be ours, created by an earlier attempt whose answer was lost and missed by a search whose
 * answer was not its own, so it is looked for once more before the refusal stands.
 */
async function createOrFind(target: AssetTarget, item: SyncItem, plan: EventPlan, markerField: string, signal: AbortSignal): Promise<Step<RemoteAsset>> {
  const { client, settings } = target;
  const created = await create(target, item, plan, markerField, signal);
  if (created.ok) return readCreated(client, settings, item.asset, created.value, signal);
  if (created.failure.kind !== 'reject' || !created.failure.reason.includes('is not a unique value')) return created;
  const again = await locateAsset(client, settings, item.asset, null, signal);
  if (!again.ok || again.value === null) return again.ok ? created : again;
  return step(again.value);
}

/**
 * Applies one custody event to its RT asset, exactly once in effect. The marker field (per station, the seq
 * of the last event applied) is checked before anything is written and is written in the same PUT as the
 * event's fields; the status move that may precede it changes nothing when repeated. Updates carry If-Match:
 * on 412 the asset is read again and the event re-applied if it still simply follows, else held as a conflict.
 */
export async function applyAssetEvent(target: AssetTarget, item: SyncItem, signal: AbortSignal): Promise<DeliveryResult> {
  const { client, settings } = target;
  const markerField = settings.fields.marker;
  if (markerField === null) return { kind: 'reject', reason: 'The RT connector has no marker field: without it a retry could apply an event twice.' };
  const plan = planFor(item, settings);
  const found = await locateAsset(client, settings, item.asset, target.knownId, signal);
  if (!found.ok) return found.failure;
  let current = found.value;
  if (current === null) {
    const made = await createOrFind(target, item, plan, markerField, signal);
    if (!made.ok) return made.failure;
    current = made.value;
  }
  const id = current.id;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    if (current === null) {
      const read = await readAsset(client, id, signal);
      if (!read.ok) return read.failure;
      if (read.value === null) return { kind: 'reject', reason: `RT no longer shows asset ${id} to this token.` };
      current = read.value;
    }
    const remote = current;
    current = null;
    const missing = missingFields(plan, remote, markerField);
    if (missing.length > 0) {
      return { kind: 'reject', reason: `RT asset ${id} has no custom field ${missing.map((m) => `'${m}'`).join(', ')}: apply it to catalog '${settings.catalog}'.` };
    }
    const delivered: DeliveryResult = { kind: 'delivered', remoteRef: assetRef(id) };
    const marker = fieldValue(remote, markerField);
    if (alreadyApplied(marker, item.event)) return delivered;
    const conflict = conflictWith(item, plan, remote, settings, target.catalogId);
    if (conflict !== null) return conflict;
    if (plan.status !== null && remote.status !== plan.status) {
      const moved = await moveStatus(client, remote, plan.status, signal);
      if (!moved.ok) return moved.failure;
      continue;
    }
    const written = await writeFields(client, remote, changedFields(plan, remote), { field: markerField, before: marker, after: markerAfter(marker, item.event) }, signal);
    if (!written.ok) return written.failure;
    if (written.value === 'written') return delivered;
  }
  return { kind: 'retry', reason: `RT asset ${id} kept changing while Dockside applied its event; it will try again.`, retryAfterMs: null };
}
