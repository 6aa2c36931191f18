import type { Db } from '../../../db/connection';
import type { AssetView } from '../../../shared/domain/asset';
import type { PickupScanInput } from '../../../shared/domain/pickups/pickup-inputs';
import { pickedUpPayload, substitutionFoundPayload } from '../../../shared/domain/pickups/pickup-payloads';
import type { PickupScanResult } from '../../../shared/domain/pickups/pickup-views';
import { indexLines, pickLine, substitutionsOf, substitutionWords, type ExpectedLine, type ScannedItem } from '../../../shared/domain/pickups/match-scan';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { findByIdentifier } from '../assets/asset-store';
import { appendEvent } from '../custody/append';
import type { CoreDeps } from '../deps';
import { readSettings } from '../settings/settings-store';
import { readIdentifier } from './scan-identifier';
import { appendFact } from './session-facts';
import { countersOf, lineOf, nextLineNo, openContainer, openSession, toLineView, voidSignatures, type SessionRow } from './session-store';
import { checkSupervisor, type Supervisor } from './supervisor-check';
import { reasonsToRefuse, refusalIsFinal } from './wipe-gate';

interface CandidateRow extends ExpectedLine {
  readonly scannedAt: string | null;
}

const labelOf = (a: Pick<AssetView, 'assetTag' | 'serial' | 'id'>): string => a.assetTag ?? a.serial ?? a.id;

/** What the scan names: a device on record, else a drive recorded inside a host, else nothing known. */
function itemOf(db: Db, value: string): { item: ScannedItem; asset: AssetView | null } {
  const asset = findByIdentifier(db, value);
  if (asset !== null) return { asset, item: { value, asset: { id: asset.id, serial: asset.serial, assetTag: asset.assetTag, model: asset.model }, medium: null } };
  const medium = db
    .prepare('SELECT m.serial, m.asset_id, coalesce(a.asset_tag, a.serial, a.id) AS label FROM wipe_media m JOIN assets a ON a.id = m.asset_id WHERE m.serial = ? LIMIT 1')
    .get(value) as { serial: string; asset_id: string; label: string } | undefined;
  return { asset: null, item: { value, asset: null, medium: medium === undefined ? null : { serial: medium.serial, hostId: medium.asset_id, hostLabel: medium.label } } };
}

function candidatesOf(db: Db, sessionId: string, item: ScannedItem): CandidateRow[] {
  const [a = null, b = null, c = null] = [item.value, item.asset?.serial ?? null, item.asset?.assetTag ?? null];
  const columns = 'line_no AS lineNo, asset_id AS assetId, serial, asset_tag AS assetTag, model, scanned_at AS scannedAt';
  return db
    .prepare(
      `SELECT ${columns} FROM pickup_lines WHERE session_id = @s AND asset_id = @asset AND origin <> 'scanned'
       UNION SELECT ${columns} FROM pickup_lines WHERE session_id = @s AND serial IN (@a, @b, @c) AND origin <> 'scanned'
       UNION SELECT ${columns} FROM pickup_lines WHERE session_id = @s AND asset_tag IN (@a, @b, @c) AND origin <> 'scanned'
       ORDER BY lineNo`,
    )
    .all({ s: sessionId, asset: item.asset?.id ?? null, a, b, c }) as CandidateRow[];
}

/** A scan of a device already taken in this session, by its line (expected or not). */
function alreadyScanned(db: Db, sessionId: string, item: ScannedItem, line: CandidateRow | null): number | null {
  if (line !== null && line.scannedAt !== null) return line.lineNo;
  const taken = `scanned_at IS NOT NULL AND (resolution IS NULL OR resolution <> 'left-behind')`;
  const row = db
    .prepare(
      `SELECT line_no FROM pickup_lines WHERE session_id = @s AND asset_id = @asset AND ${taken}
       UNION SELECT line_no FROM pickup_lines WHERE session_id = @s AND serial = @value AND ${taken} LIMIT 1`,
    )
    .get({ s: sessionId, asset: item.asset?.id ?? null, value: item.value }) as { line_no: number } | undefined;
  return row?.line_no ?? null;
}

function hostExpected(db: Db, sessionId: string, item: ScannedItem): boolean {
  if (item.medium === null) return false;
  return db.prepare("SELECT 1 FROM pickup_lines WHERE session_id = ? AND asset_id = ? AND origin <> 'scanned'").get(sessionId, item.medium.hostId) !== undefined;
}

interface Write {
  readonly session: Session;
  readonly row: SessionRow;
  readonly container: { container_id: string; label: string };
  readonly item: ScannedItem;
  readonly source: PickupScanInput['source'];
  readonly asset: AssetView | null;
  readonly line: CandidateRow | null;
  readonly reasons: readonly string[];
  readonly override: { supervisor: Supervisor; reason: string; shortfalls: readonly string[] } | null;
}

