import { z } from 'zod';
import type { DeliveryResult } from '../../connector';
import { step, type RtClient, type Step } from './rt5-client';
import { messageList } from './rt5-messages';
import { expectTicketAnswer } from './rt5-tickets';

const statusJson = z.object({ Status: z.string() });
const DONE: ReadonlySet<string> = new Set(['resolved', 'rejected', 'deleted']);

async function statusOf(client: RtClient, ticketId: number, signal: AbortSignal): Promise<Step<string | null>> {
  const got = expectTicketAnswer(await client.call('GET', `ticket/${ticketId}`, null, signal), `Reading ticket ${ticketId}`);
  if (!got.ok) return got;
  const parsed = statusJson.safeParse(got.value.json);
  return step(parsed.success ? parsed.data.Status : null);
}

/**
 * Resolves a closed case's ticket. A ticket already resolved (by an earlier attempt whose answer was lost, or by
 * a person) is left as it is; RT answers 200 even when it refused a change, so the status is read back and only a
 * ticket RT shows as resolved counts.
 */
export async function resolveCaseTicket(client: RtClient, ticketId: number, signal: AbortSignal): Promise<DeliveryResult> {
  const delivered: DeliveryResult = { kind: 'delivered', remoteRef: `ticket/${ticketId}` };
  const before = await statusOf(client, ticketId, signal);
  if (!before.ok) return before.failure;
  if (before.value !== null && DONE.has(before.value)) return delivered;
  const answer = expectTicketAnswer(await client.call('PUT', `ticket/${ticketId}`, { Status: 'resolved' }, signal), `Resolving ticket ${ticketId}`);
  if (!answer.ok) return answer.failure;
  const after = await statusOf(client, ticketId, signal);
  if (!after.ok) return after.failure;
  if (after.value === 'resolved') return delivered;
  const said = (messageList(answer.value.json) ?? []).join(' ');
  return { kind: 'reject', reason: `RT did not resolve ticket ${ticketId}${said === '' ? '' : `: ${said}`}` };
}
