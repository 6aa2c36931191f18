import type { Db } from '../../../db/connection';
import { countLines, lineState, type LineFacts, type LineOrigin, type PickupCounters, type Resolution } from '../../../shared/domain/pickups/line-state';
import type { ContainerView, PickupLineView, SessionStatus, SessionSummary } from '../../../shared/domain/pickups/pickup-views';
import { DocksideError } from '../../../shared/errors';

export interface SessionRow {
  session_id: string;
  reference: string;
  vendor_id: string;
  vendor_name: string;
  created_at: string;
  created_by: string;
  status: SessionStatus;
  driver_fact_id: string | null;
  technician_fact_id: string | null;
  signed_off_at: string | null;
  signed_off_by: string | null;
}

export interface LineRow {
  line_no: number;
  origin: LineOrigin;
  asset_id: string | null;
  serial: string | null;
  asset_tag: string | null;
  make: string;
  model: string;
  scanned_value: string | null;
  scanned_at: string | null;
  scanned_by: string | null;
  container_label: string | null;
  substitution: string | null;
  override_by: string | null;
  override_reason: string | null;
  resolution: Resolution | null;
  resolution_reason: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

const SESSION_SELECT = `SELECT s.*, v.name AS vendor_name FROM pickup_sessions s JOIN vendors v ON v.vendor_id = s.vendor_id`;

export function getSession(db: Db, sessionId: string): SessionRow {
  const row = db.prepare(`${SESSION_SELECT} WHERE s.session_id = ?`).get(sessionId) as SessionRow | undefined;
  if (row === undefined) throw new DocksideError('PICKUP_NOT_FOUND', `No pickup session ${sessionId}`);
  return row;
}

/** The session, refusing any change once it is signed off. */
export function openSession(db: Db, sessionId: string): SessionRow {
  const row = getSession(db, sessionId);
  if (row.status !== 'open') throw new DocksideError('PICKUP_LOCKED', `Pickup ${row.reference} is signed off`);
  return row;
}

export function sessionsWhere(db: Db, where: string, params: Record<string, unknown>): SessionRow[] {
  return db.prepare(`${SESSION_SELECT} WHERE ${where} ORDER BY s.status = 'open' DESC, s.created_at DESC LIMIT 500`).all(params) as SessionRow[];
}

const facts = (row: { origin: LineOrigin; scanned: number; substituted: number; resolution: Resolution | null }): LineFacts => ({
  origin: row.origin,
  scanned: row.scanned === 1,
  substituted: row.substituted === 1,
  resolution: row.resolution,
});

/** The counters of one session, from the handful of rows the line-count triggers keep, whatever its size. */
export function countersOf(db: Db, sessionId: string): PickupCounters {
  const rows = db
    .prepare('SELECT origin, scanned, substituted, resolution, count FROM pickup_line_counts WHERE session_id = ? AND count > 0')
    .all(sessionId) as { origin: LineOrigin; scanned: number; substituted: number; resolution: Resolution | ''; count: number }[];
  return countLines(rows.map((r) => ({ ...facts({ ...r, resolution: r.resolution === '' ? null : r.resolution }), count: r.count })));
}

export function summaryOf(db: Db, row: SessionRow): SessionSummary {
  const overrides = (db.prepare('SELECT count(*) AS n FROM pickup_lines WHERE session_id = ? AND override_by IS NOT NULL').get(row.session_id) as { n: number }).n;
  return {
    sessionId: row.session_id,
    reference: row.reference,
    vendorId: row.vendor_id,
    vendorName: row.vendor_name,
    createdAt: row.created_at,
    createdBy: row.created_by,
    status: row.status,
    signedOffAt: row.signed_off_at,
    signedOffBy: row.signed_off_by,
    counters: countersOf(db, row.session_id),
    overrides,
  };
}

const LINE_SELECT = `SELECT l.*, c.label AS container_label FROM pickup_lines l LEFT JOIN pickup_containers c ON c.container_id = l.container_id`;

export function toLineView(row: LineRow): PickupLineView {
  return {
    lineNo: row.line_no,
    origin: row.origin,
    state: lineState({ origin: row.origin, scanned: row.scanned_at !== null, substituted: row.substitution !== null, resolution: row.resolution }),
    assetId: row.asset_id,
    serial: row.serial,
    assetTag: row.asset_tag,
    make: row.make,
    model: row.model,
    scannedValue: row.scanned_value,
    scannedAt: row.scanned_at,
    scannedBy: row.scanned_by,
    containerLabel: row.container_label,
    substitution: row.substitution === null ? null : (JSON.parse(row.substitution) as string[]),
    override: row.override_by === null ? null : { by: row.override_by, reason: row.override_reason ?? '' },
    resolution:
      row.resolution === null ? null : { kind: row.resolution, reason: row.resolution_reason ?? '', by: row.resolved_by ?? '', at: row.resolved_at ?? '' },
  };
}

export function linesOf(db: Db, sessionId: string): PickupLineView[] {
  return (db.prepare(`${LINE_SELECT} WHERE l.session_id = ? ORDER BY l.line_no`).all(sessionId) as LineRow[]).map(toLineView);
}

export function lineOf(db: Db, sessionId: string, lineNo: number): LineRow {
  const row = db.prepare(`${LINE_SELECT} WHERE l.session_id = ? AND l.line_no = ?`).get(sessionId, lineNo) as LineRow | undefined;
  if (row === undefined) throw new DocksideError('PICKUP_LINE_NOT_FOUND', `No line ${lineNo} in session ${sessionId}`);
  return row;
}

export function nextLineNo(db: Db, sessionId: string): number {
  return (db.prepare('SELECT coalesce(max(line_no), 0) + 1 AS n FROM pickup_lines WHERE session_id = ?').get(sessionId) as { n: number }).n;
}

export function containersOf(db: Db, sessionId: string): ContainerView[] {
  return db
    .prepare(
      `SELECT c.container_id AS containerId, c.kind, c.label, c.seal, c.opened_at AS openedAt, c.opened_by AS openedBy,
              (SELECT count(*) FROM pickup_lines l WHERE l.container_id = c.container_id AND l.scanned_at IS NOT NULL
                 AND (l.resolution IS NULL OR l.resolution <> 'left-behind')) AS items
       FROM pickup_containers c WHERE c.session_id = ? ORDER BY c.opened_at, c.rowid`,
    )
    .all(sessionId) as ContainerView[];
}

/** The container scans go into: the one opened last. */
export function openContainer(db: Db, sessionId: string): { container_id: string; label: string } | null {
  return (
    (db.prepare('SELECT container_id, label FROM pickup_containers WHERE session_id = ? ORDER BY opened_at DESC, rowid DESC LIMIT 1').get(sessionId) as
      | { container_id: string; label: string }
      | undefined) ?? null
  );
}

/** Any change to what was scanned or resolved voids signatures taken before it: they signed for something else. */
export function voidSignatures(db: Db, sessionId: string): void {
  db.prepare('UPDATE pickup_sessions SET driver_fact_id = NULL, technician_fact_id = NULL WHERE session_id = ? AND (driver_fact_id IS NOT NULL OR technician_fact_id IS NOT NULL)').run(sessionId);
}
