import type { Clock } from '../../../electron/services/deps';
import type { TimerHandle, Timers } from '../../../electron/sync/runtime/timers';

/** A clock and timers driven by hand: advance() moves time and fires what fell due, in order. */
export interface FakeTime extends Clock, Timers {
  advance(ms: number): void;
  /** Timers still waiting. */
  pending(): number;
}

export function fakeTime(startIso = '2026-11-02T08:00:00.000Z'): FakeTime {
  let nowMs = Date.parse(startIso);
  let nextId = 0;
  const waiting = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => new Date(nowMs),
    setTimeout(callback, ms) {
      nextId += 1;
      waiting.set(nextId, { at: nowMs + Math.max(0, ms), callback });
      return { timer: nextId };
    },
    clearTimeout(handle: TimerHandle) {
      waiting.delete(handle.timer as number);
    },
    advance(ms) {
      const until = nowMs + ms;
      for (;;) {
        const due = [...waiting.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (due === undefined) break;
        waiting.delete(due[0]);
        nowMs = Math.max(nowMs, due[1].at);
        due[1].callback();
      }
      nowMs = until;
    },
    pending: () => waiting.size,
  };
}

/** Lets promise callbacks run (several turns of the microtask queue and one of the event loop). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
