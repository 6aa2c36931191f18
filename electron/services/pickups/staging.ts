import type { AssetView } from '../../../shared/domain/asset';
import { stagedForPickupPayload, type StagingPurpose } from '../../../shared/domain/pickups/pickup-payloads';
import type { StagedRow, StageResult } from '../../../shared/domain/pickups/pickup-views';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { findByIdentifier, getAsset } from '../assets/asset-store';
import { appendEvent } from '../custody/append';
import type { CoreDeps } from '../deps';
import { readSettings } from '../settings/settings-store';
import { settleCaseOfAsset } from '../cases/returns/settle-case';
import { readIdentifier } from './scan-identifier';

/** Statuses a device may be staged from: sanitized for disposition; anything still at the dock for destruction. */
const STAGEABLE: Readonly<Record<StagingPurpose, readonly string[]>> = {
  disposition: ['wiped'],
  destruction: ['received', 'wipe-pending', 'wiped'],
};

const labelOf = (a: Pick<AssetView, 'assetTag' | 'serial' | 'id'>): string => a.assetTag ?? a.serial ?? a.id;

function stage(deps: CoreDeps, session: Session, assetId: string, purpose: StagingPurpose, scanned: string | null): void {
  appendEvent(deps, {
    assetId,
    type: 'staged_for_pickup',
    payload: stagedForPickupPayload.parse({ purpose, scanned }),
    technicianId: session.technicianId,
    site: readSettings(deps.db).site,
  });
  settleCaseOfAsset(deps, session, assetId);
}

/** Stages every device sanitized to policy and not yet staged. */
export function stageReady(deps: CoreDeps, session: Session): StageResult {
  const { db } = deps;
  return db.transaction(() => {
    const ids = (db.prepare("SELECT id FROM assets WHERE status = 'wiped' ORDER BY last_event_at").all() as { id: string }[]).map((r) => r.id);
    for (const id of ids) stage(deps, session, id, 'disposition', null);
    return { staged: ids.length, label: null };
  })();
}

/** Stages the one scanned device, for disposition (it must be sanitized) or for destruction. */
export function stageScan(deps: CoreDeps, session: Session, raw: string, purpose: StagingPurpose): StageResult {
  const { db } = deps;
  const identifier = readIdentifier(db, raw);
  return db.transaction(() => {
    const asset = findByIdentifier(db, identifier);
    if (asset === null) throw new DocksideError('ASSET_NOT_FOUND', `No asset ${identifier}`);
    if (asset.state.status === 'awaiting-pickup') return { staged: 0, label: labelOf(asset) };
    if (!STAGEABLE[purpose].includes(asset.state.status)) {
      throw new DocksideError('PICKUP_NOT_STAGEABLE', `${labelOf(asset)} is ${asset.state.status}`, { status: asset.state.status });
    }
    stage(deps, session, asset.id, purpose, identifier);
    return { staged: 1, label: labelOf(getAsset(db, asset.id)) };
  })();
}

/** Devices staged and still at the dock, with the open session that expects each (if any). */
export function stagedRows(deps: CoreDeps): StagedRow[] {
  const rows = deps.db
    .prepare(
      `SELECT a.id, coalesce(a.asset_tag, a.serial, a.id) AS label, a.serial, a.model, a.asset_class,
              e.payload ->> 'purpose' AS purpose, e.device_time AS staged_at,
              (SELECT s.reference FROM pickup_lines l JOIN pickup_sessions s ON s.session_id = l.session_id
                 WHERE l.asset_id = a.id AND s.status = 'open' LIMIT 1) AS session_reference
       FROM assets a JOIN custody_events e ON e.seq = (SELECT max(x.seq) FROM custody_events x WHERE x.asset_id = a.id AND x.type = 'staged_for_pickup')
       WHERE a.status = 'awaiting-pickup' ORDER BY e.seq LIMIT 2000`,
    )
    .all() as { id: string; label: string; serial: string | null; model: string; asset_class: StagedRow['assetClass']; purpose: StagingPurpose; staged_at: string; session_reference: string | null }[];
  return rows.map((r) => ({
    assetId: r.id,
    label: r.label,
    serial: r.serial,
    model: r.model,
    assetClass: r.asset_class,
    purpose: r.purpose,
    stagedAt: r.staged_at,
    sessionReference: r.session_reference,
  }));
}
