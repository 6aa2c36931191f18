import type { CustodyEvent } from '../../../../shared/domain/events';
import type { DeliveryResult, SyncItem } from '../../connector';
import type { RtClient } from './rt5-client';
import { eventSummary } from './rt5-event-plan';
import type { Rt5Settings } from './rt5-settings';
import { commentOnce, findOrCreateTicket, type TicketRequest } from './rt5-tickets';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * The ticket an event also belongs on: its pickup session's (payload.sessionId) in the pickup queue, or its
 * offboarding case's (payload.caseId) in the returns queue. Other events concern the asset only.
 */
export function ticketFor(event: CustodyEvent, settings: Rt5Settings, rtAssetId: number): TicketRequest | null {
  const p = event.payload;
  const sessionId = text(p['sessionId']);
  if (sessionId !== null) {
    const vendor = text(p['vendorName']);
    const label = text(p['sessionLabel']) ?? sessionId;
    return { queue: settings.pickupQueue, key: `pickup:${sessionId}`, subject: `ITAD pickup ${label}${vendor === null ? '' : ` (${vendor})`}`, assetIds: [rtAssetId] };
  }
  const caseId = text(p['caseId']);
  if (caseId !== null) {
    const employee = text(p['employeeName']);
    return { queue: settings.returnsQueue, key: `case:${caseId}`, subject: `Offboarding return ${caseId}${employee === null ? '' : ` (${employee})`}`, assetIds: [rtAssetId] };
  }
  return null;
}

function commentText(item: SyncItem): string {
  const { asset, event } = item;
  const device = [asset.assetTag, asset.serial === null ? null : `serial ${asset.serial}`].filter((part) => part !== null).join(', ');
  return `${device === '' ? asset.id : device}: ${eventSummary(event)}`;
}

/**
 * Files an event on its session's or case's ticket once its asset is up to date in RT: the ticket found by its
 * key (or created, referring to the asset) and the event posted as one comment. Both steps find their own
 * earlier effect, so a retry after a lost answer adds nothing.
 */
export async function fileOnTicket(client: RtClient, settings: Rt5Settings, item: SyncItem, rtAssetId: number, signal: AbortSignal): Promise<DeliveryResult | null> {
  const request = ticketFor(item.event, settings, rtAssetId);
  if (request === null) return null;
  const ticket = await findOrCreateTicket(client, settings.ticketKeyField, request, signal);
  if (!ticket.ok) return ticket.failure;
  return commentOnce(client, ticket.value, item.event, commentText(item), signal);
}
