import type { SessionView } from '../../../shared/domain/pickups/pickup-views';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import type { CoreDeps } from '../deps';
import { appendFact } from './session-facts';
import { openSession } from './session-store';
import { sessionView } from './session-view';

/** Opens a pallet or box: every scan from now on goes into it. */
export function openContainerIn(deps: CoreDeps, session: Session, input: { sessionId: string; kind: 'pallet' | 'box'; label: string; seal: string }): SessionView {
  const { db, ids, clock } = deps;
  db.transaction(() => {
    openSession(db, input.sessionId);
    const containerId = ids.next();
    db.prepare('INSERT INTO pickup_containers (container_id, session_id, kind, label, seal, opened_at, opened_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      containerId,
      input.sessionId,
      input.kind,
      input.label,
      input.seal === '' ? null : input.seal,
      clock.now().toISOString(),
      session.technicianId,
    );
    appendFact(deps, { sessionId: input.sessionId, kind: 'container_opened', technicianId: session.technicianId, payload: { containerId, kind: input.kind, label: input.label, seal: input.seal } });
  })();
  return sessionView(db, input.sessionId, 'skip-verify');
}

/** Records the seal put on a container. */
export function sealContainer(deps: CoreDeps, session: Session, input: { sessionId: string; containerId: string; seal: string }): SessionView {
  const { db } = deps;
  db.transaction(() => {
    openSession(db, input.sessionId);
    const row = db.prepare('SELECT label FROM pickup_containers WHERE container_id = ? AND session_id = ?').get(input.containerId, input.sessionId) as
      | { label: string }
      | undefined;
    if (row === undefined) throw new DocksideError('PICKUP_CONTAINER_NOT_FOUND', `No container ${input.containerId}`);
    db.prepare('UPDATE pickup_containers SET seal = ? WHERE container_id = ?').run(input.seal, input.containerId);
    appendFact(deps, { sessionId: input.sessionId, kind: 'container_sealed', technicianId: session.technicianId, payload: { containerId: input.containerId, label: row.label, seal: input.seal } });
  })();
  return sessionView(db, input.sessionId, 'skip-verify');
}
