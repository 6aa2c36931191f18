import { z } from 'zod';
import { step, stop, type RtClient, type Step } from './rt5-client';
import { messageList } from './rt5-messages';
import { expectTicketAnswer } from './rt5-tickets';

const watchersJson = z.object({ Cc: z.array(z.object({ id: z.coerce.string() })).nullish() });

async function ccOf(client: RtClient, ticketId: number, signal: AbortSignal): Promise<Step<readonly string[]>> {
  const got = expectTicketAnswer(await client.call('GET', `ticket/${ticketId}`, null, signal), `Reading ticket ${ticketId}'s watchers`);
  if (!got.ok) return got;
  const parsed = watchersJson.safeParse(got.value.json);
  return step(parsed.success ? (parsed.data.Cc ?? []).map((w) => w.id) : []);
}

/**
 * Makes an address a Cc of the ticket, so RT mails it the reply that follows. REST2 sets a role to exactly the
 * list given, so the Ccs already there are sent along; a Cc already there is left alone, and the ticket is read
 * back, so only a Cc RT really holds counts.
 */
export async function addCc(client: RtClient, ticketId: number, address: string, signal: AbortSignal): Promise<Step<null>> {
  const has = (list: readonly string[]): boolean => list.some((id) => id.toLowerCase() === address.toLowerCase());
  const before = await ccOf(client, ticketId, signal);
  if (!before.ok) return before;
  if (has(before.value)) return step(null);
  const answer = expectTicketAnswer(await client.call('PUT', `ticket/${ticketId}`, { Cc: [...before.value, address] }, signal), `Adding ${address} as Cc of ticket ${ticketId}`);
  if (!answer.ok) return answer;
  const after = await ccOf(client, ticketId, signal);
  if (!after.ok) return after;
  if (has(after.value)) return step(null);
  const said = (messageList(answer.value.json) ?? []).join(' ');
  return stop({ kind: 'reject', reason: `RT did not add ${address} as Cc of ticket ${ticketId}${said === '' ? '' : `: ${said}`}` });
}
