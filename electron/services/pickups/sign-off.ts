import type { SessionView } from '../../../shared/domain/pickups/pickup-views';
import type { SignInput } from '../../../shared/domain/pickups/pickup-inputs';
import { openDiscrepancies } from '../../../shared/domain/pickups/line-state';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import type { CoreDeps } from '../deps';
import { reconcileFromFacts } from './reconcile-facts';
import { appendFact, verifyFacts } from './session-facts';
import { countersOf, linesOf, openSession } from './session-store';
import { sessionView } from './session-view';
import { checkSignaturePng } from './signature-image';
import type { Supervisor } from './supervisor-check';

/** The driver's or the technician's drawn signature on the session as it stands now (a later change voids it). */
export function sign(deps: CoreDeps, session: Session, input: SignInput): SessionView {
  const { db } = deps;
  checkSignaturePng(input.png);
  db.transaction(() => {
    openSession(db, input.sessionId);
    const counters = countersOf(db, input.sessionId);
    const payload =
      input.role === 'driver'
        ? { role: 'driver', name: input.name, company: input.company, vehicle: input.vehicle, png: input.png, counters }
        : { role: 'technician', name: session.name, png: input.png, counters };
    const fact = appendFact(deps, { sessionId: input.sessionId, kind: 'signature', technicianId: session.technicianId, payload });
    const column = input.role === 'driver' ? 'driver_fact_id' : 'technician_fact_id';
    db.prepare(`UPDATE pickup_sessions SET ${column} = ? WHERE session_id = ?`).run(fact.factId, input.sessionId);
  })();
  return sessionView(db, input.sessionId, 'skip-verify');
}

/** What still stands between a session and its sign-off, in words (empty: it can be signed off). */
function openItems(deps: CoreDeps, sessionId: string): string[] {
  return linesOf(deps.db, sessionId)
    .filter((l) => l.state === 'missing' || l.state === 'unexpected' || l.state === 'substituted')
    .map((l) => `Line ${l.lineNo} ${l.assetTag ?? l.serial ?? l.scannedValue ?? ''}: ${l.state}`);
}

/** The supervisor's sign-off: every discrepancy resolved and both signatures taken, then the session is locked. */
export function signOff(deps: CoreDeps, session: Session, supervisor: Supervisor, input: { sessionId: string; note: string }): SessionView {
  const { db, clock } = deps;
  db.transaction(() => {
    const row = openSession(db, input.sessionId);
    const counters = countersOf(db, input.sessionId);
    if (openDiscrepancies(counters) > 0) {
      const open = openItems(deps, input.sessionId);
      const details: Record<string, string> = { open: String(open.length), reason: `${open.length} open: ${open.slice(0, 5).join('; ')}${open.length > 5 ? '; …' : ''}` };
      open.slice(0, 20).forEach((text, i) => (details[`item${i + 1}`] = text));
      throw new DocksideError('PICKUP_DISCREPANCIES_OPEN', `${open.length} discrepancies open in ${row.reference}`, details);
    }
    if (row.driver_fact_id === null || row.technician_fact_id === null) {
      throw new DocksideError('PICKUP_SIGNATURES_MISSING', `${row.reference}: driver ${row.driver_fact_id === null ? 'not ' : ''}signed, technician ${row.technician_fact_id === null ? 'not ' : ''}signed`, {
        driver: row.driver_fact_id !== null,
        technician: row.technician_fact_id !== null,
      });
    }
    const check = verifyFacts(db, input.sessionId);
    if (!check.ok) throw new DocksideError('PICKUP_RECORD_BROKEN', `${row.reference}: ${check.problem ?? 'facts do not verify'}`, { reason: check.problem ?? '' });
    const disagreement = reconcileFromFacts(db, input.sessionId);
    if (disagreement !== null) throw new DocksideError('PICKUP_RECORD_BROKEN', `${row.reference}: ${disagreement}`, { reason: disagreement });
    const now = clock.now().toISOString();
    appendFact(deps, {
      sessionId: input.sessionId,
      kind: 'signed_off',
      technicianId: supervisor.technicianId,
      payload: { name: supervisor.name, note: input.note, counters, driverFactId: row.driver_fact_id, technicianFactId: row.technician_fact_id, atStationOf: session.technicianId },
    });
    db.prepare("UPDATE pickup_sessions SET status = 'signed-off', signed_off_at = ?, signed_off_by = ? WHERE session_id = ?").run(now, supervisor.technicianId, input.sessionId);
  })();
  return sessionView(db, input.sessionId, 'verify');
}
