import { call } from '../api/client';
import { useActivityStore } from '../stores/activity-store';
import { useSessionStore } from '../stores/session-store';
import { lockForIdle } from './session-actions';

/** How often the core hears that the technician is still at the station while they work without commands. */
const TOUCH_EVERY_MS = 30_000;

export function noteActivity(nowMs: number): void {
  const activity = useActivityStore.getState();
  activity.active(nowMs);
  if (nowMs - activity.lastTouchMs >= TOUCH_EVERY_MS && useSessionStore.getState().phase === 'signed-in') {
    activity.touched(nowMs);
    void call('auth.touch', {});
  }
}

/** Locks the station once the site's idle time has passed with no key or pointer activity. */
export function checkIdle(nowMs: number, idleLockMinutes: number): void {
  if (useSessionStore.getState().phase !== 'signed-in') return;
  if (nowMs - useActivityStore.getState().lastActiveMs >= idleLockMinutes * 60_000) void lockForIdle(idleLockMinutes);
}
