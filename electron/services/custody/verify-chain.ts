import { GENESIS_HASH, type CustodyEvent } from '../../../shared/domain/events';
import type { ChainProblem, ChainReport } from '../../../shared/views';
import { signatureValid } from '../station/signer';
import { bodyOf, hashEvent } from './canonical';

/** 'log': the whole station log, seq 1..n linked by prevHash. 'asset': one asset's events linked by assetPrevHash. */
export type ChainScope = { readonly kind: 'log' } | { readonly kind: 'asset'; readonly assetId: string };

/** An event as read back from storage: either parsed, or the reason it could not be. */
export type StoredEvent = { readonly ok: true; readonly event: CustodyEvent } | { readonly ok: false; readonly seq: number; readonly id: string; readonly reason: string };

function linkProblem(event: CustodyEvent, previous: CustodyEvent | null, scope: ChainScope): string | null {
  if (scope.kind === 'log') {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (event.seq !== expectedSeq) return `sequence jumps from ${expectedSeq - 1} to ${event.seq}: events are missing`;
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    if (event.prevHash !== expectedPrev) return 'does not link to the previous event (prevHash mismatch)';
    return null;
  }
  if (event.assetId !== scope.assetId) return `belongs to asset ${event.assetId}, not ${scope.assetId}`;
  if (previous !== null && event.seq <= previous.seq) return 'is out of order';
  const expectedPrev = previous?.hash ?? null;
  if (event.assetPrevHash !== expectedPrev) return "does not link to the asset's previous event (assetPrevHash mismatch)";
  return null;
}

/** Walks a chain in order and reports the first broken or forged link. */
export function verifyChain(events: Iterable<StoredEvent>, stationKeys: ReadonlyMap<string, string>, scope: ChainScope): ChainReport {
  let previous: CustodyEvent | null = null;
  let checked = 0;
  const problem = (seq: number, eventId: string, reason: string): ChainReport => {
    const firstProblem: ChainProblem = { seq, eventId, reason };
    return { ok: false, checked, firstProblem };
  };
  for (const stored of events) {
    if (!stored.ok) return problem(stored.seq, stored.id, stored.reason);
    const event = stored.event;
    const link = linkProblem(event, previous, scope);
    if (link !== null) return problem(event.seq, event.id, `Event ${event.seq} ${link}`);
    if (hashEvent(bodyOf(event)) !== event.hash) return problem(event.seq, event.id, `Event ${event.seq} was altered: its content no longer matches its hash`);
    const key = stationKeys.get(event.stationId);
    if (key === undefined) return problem(event.seq, event.id, `Event ${event.seq} names an unknown station ${event.stationId}`);
    if (!signatureValid(key, event.hash, event.signature)) return problem(event.seq, event.id, `Event ${event.seq} has a forged or broken station signature`);
    previous = event;
    checked += 1;
  }
  return { ok: true, checked, firstProblem: null };
}
