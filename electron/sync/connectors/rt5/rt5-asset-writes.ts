import { step, stop, type RtClient, type Step } from './rt5-client';
import { confirms, fieldRefusals, messageList, statusRefusals } from './rt5-messages';
import type { RemoteAsset } from './rt5-remote-asset';

/** A conditional write either went through, or RT said the asset changed since we read it (412). */
export type WriteOutcome = 'written' | 'changed';

/** Moves the asset to a lifecycle status, only if it is still as we read it. RT's refusal ends it as a reject in RT's words. */
export async function moveStatus(client: RtClient, remote: RemoteAsset, status: string, signal: AbortSignal): Promise<Step<WriteOutcome>> {
  const answer = await client.call('PUT', `asset/${remote.id}`, { Status: status }, signal, remote.etag ?? undefined);
  if (answer.kind === 'changed') return step('changed');
  if (answer.kind === 'failed') return stop(answer.failure);
  if (answer.kind === 'missing') return stop({ kind: 'reject', reason: `RT no longer shows asset ${remote.id}: ${answer.message}` });
  const refusals = statusRefusals(messageList(answer.json));
  if (refusals.length > 0) {
    return stop({ kind: 'reject', reason: `RT refused to move asset ${remote.id} (${remote.name}) from '${remote.status}' to '${status}': ${refusals.join(' ')}` });
  }
  return step('written');
}

/**
 * Writes custom fields together with the applied-marker, only if the asset is still as we read it. When RT
 * refuses a field, the marker it did write is put back, so that a retry after the cause is fixed applies the
 * event instead of finding it "already applied".
 */
export async function writeFields(
  client: RtClient,
  remote: RemoteAsset,
  fields: Readonly<Record<string, string | null>>,
  marker: { readonly field: string; readonly before: string | null; readonly after: string },
  signal: AbortSignal,
): Promise<Step<WriteOutcome>> {
  const values = { ...fields, [marker.field]: marker.after };
  const answer = await client.call('PUT', `asset/${remote.id}`, { CustomFields: values }, signal, remote.etag ?? undefined);
  if (answer.kind === 'changed') return step('changed');
  if (answer.kind === 'failed') return stop(answer.failure);
  if (answer.kind === 'missing') return stop({ kind: 'reject', reason: `RT no longer shows asset ${remote.id}: ${answer.message}` });
  const messages = messageList(answer.json);
  const refusals = fieldRefusals(messages, Object.keys(values));
  if (refusals.length === 0) return step('written');
  const said = `RT refused a custom field of asset ${remote.id} (${remote.name}): ${refusals.join(' ')}`;
  if (!messages.some((m) => confirms(marker.field, m))) return stop({ kind: 'reject', reason: said });
  const undo = await client.call('PUT', `asset/${remote.id}`, { CustomFields: { [marker.field]: marker.before } }, signal);
  const undone = undo.kind === 'ok' && messageList(undo.json).some((m) => confirms(marker.field, m));
  return stop({
    kind: 'reject',
    reason: undone ? said : `${said} Dockside could not take back its '${marker.field}' entry: clear it on the asset before retrying this event.`,
  });
}
