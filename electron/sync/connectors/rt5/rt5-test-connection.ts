import { z } from 'zod';
import type { ConnectionCheck } from '../../connector';
import { appliedFieldNames, findByName } from './rt5-catalog';
import type { RtClient } from './rt5-client';
import type { Rt5Settings } from './rt5-settings';

const rtJson = z.object({ Version: z.string() });

const quoted = (names: readonly string[]): string => names.map((n) => `'${n}'`).join(', ');

/** What is missing in the catalog: the catalog itself or some of the custom fields the connector writes. */
async function catalogProblems(client: RtClient, settings: Rt5Settings, signal: AbortSignal): Promise<readonly string[] | string> {
  const catalog = await findByName(client, 'catalog', settings.catalog, signal);
  if (!catalog.ok) return catalog.failure.reason;
  if (catalog.value === null) return [`Catalog '${settings.catalog}' does not exist in RT (or this token cannot see it).`];
  const applied = await appliedFieldNames(client, 'catalog', catalog.value, signal);
  if (!applied.ok) return applied.failure.reason;
  const wanted = Object.values(settings.fields).filter((name): name is string => name !== null);
  const missing = wanted.filter((name) => !applied.value.has(name));
  return missing.length === 0 ? [] : [`Catalog '${settings.catalog}' lacks the custom field${missing.length > 1 ? 's' : ''} ${quoted(missing)}.`];
}

/** What is missing for tickets: a queue, or the key field on it. */
async function queueProblems(client: RtClient, settings: Rt5Settings, queue: string, signal: AbortSignal): Promise<readonly string[] | string> {
  const found = await findByName(client, 'queue', queue, signal);
  if (!found.ok) return found.failure.reason;
  if (found.value === null) return [`Queue '${queue}' does not exist in RT (or this token cannot see it).`];
  const applied = await appliedFieldNames(client, 'queue', found.value, signal);
  if (!applied.ok) return applied.failure.reason;
  return applied.value.has(settings.ticketKeyField) ? [] : [`Queue '${queue}' lacks the ticket custom field '${settings.ticketKeyField}'.`];
}

/**
 * "Test connection": RT answers and accepts the token (GET /rt), the catalog and every custom field the
 * connector writes exist, and so do the queues with their key field. Says in words what is wrong.
 */
export async function checkConnection(client: RtClient, settings: Rt5Settings, signal: AbortSignal): Promise<ConnectionCheck> {
  const answer = await client.call('GET', 'rt', null, signal);
  if (answer.kind === 'failed' && answer.failure.kind !== 'reject') return { ok: false, reason: answer.failure.reason };
  if (answer.kind !== 'ok') {
    const said = answer.kind === 'failed' ? ` (${answer.failure.reason})` : '';
    return { ok: false, reason: `No Request Tracker REST2 API at ${client.restUrl}${said}: the address should end with /REST/2.0.` };
  }
  const rt = rtJson.safeParse(answer.json);
  if (!rt.success) return { ok: false, reason: `${client.restUrl}/rt did not answer like Request Tracker: check the address.` };
  const problems: string[] = [];
  for (const found of [
    await catalogProblems(client, settings, signal),
    await queueProblems(client, settings, settings.pickupQueue, signal),
    await queueProblems(client, settings, settings.returnsQueue, signal),
  ]) {
    if (typeof found === 'string') return { ok: false, reason: found };
    problems.push(...found);
  }
  if (problems.length > 0) return { ok: false, reason: `Request Tracker ${rt.data.Version} answers, but: ${problems.join(' ')}` };
  return {
    ok: true,
    detail: `Request Tracker ${rt.data.Version} accepted the token; catalog '${settings.catalog}' has every custom field; queues '${settings.pickupQueue}' and '${settings.returnsQueue}' are ready.`,
  };
}
