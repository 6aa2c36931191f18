import type { Clock } from '../../electron/services/deps';

export interface FakeClock extends Clock {
  advance(ms: number): void;
  set(iso: string): void;
}

export function fakeClock(startIso = '2026-11-02T08:00:00.000Z'): FakeClock {
  let nowMs = Date.parse(startIso);
  return {
    now: () => new Date(nowMs),
    advance: (ms) => {
      nowMs += ms;
    },
    set: (iso) => {
      nowMs = Date.parse(iso);
    },
  };
}
