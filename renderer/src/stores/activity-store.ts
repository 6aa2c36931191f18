import { create } from 'zustand';

interface ActivityState {
  /** When the technician last pressed a key or used the pointer (ms since epoch). */
  readonly lastActiveMs: number;
  /** When the core was last told the technician is still here. */
  readonly lastTouchMs: number;
  active(nowMs: number): void;
  touched(nowMs: number): void;
}

export const useActivityStore = create<ActivityState>()((set) => ({
  lastActiveMs: 0,
  lastTouchMs: 0,
  active: (lastActiveMs) => set({ lastActiveMs }),
  touched: (lastTouchMs) => set({ lastTouchMs }),
}));
