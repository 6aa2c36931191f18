import { step, stop, type Failure, type RtClient, type Step } from './rt5-client';
import { confirms, confirmsValue, fieldRefusals, messageList, readStatusAnswer, refusesField } from './rt5-messages';
import type { RemoteAsset } from './rt5-remote-asset';

/** A conditional write either went through, or RT said the asset changed since we read it (412). */
export type WriteOutcome = 'written' | 'changed';

/** An answer that is not about our request: nothing is concluded from it; the asset is read again on the retry. */
const unrelated = (what: string): Failure => ({
  kind: 'retry',
  reason: `RT's answer to ${what} did not speak of it (an answer meant for another request?). Dockside will read the asset again and retry.`,
  retryAfterMs: null,
});

/** Moves the asset to a lifecycle status, only if it is still as we read it. RT's refusal ends it as a reject in RT's words. */
export async function moveStatus(client: RtClient, remote: RemoteAsset, status: string, signal: AbortSignal): Promise<Step<WriteOutcome>> {
  const answer = await client.call('PUT', `asset/${remote.id}`, { Status: status }, signal, remote.etag ?? undefined);
  if (answer.kind === 'changed') return step('changed');
  if (answer.kind === 'failed') return stop(answer.failure);
  if (answer.kind === 'missing') return stop({ kind: 'reject', reason: `RT no longer shows asset ${remote.id}: ${answer.message}` });
  const what = `moving asset ${remote.id} to '${status}'`;
  const messages = messageList(answer.json);
  if (messages === null) return stop(unrelated(what));
  const read = readStatusAnswer(messages, remote.id, remote.name, status);
  if (read.kind === 'moved') return step('written');
  if (read.kind === 'unrelated') return stop(unrelated(what));
  return stop({ kind: 'reject', reason: `RT refused to move asset ${remote.id} (${remote.name}) from '${remote.status}' to '${status}': ${read.said.join(' ')}` });
}

/**
 * Writes custom fields together with the applied-marker, only if the asset is still as we read it. The write
 * counts only when RT confirms the marker's new value, which names this event. When RT refuses a field, the
 * marker it did write is put back, so that a retry after the cause is fixed applies the event instead of
 * finding it "already applied".
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
  const what = `the custom fields of asset ${remote.id}`;
  const messages = messageList(answer.json);
  if (messages === null) return stop(unrelated(what));
  if (!messages.some((m) => confirmsValue(marker.field, marker.after, m))) {
    const refused = messages.filter((m) => refusesField(marker.field, m));
    if (refused.length === 0) return stop(unrelated(what));
    return stop({ kind: 'reject', reason: `RT refused Dockside's marker field '${marker.field}' on asset ${remote.id} (${remote.name}): ${refused.join(' ')}` });
  }
  const refusals = fieldRefusals(messages, Object.keys(values));
  if (refusals.length === 0) return step('written');
  const said = `RT refused a custom field of asset ${remote.id} (${remote.name}): ${refusals.join(' ')}`;
  const undo = await client.call('PUT', `asset/${remote.id}`, { CustomFields: { [marker.field]: marker.before } }, signal);
  const undoneSaid = undo.kind === 'ok' ? messageList(undo.json) : null;
  const undone = undoneSaid !== null && undoneSaid.some((m) => confirms(marker.field, m));
  return stop({
    kind: 'reject',
    reason: undone ? said : `${said} Dockside could not take back its '${marker.field}' entry: clear it on the asset before retrying this event.`,
  });
}