function record(deps: CoreDeps, w: Write): number {
  const { db, clock } = deps;
  const now = clock.now().toISOString();
  const substitution = w.reasons.length === 0 ? null : JSON.stringify(w.reasons);
  const override = w.override === null ? null : { supervisorId: w.override.supervisor.technicianId, reason: w.override.reason, shortfalls: w.override.shortfalls };
  const lineNo = w.line?.lineNo ?? nextLineNo(db, w.row.session_id);
  if (w.line !== null) {
    db.prepare(
      `UPDATE pickup_lines SET scanned_value = ?, scanned_at = ?, scanned_by = ?, container_id = ?, substitution = ?, override_by = ?, override_reason = ?,
         asset_id = coalesce(asset_id, ?) WHERE session_id = ? AND line_no = ?`,
    ).run(w.item.value, now, w.session.technicianId, w.container.container_id, substitution, override?.supervisorId ?? null, override?.reason ?? null, w.asset?.id ?? null, w.row.session_id, lineNo);
  } else {
    db.prepare(
      `INSERT INTO pickup_lines (session_id, line_no, origin, asset_id, serial, asset_tag, make, model, scanned_value, scanned_at, scanned_by, container_id, substitution, override_by, override_reason)
       VALUES (?, ?, 'scanned', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      w.row.session_id,
      lineNo,
      w.asset?.id ?? null,
      w.asset?.serial ?? w.item.medium?.serial ?? w.item.value,
      w.asset?.assetTag ?? null,
      w.asset?.make ?? '',
      w.asset?.model ?? '',
      w.item.value,
      now,
      w.session.technicianId,
      w.container.container_id,
      substitution,
      override?.supervisorId ?? null,
      override?.reason ?? null,
    );
  }
  const outcome = w.reasons.length > 0 ? 'substituted' : w.line === null ? 'unexpected' : 'matched';
  appendFact(deps, {
    sessionId: w.row.session_id,
    kind: 'scan',
    technicianId: w.session.technicianId,
    payload: { lineNo, scanned: w.item.value, source: w.source, assetId: w.asset?.id ?? null, containerId: w.container.container_id, containerLabel: w.container.label, outcome, substitution: w.reasons, override },
  });
  const site = readSettings(db).site;
  if (w.asset !== null) {
    const payload = {
      sessionId: w.row.session_id,
      sessionLabel: w.row.reference,
      sessionReference: w.row.reference,
      vendorId: w.row.vendor_id,
      vendorName: w.row.vendor_name,
      containerId: w.container.container_id,
      containerLabel: w.container.label,
      scanned: w.item.value,
      source: w.source,
      lineNo,
      expected: w.line !== null,
      substitution: w.reasons.length === 0 ? null : w.reasons,
      override,
      statusBefore: w.asset.state.status,
    };
    appendEvent(deps, { assetId: w.asset.id, type: 'picked_up', payload: pickedUpPayload.parse(payload), technicianId: w.session.technicianId, site });
  }
  const flagged = w.asset?.id ?? w.item.medium?.hostId ?? null;
  if (w.reasons.length > 0 && flagged !== null) {
    appendEvent(deps, { assetId: flagged, type: 'substitution_found', payload: substitutionFoundPayload.parse({ sessionId: w.row.session_id, scanned: w.item.value, reasons: w.reasons }), technicianId: w.session.technicianId, site });
  }
  voidSignatures(db, w.row.session_id);
  return lineNo;
}

/**
 * One scan of the pickup loop: matched live against the session's manifest, refused (in words) when a
 * device holding data is not wiped to policy unless a supervisor overrides with their PIN, and otherwise
 * recorded into the open container as a signed fact and, for a device on record, a picked_up custody event.
 */
export async function pickupScan(deps: CoreDeps, session: Session, input: PickupScanInput): Promise<PickupScanResult> {
  const { db } = deps;
  const value = readIdentifier(db, input.raw);
  const overrider = input.override === null ? null : await checkSupervisor(db, input.override.supervisor);
  return db.transaction((): PickupScanResult => {
    const row = openSession(db, input.sessionId);
    const container = openContainer(db, row.session_id);
    if (container === null) throw new DocksideError('PICKUP_NO_CONTAINER', `No container open in ${row.reference}`);
    const { item, asset } = itemOf(db, value);
    const line = pickLine(item, indexLines(candidatesOf(db, row.session_id, item)));
    const done = alreadyScanned(db, row.session_id, item, line);
    if (done !== null) return { kind: 'duplicate', line: toLineView(lineOf(db, row.session_id, done)), counters: countersOf(db, row.session_id) };
    const refusal = asset === null ? [] : reasonsToRefuse(db, asset);
    const final = asset !== null && refusalIsFinal(asset);
    if (refusal.length > 0 && (overrider === null || final)) {
      appendFact(deps, { sessionId: row.session_id, kind: 'scan_refused', technicianId: session.technicianId, payload: { scanned: value, source: input.source, assetId: asset?.id ?? null, reasons: refusal } });
      return { kind: 'refused', label: asset === null ? value : labelOf(asset), reasons: refusal, canOverride: !final, counters: countersOf(db, row.session_id) };
    }
    const reasons = substitutionsOf(item, line, hostExpected(db, row.session_id, item)).map(substitutionWords);
    const override = overrider === null || input.override === null || refusal.length === 0 ? null : { supervisor: overrider, reason: input.override.reason, shortfalls: refusal };
    const lineNo = record(deps, { session, row, container, item, source: input.source, asset, line, reasons, override });
    const view = toLineView(lineOf(db, row.session_id, lineNo));
    const kind = reasons.length > 0 ? 'substituted' : line === null ? 'unexpected' : 'matched';
    return { kind, line: view, counters: countersOf(db, row.session_id), overridden: override !== null };
  })();
}
