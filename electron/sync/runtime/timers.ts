/** An opaque handle for a scheduled callback. */
export type TimerHandle = { readonly timer: unknown };

/** Scheduling, injected so tests can drive time by hand. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => {
    const timer = setTimeout(callback, Math.max(0, ms));
    timer.unref();
    return { timer };
  },
  clearTimeout: (handle) => clearTimeout(handle.timer as NodeJS.Timeout),
};

/** Resolves after ms on the given timers. */
export function sleep(timers: Timers, ms: number): Promise<void> {
  return new Promise((resolve) => {
    timers.setTimeout(resolve, ms);
  });
}
