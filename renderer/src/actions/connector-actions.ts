import type { SaveConnectorInput } from '../../../shared/domain/sync-config';
import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { useConnectorsStore } from '../stores/connectors-store';
import { useFeedbackStore } from '../stores/feedback-store';
import { problemsFromDetails, type FieldProblems } from '../sync/connector-problems';
import { notifyError } from './notify-error';
import { refreshSyncStatus } from './sync-status-actions';

export async function loadConnectors(): Promise<void> {
  const result = await call('sync.connectors', {});
  if (!result.ok) return useConnectorsStore.getState().failed(errorText(result.error).title);
  useConnectorsStore.getState().loaded(result.value);
}

export type SaveOutcome = { readonly ok: true } | { readonly ok: false; readonly problems: FieldProblems };

/** Saves a connector's settings (never a token). A refused field comes back to be shown next to it. */
export async function saveConnector(input: SaveConnectorInput): Promise<SaveOutcome> {
  const before = useConnectorsStore.getState().connectors.find((c) => c.id === input.id);
  const result = await call('sync.saveConnector', input);
  if (!result.ok) {
    const details = result.error.details;
    if (result.error.code === 'INVALID_INPUT' && details !== undefined) return { ok: false, problems: problemsFromDetails(details) };
    notifyError(result.error);
    return { ok: false, problems: {} };
  }
  const saved = result.value;
  useConnectorsStore.getState().uncheck(saved.id);
  const tokenDropped = before?.hasToken === true && !saved.hasToken;
  const next = tokenDropped
    ? 'The address changed, so the old token was dropped: set the token for the new address.'
    : saved.hasToken
      ? null
      : 'Set its token next: nothing is sent without one.';
  useFeedbackStore.getState().notify('success', `Saved ${saved.name} (${saved.id})`, next);
  await loadConnectors();
  void refreshSyncStatus();
  return { ok: true };
}

/** Hands a token to the secret store; a paused connector resumes. The token is never read back. */
export async function setConnectorToken(connectorId: string, token: string): Promise<boolean> {
  const result = await call('sync.setToken', { connectorId, token });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useConnectorsStore.getState().uncheck(connectorId);
  useFeedbackStore.getState().notify('success', `New token set for ${result.value.name}`, 'Sending resumes now.');
  await loadConnectors();
  void refreshSyncStatus();
  return true;
}

/** Asks the connector's server, with the saved settings and token, and keeps the answer in words. */
export async function testConnector(connectorId: string): Promise<void> {
  const store = useConnectorsStore.getState();
  store.checked(connectorId, { state: 'testing' });
  const result = await call('sync.testConnection', { connectorId });
  const check = result.ok ? { ok: result.value.ok, words: result.value.words } : { ok: false, words: errorText(result.error).title };
  useConnectorsStore.getState().checked(connectorId, { state: 'answered', ...check });
}

/** How many recorded events still wait for this connector: what removing it would leave unsent. */
export async function countWaiting(connectorId: string): Promise<number | null> {
  const result = await call('sync.waiting', { connectorId, limit: 1 });
  return result.ok ? result.value.total : null;
}

/** Removes a connector, its queue and its token; its delivered log and decisions stay. */
export async function removeConnector(connectorId: string, name: string): Promise<void> {
  const result = await call('sync.removeConnector', { connectorId });
  if (!result.ok) return notifyError(result.error);
  const unsent = result.value.undelivered;
  useConnectorsStore.getState().uncheck(connectorId);
  useFeedbackStore
    .getState()
    .notify('success', `Removed ${name} (${connectorId})`, unsent === 0 ? 'Everything recorded had reached it.' : `${unsent} recorded events will not be sent to it.`);
  await loadConnectors();
  void refreshSyncStatus();
}
