import { lineState, resolutionsFor, type Resolution } from '../../../shared/domain/pickups/line-state';
import { pickedUpPayload, pickupWithdrawnPayload, reportedMissingPayload } from '../../../shared/domain/pickups/pickup-payloads';
import type { SessionView } from '../../../shared/domain/pickups/pickup-views';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { appendEvent } from '../custody/append';
import type { CoreDeps } from '../deps';
import { readSettings } from '../settings/settings-store';
import { appendFact } from './session-facts';
import { lineOf, openSession, voidSignatures } from './session-store';
import { sessionView } from './session-view';

/** Where a device stood before it was picked up in this session (it goes back there when taken off). */
export function statusBeforePickup(deps: CoreDeps, assetId: string, sessionId: string): ReturnType<typeof pickedUpPayload.parse>['statusBefore'] {
  const row = deps.db
    .prepare("SELECT payload FROM custody_events WHERE asset_id = ? AND type = 'picked_up' AND payload ->> 'sessionId' = ? ORDER BY seq DESC LIMIT 1")
    .get(assetId, sessionId) as { payload: string } | undefined;
  if (row === undefined) throw new Error(`asset ${assetId} was not picked up in ${sessionId}`);
  return pickedUpPayload.parse(JSON.parse(row.payload)).statusBefore;
}

/** Takes a scanned device back off the pickup: a pickup_withdrawn custody event returns it to where it stood. */
export function withdraw(deps: CoreDeps, session: Session, assetId: string, sessionId: string, reason: string, correction: boolean): void {
  appendEvent(deps, {
    assetId,
    type: 'pickup_withdrawn',
    payload: pickupWithdrawnPayload.parse({ sessionId, reason, statusBefore: statusBeforePickup(deps, assetId, sessionId), correction }),
    technicianId: session.technicianId,
    site: readSettings(deps.db).site,
  });
}

/** Closes one discrepancy with a reason: found right, left behind, added to the manifest, or reported missing. */
export function resolveLine(deps: CoreDeps, session: Session, input: { sessionId: string; lineNo: number; resolution: Resolution; reason: string }): SessionView {
  const { db, clock } = deps;
  db.transaction(() => {
    openSession(db, input.sessionId);
    const line = lineOf(db, input.sessionId, input.lineNo);
    const state = lineState({ origin: line.origin, scanned: line.scanned_at !== null, substituted: line.substitution !== null, resolution: line.resolution });
    if (!resolutionsFor(state).includes(input.resolution)) {
      throw new DocksideError('PICKUP_RESOLUTION_INVALID', `Line ${input.lineNo} is ${state}; ${input.resolution} does not resolve it`, { state });
    }
    db.prepare('UPDATE pickup_lines SET resolution = ?, resolution_reason = ?, resolved_by = ?, resolved_at = ? WHERE session_id = ? AND line_no = ?').run(
      input.resolution,
      input.reason,
      session.technicianId,
      clock.now().toISOString(),
      input.sessionId,
      input.lineNo,
    );
    const label = line.asset_tag ?? line.serial ?? line.scanned_value ?? `line ${input.lineNo}`;
    appendFact(deps, { sessionId: input.sessionId, kind: 'resolution', technicianId: session.technicianId, payload: { lineNo: input.lineNo, label, state, resolution: input.resolution, reason: input.reason } });
    if (line.asset_id !== null && input.resolution === 'missing') {
      appendEvent(deps, { assetId: line.asset_id, type: 'reported_missing', payload: reportedMissingPayload.parse({ sessionId: input.sessionId, reason: input.reason }), technicianId: session.technicianId, site: readSettings(db).site });
    }
    if (line.asset_id !== null && input.resolution === 'left-behind' && line.scanned_at !== null) {
      withdraw(deps, session, line.asset_id, input.sessionId, input.reason, false);
    }
    voidSignatures(db, input.sessionId);
  })();
  return sessionView(db, input.sessionId, 'skip-verify');
}
