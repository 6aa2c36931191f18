import type { Result } from '../../../shared/errors';
import type { SyncProblem, SyncResolution, SyncStatus } from '../../../shared/views';
import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { syncEventWords } from '../format/sync-words';
import { useFeedbackStore } from '../stores/feedback-store';
import { useSessionStore } from '../stores/session-store';
import { useSyncProblemsStore } from '../stores/sync-problems-store';
import { notifyError } from './notify-error';
import { statusChanged } from './sync-status-actions';

const HISTORY_LIMIT = 100;
const WAITING_SHOWN = 50;

/** Dead letters, conflicts and the waiting list for everyone; the decision history for supervisors. */
export async function loadSyncProblems(): Promise<void> {
  const supervisor = useSessionStore.getState().session?.role === 'supervisor';
  const problems = await call('sync.problems', { connectorId: null });
  if (!problems.ok) return useSyncProblemsStore.getState().failed(errorText(problems.error).title);
  const waiting = await call('sync.waiting', { connectorId: null, limit: WAITING_SHOWN });
  if (!waiting.ok) return useSyncProblemsStore.getState().failed(errorText(waiting.error).title);
  let resolutions: readonly SyncResolution[] = [];
  if (supervisor) {
    const history = await call('sync.resolutions', { limit: HISTORY_LIMIT });
    if (!history.ok) return useSyncProblemsStore.getState().failed(errorText(history.error).title);
    resolutions = history.value;
  }
  useSyncProblemsStore.getState().loaded(problems.value, resolutions, waiting.value);
}

const what = (p: SyncProblem) => `${syncEventWords(p.eventType)} of ${p.assetLabel} (${p.connectorName})`;

/** Shows the outcome of a supervisor's decision and reloads the lists. True when the core took it. */
async function decided(result: Result<SyncStatus>, title: string, detail: string | null): Promise<boolean> {
  if (!result.ok) {
    notifyError(result.error);
    await loadSyncProblems();
    return false;
  }
  statusChanged(result.value);
  useFeedbackStore.getState().notify('success', title, detail);
  await loadSyncProblems();
  return true;
}

export async function retryDelivery(p: SyncProblem): Promise<boolean> {
  return decided(await call('sync.retry', { connectorId: p.connectorId, eventId: p.eventId }), `Sending again: ${what(p)}`, null);
}

export async function retryAllDead(): Promise<boolean> {
  return decided(await call('sync.retryAll', { connectorId: null }), 'Sending every refused event again', null);
}

export async function dismissDelivery(p: SyncProblem, note: string): Promise<boolean> {
  const result = await call('sync.dismiss', { connectorId: p.connectorId, eventId: p.eventId, note });
  return decided(result, `Dismissed: ${what(p)}`, 'It stays in the custody log; it will not be sent.');
}

export async function resolveConflict(p: SyncProblem, decision: 'apply-ours' | 'keep-theirs', note: string): Promise<boolean> {
  const result = await call('sync.resolveConflict', { connectorId: p.connectorId, eventId: p.eventId, decision, note });
  const title = decision === 'apply-ours' ? `Applying ours: ${what(p)}` : `Keeping theirs: ${what(p)}`;
  return decided(result, title, decision === 'apply-ours' ? 'It is sent again and overrides the central record.' : 'Nothing is sent for it.');
}
