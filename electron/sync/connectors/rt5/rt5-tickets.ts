import { z } from 'zod';
import type { CustodyEvent } from '../../../../shared/domain/events';
import type { DeliveryResult } from '../../connector';
import { expectOk, step, stop, type RtClient, type Step } from './rt5-client';
import { linkRefusals, messageList } from './rt5-messages';
import { eventWords } from './rt5-event-plan';
import { rtQuote } from './rt5-query';

/** A ticket that stands for one pickup session or offboarding case, found again by its key. */
export interface TicketRequest {
  readonly queue: string;
  /** Dockside's own key for the session or case, e.g. "pickup:PS-0042"; held in the ticket key custom field. */
  readonly key: string;
  readonly subject: string;
  /** RT asset ids the ticket refers to. */
  readonly assetIds: readonly number[];
}

const listJson = z.object({ items: z.array(z.object({ id: z.coerce.number().int().positive() })) });
const ticketJson = z.object({
  CustomFields: z.array(z.object({ name: z.string(), values: z.array(z.string()) })).nullish(),
});

async function ids(client: RtClient, path: string, body: unknown, what: string, signal: AbortSignal): Promise<Step<readonly number[]>> {
  const got = expectOk(await client.call(body === null ? 'GET' : 'POST', path, body, signal), what);
  if (!got.ok) return got;
  const parsed = listJson.safeParse(got.value.json);
  return parsed.success ? step(parsed.data.items.map((i) => i.id)) : stop({ kind: 'reject', reason: `${what}: RT's answer is not a list.` });
}

/** Adds "refers to asset:N" links; a link that exists already is fine. */
export async function linkAssets(client: RtClient, ticketId: number, assetIds: readonly number[], signal: AbortSignal): Promise<Step<null>> {
  if (assetIds.length === 0) return step(null);
  const got = expectOk(await client.call('PUT', `ticket/${ticketId}`, { AddRefersTo: assetIds.map((id) => `asset:${id}`) }, signal), `Linking ticket ${ticketId}`);
  if (!got.ok) return got;
  const messages = messageList(got.value.json);
  if (messages === null) return stop({ kind: 'retry', reason: `RT's answer to linking ticket ${ticketId} was not its list of changes; Dockside will try again.`, retryAfterMs: null });
  const refusals = linkRefusals(messages);
  return refusals.length === 0 ? step(null) : stop({ kind: 'reject', reason: `RT refused to link ticket ${ticketId} to its assets: ${refusals.join(' ')}` });
}

async function keyOf(client: RtClient, ticketId: number, keyField: string, signal: AbortSignal): Promise<Step<string | null>> {
  const got = expectOk(await client.call('GET', `ticket/${ticketId}`, null, signal), `Reading ticket ${ticketId}`);
  if (!got.ok) return got;
  const parsed = ticketJson.safeParse(got.value.json);
  const field = parsed.success ? (parsed.data.CustomFields ?? []).find((cf) => cf.name === keyField) : undefined;
  return step(field?.values[0] ?? null);
}

/**
 * The ticket for a session or case: found by its key custom field, else created in the queue referring to the
 * assets. A create whose answer was lost is found by its key on the retry, so there is never a second ticket.
 * RT creates a ticket even when it refuses a custom field, so the key is read back after the create.
 */
export async function findOrCreateTicket(client: RtClient, keyField: string, request: TicketRequest, signal: AbortSignal): Promise<Step<number>> {
  const query = encodeURIComponent(`'CF.{${keyField}}' = ${rtQuote(request.key)}`);
  const found = await ids(client, `tickets?per_page=2&query=${query}`, null, `Searching tickets for ${request.key}`, signal);
  if (!found.ok) return found;
  const [first, second] = found.value;
  if (second !== undefined) return stop({ kind: 'reject', reason: `RT has several tickets with ${keyField} ${request.key}.` });
  if (first !== undefined) {
    const linked = await linkAssets(client, first, request.assetIds, signal);
    return linked.ok ? step(first) : linked;
  }
  const body = {
    Queue: request.queue,
    Subject: request.subject,
    RefersTo: request.assetIds.map((id) => `asset:${id}`),
    CustomFields: { [keyField]: request.key },
  };
  const created = expectOk(await client.call('POST', 'ticket', body, signal), `Creating the ticket for ${request.key}`);
  if (!created.ok) return created;
  const parsed = z.object({ id: z.coerce.number().int().positive() }).safeParse(created.value.json);
  if (!parsed.success) return stop({ kind: 'reject', reason: `RT did not say which ticket it created for ${request.key}.` });
  const key = await keyOf(client, parsed.data.id, keyField, signal);
  if (!key.ok) return key;
  if (key.value !== request.key) {
    return stop({ kind: 'reject', reason: `RT created ticket ${parsed.data.id} but did not keep its ${keyField} (${request.key}): check that the field applies to queue '${request.queue}'.` });
  }
  return step(parsed.data.id);
}

/** The comment subject names the event, so RT itself answers whether it was already posted. */
export const commentSubject = (event: Pick<CustodyEvent, 'stationId' | 'seq' | 'type'>): string => `[Dockside ${event.stationId}:${event.seq}] ${eventWords(event.type)}`;

/**
 * Posts one event as a comment on a ticket, exactly once in effect: a comment with the event's subject is
 * looked for first, so a retry after a lost answer finds it and posts nothing.
 */
export async function commentOnce(client: RtClient, ticketId: number, event: CustodyEvent, content: string, signal: AbortSignal): Promise<DeliveryResult> {
  const subject = commentSubject(event);
  const delivered: DeliveryResult = { kind: 'delivered', remoteRef: `ticket/${ticketId}` };
  const posted = await ids(client, `ticket/${ticketId}/attachments?per_page=1`, [{ field: 'Subject', value: subject }], `Reading ticket ${ticketId}'s comments`, signal);
  if (!posted.ok) return posted.failure;
  if (posted.value.length > 0) return delivered;
  const body = { Subject: subject, Content: content, ContentType: 'text/plain' };
  const answer = expectOk(await client.call('POST', `ticket/${ticketId}/comment`, body, signal), `Commenting on ticket ${ticketId}`);
  return answer.ok ? delivered : answer.failure;
}
