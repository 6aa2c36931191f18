import { createHmac } from 'node:crypto';

/** The signature header every webhook call carries. */
export const SIGNATURE_HEADER = 'X-Dockside-Signature';

/**
 * `X-Dockside-Signature: t=<unix seconds>,v1=<hex>` where hex is HMAC-SHA256 over `<t>.<raw body>` keyed with
 * the connector's secret. A receiver recomputes it over the exact bytes received, compares in constant time
 * and refuses a t too far from its own clock (replays).
 */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}
