import type { TimerHandle, Timers } from './timers';

/** Checks the network now and then and calls back when it comes back (offline -> online). Returns stop. */
export function watchOnline(isOnline: () => boolean, timers: Timers, everyMs: number, onBack: () => void): () => void {
  let was: boolean | null = null;
  let handle: TimerHandle | null = null;
  const tick = () => {
    const now = isOnline();
    if (now && was === false) onBack();
    was = now;
    handle = timers.setTimeout(tick, everyMs);
  };
  handle = timers.setTimeout(tick, everyMs);
  return () => {
    if (handle !== null) timers.clearTimeout(handle);
  };
}
