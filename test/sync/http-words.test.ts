import { describe, expect, it } from 'vitest';
import { describeNetworkError, describeStatus } from '../../electron/sync/http/network-words';
import { parseRetryAfter } from '../../electron/sync/http/retry-after';
import { backoffDelay } from '../../electron/sync/runtime/backoff';

const now = new Date('2026-11-02T08:00:00.000Z');

describe('reading what the server and the network said', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 02 Nov 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 02 Nov 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('puts network failures into words a supervisor can act on', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    expect(describeNetworkError(refused, 'itam.example:8443')).toBe(
      'itam.example:8443 refused the connection: nothing is listening there. Check the address and port, or whether the server is up.',
    );
    const dns = new TypeError('fetch failed', { cause: new AggregateError([Object.assign(new Error('x'), { code: 'ENOTFOUND' })]) });
    expect(describeNetworkError(dns, 'itam.example')).toMatch(/could not be found \(DNS\)/);
    expect(describeStatus(503, 'maintenance')).toBe('The server had an error (503). The server said: maintenance');
  });

  it('never waits longer than the cap, however many attempts', () => {
    const policy = { baseMs: 1_000, capMs: 60_000, maxRetryAfterMs: 3_600_000 };
    expect(backoffDelay(1, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(500, policy, () => 0.999)).toBe(59_940);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});
