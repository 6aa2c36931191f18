/**
 * Reads a Retry-After header (RFC 9110: delay-seconds or an HTTP-date) as milliseconds from now.
 * Null when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (value === '') return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
