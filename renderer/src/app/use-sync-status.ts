import { useEffect } from 'react';
import { pollSyncStatus, refreshSyncStatus } from '../actions/sync-status-actions';
import { useFeedbackStore } from '../stores/feedback-store';

const TICK_MS = 1_000;

/**
 * Keeps the sync indicator current: reads the status now, every few seconds (each second while events go out),
 * and right after anything was recorded (every recording ends in a success banner).
 */
export function useSyncStatus(idleLockMinutes: number): void {
  useEffect(() => {
    void refreshSyncStatus();
    const timer = window.setInterval(() => pollSyncStatus(Date.now(), idleLockMinutes), TICK_MS);
    const stop = useFeedbackStore.subscribe((state, previous) => {
      if (state.banner !== previous.banner && state.banner?.tone === 'success') void refreshSyncStatus();
    });
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [idleLockMinutes]);
}
