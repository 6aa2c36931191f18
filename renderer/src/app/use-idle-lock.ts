import { useEffect } from 'react';
import { checkIdle, noteActivity } from '../actions/activity-actions';

const CHECK_EVERY_MS = 1000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/** Watches key and pointer activity while someone is signed in, and locks the station after the site's idle time. */
export function useIdleLock(idleLockMinutes: number): void {
  useEffect(() => {
    const onActivity = () => noteActivity(Date.now());
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(() => checkIdle(Date.now(), idleLockMinutes), CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleLockMinutes]);
}
