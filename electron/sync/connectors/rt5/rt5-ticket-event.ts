import type { DeliveryResult, SyncItem } from '../../connector';
import { caseComment, caseNumberOf } from './rt5-case-ticket';
import type { RtClient } from './rt5-client';
import { correspondOnce, outgoingMessage } from './rt5-correspond';
import { resolveCaseTicket } from './rt5-resolve-case';
import { eventSummary } from './rt5-event-plan';
import type { Rt5Settings } from './rt5-settings';
import { commentOnce, findOrCreateTicket, type TicketRequest } from './rt5-tickets';

/** The ticket an event also goes on, and what its comment says. */
export interface TicketFiling {
  readonly request: TicketRequest;
  readonly comment: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function deviceLabel(item: SyncItem): string {
  const { asset } = item;
  const parts = [asset.assetTag, asset.serial === null ? null : `serial ${asset.serial}`].filter((part) => part !== null);
  return parts.length === 0 ? asset.id : parts.join(', ');
}

/** A pickup session's event (payload.sessionId): on the session's ticket in the pickup queue. */
function pickupFiling(item: SyncItem, settings: Rt5Settings, rtAssetId: number): TicketFiling | null {
  const p = item.event.payload;
  const sessionId = text(p['sessionId']);
  if (sessionId === null) return null;
  const vendor = text(p['vendorName']);
  const label = text(p['sessionLabel']) ?? sessionId;
  return {
    request: { queue: settings.pickupQueue, key: `pickup:${sessionId}`, subject: `ITAD pickup ${label}${vendor === null ? '' : ` (${vendor})`}`, assetIds: [rtAssetId] },
    comment: `${deviceLabel(item)}: ${eventSummary(item.event)}`,
  };
}

/** An offboarding case's event: on the case's ticket in the returns queue, requests said as requests. */
function caseFiling(item: SyncItem, settings: Rt5Settings, rtAssetId: number): TicketFiling | null {
  const caseNumber = caseNumberOf(item.event);
  if (caseNumber === null) return null;
  return {
    request: { queue: settings.returnsQueue, key: `case:${caseNumber}`, subject: `Offboarding case ${caseNumber}`, assetIds: [rtAssetId] },
    comment: caseComment(item.event, item.asset.assetTag ?? item.asset.serial ?? item.asset.id),
  };
}

/** Where an event is filed besides its asset: a pickup session's or an offboarding case's ticket, or nowhere. */
export function ticketFiling(item: SyncItem, settings: Rt5Settings, rtAssetId: number): TicketFiling | null {
  return pickupFiling(item, settings, rtAssetId) ?? caseFiling(item, settings, rtAssetId);
}

/**
 * Files an event on its session's or case's ticket once its asset is up to date in RT: the ticket found by its
 * key (or created, referring to the asset) and the event posted as one comment; an escalation sent through the
 * ITSM is then replied on the ticket, which RT mails, and a case's close resolves its ticket. Every step finds its own earlier effect, so a retry after
 * a lost answer adds nothing.
 */
export async function fileOnTicket(client: RtClient, settings: Rt5Settings, item: SyncItem, rtAssetId: number, signal: AbortSignal): Promise<DeliveryResult | null> {
  const filing = ticketFiling(item, settings, rtAssetId);
  if (filing === null) return null;
  const ticket = await findOrCreateTicket(client, settings.ticketKeyField, filing.request, signal);
  if (!ticket.ok) return ticket.failure;
  const commented = await commentOnce(client, ticket.value, item.event, filing.comment, signal);
  if (commented.kind !== 'delivered') return commented;
  if (item.event.type === 'case_closed') return resolveCaseTicket(client, ticket.value, signal);
  const message = outgoingMessage(item.event);
  return message === null ? commented : correspondOnce(client, ticket.value, message, signal);
}
