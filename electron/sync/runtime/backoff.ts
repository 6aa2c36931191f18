export interface BackoffPolicy {
  /** The first retry waits up to this long. */
  readonly baseMs: number;
  /** No retry waits longer than this (before any Retry-After). */
  readonly capMs: number;
  /** A server's Retry-After is honoured up to this long. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000, maxRetryAfterMs: 60 * 60_000 };

/**
 * Exponential backoff with full jitter: a uniformly random wait between 0 and min(cap, base * 2^(attempt-1)).
 * attempt counts from 1. random() is in [0, 1), injected for tests.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 40));
  return Math.floor(random() * ceiling);
}

/** The wait before the next try: the server's Retry-After when it gave one (bounded), else backoff. */
export function retryDelay(attempt: number, retryAfterMs: number | null, policy: BackoffPolicy, random: () => number): number {
  if (retryAfterMs !== null) return Math.min(Math.max(retryAfterMs, 0), policy.maxRetryAfterMs);
  return backoffDelay(attempt, policy, random);
}
