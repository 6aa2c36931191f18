/**
 * Continuous scanning sees the same label in frame after frame: it counts once while it stays in view, and again
 * only after it has been out of view for holdMs.
 */
export interface Deduper {
  /** True when this sighting is a new scan; every sighting keeps the code "in view". */
  admit(text: string, nowMs: number): boolean;
  /** Forgets everything (a new screen, the camera restarted). */
  reset(): void;
}

export const DEFAULT_HOLD_MS = 1500;

export function createDeduper(holdMs = DEFAULT_HOLD_MS): Deduper {
  const lastSeen = new Map<string, number>();
  return {
    admit(text, nowMs) {
      for (const [seen, at] of lastSeen) if (nowMs - at > holdMs) lastSeen.delete(seen);
      const fresh = !lastSeen.has(text);
      lastSeen.set(text, nowMs);
      return fresh;
    },
    reset() {
      lastSeen.clear();
    },
  };
}
