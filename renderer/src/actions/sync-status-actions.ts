import type { SyncStatus } from '../../../shared/views';
import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { useActivityStore } from '../stores/activity-store';
import { useFeedbackStore } from '../stores/feedback-store';
import { useSessionStore } from '../stores/session-store';
import { useSyncStatusStore } from '../stores/sync-status-store';
import { notifyError } from './notify-error';

/** After "Run now" or a retry the worker sends in the background: look again a moment later. */
const FOLLOW_UP_MS = 1_000;
/** How often the indicator looks: often while events go out, seldom when there is nothing to send. */
const WHILE_SENDING_MS = 1_000;
const WHILE_QUIET_MS = 5_000;

/** Reads the sync status from the core now. */
export async function refreshSyncStatus(): Promise<void> {
  if (useSessionStore.getState().phase !== 'signed-in') return;
  useSyncStatusStore.getState().setReading(true);
  try {
    const result = await call('sync.status', {});
    if (!result.ok) return useSyncStatusStore.getState().failed(errorText(result.error).title);
    useSyncStatusStore.getState().loaded(result.value, Date.now());
  } finally {
    useSyncStatusStore.getState().setReading(false);
  }
}

/**
 * The indicator's timer tick: reads the status when it is due (every second while a connector is sending or
 * new events are about to be handed to one, every five seconds otherwise). Skipped while a read is under way, while the window is hidden, and once the
 * technician has been away for the idle time: every command counts as activity in the core, so polling on would
 * keep an abandoned session alive there.
 */
export function pollSyncStatus(nowMs: number, idleLockMinutes: number): void {
  const { reading, status, checkedAtMs } = useSyncStatusStore.getState();
  if (reading || document.visibilityState === 'hidden') return;
  if (nowMs - useActivityStore.getState().lastActiveMs >= idleLockMinutes * 60_000) return;
  const sending = status !== null && status.online !== false && status.connectors.some((c) => c.state === 'sending' || (c.state === 'idle' && status.unrouted > 0));
  if (nowMs - checkedAtMs < (sending ? WHILE_SENDING_MS : WHILE_QUIET_MS)) return;
  void refreshSyncStatus();
}

/** A command answered with the new status (retry, dismiss, run now): show it, and look again once the worker had a go. */
export function statusChanged(status: SyncStatus): void {
  useSyncStatusStore.getState().loaded(status, Date.now());
  window.setTimeout(() => void refreshSyncStatus(), FOLLOW_UP_MS);
}

/** Wakes the worker: everything waiting is tried now, backoff waits forgotten. */
export async function runSyncNow(): Promise<void> {
  const result = await call('sync.runNow', {});
  if (!result.ok) return notifyError(result.error);
  statusChanged(result.value);
  useFeedbackStore.getState().notify('info', 'Sending now', result.value.words);
}
