import type { Db } from '../../../db/connection';
import type { SessionView, SignatureView } from '../../../shared/domain/pickups/pickup-views';
import { activityOf } from './activity';
import { readFacts, verifyFacts, type SessionFact } from './session-facts';
import { containersOf, getSession, linesOf, openContainer, summaryOf, type SessionRow } from './session-store';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function signatureOf(fact: SessionFact | undefined): SignatureView | null {
  if (fact === undefined) return null;
  const p = fact.payload;
  const role = fact.kind === 'signed_off' ? 'supervisor' : p.role === 'driver' ? 'driver' : 'technician';
  return {
    role,
    name: str(p.name) ?? '',
    technicianId: role === 'driver' ? null : fact.technicianId,
    company: str(p.company),
    vehicle: str(p.vehicle),
    at: fact.at,
    png: str(p.png),
  };
}

/** The signatures that stand: the latest of the driver and of the technician (a change voids them), and the sign-off. */
export function signaturesOf(row: SessionRow, facts: readonly SessionFact[]): SignatureView[] {
  const byId = new Map(facts.map((f) => [f.factId, f]));
  const signedOff = facts.find((f) => f.kind === 'signed_off');
  return [
    signatureOf(row.driver_fact_id === null ? undefined : byId.get(row.driver_fact_id)),
    signatureOf(row.technician_fact_id === null ? undefined : byId.get(row.technician_fact_id)),
    signatureOf(signedOff),
  ].filter((s): s is SignatureView => s !== null);
}

const ACTIVITY_SHOWN = 300;

/**
 * Everything the scan loop and the review show about one session. Checking every fact's signature costs a
 * verification per fact, so only the views people read as a record (opening a session, sign-off, corrections,
 * the receipt) do it.
 */
export function sessionView(db: Db, sessionId: string, check: 'verify' | 'skip-verify'): SessionView {
  const row = getSession(db, sessionId);
  const facts = readFacts(db, sessionId);
  return {
    summary: summaryOf(db, row),
    containers: containersOf(db, sessionId),
    openContainerId: openContainer(db, sessionId)?.container_id ?? null,
    lines: linesOf(db, sessionId),
    signatures: signaturesOf(row, facts),
    activity: activityOf(facts.slice(-ACTIVITY_SHOWN)),
    factCount: facts.length,
    factsVerified: check === 'verify' ? verifyFacts(db, sessionId).ok : null,
  };
}
