import { reminderSentPayload } from '../../../../shared/domain/cases/case-events';
import type { CustodyEvent } from '../../../../shared/domain/events';
import type { DeliveryResult } from '../../connector';
import type { RtClient } from './rt5-client';
import { addCc } from './rt5-ticket-cc';
import { expectTicketAnswer, hasComment, retryFor } from './rt5-tickets';

/** An escalation message to send to its recipient through RT: the one text every asset's event of that reminder carries. */
export interface OutgoingMessage {
  /**
   * The reply's subject, naming the case, step and text hash so RT answers whether it was sent. Kept short: a
   * longer one is folded onto two lines by RT's mail header and no longer matches the search for it.
   */
  readonly subject: string;
  readonly body: string;
  /** The step's address (the employee's, the manager's, or the policy's HR or Legal mailbox): made a Cc of the ticket first. */
  readonly cc: string | null;
}

/** The message an event asks RT to send: an escalation step sent through the ITSM that carries its text; else none. */
export function outgoingMessage(event: Pick<CustodyEvent, 'type' | 'payload'>): OutgoingMessage | null {
  if (event.type !== 'return_reminder_sent') return null;
  const parsed = reminderSentPayload.safeParse(event.payload);
  if (!parsed.success) return null;
  const p = parsed.data;
  if (p.channel !== 'itsm' || p.subject === undefined || p.body === undefined) return null;
  return { subject: `Return of company equipment: case ${p.caseNumber} (${p.step}, ${p.messageSha256.slice(0, 8)})`, body: p.body, cc: p.address ?? null };
}

/**
 * Replies on the case's ticket with the message (REST2 correspond), so RT mails it to the ticket's requestors
 * and Ccs as its scrips say, the recipient's address made a Cc first when the case has one; exactly once in effect: the reply's subject is looked for before posting (one
 * reminder is one event per asset still out, and a retry after a lost answer must not mail it again) and
 * after, so only a reply RT really holds counts as sent.
 */
export async function correspondOnce(client: RtClient, ticketId: number, message: OutgoingMessage, signal: AbortSignal): Promise<DeliveryResult> {
  const delivered: DeliveryResult = { kind: 'delivered', remoteRef: `ticket/${ticketId}` };
  const before = await hasComment(client, ticketId, message.subject, signal);
  if (!before.ok) return before.failure;
  if (before.value) return delivered;
  if (message.cc !== null) {
    const cc = await addCc(client, ticketId, message.cc, signal);
    if (!cc.ok) return cc.failure;
  }
  const body = { Subject: message.subject, Content: message.body, ContentType: 'text/plain' };
  const answer = expectTicketAnswer(await client.call('POST', `ticket/${ticketId}/correspond`, body, signal), `Replying on ticket ${ticketId}`);
  if (!answer.ok) return answer.failure;
  const after = await hasComment(client, ticketId, message.subject, signal);
  if (!after.ok) return after.failure;
  return after.value ? delivered : retryFor(`RT answered the reply on ticket ${ticketId} but does not show it.`);
}
