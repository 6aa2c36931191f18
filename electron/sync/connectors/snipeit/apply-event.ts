import type { ConnectorSettings } from '../../../../shared/domain/sync-config';
import type { DeliveryResult, SyncItem } from '../../connector';
import type { Hardware } from './hardware';
import { alreadyApplied, markerOf, noteFor, updateFor } from './event-plan';
import { findHardware } from './lookup';
import type { SnipeAnswer, SnipeClient } from './snipeit-client';

const ALREADY_CHECKED_IN = /already checked in/i;

function conflictWith(item: SyncItem, hardware: Hardware, settings: ConnectorSettings): DeliveryResult | null {
  if (item.overrideConflict === true) return null;
  const remote = { status: hardware.statusName, assignedTo: hardware.assignedTo, assetTag: hardware.assetTag, serial: hardware.serial };
  const status = hardware.statusName?.toLowerCase();
  if (status !== undefined && settings.conflictStatuses.some((s) => s.toLowerCase() === status)) {
    return { kind: 'conflict', reason: `In Snipe-IT this asset is marked "${hardware.statusName}".`, remote };
  }
  const from = item.event.payload['fromCustodian'];
  if (item.event.type === 'received' && hardware.assignedTo !== null && typeof from === 'string' && from.toLowerCase() !== hardware.assignedTo.toLowerCase()) {
    return { kind: 'conflict', reason: `Snipe-IT has this asset checked out to ${hardware.assignedTo}, not ${from}.`, remote };
  }
  return null;
}

/** A refusal inside a 200 ends the event as a dead letter with Snipe-IT's own words. */
function settle(answer: SnipeAnswer, what: string): DeliveryResult | null {
  if (answer.kind === 'failed') return answer.result;
  if (answer.kind === 'refused') return { kind: 'reject', reason: `Snipe-IT refused the ${what}: ${answer.message}` };
  return null;
}

function markerSet(answer: SnipeAnswer, column: string): boolean {
  if (answer.kind !== 'ok') return false;
  const payload = answer.json['payload'];
  const custom = typeof payload === 'object' && payload !== null ? (payload as { custom_fields?: unknown }).custom_fields : undefined;
  return typeof custom === 'object' && custom !== null && column in custom;
}

/**
 * Applies one custody event to Snipe-IT, idempotently. The marker custom field holds `<station>:<seq>` of the
 * last event applied and is checked first, and every step before the marker write can be repeated without a
 * second effect (check-in of a checked-in asset is refused harmlessly; PATCH sets absolute values). The
 * marker is written in the same call as the last effect (the PATCH, or the audit for a receipt).
 */
export async function applyEvent(client: SnipeClient, item: SyncItem, settings: ConnectorSettings, signal: AbortSignal): Promise<DeliveryResult> {
  const column = settings.fieldMap.marker;
  if (column === undefined) {
    return { kind: 'reject', reason: 'The Snipe-IT connector has no marker field set (fieldMap.marker): without it a retry could apply an event twice.' };
  }
  const found = await findHardware(client, item.asset, signal);
  if (found.kind === 'failed') return found.result;
  const hardware = found.hardware;
  const delivered: DeliveryResult = { kind: 'delivered', remoteRef: `hardware/${hardware.id}` };
  if (alreadyApplied(hardware.fields.get(column) ?? null, item.event)) return delivered;
  const conflict = conflictWith(item, hardware, settings);
  if (conflict !== null) return conflict;
  const marker = markerOf(item.event);
  const update = updateFor(item.event, settings);
  const note = noteFor(item.event);
  if (item.event.type !== 'received') {
    return settle(await client.call('PATCH', `hardware/${hardware.id}`, { ...update, [column]: marker }, signal), 'update') ?? delivered;
  }
  if (hardware.assignedTo !== null) {
    const checkin = await client.call('POST', `hardware/${hardware.id}/checkin`, { note, ...(update['status_id'] ? { status_id: update['status_id'] } : {}) }, signal);
    if (!(checkin.kind === 'refused' && ALREADY_CHECKED_IN.test(checkin.message))) {
      const stop = settle(checkin, 'check-in');
      if (stop !== null) return stop;
    }
  }
  if (Object.keys(update).length > 0) {
    const stop = settle(await client.call('PATCH', `hardware/${hardware.id}`, update, signal), 'update');
    if (stop !== null) return stop;
  }
  const audit = await client.call('POST', 'hardware/audit', { asset_tag: hardware.assetTag, note, [column]: marker }, signal);
  const stop = settle(audit, 'audit');
  if (stop !== null) return stop;
  if (!markerSet(audit, column)) {
    return settle(await client.call('PATCH', `hardware/${hardware.id}`, { [column]: marker }, signal), 'marker update') ?? delivered;
  }
  return delivered;
}
