import { z } from 'zod';
import { expectOk, step, stop, type RtClient, type Step } from './rt5-client';
import { rtQuote } from './rt5-query';
import type { Rt5Settings } from './rt5-settings';

/** A ticket opened for a departing employee in the returns queue, as Dockside reads it. */
export interface OffboardingTicket {
  readonly ticketId: number;
  /** "Name: value" lines of the ticket's first message (the HR form), by name. */
  readonly fields: Readonly<Record<string, string>>;
  /** The names (asset tags) of the RT assets the ticket refers to. */
  readonly assetNames: readonly string[];
}

const listJson = z.object({ items: z.array(z.object({ id: z.coerce.number().int().positive() })) });
const ticketJson = z.object({
  CustomFields: z.array(z.object({ name: z.string(), values: z.array(z.string()) })).nullish(),
  _hyperlinks: z.array(z.object({ ref: z.string(), type: z.string().optional(), id: z.coerce.string().optional() })).nullish(),
});
const historyJson = z.object({ items: z.array(z.object({ id: z.coerce.number(), Type: z.string().optional() })) });
const attachmentsJson = z.object({ items: z.array(z.object({ Content: z.string().nullish() })) });
const assetJson = z.object({ Name: z.string() });

const MAX_TICKETS = 500;

async function json(client: RtClient, path: string, what: string, signal: AbortSignal): Promise<Step<unknown>> {
  const got = expectOk(await client.call('GET', path, null, signal), what);
  return got.ok ? step(got.value.json) : got;
}

/** "Employee ID: E-1" lines of a form-like message; the content comes base64-encoded from REST2. */
export function formFields(content: string): Record<string, string> {
  const decoded = /^[A-Za-z0-9+/=\s]+$/.test(content) && !content.includes(':') ? Buffer.from(content, 'base64').toString('utf8') : content;
  const fields: Record<string, string> = {};
  for (const line of decoded.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z][A-Za-z _-]{1,40}):\s*(.*?)\s*$/.exec(line);
    if (m !== null) fields[(m[1] ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_')] = (m[2] ?? '').slice(0, 400);
  }
  return fields;
}

async function firstMessage(client: RtClient, ticketId: number, signal: AbortSignal): Promise<Step<string>> {
  const history = await json(client, `ticket/${ticketId}/history?fields=Type&per_page=20`, `Reading ticket ${ticketId}'s history`, signal);
  if (!history.ok) return history;
  const parsed = historyJson.safeParse(history.value);
  const create = parsed.success ? parsed.data.items.find((t) => t.Type === 'Create') : undefined;
  if (create === undefined) return step('');
  const attachments = await json(client, `transaction/${create.id}/attachments?fields=Content`, `Reading ticket ${ticketId}'s first message`, signal);
  if (!attachments.ok) return attachments;
  const read = attachmentsJson.safeParse(attachments.value);
  return step(read.success ? read.data.items.map((a) => a.Content ?? '').join('\n') : '');
}

/**
 * The active tickets of the returns queue that no Dockside case has claimed yet (no key in the ticket
 * key field): each with its form fields and the asset tags it refers to.
 */
export async function unclaimedOffboardingTickets(client: RtClient, settings: Rt5Settings, signal: AbortSignal): Promise<Step<OffboardingTicket[]>> {
  const query = encodeURIComponent(`Queue = ${rtQuote(settings.returnsQueue)} AND (Status = 'new' OR Status = 'open')`);
  const listed = await json(client, `tickets?query=${query}&per_page=${MAX_TICKETS}&orderby=id`, 'Searching the returns queue', signal);
  if (!listed.ok) return listed;
  const ids = listJson.safeParse(listed.value);
  if (!ids.success) return stop({ kind: 'reject', reason: "RT's answer to the returns queue search is not a list." });
  const tickets: OffboardingTicket[] = [];
  for (const { id } of ids.data.items) {
    const got = await json(client, `ticket/${id}`, `Reading ticket ${id}`, signal);
    if (!got.ok) return got;
    const ticket = ticketJson.safeParse(got.value);
    if (!ticket.success) continue;
    const key = (ticket.data.CustomFields ?? []).find((cf) => cf.name === settings.ticketKeyField)?.values[0] ?? '';
    if (key !== '') continue;
    const assetIds = (ticket.data._hyperlinks ?? []).filter((l) => l.ref === 'refers-to' && l.type === 'asset').map((l) => l.id ?? '');
    const assetNames: string[] = [];
    for (const assetId of assetIds) {
      const asset = await json(client, `asset/${encodeURIComponent(assetId)}`, `Reading asset ${assetId}`, signal);
      if (!asset.ok) return asset;
      const named = assetJson.safeParse(asset.value);
      if (named.success) assetNames.push(named.data.Name);
    }
    const message = await firstMessage(client, id, signal);
    if (!message.ok) return message;
    tickets.push({ ticketId: id, fields: formFields(message.value), assetNames });
  }
  return step(tickets);
}

/** Claims a ticket for the case opened from it: the ticket key field names the case, so later events land on it. */
export async function claimTicket(client: RtClient, settings: Rt5Settings, ticketId: number, caseNumber: string, signal: AbortSignal): Promise<Step<null>> {
  const got = expectOk(
    await client.call('PUT', `ticket/${ticketId}`, { CustomFields: { [settings.ticketKeyField]: `case:${caseNumber}` } }, signal),
    `Claiming ticket ${ticketId}`,
  );
  return got.ok ? step(null) : got;
}

const keyedJson = z.object({ items: z.array(z.object({ id: z.coerce.number().int().positive() })) });

/** The active tickets of the returns queue claimed by a case: ticket id -> case number. */
export async function claimedOpenTickets(client: RtClient, settings: Rt5Settings, signal: AbortSignal): Promise<Step<Map<number, string>>> {
  const query = encodeURIComponent(`Queue = ${rtQuote(settings.returnsQueue)} AND (Status = 'new' OR Status = 'open') AND 'CF.{${settings.ticketKeyField}}' LIKE 'case:'`);
  const listed = await json(client, `tickets?query=${query}&per_page=${MAX_TICKETS}&orderby=id`, 'Searching the returns queue for case tickets', signal);
  if (!listed.ok) return listed;
  const ids = keyedJson.safeParse(listed.value);
  if (!ids.success) return stop({ kind: 'reject', reason: "RT's answer to the case ticket search is not a list." });
  const claimed = new Map<number, string>();
  for (const { id } of ids.data.items) {
    const got = await json(client, `ticket/${id}`, `Reading ticket ${id}`, signal);
    if (!got.ok) return got;
    const ticket = ticketJson.safeParse(got.value);
    const key = ticket.success ? ((ticket.data.CustomFields ?? []).find((cf) => cf.name === settings.ticketKeyField)?.values[0] ?? '') : '';
    if (key.startsWith('case:')) claimed.set(id, key.slice('case:'.length));
  }
  return step(claimed);
}

/** Resolves a case's ticket once the case is closed in Dockside. */
export async function resolveTicket(client: RtClient, ticketId: number, signal: AbortSignal): Promise<Step<null>> {
  const got = expectOk(await client.call('PUT', `ticket/${ticketId}`, { Status: 'resolved' }, signal), `Resolving ticket ${ticketId}`);
  return got.ok ? step(null) : got;
}
