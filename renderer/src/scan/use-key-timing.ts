import { useMemo, useRef, type KeyboardEvent } from 'react';

export interface KeyTiming {
  /** Notes when a character key went down (Backspace takes the last one back). */
  track(event: KeyboardEvent<HTMLElement>): void;
  /** The key times of the entry so far, and starts a new entry. */
  take(): readonly number[];
  reset(): void;
}

/** Records the time of each character key in a field, so an entry can be told apart as a scanner burst or typing. */
export function useKeyTiming(): KeyTiming {
  const times = useRef<number[]>([]);
  return useMemo(
    () => ({
      track(event) {
        if (event.key === 'Backspace') times.current.pop();
        else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) times.current.push(event.timeStamp);
      },
      take() {
        const taken = times.current;
        times.current = [];
        return taken;
      },
      reset() {
        times.current = [];
      },
    }),
    [],
  );
}
