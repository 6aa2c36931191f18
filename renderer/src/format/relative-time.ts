const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** How long ago (or how soon) a stored ISO time is, as a person says it: "just now", "4 min ago", "in 2 min". */
export function relativeTime(iso: string, nowMs: number): string {
  const diff = Date.parse(iso) - nowMs;
  const span = Math.abs(diff);
  const say = (amount: string) => (diff > 0 ? `in ${amount}` : `${amount} ago`);
  if (span < 10_000) return diff > 0 ? 'in a moment' : 'just now';
  if (span < MINUTE_MS) return say(`${Math.round(span / 1000)} s`);
  if (span < HOUR_MS) return say(`${Math.round(span / MINUTE_MS)} min`);
  if (span < 24 * HOUR_MS) return say(`${Math.round(span / HOUR_MS)} h`);
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
