import { z } from 'zod';
import { expectOk, step, stop, type RtClient, type Step } from './rt5-client';

const recordJson = z.object({ id: z.coerce.string(), Name: z.string() });
const namesJson = z.object({ items: z.array(z.object({ Name: z.string() })) });

/** A catalog or queue by name: its id, or null when RT has none (or hides it from this token). */
export async function findByName(client: RtClient, kind: 'catalog' | 'queue', name: string, signal: AbortSignal): Promise<Step<string | null>> {
  const answer = await client.call('GET', `${kind}/${encodeURIComponent(name)}`, null, signal);
  if (answer.kind === 'missing') return step(null);
  const got = expectOk(answer, `Reading ${kind} '${name}'`);
  if (!got.ok) return got;
  const parsed = recordJson.safeParse(got.value.json);
  if (parsed.success && parsed.data.Name.toLowerCase() === name.toLowerCase()) return step(parsed.data.id);
  return stop({ kind: 'retry', reason: `RT's answer for ${kind} '${name}' was not that ${kind} (an answer meant for another request?); Dockside will try again.`, retryAfterMs: null });
}

/** Names of the custom fields applied to a catalog (asset fields) or queue (ticket fields). */
export async function appliedFieldNames(client: RtClient, kind: 'catalog' | 'queue', id: string, signal: AbortSignal): Promise<Step<ReadonlySet<string>>> {
  const got = expectOk(await client.call('GET', `${kind}/${id}/customfields?per_page=100&fields=Name`, null, signal), `Reading the custom fields of ${kind} ${id}`);
  if (!got.ok) return got;
  const parsed = namesJson.safeParse(got.value.json);
  return parsed.success ? step(new Set(parsed.data.items.map((i) => i.Name))) : stop({ kind: 'reject', reason: `RT's list of custom fields of ${kind} ${id} is not a list.` });
}
