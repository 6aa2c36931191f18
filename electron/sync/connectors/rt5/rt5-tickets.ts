import { z } from 'zod';
import type { CustodyEvent } from '../../../../shared/domain/events';
import type { DeliveryResult } from '../../connector';
import { expectOk, step, stop, type Failure, type RtAnswer, type RtClient, type Step } from './rt5-client';
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
  _hyperlinks: z.array(z.object({ ref: z.string(), type: z.string().optional(), id: z.coerce.string().optional() })).nullish(),
});
type TicketJson = z.infer<typeof ticketJson>;

export const retryFor = (reason: string): Failure => ({ kind: 'retry', reason: `${reason} Dockside will try again.`, retryAfterMs: null });
const tryAgain = (reason: string) => stop(retryFor(reason));

/**
 * A call about a ticket RT named moments ago: "not found" or an answer of the wrong shape is an answer meant
 * for something else (a proxy repeating answers, a replica behind) and is tried again, never taken as final.
 */
export function expectTicketAnswer(answer: RtAnswer, what: string): Step<Extract<RtAnswer, { kind: 'ok' }>> {
  return answer.kind === 'missing' ? tryAgain(`${what}: RT did not find it (${answer.message}).`) : expectOk(answer, what);
}

async function ids(client: RtClient, path: string, body: unknown, what: string, signal: AbortSignal): Promise<Step<readonly number[]>> {
  const got = expectOk(await client.call(body === null ? 'GET' : 'POST', path, body, signal), what);
  if (!got.ok) return got;
  const parsed = listJson.safeParse(got.value.json);
  return parsed.success ? step(parsed.data.items.map((i) => i.id)) : tryAgain(`${what}: RT's answer was not the list asked for.`);
}

async function readTicket(client: RtClient, ticketId: number, signal: AbortSignal): Promise<Step<TicketJson>> {
  const what = `Reading ticket ${ticketId}`;
  const got = expectTicketAnswer(await client.call('GET', `ticket/${ticketId}`, null, signal), what);
  if (!got.ok) return got;
  const parsed = ticketJson.safeParse(got.value.json);
  return parsed.success ? step(parsed.data) : tryAgain(`${what}: RT's answer was not a ticket.`);
}

function linkedAssets(ticket: TicketJson): ReadonlySet<string> {
  return new Set((ticket._hyperlinks ?? []).filter((l) => l.ref === 'refers-to' && l.type === 'asset').map((l) => l.id ?? ''));
}

/**
 * Adds "refers to asset:N" links; a link that exists already is fine. An answer that does not plainly confirm
 * the links is checked against the ticket itself: linked is done, a refusal in RT's words is final, anything
 * else is tried again.
 */
export async function linkAssets(client: RtClient, ticketId: number, assetIds: readonly number[], signal: AbortSignal): Promise<Step<null>> {
  if (assetIds.length === 0) return step(null);
  const what = `Linking ticket ${ticketId}`;
  const got = expectTicketAnswer(await client.call('PUT', `ticket/${ticketId}`, { AddRefersTo: assetIds.map((id) => `asset:${id}`) }, signal), what);
  if (!got.ok) return got;
  const messages = messageList(got.value.json);
  if (messages !== null && messages.length > 0 && linkRefusals(messages).length === 0) return step(null);
  const ticket = await readTicket(client, ticketId, signal);
  if (!ticket.ok) return ticket;
  const linked = linkedAssets(ticket.value);
  if (assetIds.every((id) => linked.has(String(id)))) return step(null);
  const refusals = (messages ?? []).filter((m) => /link/i.test(m) && linkRefusals([m]).length > 0);
  return refusals.length > 0
    ? stop({ kind: 'reject', reason: `RT refused to link ticket ${ticketId} to its assets: ${refusals.join(' ')}` })
    : tryAgain(`${what}: RT's answer did not confirm the links.`);
}

async function keyOf(client: RtClient, ticketId: number, keyField: string, signal: AbortSignal): Promise<Step<string | null>> {
  const ticket = await readTicket(client, ticketId, signal);
  if (!ticket.ok) return ticket;
  return step((ticket.value.CustomFields ?? []).find((cf) => cf.name === keyField)?.values[0] ?? null);
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
    // The search's answer is checked against the ticket itself: an answer meant for another request must not pick a ticket.
    const key = await keyOf(client, first, keyField, signal);
    if (!key.ok) return key;
    if (key.value !== request.key) return tryAgain(`Searching tickets for ${request.key}: RT named ticket ${first}, which is not its ticket.`);
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

const attachmentsJson = z.object({ items: z.array(z.object({ Subject: z.string().nullish() })) });

/** Whether the ticket holds a comment or reply with this subject; the answer is checked to be about that subject. */
export async function hasComment(client: RtClient, ticketId: number, subject: string, signal: AbortSignal): Promise<Step<boolean>> {
  const what = `Reading ticket ${ticketId}'s comments`;
  const path = `ticket/${ticketId}/attachments?per_page=1&fields=Subject`;
  const got = expectTicketAnswer(await client.call('POST', path, [{ field: 'Subject', value: subject }], signal), what);
  if (!got.ok) return got;
  const parsed = attachmentsJson.safeParse(got.value.json);
  if (!parsed.success || parsed.data.items.some((item) => item.Subject !== subject)) return tryAgain(`${what}: RT's answer was not the list asked for.`);
  return step(parsed.data.items.length > 0);
}

/**
 * Posts one event as a comment on a ticket, exactly once in effect: a comment with the event's subject is
 * looked for first, so a retry after a lost answer finds it and posts nothing; and it is looked for again
 * after posting, so only a comment RT really holds counts as delivered.
 */
export async function commentOnce(client: RtClient, ticketId: number, event: CustodyEvent, content: string, signal: AbortSignal): Promise<DeliveryResult> {
  const subject = commentSubject(event);
  const delivered: DeliveryResult = { kind: 'delivered', remoteRef: `ticket/${ticketId}` };
  const before = await hasComment(client, ticketId, subject, signal);
  if (!before.ok) return before.failure;
  if (before.value) return delivered;
  const body = { Subject: subject, Content: content, ContentType: 'text/plain' };
  const answer = expectTicketAnswer(await client.call('POST', `ticket/${ticketId}/comment`, body, signal), `Commenting on ticket ${ticketId}`);
  if (!answer.ok) return answer.failure;
  const after = await hasComment(client, ticketId, subject, signal);
  if (!after.ok) return after.failure;
  return after.value ? delivered : retryFor(`RT answered the comment on ticket ${ticketId} but does not show it.`);
}
