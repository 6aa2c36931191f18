import type { Clock } from '../../../services/deps';
import { sleep, type Timers } from '../../runtime/timers';

/** Keeps requests under a per-minute limit by spacing them evenly; a 429's Retry-After holds everything back. */
export interface Pacer {
  /** Resolves when the next request may start. */
  wait(): Promise<void>;
  /** The server said to wait: nothing starts before now + ms. */
  holdFor(ms: number): void;
}

export function createPacer(requestsPerMinute: number, clock: Clock, timers: Timers): Pacer {
  const spacingMs = 60_000 / requestsPerMinute;
  let nextFreeMs = 0;
  return {
    async wait() {
      const now = clock.now().getTime();
      const at = Math.max(now, nextFreeMs);
      nextFreeMs = at + spacingMs;
      if (at > now) await sleep(timers, at - now);
    },
    holdFor(ms) {
      nextFreeMs = Math.max(nextFreeMs, clock.now().getTime() + ms);
    },
  };
}
