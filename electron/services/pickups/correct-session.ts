import { pickupCorrectedPayload } from '../../../shared/domain/pickups/pickup-payloads';
import type { SessionView } from '../../../shared/domain/pickups/pickup-views';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { appendEvent } from '../custody/append';
import type { CoreDeps } from '../deps';
import { readSettings } from '../settings/settings-store';
import { withdraw } from './resolve-line';
import { appendFact } from './session-facts';
import { getSession, lineOf } from './session-store';
import { sessionView } from './session-view';

/**
 * A correction to a signed-off session: a new signed fact (and, for a device, a custody event), never an
 * edit. With withdraw, the device is recorded as taken back off the pickup.
 */
export function correctSession(deps: CoreDeps, session: Session, input: { sessionId: string; lineNo: number | null; withdraw: boolean; text: string }): SessionView {
  const { db } = deps;
  db.transaction(() => {
    const row = getSession(db, input.sessionId);
    if (row.status !== 'signed-off') throw new DocksideError('PICKUP_NOT_SIGNED_OFF', `${row.reference} is still open: resolve lines instead`);
    const line = input.lineNo === null ? null : lineOf(db, input.sessionId, input.lineNo);
    if (input.withdraw && (line === null || line.asset_id === null || line.scanned_at === null || line.resolution === 'left-behind')) {
      throw new DocksideError('PICKUP_RESOLUTION_INVALID', 'Only a device that left on this pickup can be taken off it');
    }
    appendFact(deps, { sessionId: input.sessionId, kind: 'correction', technicianId: session.technicianId, payload: { lineNo: input.lineNo, withdraw: input.withdraw, text: input.text } });
    if (line === null || line.asset_id === null) return;
    if (input.withdraw) withdraw(deps, session, line.asset_id, input.sessionId, input.text, true);
    else appendEvent(deps, { assetId: line.asset_id, type: 'pickup_corrected', payload: pickupCorrectedPayload.parse({ sessionId: input.sessionId, text: input.text }), technicianId: session.technicianId, site: readSettings(db).site });
  })();
  return sessionView(db, input.sessionId, 'verify');
}
