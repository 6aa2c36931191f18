import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { CustodyEvent } from '../../../shared/domain/events';

export type EventBody = Omit<CustodyEvent, 'hash' | 'signature'>;

export function bodyOf(event: CustodyEvent): EventBody {
  const { hash: _hash, signature: _signature, ...body } = event;
  return body;
}

/** hash = SHA-256(previous hash + RFC 8785 canonical JSON of the event body), hex. */
export function hashEvent(body: EventBody): string {
  const canonical = canonicalize(body);
  if (canonical === undefined) throw new Error('event body cannot be canonicalised');
  return createHash('sha256').update(body.prevHash).update(canonical).digest('hex');
}
