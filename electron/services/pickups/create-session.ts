import type { SessionView } from '../../../shared/domain/pickups/pickup-views';
import type { Session } from '../../../shared/domain/users';
import type { CoreDeps } from '../deps';
import { appendFact } from './session-facts';
import { sessionView } from './session-view';
import { DocksideError } from '../../../shared/errors';
import { vendorById } from '../vendors/vendor-store';

export interface NewLine {
  readonly origin: 'staged' | 'manifest';
  readonly assetId: string | null;
  readonly serial: string | null;
  readonly assetTag: string | null;
  readonly make: string;
  readonly model: string;
}

/** Adds expected lines to an open session and records them as one signed fact. Runs inside the caller's transaction. */
export function addLines(deps: CoreDeps, session: Session, sessionId: string, lines: readonly NewLine[], source: string): number {
  const { db } = deps;
  if (lines.length === 0) return 0;
  const first = (db.prepare('SELECT coalesce(max(line_no), 0) + 1 AS n FROM pickup_lines WHERE session_id = ?').get(sessionId) as { n: number }).n;
  const insert = db.prepare(
    'INSERT INTO pickup_lines (session_id, line_no, origin, asset_id, serial, asset_tag, make, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  lines.forEach((l, i) => insert.run(sessionId, first + i, l.origin, l.assetId, l.serial, l.assetTag, l.make, l.model));
  appendFact(deps, {
    sessionId,
    kind: 'manifest_lines',
    technicianId: session.technicianId,
    payload: { source, count: lines.length, firstLineNo: first, lines: lines.map((l) => [l.assetId, l.serial, l.assetTag, l.model]) },
  });
  return lines.length;
}

/** Opens a session for a vendor; with fromStaged, every staged device no other open session expects becomes an expected line. */
export function createSession(deps: CoreDeps, session: Session, vendorId: string, fromStaged: boolean): SessionView {
  const { db, ids, clock } = deps;
  const vendor = vendorById(db, vendorId);
  if (!vendor.active) throw new DocksideError('VENDOR_NOT_FOUND', `Vendor ${vendorId} is switched off`, { reason: `${vendor.name} is switched off: a supervisor can switch it on again.` });
  const sessionId = ids.next();
  const now = clock.now().toISOString();
  const reference = `PU-${now.slice(0, 10).replaceAll('-', '')}-${sessionId.replaceAll('-', '').slice(-6).toUpperCase()}`;
  db.transaction(() => {
    db.prepare("INSERT INTO pickup_sessions (session_id, reference, vendor_id, created_at, created_by, status) VALUES (?, ?, ?, ?, ?, 'open')").run(
      sessionId,
      reference,
      vendor.vendorId,
      now,
      session.technicianId,
    );
    const staged = fromStaged
      ? (db
          .prepare(
            `SELECT a.id, a.serial, a.asset_tag, a.make, a.model FROM assets a
             WHERE a.status = 'awaiting-pickup' AND NOT EXISTS (
               SELECT 1 FROM pickup_lines l JOIN pickup_sessions s ON s.session_id = l.session_id WHERE l.asset_id = a.id AND s.status = 'open')
             ORDER BY a.last_event_at, a.id`,
          )
          .all() as { id: string; serial: string | null; asset_tag: string | null; make: string; model: string }[])
      : [];
    appendFact(deps, {
      sessionId,
      kind: 'session_opened',
      technicianId: session.technicianId,
      payload: { reference, vendorId: vendor.vendorId, vendorName: vendor.name, lines: staged.length },
    });
    addLines(
      deps,
      session,
      sessionId,
      staged.map((a) => ({ origin: 'staged', assetId: a.id, serial: a.serial, assetTag: a.asset_tag, make: a.make, model: a.model })),
      'the staged devices',
    );
  })();
  return sessionView(db, sessionId, 'skip-verify');
}
